//! `GET /api/status_stream`: a settings page kept current as WorkOS's events land, as
//! Server-Sent Events. The organization is the session's; each `status` event is a
//! `LiveStatus` (the page's whole overview, and each card in the words the page shows),
//! sent when what it says changed (its id is a fingerprint of
//! it, so a page reconnecting with `Last-Event-ID` is sent nothing it already shows). A
//! comment every 15 s keeps proxies from closing the stream. Open streams are bounded
//! per organization and in all; past the bound a page is told to reload instead.

use crate::{
    model::{AppError, ErrorKind, LiveStatus},
    server::{error::ServerError, state::AppState, status::LivePage},
};
use axum::{
    extract::{Query, State},
    http::{HeaderMap, StatusCode},
    response::{
        sse::{Event as SseEvent, KeepAlive, Sse},
        IntoResponse, Response,
    },
    Json,
};
use sha2::{Digest, Sha256};
use std::{convert::Infallible, sync::Arc, time::Duration};
use tokio::sync::broadcast::error::RecvError;
use tower_sessions::Session;

fn refusal(status: StatusCode, kind: ErrorKind, message: String) -> Response {
    (status, Json(AppError::new(kind, message))).into_response()
}

/// What one stream carries between events.
struct Following {
    state: AppState,
    session: Session,
    organization: Arc<str>,
    changes: tokio::sync::broadcast::Receiver<Arc<str>>,
    shown: Option<String>,
    first: bool,
    /// Completes when the instance stops.
    closed: std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send>>,
    _page: LivePage,
}

/// `?since=<Unix ms>`: when the page's status was read (its first message is then sent
/// only if the status changed since, so opening the stream never reads WorkOS again).
#[derive(serde::Deserialize)]
pub struct Since {
    since: Option<u64>,
}

pub async fn status_stream(
    State(state): State<AppState>,
    session: Session,
    headers: HeaderMap,
    Query(Since { since }): Query<Since>,
) -> Response {
    let user = match state.auth.require_user(&session).await {
        Ok(user) => user,
        Err(refused) => {
            let shown = AppError::from(ServerError::from(refused));
            let status =
                StatusCode::from_u16(shown.kind.status()).unwrap_or(StatusCode::UNAUTHORIZED);
            return (status, Json(shown)).into_response();
        }
    };
    let Some(organization) = user.membership.workos_organization_id.clone() else {
        let message = format!(
            "{} has no WorkOS organization: there is no live status to follow.",
            user.membership.organization_name
        );
        return refusal(StatusCode::NOT_FOUND, ErrorKind::NotFound, message);
    };
    let Some(page) = state.live_pages.enter(&organization) else {
        let message = "Too many pages are following this organization's status right now. Reload the page to see changes.".to_owned();
        return refusal(
            StatusCode::SERVICE_UNAVAILABLE,
            ErrorKind::Unavailable,
            message,
        );
    };
    let changes = state.status_cache.changes();
    let shown = headers
        .get("last-event-id")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let now = u64::try_from(crate::server::clock::unix_ms()).unwrap_or_default();
    let unchanged = shown.is_none()
        && since.is_some_and(|since| !state.live_pages.changed_since(&organization, since, now));
    let following = Following {
        changes,
        state,
        session,
        organization: Arc::from(organization.as_str()),
        shown,
        first: !unchanged,
        closed: Box::pin(page.closed()),
        _page: page,
    };
    let stream = futures::stream::unfold(following, next_status);
    Sse::new(stream)
        .keep_alive(
            KeepAlive::new()
                .interval(Duration::from_secs(15))
                .text("heartbeat"),
        )
        .into_response()
}

/// Waits for the organization's status to change (at once, the first time), then sends
/// the page's overview if it differs from what the page shows. Ends when the session
/// no longer grants the page (signed out, removed).
async fn next_status(
    mut following: Following,
) -> Option<(Result<SseEvent, Infallible>, Following)> {
    loop {
        if !following.first {
            let changed = tokio::select! {
                changed = following.changes.recv() => changed,
                () = &mut following.closed => return None,
            };
            match changed {
                Ok(changed) if changed == following.organization => {}
                Ok(_) => continue,
                // Missed some: read afresh whatever they were.
                Err(RecvError::Lagged(_)) => {}
                Err(RecvError::Closed) => return None,
            }
        }
        following.first = false;
        // Who the session is now: a demotion or removal applies to the stream too.
        let user = following
            .state
            .auth
            .require_user(&following.session)
            .await
            .ok()?;
        let overview = following.state.status_cache.overview(&user, false).await;
        let json = serde_json::to_string(&LiveStatus::of(overview)).ok()?;
        let fingerprint = hex::encode(&Sha256::digest(json.as_bytes())[..12]);
        if following.shown.as_deref() == Some(fingerprint.as_str()) {
            continue;
        }
        following.shown = Some(fingerprint.clone());
        let event = SseEvent::default()
            .event("status")
            .id(fingerprint)
            .data(json);
        return Some((Ok(event), following));
    }
}

/// Keeps the time of each organization's status change (`LivePages::changed`), for pages
/// that open their stream after they were read.
pub fn spawn_change_clock(state: &AppState) {
    let mut changes = state.status_cache.changes();
    let pages = state.live_pages.clone();
    tokio::spawn(async move {
        loop {
            let now = u64::try_from(crate::server::clock::unix_ms()).unwrap_or_default();
            match changes.recv().await {
                Ok(organization) => pages.changed(organization, now),
                Err(RecvError::Lagged(_)) => pages.changed_somewhere(now),
                Err(RecvError::Closed) => return,
            }
        }
    });
}
