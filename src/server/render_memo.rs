//! The settings page's body, kept as HTML per organization and reused while what it
//! shows is unchanged. Rendering it was most of a view's cost (BENCHMARKS.md, the
//! settings profile), and it changes far less often than it is viewed: everyone with the
//! same role in an organization sees the same body until its status, domains, activity
//! or a form's message change, and each of those is part of what is compared.
//!
//! The HTML is a pure function of the inputs it is stored with: an entry is reused only
//! for inputs equal to them, so it can never show one view's data in another. What differs
//! per person or per request (the email in the top bar, the script nonce) stays outside.

use crate::{i18n::Lang, model::Role};
use std::{any::Any, sync::Arc};

/// How much rendered HTML is kept, at most; least recently used goes first.
const MAX_BYTES: u64 = 8 * 1024 * 1024;

/// Whose body: the organization, the viewer's role, inside a host's frame or not, and
/// the language it is written in.
pub type MemoKey = (i64, Role, bool, Lang);

struct Entry {
    inputs: Box<dyn Any + Send + Sync>,
    html: Arc<str>,
}

#[derive(Clone)]
pub struct RenderMemo(moka::sync::Cache<MemoKey, Arc<Entry>>);

impl std::fmt::Debug for RenderMemo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RenderMemo")
            .field("entries", &self.0.entry_count())
            .finish()
    }
}

impl Default for RenderMemo {
    fn default() -> RenderMemo {
        RenderMemo(
            moka::sync::Cache::builder()
                .max_capacity(MAX_BYTES)
                .weigher(|_, entry: &Arc<Entry>| {
                    u32::try_from(entry.html.len()).unwrap_or(u32::MAX)
                })
                .build(),
        )
    }
}

impl RenderMemo {
    /// The HTML `render` makes of `inputs`: the one kept under `key` if it was made of
    /// equal inputs, else made now and kept.
    pub fn html<I>(&self, key: MemoKey, inputs: I, render: impl FnOnce(&I) -> String) -> Arc<str>
    where
        I: PartialEq + Send + Sync + 'static,
    {
        if let Some(entry) = self.0.get(&key) {
            if entry
                .inputs
                .downcast_ref::<I>()
                .is_some_and(|kept| *kept == inputs)
            {
                return entry.html.clone();
            }
        }
        let html: Arc<str> = render(&inputs).into();
        let entry = Entry {
            inputs: Box::new(inputs),
            html: html.clone(),
        };
        self.0.insert(key, Arc::new(entry));
        html
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    #[test]
    fn html_is_reused_only_for_equal_inputs_under_the_same_key() {
        let memo = RenderMemo::default();
        let renders = Cell::new(0);
        let render = |text: &String| {
            renders.set(renders.get() + 1);
            format!("<p>{text}</p>")
        };
        let admin = (1, Role::Admin, false, Lang::En);
        assert_eq!(&*memo.html(admin, "a".to_owned(), render), "<p>a</p>");
        assert_eq!(&*memo.html(admin, "a".to_owned(), render), "<p>a</p>");
        assert_eq!(renders.get(), 1);
        // Changed inputs, another role, organization or language: rendered afresh.
        assert_eq!(&*memo.html(admin, "b".to_owned(), render), "<p>b</p>");
        assert_eq!(
            &*memo.html((1, Role::Member, false, Lang::En), "b".to_owned(), render),
            "<p>b</p>"
        );
        assert_eq!(
            &*memo.html((2, Role::Admin, false, Lang::En), "b".to_owned(), render),
            "<p>b</p>"
        );
        assert_eq!(
            &*memo.html((1, Role::Admin, false, Lang::De), "b".to_owned(), render),
            "<p>b</p>"
        );
        assert_eq!(renders.get(), 5);
        // Inputs of another type under a key are never taken for equal.
        assert_eq!(&*memo.html(admin, 7_u8, |n| n.to_string()), "7");
    }
}
