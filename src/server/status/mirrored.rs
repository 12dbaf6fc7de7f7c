//! The cache's side of the status mirror: views read the mirror before WorkOS, and
//! WorkOS's events change the mirror (`mirror.rs` holds the snapshot and its rules).

use super::{
    cache::{read_live, Live, StatusCache},
    mirror::Snapshot,
};
use crate::server::db;
use std::time::Duration;
use workos::types::Event;

/// Tries at writing one event's change while other changes land on the same row.
const WRITE_TRIES: usize = 5;

/// Whether a full read made at `read_at` is younger than `full_read_every`.
fn read_recently(read_at: &str, full_read_every: Duration) -> bool {
    let format = time::format_description::well_known::Rfc3339;
    time::OffsetDateTime::parse(read_at, &format).is_ok_and(|read| {
        let age = time::OffsetDateTime::now_utc() - read;
        age < full_read_every
    })
}

impl StatusCache {
    /// The organization's status from its mirror when `mirrored` allows, the mirror has
    /// it and its last full read is recent; else read from WorkOS in full (and mirrored,
    /// when the read is complete).
    pub(super) async fn read_mirrored(&self, organization_id: &str, mirrored: bool) -> Live {
        let Some(full_read_every) = self.mirror_full_read else {
            return read_live(&self.workos, organization_id).await;
        };
        if mirrored {
            match db::mirror::load(&self.db, organization_id).await {
                Ok(Some(stored)) if read_recently(&stored.read_at, full_read_every) => {
                    match serde_json::from_str::<Snapshot>(&stored.snapshot) {
                        Ok(snapshot) => {
                            // WorkOS sends no event when an audit log stream changes:
                            // that area is read from WorkOS, the rest from the mirror.
                            let mut live = snapshot.live();
                            let id = organization_id;
                            live.audit_logs = self.workos.get_audit_log_configuration(id).await;
                            return live;
                        }
                        Err(error) => tracing::warn!(%error, "an unreadable status mirror"),
                    }
                }
                Ok(_) => {}
                Err(error) => tracing::warn!(%error, "could not read the status mirror"),
            }
        }
        let mut live = read_live(&self.workos, organization_id).await;
        // What only events tell stays as the mirror had it (the counts start again from
        // the read's own).
        if let Some(before) = self.mirror_of(organization_id).await {
            live.byok = before.byok;
            live.directory_activity = before.directory_activity;
            for activity in live.directory_activity.values_mut() {
                (activity.users, activity.groups) = (0, 0);
            }
        }
        if let Some(snapshot) = Snapshot::of(&live) {
            let saved = match serde_json::to_string(&snapshot) {
                Ok(json) => db::mirror::save_read(&self.db, organization_id, &json).await,
                Err(error) => Err(sqlx::Error::Encode(error.into())),
            };
            if let Err(error) = saved {
                tracing::warn!(%error, "could not mirror the status just read");
            }
        }
        live
    }

    /// What is known of the organization's status without asking WorkOS: the cached
    /// read, else the mirror; `None` if neither has it.
    pub(super) async fn known(&self, organization_id: &str) -> Option<std::sync::Arc<Live>> {
        if let Some(cached) = self.live.get(organization_id).await {
            return Some(cached);
        }
        let snapshot = self.mirror_of(organization_id).await?;
        Some(std::sync::Arc::new(snapshot.live()))
    }

    async fn mirror_of(&self, organization_id: &str) -> Option<Snapshot> {
        let stored = db::mirror::load(&self.db, organization_id).await.ok()??;
        serde_json::from_str::<Snapshot>(&stored.snapshot).ok()
    }

    /// Applies a WorkOS event to its organization's mirror: true if it changed what the
    /// page shows (then every instance's cache forgets the organization). An
    /// organization never read yet has no mirror to change: its first view reads WorkOS.
    pub async fn apply_event(&self, event: &Event) -> Result<bool, sqlx::Error> {
        let Some(organization) = event.organization_id() else {
            return Ok(false);
        };
        if event.event == "organization.deleted" {
            // Nothing of it is left to mirror: the next view asks WorkOS, which says so.
            let mirrored = db::mirror::load(&self.db, organization).await?.is_some();
            self.forget_live(organization).await;
            return Ok(mirrored);
        }
        for _ in 0..WRITE_TRIES {
            let Some(stored) = db::mirror::load(&self.db, organization).await? else {
                return Ok(false);
            };
            let Ok(mut snapshot) = serde_json::from_str::<Snapshot>(&stored.snapshot) else {
                // Unreadable: forgotten, so the next view reads WorkOS in full.
                db::mirror::forget(&self.db, organization).await?;
                return Ok(false);
            };
            if !snapshot.apply(event) {
                return Ok(false);
            }
            let json =
                serde_json::to_string(&snapshot).map_err(|e| sqlx::Error::Encode(e.into()))?;
            if db::mirror::replace(&self.db, organization, &json, stored.version).await? {
                self.forget_cached_live(organization).await;
                return Ok(true);
            }
        }
        // Changed under it every time: the next view reads WorkOS in full instead.
        db::mirror::forget(&self.db, organization).await?;
        self.forget_cached_live(organization).await;
        Ok(false)
    }
}
