//! Refuses server-function requests carrying fields the function does not take (see
//! `api::argument_fields`). Written by hand: the server-function macro cannot mark its
//! argument structs `deny_unknown_fields`.

use crate::model::{AppError, ErrorKind};
use axum::{
    body::{to_bytes, Body},
    extract::Request,
    http::{header, Method, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
    Json,
};

/// The one body type server functions take.
const FORM: &str = "application/x-www-form-urlencoded";

/// A `Content-Type`'s media type, lower case, without its parameters.
fn media_type(content_type: &str) -> String {
    let essence = content_type.split(';').next().unwrap_or_default();
    essence.trim().to_ascii_lowercase()
}

pub async fn refuse_unknown_fields(request: Request, next: Next) -> Response {
    let path = request.uri().path().to_owned();
    if !super::routes::is_server_fn(&path) {
        return next.run(request).await;
    }
    // A server function that is not listed takes no field at all.
    let allowed: &[&str] = crate::api::argument_fields()
        .iter()
        .find(|(p, _)| *p == path)
        .map_or(&[], |(_, fields)| fields);
    let media_type = request
        .headers()
        .get(header::CONTENT_TYPE)
        .map(|v| v.to_str().map(media_type).unwrap_or_default());
    let (parts, body) = request.into_parts();
    let query = parts.uri.query().unwrap_or_default().as_bytes().to_vec();
    let (body, bytes) = if parts.method == Method::POST {
        // The body limit outside has bounded it already.
        match to_bytes(body, usize::MAX).await {
            Ok(bytes) => (Body::from(bytes.clone()), bytes.to_vec()),
            Err(_) => return StatusCode::PAYLOAD_TOO_LARGE.into_response(),
        }
    } else {
        (body, Vec::new())
    };
    // Every body is read as the one type server functions take, so no spelling of the
    // header lets a field past this check: another type, or a body with none, is refused.
    let readable = match media_type.as_deref() {
        Some(FORM) => true,
        None | Some("") => bytes.is_empty(),
        Some(_) => false,
    };
    if parts.method == Method::POST && !readable {
        let error = AppError::new(
            ErrorKind::UnsupportedMediaType,
            format!("The request could not be read: send it as {FORM}."),
        );
        return (StatusCode::UNSUPPORTED_MEDIA_TYPE, Json(error)).into_response();
    }
    let unknown = url::form_urlencoded::parse(&query)
        .chain(url::form_urlencoded::parse(&bytes))
        .map(|(key, _)| key.split('[').next().unwrap_or_default().to_owned())
        .find(|key| !allowed.contains(&key.as_str()));
    if let Some(field) = unknown {
        let field: String = crate::model::clipped(&field, 40);
        let error = AppError::bad_request(format!(
            "The request could not be read: `{field}` is not a field of {path}."
        ));
        return (StatusCode::BAD_REQUEST, Json(error)).into_response();
    }
    next.run(Request::from_parts(parts, body)).await
}
