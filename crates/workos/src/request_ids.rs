//! Collects WorkOS's `X-Request-ID` of every answer within a scope, so an app can put
//! them in its audit rows without each call's return type carrying them.

use std::{cell::RefCell, future::Future};

/// At most this many ids are kept per scope (the newest); one action makes a few calls.
const KEPT: usize = 8;

tokio::task_local! {
    static SEEN: RefCell<Vec<String>>;
}

/// Runs `work`, noting the `X-Request-ID` of each WorkOS answer it receives (success or
/// error, every retry). Read them with [`noted`] from inside `work`.
pub async fn noting<T>(work: impl Future<Output = T>) -> T {
    SEEN.scope(RefCell::new(Vec::new()), work).await
}

/// The ids noted so far in this task's [`noting`] scope, oldest first (none outside one).
pub fn noted() -> Vec<String> {
    SEEN.try_with(|seen| seen.borrow().clone())
        .unwrap_or_default()
}

pub(crate) fn note(id: &str) {
    let _ = SEEN.try_with(|seen| {
        let mut seen = seen.borrow_mut();
        if seen.len() == KEPT {
            seen.remove(0);
        }
        seen.push(id.to_owned());
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn ids_are_noted_only_inside_a_scope_and_the_newest_are_kept() {
        note("outside");
        assert!(noted().is_empty());
        let inside = noting(async {
            for i in 0..10 {
                note(&format!("req_{i}"));
            }
            noted()
        })
        .await;
        assert_eq!(inside.len(), KEPT);
        assert_eq!(inside.first().map(String::as_str), Some("req_2"));
        assert_eq!(inside.last().map(String::as_str), Some("req_9"));
        assert!(noted().is_empty());
    }
}
