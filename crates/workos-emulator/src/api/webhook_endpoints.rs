//! Webhook endpoints: `/webhook_endpoints`, as WorkOS's Node SDK 10+ manages them
//! (`{endpoint_url, events}` to create; `status` `enabled`/`disabled` to update). The
//! API takes only https URLs, as WorkOS does; the control route
//! `/__emulator/webhook_endpoints` also takes http on loopback and a chosen secret, for
//! a receiver started on this machine first.

use super::{
    body::json_body,
    query::{page_of, query_pairs},
    responses::{
        coded, deleted, entity_not_found, field, message, page_error, validation, Problem,
    },
};
use crate::{
    emulator::Emulator,
    store::{EndpointChanges, EndpointTaken},
};
use axum::{
    body::Bytes,
    extract::{Path, RawQuery, State},
    http::StatusCode,
    response::{IntoResponse, Response},
    Json,
};
use serde_json::{Map, Value};
use workos::types::FieldError;

pub async fn list_webhook_endpoints(
    State(emulator): State<Emulator>,
    RawQuery(query): RawQuery,
) -> Response {
    let pairs = match query_pairs(query, &[]) {
        Ok(pairs) => pairs,
        Err(refusal) => return refusal,
    };
    match emulator.store.webhook_endpoints(&page_of(&pairs)) {
        Ok(list) => Json(list).into_response(),
        Err(e) => page_error(e),
    }
}

pub async fn create_webhook_endpoint(State(emulator): State<Emulator>, body: Bytes) -> Response {
    create(&emulator, &body, Reach::HttpsOnly)
}

/// Emulator-only: as `POST /webhook_endpoints`, but an http URL on loopback is taken, and
/// `secret` may be given.
pub async fn control_create_webhook_endpoint(
    State(emulator): State<Emulator>,
    body: Bytes,
) -> Response {
    create(&emulator, &body, Reach::Loopback)
}

/// Which URLs an endpoint may have.
#[derive(Clone, Copy, PartialEq)]
enum Reach {
    HttpsOnly,
    Loopback,
}

fn create(emulator: &Emulator, body: &Bytes, reach: Reach) -> Response {
    let map = match json_body(body) {
        Ok(map) => map,
        Err(problem) => return message(StatusCode::BAD_REQUEST, problem),
    };
    let mut errors = Vec::new();
    let url = endpoint_url(&map, reach, &mut errors, true);
    let events = event_names(&map, &mut errors, true);
    let secret = match (reach, map.get("secret")) {
        (Reach::Loopback, Some(Value::String(secret))) if !secret.is_empty() => {
            Some(secret.clone())
        }
        (_, None | Some(Value::Null)) => None,
        _ => {
            errors.push(field("secret", Problem::InvalidValue));
            None
        }
    };
    let (Some(url), Some(events), true) = (url, events, errors.is_empty()) else {
        return validation(errors);
    };
    match emulator.store.create_webhook_endpoint(&url, events, secret) {
        Ok(endpoint) => (StatusCode::CREATED, Json(endpoint)).into_response(),
        Err(EndpointTaken) => taken(&url),
    }
}

pub async fn update_webhook_endpoint(
    State(emulator): State<Emulator>,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let map = match json_body(&body) {
        Ok(map) => map,
        Err(problem) => return message(StatusCode::BAD_REQUEST, problem),
    };
    let mut errors = Vec::new();
    let endpoint_url = endpoint_url(&map, Reach::HttpsOnly, &mut errors, false);
    let events = event_names(&map, &mut errors, false);
    let enabled = match map.get("status") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) if s == "enabled" => Some(true),
        Some(Value::String(s)) if s == "disabled" => Some(false),
        Some(_) => {
            errors.push(field("status", Problem::InvalidValue));
            None
        }
    };
    if !errors.is_empty() {
        return validation(errors);
    }
    let url = endpoint_url.clone().unwrap_or_default();
    let changes = EndpointChanges {
        endpoint_url,
        enabled,
        events,
    };
    match emulator.store.update_webhook_endpoint(&id, changes) {
        Ok(Some(endpoint)) => Json(endpoint).into_response(),
        Ok(None) => entity_not_found("Webhook endpoint", &id),
        Err(EndpointTaken) => taken(&url),
    }
}

pub async fn delete_webhook_endpoint(
    State(emulator): State<Emulator>,
    Path(id): Path<String>,
) -> Response {
    let existed = emulator.store.delete_webhook_endpoint(&id);
    deleted(existed, StatusCode::NO_CONTENT, "Webhook endpoint", &id)
}

/// A 409: the code is the emulator's (WorkOS documents the status, not its code).
fn taken(url: &str) -> Response {
    coded(
        StatusCode::CONFLICT,
        "webhook_endpoint_already_exists",
        format!("A webhook endpoint for {url} already exists."),
    )
}

fn endpoint_url(
    map: &Map<String, Value>,
    reach: Reach,
    errors: &mut Vec<FieldError>,
    required: bool,
) -> Option<String> {
    let value = map.get("endpoint_url");
    let Some(Value::String(text)) = value.filter(|v| !v.is_null()) else {
        if required || value.is_some_and(|v| !v.is_null()) {
            errors.push(field(
                "endpoint_url",
                Problem::unless_missing(value, Problem::InvalidType),
            ));
        }
        return None;
    };
    let loopback = |url: &url::Url| match url.host() {
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        Some(url::Host::Domain(name)) => name == "localhost",
        None => false,
    };
    match url::Url::parse(text) {
        Ok(url) if url.scheme() == "https" && url.host().is_some() => Some(text.clone()),
        Ok(url) if reach == Reach::Loopback && url.scheme() == "http" && loopback(&url) => {
            Some(text.clone())
        }
        _ => {
            errors.push(field("endpoint_url", Problem::InvalidUrl));
            None
        }
    }
}

/// Event names: a non-empty list of non-empty strings.
fn event_names(
    map: &Map<String, Value>,
    errors: &mut Vec<FieldError>,
    required: bool,
) -> Option<Vec<String>> {
    let value = map.get("events");
    match value {
        None | Some(Value::Null) if !required => None,
        Some(Value::Array(names)) if !names.is_empty() => {
            let names: Option<Vec<String>> = names
                .iter()
                .map(|n| n.as_str().filter(|s| !s.is_empty()).map(str::to_owned))
                .collect();
            if names.is_none() {
                errors.push(field("events", Problem::InvalidValue));
            }
            names
        }
        _ => {
            errors.push(field(
                "events",
                Problem::unless_missing(value, Problem::InvalidType),
            ));
            None
        }
    }
}
