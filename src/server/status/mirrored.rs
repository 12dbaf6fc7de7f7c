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
    /// The organization's status from its mirror when `mirrored` allows, events keep the
    /// mirror current, the mirror has it and its last full read is recent; else read from
    /// WorkOS in full (and mirrored, when the read is complete: without events, views
    /// never read the mirror, but the staff console's list and the host's webhooks do).
    pub(super) async fn read_mirrored(&self, organization_id: &str, mirrored: bool) -> Live {
        if let (Some(full_read_every), true) = (self.mirror_full_read, mirrored) {
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
        let live = read_live(&self.workos, organization_id).await;
        self.mirror_read(organization_id, live).await
    }

    /// Mirrors a full read, compared with what the mirror held (the areas that changed
    /// are recorded with it), over the version it held: a write that got there first is
    /// read and compared with instead, so two reads at once record a change once.
    async fn mirror_read(&self, organization_id: &str, mut live: Live) -> Live {
        for _ in 0..WRITE_TRIES {
            let stored = match db::mirror::load(&self.db, organization_id).await {
                Ok(stored) => stored,
                Err(error) => {
                    tracing::warn!(%error, "could not read the status mirror");
                    return live;
                }
            };
            let before = stored
                .as_ref()
                .and_then(|s| serde_json::from_str::<Snapshot>(&s.snapshot).ok());
            // What only events tell stays as the mirror had it (the counts start again
            // from the read's own).
            if let Some(before) = &before {
                live.byok = before.byok.clone();
                live.directory_activity = before.directory_activity.clone();
                for activity in live.directory_activity.values_mut() {
                    (activity.users, activity.groups) = (0, 0);
                }
            }
            let Some(snapshot) = Snapshot::of(&live) else {
                return live;
            };
            let before = before.map(|b| super::health::stored(&b.live()));
            let over = stored.map(|s| s.version);
            match self
                .save(organization_id, &snapshot, before.as_ref(), over, true)
                .await
            {
                Ok(true) => return live,
                Ok(false) => continue,
                Err(error) => {
                    tracing::warn!(%error, "could not mirror the status just read");
                    return live;
                }
            }
        }
        live
    }

    /// Writes `snapshot` (a full read, or an event's change) over version `over` (`None`:
    /// the first read) with its health and, when the mirror had the organization
    /// `before`, the areas that changed: one transaction. False if the row changed since.
    async fn save(
        &self,
        organization_id: &str,
        snapshot: &Snapshot,
        before: Option<&db::mirror::Health>,
        over: Option<i64>,
        full_read: bool,
    ) -> Result<bool, sqlx::Error> {
        let json = serde_json::to_string(snapshot).map_err(|e| sqlx::Error::Encode(e.into()))?;
        let now = snapshot.live();
        let health = super::health::stored(&now);
        let mut tx = self.db.begin().await?;
        let written = match over {
            None => db::mirror::insert_read(&mut *tx, organization_id, &json, &health).await?,
            Some(version) => {
                db::mirror::replace(
                    &mut *tx,
                    organization_id,
                    &json,
                    version,
                    &health,
                    full_read,
                )
                .await?
            }
        };
        if !written {
            return Ok(false);
        }
        if let Some(before) = before {
            let changes = super::health::changes(before, &health, &now);
            db::mirror::record_changes(&mut tx, organization_id, &changes).await?;
        }
        tx.commit().await?;
        Ok(true)
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
            let before = super::health::stored(&snapshot.live());
            if !snapshot.apply(event) {
                return Ok(false);
            }
            if self
                .save(
                    organization,
                    &snapshot,
                    Some(&before),
                    Some(stored.version),
                    false,
                )
                .await?
            {
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
