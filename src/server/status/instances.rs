//! What changed, told to this instance's caches and, when several instances share a
//! PostgreSQL database, to theirs (`db::changes`), so each one forgets it at once; with
//! SQLite there is one instance.

use super::cache::StatusCache;
use crate::{model::Intent, server::db};
use std::sync::Arc;

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
