//! What WorkOS tells Portico of changes on its side: signed webhook deliveries
//! (`webhook`) and, where those cannot arrive, the Events API (`poller`); each event is
//! stored once by its id.

mod poller;
mod trail;
mod webhook;

pub use poller::{PollError, Polled, Poller, LEASE};
pub use webhook::receive;

use crate::server::{db, state::AppState};
use workos::types::Event;

/// Applies a newly stored event's change to the status mirror, writes its row in the
/// organization's trail, and marks it processed. One that cannot be applied now stays
/// stored and waiting (`processed_at` unset).
async fn process(state: &AppState, event: &Event) {
    let db = &state.db;
    if let Err(error) = trail::record(&state.audit, db, event).await {
        tracing::warn!(%error, event = %event.id, "could not write a WorkOS event's audit row");
    }
    match state.status_cache.apply_event(event).await {
        Ok(_) => {
            if let Err(error) = db::events::processed(db, &event.id).await {
                tracing::warn!(%error, event = %event.id, "could not mark a WorkOS event processed");
            }
        }
        Err(error) => {
            tracing::warn!(%error, event = %event.id, "could not apply a WorkOS event; it stays waiting");
        }
    }
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
