//! What WorkOS tells Portico of changes on its side: signed webhook deliveries
//! (`webhook`) and, where those cannot arrive, the Events API (`poller`); each event is
//! stored once by its id.

mod poller;
mod stream;
mod trail;
mod webhook;

pub use poller::{PollError, Polled, Poller, LEASE};
pub use stream::{spawn_change_clock, status_stream};
pub use webhook::receive;

use crate::server::{db, notify, state::AppState};
use workos::types::Event;

/// Applies a newly stored event's change to the status mirror and writes its row in the
/// organization's trail, once: the event is claimed first (`processed_at`), and given
/// back if its change cannot be applied now, for the sweeper to try again.
async fn process(state: &AppState, event: &Event) {
    let db = &state.db;
    match db::events::claim(db, &event.id).await {
        Ok(true) => {}
        Ok(false) => return,
        Err(error) => {
            tracing::warn!(%error, event = %event.id, "could not claim a WorkOS event");
            return;
        }
    }
    match state.status_cache.apply_event(event).await {
        Ok(_) => {
            if let Err(error) = state.status_cache.record_sign_in(event).await {
                tracing::warn!(%error, event = %event.id, "could not count an SSO sign-in");
            }
            if let Err(error) = trail::record(&state.audit, db, event).await {
                tracing::warn!(%error, event = %event.id, "could not write a WorkOS event's audit row");
            }
            // Whether or not the mirror held the organization: a condition its admins
            // were told of today is not told again.
            if let Some(organization) = event.organization_id() {
                let now = time::OffsetDateTime::now_utc();
                if let Err(error) = notify::tell_admins(state, organization, now).await {
                    tracing::warn!(%error, organization, "could not check what needs attention");
                }
            }
        }
        Err(error) => {
            tracing::warn!(%error, event = %event.id, "could not apply a WorkOS event; it waits for the sweeper");
            if let Err(error) = db::events::unclaim(db, &event.id).await {
                tracing::warn!(%error, event = %event.id, "could not give a WorkOS event back");
            }
        }
    }
}

/// Events stored this long ago and still not applied are taken up by the sweeper (a
/// failed write, or a process that stopped between storing and applying).
const SWEEP_AFTER: time::Duration = time::Duration::seconds(30);

/// Every minute, applies the events that are stored but not applied (any instance may:
/// each event is claimed once).
pub fn spawn_sweeper(state: AppState) {
    tokio::spawn(async move {
        let minute = std::time::Duration::from_secs(60);
        // The first sweep a minute after start: what is waiting then has had its chance.
        let mut every = tokio::time::interval_at(tokio::time::Instant::now() + minute, minute);
        loop {
            every.tick().await;
            sweep(&state).await;
        }
    });
}

/// Applies up to a hundred events left waiting; how many it took up.
pub async fn sweep(state: &AppState) -> usize {
    let before = (time::OffsetDateTime::now_utc() - SWEEP_AFTER)
        .format(db::audit::TRAIL_TIME)
        .unwrap_or_default();
    let waiting = match db::events::waiting(&state.db, &before, 100).await {
        Ok(waiting) => waiting,
        Err(error) => {
            tracing::warn!(%error, "could not list the WorkOS events waiting");
            return 0;
        }
    };
    let count = waiting.len();
    for (id, event, data, created_at) in waiting {
        let data = serde_json::from_str(&data).unwrap_or_default();
        let event = Event {
            object: "event".into(),
            id,
            event,
            data,
            created_at,
        };
        process(state, &event).await;
    }
    count
}

/// The events Portico reads: what changes an organization's setup status.
pub const MIRRORED_EVENTS: &[&str] = &[
    "connection.activated",
    "connection.deactivated",
    "connection.deleted",
    "connection.saml_certificate_renewal_required",
    "connection.saml_certificate_renewed",
    "dsync.activated",
    "dsync.deleted",
    "dsync.token.created",
    "dsync.token.revoked",
    "dsync.user.created",
    "dsync.user.updated",
    "dsync.user.deleted",
    "dsync.group.created",
    "dsync.group.updated",
    "dsync.group.deleted",
    "dsync.group.user_added",
    "dsync.group.user_removed",
    "organization_domain.created",
    "organization_domain.updated",
    "organization_domain.deleted",
    "organization_domain.verified",
    "organization_domain.verification_failed",
    "organization.updated",
    "organization.deleted",
    "vault.byok_key.verification_completed",
    "vault.byok_key.deleted",
    "authentication.sso_started",
    "authentication.sso_succeeded",
    "authentication.sso_failed",
    "authentication.sso_timed_out",
];
