//! The emulated REST endpoints. Bodies are parsed by hand (not axum's `Json`) so that
//! every malformed request gets WorkOS's JSON error shape, not a framework message.

use super::{
    store::{Page, PageError, PortalGrant},
    Emulator,
};
use crate::{domain::Intent, server::workos::types::FieldError};
use axum::{
    body::Bytes,
    extract::{Path, Query, RawQuery, State},
    http::StatusCode,
    response::{IntoResponse, Response},
    Json,
};
use serde::Deserialize;
use serde_json::{json, Value};

fn message(status: StatusCode, text: impl Into<String>) -> Response {
    (status, Json(json!({ "message": text.into() }))).into_response()
}

fn entity_not_found(kind: &str, id: &str) -> Response {
    (
        StatusCode::NOT_FOUND,
        Json(json!({
            "message": format!("{kind} not found: '{id}'."),
            "code": "entity_not_found",
            "entity_id": id,
        })),
    )
        .into_response()
}

fn validation(errors: Vec<FieldError>) -> Response {
    (
        StatusCode::UNPROCESSABLE_ENTITY,
        Json(json!({
            "message": "Validation failed",
            "code": "invalid_request_parameters",
            "errors": errors,
        })),
    )
        .into_response()
}

fn field(field: &str, code: impl Into<String>) -> FieldError {
    FieldError {
        field: field.to_owned(),
        code: code.into(),
    }
}

fn page_error(e: PageError) -> Response {
    validation(vec![field(e.field, e.code)])
}

/// The body as a JSON object, or the sentence for a 400 answer.
fn json_body(body: &Bytes) -> Result<serde_json::Map<String, Value>, &'static str> {
    match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(_) => Err("The request body must be a JSON object."),
        Err(_) => Err("The request body is not valid JSON."),
    }
}

fn optional_url(
    map: &serde_json::Map<String, Value>,
    name: &str,
    errors: &mut Vec<FieldError>,
) -> Option<String> {
    match map.get(name) {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => match url::Url::parse(s) {
            Ok(u) if matches!(u.scheme(), "http" | "https") => Some(s.clone()),
            _ => {
                errors.push(field(name, format!("{name} must be a valid http(s) URL")));
                None
            }
        },
        Some(_) => {
            errors.push(field(name, format!("{name} must be a string")));
            None
        }
    }
}

pub async fn generate_link(State(emulator): State<Emulator>, body: Bytes) -> Response {
    let map = match json_body(&body) {
        Ok(map) => map,
        Err(problem) => return message(StatusCode::BAD_REQUEST, problem),
    };
    let mut errors = Vec::new();
    let organization = match map.get("organization") {
        Some(Value::String(s)) if !s.is_empty() => Some(s.clone()),
        _ => {
            errors.push(field("organization", "organization must be a string"));
            None
        }
    };
    let intent = match map.get("intent") {
        Some(Value::String(s)) if Intent::parse(s).is_ok() => Some(s.clone()),
        _ => {
            errors.push(field(
                "intent",
                format!("intent must be one of {}", Intent::accepted_values()),
            ));
            None
        }
    };
    let return_url = optional_url(&map, "return_url", &mut errors);
    let success_url = optional_url(&map, "success_url", &mut errors);
    let (Some(organization), Some(intent), true) = (organization, intent, errors.is_empty()) else {
        return validation(errors);
    };
    if emulator.store.organization(&organization).is_none() {
        return message(
            StatusCode::BAD_REQUEST,
            format!("Could not find an organization with the id, {organization}."),
        );
    }
    let secret = emulator.store.issue_link(PortalGrant {
        organization_id: organization,
        intent,
        return_url,
        success_url,
    });
    let mut link = emulator
        .public_url
        .join("/portal/launch")
        .expect("constant path");
    link.query_pairs_mut().append_pair("secret", &secret);
    (StatusCode::CREATED, Json(json!({ "link": link.as_str() }))).into_response()
}

