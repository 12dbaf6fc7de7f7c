//! `POST /sso/token` and `GET /sso/profile`: OAuth endpoints, so their errors are OAuth's
//! `{error, error_description}` (which WorkOS's SDKs raise as OAuth errors), and their
//! credentials are the client's (`client_secret`, or a PKCE verifier), not the API key
//! header.

use super::responses::message;
use crate::emulator::Emulator;
use axum::{
    body::Bytes,
    extract::State,
    http::{header, HeaderMap, StatusCode},
    response::{IntoResponse, Response},
    Json,
};
use serde::Deserialize;

/// The exchange's fields, from a form (Node SDK) or JSON (Python SDK).
#[derive(Deserialize)]
struct TokenForm {
    grant_type: Option<String>,
    client_id: Option<String>,
    client_secret: Option<String>,
    code: Option<String>,
    code_verifier: Option<String>,
}

fn oauth_error(status: StatusCode, error: &str, description: &str) -> Response {
    let body = serde_json::json!({ "error": error, "error_description": description });
    (status, Json(body)).into_response()
}

/// `POST /sso/token`.
pub async fn token(State(emulator): State<Emulator>, headers: HeaderMap, body: Bytes) -> Response {
    let is_json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    let form: Result<TokenForm, String> = if is_json {
        serde_json::from_slice(&body).map_err(|e| e.to_string())
    } else {
        serde_urlencoded::from_bytes(&body).map_err(|e| e.to_string())
    };
    let Ok(form) = form else {
        return oauth_error(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "The body must be a form or a JSON object of strings.",
        );
    };
    if form.grant_type.as_deref() != Some("authorization_code") {
        return oauth_error(
            StatusCode::BAD_REQUEST,
            "unsupported_grant_type",
            "grant_type must be authorization_code.",
        );
    }
    if form.client_id.as_deref() != Some(&*emulator.client_id) {
        return oauth_error(
            StatusCode::UNAUTHORIZED,
            "invalid_client",
            "The client_id is unknown.",
        );
    }
    // A confidential client proves itself with the API key; a public one only by PKCE,
    // which the exchange checks.
    match form.client_secret.as_deref() {
        Some(secret) if emulator.is_api_key(secret) => {}
        None if form.code_verifier.is_some() => {}
        _ => {
            return oauth_error(
                StatusCode::UNAUTHORIZED,
                "invalid_client",
                "The client_secret is missing or wrong.",
            )
        }
    }
    let Some(code) = form.code.filter(|c| !c.is_empty()) else {
        return oauth_error(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "code is required.",
        );
    };
    match emulator
        .store
        .exchange_sso_code(&code, form.code_verifier.as_deref())
    {
        Ok(answer) => Json(answer).into_response(),
        Err(refusal) => oauth_error(StatusCode::BAD_REQUEST, refusal.error, &refusal.description),
    }
}

/// `GET /sso/profile` with `Authorization: Bearer <access token>`.
pub async fn profile(State(emulator): State<Emulator>, headers: HeaderMap) -> Response {
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    match token.and_then(|t| emulator.store.sso_profile(t)) {
        Some(profile) => Json(profile).into_response(),
        None => message(StatusCode::UNAUTHORIZED, "Unauthorized"),
    }
}
