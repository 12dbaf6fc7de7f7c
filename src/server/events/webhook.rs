//! `POST /webhooks/workos`: a delivery is checked against `WORKOS_WEBHOOK_SECRET` before
//! anything of it is read, stored once by its event id, and answered 200 only once it is
//! stored: WorkOS retries anything else for days, so nothing answered 2xx is lost, and a
//! retried or replayed delivery changes nothing.

use crate::{
    model::{AppError, ErrorKind},
    server::{
        db::{self, events::Received, events::Source},
        state::AppState,
    },
};
use axum::{
    body::Bytes,
    extract::State,
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Response},
    Json,
};
use workos::{
    types::Event,
    webhooks::{self, WebhookError},
};

/// Why a delivery was not taken.
#[derive(Debug, thiserror::Error)]
enum Refusal {
    #[error("webhooks are off")]
    Off,
    #[error(transparent)]
    Delivery(#[from] WebhookError),
    #[error("the event could not be stored: {0}")]
    Storage(#[from] sqlx::Error),
}

impl Refusal {
    /// What WorkOS (or whoever sent it) is answered: a refusal it should not retry is
    /// 4xx; a failure to store is 503, so that WorkOS delivers again later.
    fn answer(&self) -> (StatusCode, AppError) {
        let (kind, message) = match self {
            Refusal::Off => (
                ErrorKind::NotFound,
                "There is nothing at /webhooks/workos.".into(),
            ),
            Refusal::Delivery(WebhookError::NotAnEvent(reason)) => (
                ErrorKind::BadRequest,
                format!("The body is not a WorkOS event: {reason}."),
            ),
            Refusal::Delivery(refused) => (
                ErrorKind::Unauthorized,
                format!("The delivery's signature was refused: {refused}."),
            ),
            Refusal::Storage(_) => (
                ErrorKind::Unavailable,
                "The event could not be stored; deliver it again later.".into(),
            ),
        };
        let status = StatusCode::from_u16(kind.status()).unwrap_or(StatusCode::BAD_REQUEST);
        (status, AppError::new(kind, message))
    }
}

pub async fn receive(State(state): State<AppState>, headers: HeaderMap, body: Bytes) -> Response {
    match take(&state, &headers, &body).await {
        Ok((new, event)) => {
            // Answered at once; the change is applied after, from what is stored.
            if new {
                tokio::spawn(async move { super::process(&state, &event).await });
            }
            (
                StatusCode::OK,
                Json(serde_json::json!({ "received": true, "new": new })),
            )
                .into_response()
        }
        Err(refusal) => {
            if !matches!(refusal, Refusal::Off) {
                tracing::warn!(%refusal, "a WorkOS webhook delivery was refused");
            }
            let (status, shown) = refusal.answer();
            (status, Json(shown)).into_response()
        }
    }
}

/// Checks and stores one delivery: whether its event is new, and the event.
async fn take(
    state: &AppState,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<(bool, Event), Refusal> {
    let secret = state.webhook_secret.as_ref().ok_or(Refusal::Off)?;
    let signature = headers
        .get(webhooks::SIGNATURE_HEADER)
        .map(|value| value.to_str().unwrap_or_default());
    let now_ms = crate::server::clock::unix_ms();
    let event = webhooks::construct_event(
        signature,
        body,
        &secret.0,
        now_ms,
        webhooks::DEFAULT_TOLERANCE,
    )?;
    let data = event.data.to_string();
    let received = Received {
        id: &event.id,
        event: &event.event,
        workos_organization_id: event.organization_id(),
        data: &data,
        created_at: &event.created_at,
        source: Source::Webhook,
    };
    let new = db::events::store(&state.db, received).await?;
    Ok((new, event))
}
