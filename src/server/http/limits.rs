//! Bounds on what one request may take: its body's size, its time, and how many requests
//! are served at once. Each answers with a clear error instead of a stalled or crashed
//! server: 413, 503 with `Retry-After`.

use crate::model::{AppError, ErrorKind};
use axum::{
    body::Body,
    extract::Request,
    http::{header, HeaderValue, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
};

/// What a limit's bare answer (from tower) becomes: a sentence for people, JSON for the
/// API, with `Retry-After` where waiting helps.
pub async fn explain_limits(request: Request, next: Next) -> Response {
    let api = super::routes::is_api(request.uri().path());
    let response = next.run(request).await;
    let already_explained = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    if already_explained {
        return response;
    }
    let error = match response.status() {
        StatusCode::PAYLOAD_TOO_LARGE => AppError::new(
            ErrorKind::TooLarge,
            "That request is larger than Portico accepts. Send less, or contact your Portico operator.",
        ),
        StatusCode::SERVICE_UNAVAILABLE => AppError::new(
            ErrorKind::Unavailable,
            "Portico is too busy to answer right now. Please try again in a few seconds.",
        )
        .retry_after(5),
        _ => return response,
    };
    answer(error, api)
}

/// 503 for a request turned away because the server is at its limit of requests at once.
pub fn busy() -> Response {
    let mut response = StatusCode::SERVICE_UNAVAILABLE.into_response();
    response
        .headers_mut()
        .insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
    response
}

fn answer(error: AppError, api: bool) -> Response {
    let status =
        StatusCode::from_u16(error.kind.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let mut response = if api {
        let body = serde_json::to_vec(&error).unwrap_or_default();
        let mut response = Response::new(Body::from(body));
        response.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        );
        response
    } else {
        let mut response = Response::new(Body::from(error.message.clone()));
        response.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/plain; charset=utf-8"),
        );
        response
    };
    *response.status_mut() = status;
    if let Some(seconds) = error.retry_after_seconds {
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
    }
    response
}
