//! `GET /metrics` and the request figures behind it: every answer is counted by its
//! route's pattern, method and status, with its latency. Answers no route gave (static
//! files, not found, and the limits' refusals before routing) count as route `other`.
//!
//! The figures are for operators only: served on a listener of their own
//! (`operations.metrics_addr`), and on the public one only to a bearer of
//! `PORTICO_METRICS_TOKEN`.

use super::routes;
use crate::server::{db, metrics, state::AppState};
use axum::{
    extract::{MatchedPath, Request, State},
    http::{header, HeaderMap, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
    routing::get,
    Router,
};
use std::time::Instant;

/// The route a response came from, as its pattern.
#[derive(Clone)]
struct RouteLabel(String);

/// Notes the matched route's pattern on the response (a route layer: it runs only for
/// matched routes). A server function is named by its own path, one of a known few.
pub async fn note_route(request: Request, next: Next) -> Response {
    let Some(pattern) = request.extensions().get::<MatchedPath>() else {
        return next.run(request).await;
    };
    let path = request.uri().path();
    let label = match pattern.as_str() {
        pattern if pattern.starts_with("/api/{") && routes::is_server_fn(path) => path.to_owned(),
        pattern => pattern.to_owned(),
    };
    let mut response = next.run(request).await;
    response.extensions_mut().insert(RouteLabel(label));
    response
}

/// Times every request and counts its answer (outermost, so refusals count too).
pub async fn measure(request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = request.method().clone();
    let response = next.run(request).await;
    let route = response
        .extensions()
        .get::<RouteLabel>()
        .map_or("other", |label| label.0.as_str());
    metrics::request_answered(
        route,
        method.as_str(),
        response.status().as_u16(),
        started.elapsed(),
    );
    response
}

/// `GET /metrics` on the public listener: only with `Authorization: Bearer <token>`.
pub async fn public_metrics(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let Some(token) = &state.metrics_token else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "));
    if !given.is_some_and(|given| token.matches(given)) {
        let challenge = [(header::WWW_AUTHENTICATE, "Bearer realm=\"metrics\"")];
        let sentence =
            "Metrics are for operators: send Authorization: Bearer <PORTICO_METRICS_TOKEN>.\n";
        return (StatusCode::UNAUTHORIZED, challenge, sentence).into_response();
    }
    exposition(&state).await
}

/// The metrics listener's router: `/metrics` and nothing else.
pub fn scrape_router(state: AppState) -> Router {
    Router::new()
        .route(
            "/metrics",
            get(|State(state): State<AppState>| async move { exposition(&state).await }),
        )
        .with_state(state)
}

/// The Prometheus text, with the figures read at scrape time.
async fn exposition(state: &AppState) -> Response {
    let sessions_active = match db::sessions::signed_in_count(&state.db).await {
        Ok(count) => u64::try_from(count).unwrap_or(0),
        Err(error) => {
            tracing::warn!(%error, "metrics: could not count sessions");
            0
        }
    };
    let idle = u32::try_from(state.db.num_idle()).unwrap_or(u32::MAX);
    let size = state.db.size();
    let text = metrics::render(metrics::Gauges {
        sessions_active,
        pool_in_use: size.saturating_sub(idle),
        pool_size: size,
    });
    let content_type = [(
        header::CONTENT_TYPE,
        "text/plain; version=0.0.4; charset=utf-8",
    )];
    (content_type, text).into_response()
}
