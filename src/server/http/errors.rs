//! Error answers under `/api/`: each gets its error's status, the request id and, when
//! trying again can work, `Retry-After`, whoever raised it.

use crate::model::AppError;
use axum::{
    body::{to_bytes, Body},
    extract::Request,
    http::{header, StatusCode},
    middleware::Next,
    response::Response,
};

/// Gives every error answer under `/api/` the status of its error and the request id.
/// Errors raised before a server function ran (unreadable arguments) arrive here as a
/// 500 with the error's body; the functions' own errors already have their status.
pub async fn finish_api_errors(request: Request, next: Next) -> Response {
    if !super::routes::is_api(request.uri().path()) {
        return next.run(request).await;
    }
    let request_id = request
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let response = next.run(request).await;
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = to_bytes(body, 64 * 1024).await else {
        return Response::from_parts(parts, Body::empty());
    };
    let Ok(mut error) = serde_json::from_slice::<AppError>(&bytes) else {
        return Response::from_parts(parts, Body::from(bytes));
    };
    error.request_id = request_id;
    if let Ok(status) = StatusCode::from_u16(error.kind.status()) {
        parts.status = status;
    }
    let body = serde_json::to_vec(&error)
        .map(Body::from)
        .unwrap_or_default();
    parts.headers.remove(header::CONTENT_LENGTH);
    if let Some(seconds) = error.retry_after_seconds {
        parts
            .headers
            .insert(header::RETRY_AFTER, header::HeaderValue::from(seconds));
    }
    parts.headers.insert(
        header::CONTENT_TYPE,
        header::HeaderValue::from_static("application/json"),
    );
    Response::from_parts(parts, body)
}
