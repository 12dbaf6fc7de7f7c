//! Refuses server-function requests carrying fields the function does not take (see
//! `api::argument_fields`). Written by hand: the server-function macro cannot mark its
//! argument structs `deny_unknown_fields`.

use crate::model::AppError;
use axum::{
    body::{to_bytes, Body},
    extract::Request,
    http::{header, Method, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
    Json,
};

pub async fn refuse_unknown_fields(request: Request, next: Next) -> Response {
    let path = request.uri().path().to_owned();
    let is_server_function =
        leptos::server_fn::axum::server_fn_paths().any(|(registered, _)| registered == path);
    if !is_server_function {
        return next.run(request).await;
    }
    // A server function that is not listed takes no field at all.
    let allowed: &[&str] = crate::api::argument_fields()
        .iter()
        .find(|(p, _)| *p == path)
        .map_or(&[], |(_, fields)| fields);
    let form = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    let (parts, body) = request.into_parts();
    let query = parts.uri.query().unwrap_or_default().as_bytes().to_vec();
    let (body, bytes) = if parts.method == Method::POST && form {
        // The body limit outside has bounded it already.
        match to_bytes(body, usize::MAX).await {
            Ok(bytes) => (Body::from(bytes.clone()), bytes.to_vec()),
            Err(_) => return StatusCode::PAYLOAD_TOO_LARGE.into_response(),
        }
    } else {
        (body, Vec::new())
    };
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