pub async fn create_organization(State(emulator): State<Emulator>, body: Bytes) -> Response {
    let map = match json_body(&body) {
        Ok(map) => map,
        Err(problem) => return message(StatusCode::BAD_REQUEST, problem),
    };
    let mut errors = Vec::new();
    let name = match map.get("name") {
        Some(Value::String(s)) if !s.trim().is_empty() => s.trim().to_owned(),
        _ => {
            errors.push(field("name", "name must be a non-empty string"));
            String::new()
        }
    };
    let mut domains = Vec::new();
    match map.get("domain_data") {
        None | Some(Value::Null) => {}
        Some(Value::Array(items)) => {
            for item in items {
                let domain = item.get("domain").and_then(Value::as_str);
                let state = item
                    .get("state")
                    .and_then(Value::as_str)
                    .unwrap_or("pending");
                match (domain, state) {
                    (Some(d), "verified" | "pending") if d.contains('.') => {
                        domains.push((d.to_lowercase(), state.to_owned()))
                    }
                    _ => errors.push(field(
                        "domain_data",
                        "each domain_data entry needs a domain and a state of verified or pending",
                    )),
                }
            }
        }
        Some(_) => errors.push(field("domain_data", "domain_data must be an array")),
    }
    if !errors.is_empty() {
        return validation(errors);
    }
    let organization = emulator.store.create_organization(name, domains);
    (StatusCode::CREATED, Json(organization)).into_response()
}

pub async fn get_organization(
    State(emulator): State<Emulator>,
    Path(id): Path<String>,
) -> Response {
    match emulator.store.organization(&id) {
        Some(organization) => Json(organization).into_response(),
        None => entity_not_found("Organization", &id),
    }
}

pub async fn list_organizations(
    State(emulator): State<Emulator>,
    RawQuery(query): RawQuery,
) -> Response {
    // `domains` may repeat, which a plain struct extractor cannot express.
    let pairs: Vec<(String, String)> =
        url::form_urlencoded::parse(query.unwrap_or_default().as_bytes())
            .into_owned()
            .collect();
    let get = |k: &str| {
        pairs
            .iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.clone())
    };
    let page = Page {
        limit: get("limit"),
        before: get("before"),
        after: get("after"),
        order: get("order"),
    };
    let domains: Vec<String> = pairs
        .iter()
        .filter(|(k, v)| (k == "domains" || k == "domains[]") && !v.is_empty())
        .map(|(_, v)| v.to_lowercase())
        .collect();
    match emulator.store.organizations(&page, &domains) {
        Ok(list) => Json(list).into_response(),
        Err(e) => page_error(e),
    }
}

#[derive(Deserialize)]
pub struct ConnectionQuery {
    #[serde(flatten)]
    page: Page,
    organization_id: Option<String>,
    connection_type: Option<String>,
}

pub async fn list_connections(
    State(emulator): State<Emulator>,
    Query(q): Query<ConnectionQuery>,
) -> Response {
    let org = q.organization_id.as_deref().filter(|s| !s.is_empty());
    let kind = q.connection_type.as_deref().filter(|s| !s.is_empty());
    match emulator.store.connections(&q.page, org, kind) {
        Ok(list) => Json(list).into_response(),
        Err(e) => page_error(e),
    }
}

pub async fn get_connection(State(emulator): State<Emulator>, Path(id): Path<String>) -> Response {
    match emulator.store.connection(&id) {
        Some(c) => Json(c).into_response(),
        None => entity_not_found("Connection", &id),
    }
}

#[derive(Deserialize)]
pub struct DirectoryQuery {
    #[serde(flatten)]
    page: Page,
    organization_id: Option<String>,
}

pub async fn list_directories(
    State(emulator): State<Emulator>,
    Query(q): Query<DirectoryQuery>,
) -> Response {
    let org = q.organization_id.as_deref().filter(|s| !s.is_empty());
    match emulator.store.directories(&q.page, org) {
        Ok(list) => Json(list).into_response(),
        Err(e) => page_error(e),
    }
}

pub async fn get_directory(State(emulator): State<Emulator>, Path(id): Path<String>) -> Response {
    match emulator.store.directory(&id) {
        Some(d) => Json(d).into_response(),
        None => entity_not_found("Directory", &id),
    }
}

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

pub async fn not_found() -> Response {
    message(StatusCode::NOT_FOUND, "Not found")
}
