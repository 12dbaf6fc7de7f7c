//! Audit trail of security-relevant actions. Writing it never fails the user's request:
//! a failure is logged instead.

use super::{
    db::{self, audit::RequestFacts, users::MembershipRow},
    state::AppState,
};
use crate::domain::Intent;
use axum::{
    extract::{Request, State},
    middleware::Next,
    response::Response,
};

tokio::task_local! {
    /// The request being served, for the audit rows it causes.
    static REQUEST: RequestFacts;
}

/// The facts of the request this task serves (none outside a request).
pub fn current_request() -> RequestFacts {
    REQUEST.try_with(Clone::clone).unwrap_or_default()
}

/// Runs `work` as part of the request `facts` describe (for work spawned off it).
pub async fn within_request<T>(
    facts: RequestFacts,
    work: impl std::future::Future<Output = T>,
) -> T {
    REQUEST.scope(facts, work).await
}

/// Notes who is asking (address, browser, request id) for the audit rows the request
/// writes.
pub async fn note_request(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let facts = facts_of(&request, &state);
    REQUEST.scope(facts, next.run(request)).await
}

fn facts_of(request: &Request, state: &AppState) -> RequestFacts {
    let header = |name: &str| {
        request
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(|v| v.chars().take(512).collect::<String>())
    };
    let peer = request
        .extensions()
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .map(|info| info.0.ip());
    RequestFacts {
        client_ip: peer.map(|peer| {
            super::api_context::client_behind(
                peer,
                request.headers(),
                &state.settings.trusted_proxies,
            )
            .to_string()
        }),
        user_agent: header("user-agent"),
        request_id: header("x-request-id"),
    }
}

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
        request: current_request(),
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
        request: current_request(),
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
