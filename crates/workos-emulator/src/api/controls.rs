//! The emulator-only routes under `/__emulator/`: what tests read and set that WorkOS has
//! no API for.

use crate::{
    control::{Fault, RateLimit},
    emulator::Emulator,
};
use axum::{
    extract::{Query, State},
    http::StatusCode,
    response::{IntoResponse, Response},
    Json,
};
use serde::Deserialize;
use serde_json::json;
use std::{sync::atomic::Ordering, time::Duration};

#[derive(Deserialize)]
pub struct CompletionQuery {
    organization_id: String,
}

/// Emulator-only: what its hosted portal recorded for areas WorkOS has no read API for.
pub async fn list_completions(
    State(emulator): State<Emulator>,
    Query(q): Query<CompletionQuery>,
) -> Response {
    Json(json!({ "object": "list", "data": emulator.store.completions(&q.organization_id) }))
        .into_response()
}

#[derive(Deserialize)]
pub struct OutboxQuery {
    organization_id: Option<String>,
}

/// Emulator-only: the emails WorkOS would have sent, with working links.
pub async fn list_outbox(
    State(emulator): State<Emulator>,
    Query(q): Query<OutboxQuery>,
) -> Response {
    Json(json!({ "object": "list", "data": emulator.store.outbox(q.organization_id.as_deref()) }))
        .into_response()
}

#[derive(Deserialize)]
pub struct MailboxQuery {
    pub to: Option<String>,
}

/// Emulator-only: what the mail sink received over SMTP, optionally to one address.
pub async fn list_mailbox(
    State(emulator): State<Emulator>,
    Query(q): Query<MailboxQuery>,
) -> Response {
    Json(json!({ "object": "list", "data": emulator.store.mailbox(q.to.as_deref()) }))
        .into_response()
}

#[derive(Deserialize)]
pub struct ClockAdvance {
    pub advance_seconds: u64,
}

#[derive(Deserialize)]
pub struct RateLimitChange {
    /// `null` turns the limit off.
    pub limit: Option<RateLimit>,
}

pub async fn add_fault(State(emulator): State<Emulator>, Json(fault): Json<Fault>) -> StatusCode {
    emulator.controls.add_fault(fault);
    StatusCode::NO_CONTENT
}

pub async fn clear_faults(State(emulator): State<Emulator>) -> StatusCode {
    emulator.controls.clear_faults();
    StatusCode::NO_CONTENT
}

pub async fn set_rate_limit(
    State(emulator): State<Emulator>,
    Json(change): Json<RateLimitChange>,
) -> StatusCode {
    emulator.controls.set_rate_limit(change.limit);
    StatusCode::NO_CONTENT
}

/// Forgets every object, link, session, email, fault and the rate-limit window, so a
/// test starts from nothing.
pub async fn reset(State(emulator): State<Emulator>) -> StatusCode {
    emulator.store.reset();
    emulator.controls.reset();
    StatusCode::NO_CONTENT
}

/// A TXT record to publish in the emulator's stand-in for DNS.
#[derive(Debug, Deserialize)]
pub struct TxtRecord {
    /// e.g. `_workos-challenge.acme.example`
    pub name: String,
    pub value: String,
}

/// Publishes a TXT record, so verifying the domain it proves succeeds.
pub async fn publish_txt(
    State(emulator): State<Emulator>,
    Json(record): Json<TxtRecord>,
) -> StatusCode {
    emulator.store.publish_txt(&record.name, &record.value);
    StatusCode::NO_CONTENT
}

/// An event to record as if WorkOS had emitted it.
#[derive(Debug, Deserialize)]
pub struct EmittedEvent {
    /// e.g. `connection.saml_certificate_renewal_required`
    pub event: String,
    /// The event's object; its organization is read from it.
    pub data: serde_json::Value,
}

/// Records an event (the Events API lists it), for what the emulator cannot cause itself,
/// e.g. a SAML certificate nearing its expiry.
pub async fn emit_event(
    State(emulator): State<Emulator>,
    Json(emitted): Json<EmittedEvent>,
) -> Response {
    let event = emulator.store.emit(&emitted.event, emitted.data);
    (StatusCode::CREATED, Json(event)).into_response()
}

pub async fn advance_clock(
    State(emulator): State<Emulator>,
    Json(advance): Json<ClockAdvance>,
) -> StatusCode {
    emulator
        .store
        .advance_clock(Duration::from_secs(advance.advance_seconds));
    StatusCode::NO_CONTENT
}

/// Emulator-only: counters a test can read.
pub async fn stats(State(emulator): State<Emulator>) -> Json<serde_json::Value> {
    Json(serde_json::json!({ "api_requests": emulator.api_requests.load(Ordering::Relaxed) }))
}

/// Emulator-only: every webhook delivery, oldest first.
pub async fn list_deliveries(State(emulator): State<Emulator>) -> Response {
    Json(json!({ "object": "list", "data": emulator.store.deliveries() })).into_response()
}

/// Emulator-only: sends a delivery's event again, as a new delivery.
pub async fn replay_delivery(
    State(emulator): State<Emulator>,
    axum::extract::Path(id): axum::extract::Path<String>,
) -> Response {
    match emulator.store.replay_delivery(&id) {
        Some(replay) => (StatusCode::CREATED, Json(replay)).into_response(),
        None => super::responses::entity_not_found("Delivery", &id),
    }
}

#[derive(Deserialize)]
pub struct Paused {
    pub paused: bool,
}

/// Emulator-only: holds webhook deliveries (they queue) or lets them go.
pub async fn pause_deliveries(
    State(emulator): State<Emulator>,
    Json(paused): Json<Paused>,
) -> StatusCode {
    emulator.store.pause_deliveries(paused.paused);
    StatusCode::NO_CONTENT
}

#[derive(Deserialize)]
pub struct CertificateExpiring {
    pub connection_id: String,
    /// Days left; negative once expired.
    pub days: i64,
}

/// Emulator-only: a SAML certificate of the connection expires in `days`.
pub async fn certificate_expiring(
    State(emulator): State<Emulator>,
    Json(asked): Json<CertificateExpiring>,
) -> Response {
    let event = emulator
        .store
        .certificate_expiring(&asked.connection_id, asked.days);
    created_or_missing(event, "Connection", &asked.connection_id)
}

#[derive(Deserialize)]
pub struct DirectoryRevoked {
    pub directory_id: String,
}

/// Emulator-only: the directory's credentials are revoked at its provider.
pub async fn directory_credentials_revoked(
    State(emulator): State<Emulator>,
    Json(asked): Json<DirectoryRevoked>,
) -> Response {
    let event = emulator
        .store
        .revoke_directory_credentials(&asked.directory_id);
    created_or_missing(event, "Directory", &asked.directory_id)
}

#[derive(Deserialize)]
pub struct SsoFailed {
    pub connection_id: String,
    pub email: String,
    pub code: String,
    pub message: String,
}

/// Emulator-only: a person's SSO sign-in through the connection failed.
pub async fn sso_failed(
    State(emulator): State<Emulator>,
    Json(asked): Json<SsoFailed>,
) -> Response {
    let error = (asked.code.as_str(), asked.message.as_str());
    let event = emulator
        .store
        .sso_failed(&asked.connection_id, &asked.email, error);
    created_or_missing(event, "Connection", &asked.connection_id)
}

fn created_or_missing(event: Option<workos::types::Event>, kind: &str, id: &str) -> Response {
    match event {
        Some(event) => (StatusCode::CREATED, Json(event)).into_response(),
        None => super::responses::entity_not_found(kind, id),
    }
}
