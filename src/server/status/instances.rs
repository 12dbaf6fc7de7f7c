//! What changed, told to this instance's caches and, when several instances share a
//! PostgreSQL database, to theirs (`db::changes`), so each one forgets it at once; with
//! SQLite there is one instance.

use super::cache::StatusCache;
use crate::{model::Intent, server::db};
use std::{future::Future, sync::Arc};

impl StatusCache {
    /// A provider was picked, or an IT admin invited: the organization's own records
    /// changed.
    pub async fn forget_local(&self, organization_id: i64) {
        self.local.invalidate(&organization_id).await;
        self.choices.invalidate(&organization_id).await;
        self.announce(format!("local {organization_id}"));
    }

    /// A portal link was made: when each area was last opened changed, and nothing else
    /// (the providers picked stay cached, so the next link need not read them again).
    pub async fn forget_opened(&self, organization_id: i64) {
        self.local.invalidate(&organization_id).await;
        self.announce(format!("opened {organization_id}"));
    }

    /// Something changed the organization at WorkOS from here (a domain claimed,
    /// checked or removed): the next view reads it afresh, past the mirror too.
    pub async fn forget_live(&self, workos_organization_id: &str) {
        if let Err(error) = db::mirror::forget(&self.db, workos_organization_id).await {
            tracing::warn!(%error, "could not forget the organization's mirrored status");
        }
        self.forget_cached_live(workos_organization_id).await;
    }

    /// The cached status of the organization is out of date (its mirror holds what is
    /// new): this instance's and the others' caches forget it.
    pub(super) async fn forget_cached_live(&self, workos_organization_id: &str) {
        let _ = self.changed.send(Arc::from(workos_organization_id));
        self.forgotten.count(workos_organization_id);
        self.live.invalidate(workos_organization_id).await;
        self.fresh.invalidate(workos_organization_id).await;
        self.announce(format!("live {workos_organization_id}"));
    }

    /// Which organizations' status changes from now on (their WorkOS ids), for live pages.
    /// A receiver that falls behind is told it lagged and should read afresh.
    pub fn changes(&self) -> tokio::sync::broadcast::Receiver<Arc<str>> {
        self.changed.subscribe()
    }

    /// The provider the admins picked for `intent`, read once per `ttl` and kept until
    /// a pick changes it. A failed read picks none.
    pub async fn chosen(&self, organization_id: i64, intent: Intent) -> Option<String> {
        let read = async {
            db::organizations::provider_choices(&self.db, organization_id)
                .await
                .map(Arc::new)
        };
        let choices = match self.choices.try_get_with(organization_id, read).await {
            Ok(choices) => choices,
            Err(error) => {
                tracing::warn!(%error, "could not read the organization's provider choices");
                return None;
            }
        };
        choices
            .iter()
            .find(|(chosen_for, _)| chosen_for == intent.as_str())
            .map(|(_, provider)| provider.clone())
    }

    /// Tells the other instances on the database to forget it too (in the background:
    /// `db::changes::Announcer`).
    fn announce(&self, change: String) {
        self.announcer.announce(change);
    }

    /// Forgets what other instances announce they changed, as long as the process runs
    /// (nothing to hear with SQLite: one instance).
    pub fn follow_other_instances(&self) {
        let Some(mut heard) = db::changes::heard(&self.db) else {
            return;
        };
        let cache = self.clone();
        tokio::spawn(async move {
            while let Some(change) = heard.recv().await {
                match change.split_once(' ') {
                    Some(("live", id)) => {
                        cache.forgotten.count(id);
                        cache.live.invalidate(id).await;
                        cache.fresh.invalidate(id).await;
                        let _ = cache.changed.send(Arc::from(id));
                    }
                    Some(("local", id)) => {
                        if let Ok(id) = id.parse::<i64>() {
                            cache.local.invalidate(&id).await;
                            cache.choices.invalidate(&id).await;
                        }
                    }
                    // Another instance counted a sign-in: its live pages follow.
                    Some(("sign_ins", id)) => {
                        let _ = cache.changed.send(Arc::from(id));
                    }
                    Some(("opened", id)) => {
                        if let Ok(id) = id.parse::<i64>() {
                            cache.local.invalidate(&id).await;
                        }
                    }
                    _ => {}
                }
            }
        });
    }
}

/// Tries at reading an organization's status while its cached status keeps being
/// forgotten meanwhile; the last read is kept even so (for `ttl` at most).
const READ_TRIES: u32 = 3;

/// How many times each organization's cached status was forgotten. A read that a
/// forgetting overlapped is made again before it is cached: the cache keeps what a read
/// in flight returns even when the entry was invalidated meanwhile, which would keep a
/// status older than the event that changed it for a whole `ttl`.
#[derive(Clone)]
pub(super) struct Forgettings(moka::sync::Cache<String, u64>);

impl Forgettings {
    pub(super) fn new(entries: u64) -> Forgettings {
        Forgettings(moka::sync::Cache::new(entries))
    }

    pub(super) fn count(&self, organization_id: &str) {
        let times = self.times(organization_id);
        self.0
            .insert(organization_id.to_owned(), times.wrapping_add(1));
    }

    fn times(&self, organization_id: &str) -> u64 {
        self.0.get(organization_id).unwrap_or(0)
    }

    /// What `read` returns once no forgetting of the organization overlapped it.
    pub(super) async fn read_unforgotten<F, R, T>(&self, organization_id: &str, read: F) -> T
    where
        F: Fn() -> R,
        R: Future<Output = T>,
    {
        let mut tries = 1;
        loop {
            let before = self.times(organization_id);
            let live = read().await;
            if tries == READ_TRIES || self.times(organization_id) == before {
                return live;
            }
            tries += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicU32, Ordering};

    #[tokio::test]
    async fn a_read_that_a_forgetting_overlapped_is_made_again() {
        let forgotten = Forgettings::new(10);
        let reads = AtomicU32::new(0);
        let read = || async {
            let n = reads.fetch_add(1, Ordering::SeqCst) + 1;
            // An event lands while the first read is in flight.
            if n == 1 {
                forgotten.count("org_acme");
            }
            n
        };
        assert_eq!(forgotten.read_unforgotten("org_acme", read).await, 2);
        // Another organization's forgetting does not make Acme's read again.
        let read = || async {
            forgotten.count("org_other");
            7
        };
        assert_eq!(forgotten.read_unforgotten("org_acme", read).await, 7);
        // Forgotten on every try: the last read stands.
        let read = || async {
            forgotten.count("org_acme");
            reads.fetch_add(1, Ordering::SeqCst)
        };
        let before = reads.load(Ordering::SeqCst);
        forgotten.read_unforgotten("org_acme", read).await;
        assert_eq!(reads.load(Ordering::SeqCst) - before, READ_TRIES);
    }
}
