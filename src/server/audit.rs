//! Audit trail of security-relevant actions. Writing it never fails the user's request:
//! a failure is logged instead.

use super::{db, db::users::MembershipRow, state::AppState};
use crate::domain::Intent;

async fn record(
    state: &AppState,
    actor: Option<i64>,
    org: Option<i64>,
    action: &str,
    detail: &str,
) {
    let event = db::audit::NewEvent {
        actor_user_id: actor,
        organization_id: org,
        action: action.to_owned(),
        detail: detail.to_owned(),
    };
    if let Err(error) = state.audit.write(event).await {
        tracing::error!(%error, action, "could not write audit event");
    }
}

pub async fn signed_in(state: &AppState, who: &MembershipRow) {
    record(
        state,
        Some(who.user_id),
        Some(who.organization_id),
        "user.signed_in",
        "",
    )
    .await;
}

pub async fn sign_in_failed(state: &AppState, email: &str) {
    let email: String = email.chars().take(254).collect();
    record(state, None, None, "user.sign_in_failed", &email).await;
}

/// A link is handed out only once its row is committed: the error is the caller's.
pub async fn portal_link_created(
    state: &AppState,
    who: &MembershipRow,
    intent: Intent,
) -> Result<(), db::audit::AuditWriteError> {
    let event = db::audit::NewEvent {
        actor_user_id: Some(who.user_id),
        organization_id: Some(who.organization_id),
        action: "portal_link.created".to_owned(),
        detail: intent.as_str().to_owned(),
    };
    state.audit.write(event).await
}

pub async fn portal_link_failed(
    state: &AppState,
    who: &MembershipRow,
    intent: Intent,
    reason: &str,
) {
    let detail = format!("{intent}: {reason}");
    record(
        state,
        Some(who.user_id),
        Some(who.organization_id),
        "portal_link.failed",
        &detail,
    )
    .await;
}

pub async fn provider_chosen(
    state: &AppState,
    who: &MembershipRow,
    intent: Intent,
    provider: &str,
) {
    record(
        state,
        Some(who.user_id),
        Some(who.organization_id),
        "provider.chosen",
        &format!("{intent}: {provider}"),
    )
    .await;
}

pub async fn organization_switched(state: &AppState, who: &MembershipRow) {
    record(
        state,
        Some(who.user_id),
        Some(who.organization_id),
        "organization.switched",
        "",
    )
    .await;
}

/// An admin changed a setting: claimed, checked or removed a domain, added or invited
/// an IT contact, revoked the invitation. `detail` says what (and the outcome).
pub async fn setting_changed(state: &AppState, who: &MembershipRow, action: &str, detail: &str) {
    record(
        state,
        Some(who.user_id),
        Some(who.organization_id),
        action,
        detail,
    )
    .await;
}
