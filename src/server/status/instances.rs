//! Instances that share a PostgreSQL database tell each other what changed, so each
//! one's cache forgets it at once (`db::changes`); with SQLite there is one instance.

use super::cache::StatusCache;
use crate::server::db;

impl StatusCache {
    /// Tells the other instances on the database to forget it too.
    pub(super) async fn announce(&self, change: &str) {
        if let Err(error) = db::changes::announce(&self.db, change).await {
            tracing::warn!(%error, "could not tell the other instances what changed");
        }
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
                    }
                    Some(("local", id)) => {
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
