//! The emulator-only routes under `/__emulator/`: what tests read and set that WorkOS has
//! no API for.

use crate::Emulator;
use axum::{
    extract::{Query, State},
    response::{IntoResponse, Response},
    Json,
};
use serde::Deserialize;
use serde_json::json;

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
