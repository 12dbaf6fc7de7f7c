//! The emulated REST endpoints. Bodies are parsed by hand (not axum's `Json`) so that
//! every malformed request gets WorkOS's JSON error shape, not a framework message.

use super::{
    store::{
        normalize_domain, DomainRefusal, NewOrganization, OrganizationChanges, Page, PageError,
        PortalGrant, StoreConflict,
    },
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
    // Up to 20 IT contacts; `admin_emails` is the older name of the same field.
    for name in ["it_contact_emails", "admin_emails"] {
        match map.get(name) {
            None | Some(Value::Null) => {}
            Some(Value::Array(emails))
                if emails.len() <= 20
                    && emails
                        .iter()
                        .all(|e| e.as_str().is_some_and(|e| e.contains('@'))) => {}
            Some(_) => errors.push(field(
                name,
                format!("{name} must be an array of at most 20 email addresses"),
            )),
        }
    }
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

/// The organization fields of a create or update body; `name` is required on create.
fn organization_fields(
    map: &serde_json::Map<String, Value>,
    creating: bool,
) -> Result<OrganizationChanges, Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut changes = OrganizationChanges::default();
    match map.get("name") {
        Some(Value::String(s)) if !s.trim().is_empty() => changes.name = Some(s.trim().to_owned()),
        None if !creating => {}
        _ => errors.push(field("name", "name must be a non-empty string")),
    }
    match map.get("domain_data") {
        None | Some(Value::Null) => {}
        Some(Value::Array(items)) => {
            let mut domains = Vec::new();
            for item in items {
                let domain = item
                    .get("domain")
                    .and_then(Value::as_str)
                    .and_then(normalize_domain);
                let state = item
                    .get("state")
                    .and_then(Value::as_str)
                    .unwrap_or("pending");
                match (domain, state) {
                    (Some(d), "verified" | "pending") => domains.push((d, state.to_owned())),
                    _ => errors.push(field(
                        "domain_data",
                        "each domain_data entry needs a valid domain and a state of verified or pending",
                    )),
                }
            }
            changes.domains = Some(domains);
        }
        Some(_) => errors.push(field("domain_data", "domain_data must be an array")),
    }
    match map.get("external_id") {
        None => {}
        Some(Value::Null) => changes.external_id = Some(None),
        Some(Value::String(s)) if !s.is_empty() && s.len() <= 64 => {
            changes.external_id = Some(Some(s.clone()))
        }
        Some(_) => errors.push(field(
            "external_id",
            "external_id must be a string of 1 to 64 characters",
        )),
    }
    match map.get("metadata") {
        None | Some(Value::Null) => {}
        Some(Value::Object(m)) if m.len() <= 50 && m.values().all(Value::is_string) => {
            changes.metadata = Some(m.clone())
        }
        Some(_) => errors.push(field(
            "metadata",
            "metadata must be an object of at most 50 string values",
        )),
    }
    if errors.is_empty() {
        Ok(changes)
    } else {
        Err(errors)
    }
}

fn conflict(c: StoreConflict) -> Response {
    (
        StatusCode::CONFLICT,
        Json(json!({ "message": c.message, "error": "conflict" })),
    )
        .into_response()
}

pub async fn create_organization(State(emulator): State<Emulator>, body: Bytes) -> Response {
    let map = match json_body(&body) {
        Ok(map) => map,
        Err(problem) => return message(StatusCode::BAD_REQUEST, problem),
    };
    let fields = match organization_fields(&map, true) {
        Ok(fields) => fields,
        Err(errors) => return validation(errors),
    };
    let new = NewOrganization {
        name: fields.name.unwrap_or_default(),
        domains: fields.domains.unwrap_or_default(),
        external_id: fields.external_id.flatten(),
        metadata: fields.metadata.unwrap_or_default(),
    };
    match emulator.store.create_organization(new) {
        Ok(organization) => (StatusCode::CREATED, Json(organization)).into_response(),
        Err(c) => conflict(c),
    }
}

pub async fn update_organization(
    State(emulator): State<Emulator>,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let map = match json_body(&body) {
        Ok(map) => map,
        Err(problem) => return message(StatusCode::BAD_REQUEST, problem),
    };
    let changes = match organization_fields(&map, false) {
        Ok(changes) => changes,
        Err(errors) => return validation(errors),
    };
    match emulator.store.update_organization(&id, changes) {
        Some(Ok(organization)) => Json(organization).into_response(),
        Some(Err(c)) => conflict(c),
        None => entity_not_found("Organization", &id),
    }
}

/// WorkOS answers a delete with an empty success; the SDKs read no body.
pub async fn delete_organization(
    State(emulator): State<Emulator>,
    Path(id): Path<String>,
) -> Response {
    deleted(emulator.store.delete_organization(&id), "Organization", &id)
}

fn deleted(existed: bool, kind: &str, id: &str) -> Response {
    if existed {
        StatusCode::ACCEPTED.into_response()
    } else {
        entity_not_found(kind, id)
    }
}

pub async fn get_organization_by_external_id(
    State(emulator): State<Emulator>,
    Path(external_id): Path<String>,
) -> Response {
    match emulator.store.organization_by_external_id(&external_id) {
        Some(organization) => Json(organization).into_response(),
        None => entity_not_found("Organization", &external_id),
    }
}

pub async fn create_domain(State(emulator): State<Emulator>, body: Bytes) -> Response {
    let map = match json_body(&body) {
        Ok(map) => map,
        Err(problem) => return message(StatusCode::BAD_REQUEST, problem),
    };
    let mut errors = Vec::new();
    let organization_id = map
        .get("organization_id")
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty());
    if organization_id.is_none() {
        errors.push(field("organization_id", "organization_id must be a string"));
    }
    let domain = map
        .get("domain")
        .and_then(Value::as_str)
        .and_then(normalize_domain);
    if domain.is_none() {
        errors.push(field("domain", "domain must be a valid domain name"));
    }
    let (Some(organization_id), Some(domain)) = (organization_id, domain) else {
        return validation(errors);
    };
    match emulator.store.create_domain(organization_id, &domain) {
        Ok(created) => (StatusCode::CREATED, Json(created)).into_response(),
        Err(DomainRefusal::NoOrganization) => entity_not_found("Organization", organization_id),
        Err(DomainRefusal::Taken) => conflict(StoreConflict {
            message: format!("The domain {domain} already belongs to an organization."),
        }),
    }
}

pub async fn get_domain(State(emulator): State<Emulator>, Path(id): Path<String>) -> Response {
    match emulator.store.domain(&id) {
        Some(domain) => Json(domain).into_response(),
        None => entity_not_found("Organization domain", &id),
    }
}

pub async fn verify_domain(State(emulator): State<Emulator>, Path(id): Path<String>) -> Response {
    match emulator.store.verify_domain_by_id(&id) {
        Some(domain) => Json(domain).into_response(),
        None => entity_not_found("Organization domain", &id),
    }
}

pub async fn delete_domain(State(emulator): State<Emulator>, Path(id): Path<String>) -> Response {
    deleted(
        emulator.store.delete_domain(&id),
        "Organization domain",
        &id,
    )
}

pub async fn delete_connection(
    State(emulator): State<Emulator>,
    Path(id): Path<String>,
) -> Response {
    deleted(emulator.store.delete_connection(&id), "Connection", &id)
}

pub async fn delete_directory(
    State(emulator): State<Emulator>,
    Path(id): Path<String>,
) -> Response {
    deleted(emulator.store.delete_directory(&id), "Directory", &id)
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
    domain: Option<String>,
}

/// An empty query value filters nothing, as WorkOS treats it.
fn given(value: &Option<String>) -> Option<&str> {
    value.as_deref().filter(|s| !s.is_empty())
}

pub async fn list_connections(
    State(emulator): State<Emulator>,
    Query(q): Query<ConnectionQuery>,
) -> Response {
    let (org, kind, domain) = (
        given(&q.organization_id),
        given(&q.connection_type),
        given(&q.domain),
    );
    let listed = emulator.store.connections(&q.page, |c| {
        org.is_none_or(|o| c.organization_id == o)
            && kind.is_none_or(|t| c.connection_type == t)
            && domain.is_none_or(|d| c.domains.iter().any(|x| x.domain == d))
    });
    match listed {
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
    search: Option<String>,
}

pub async fn list_directories(
    State(emulator): State<Emulator>,
    Query(q): Query<DirectoryQuery>,
) -> Response {
    let org = given(&q.organization_id);
    let search = given(&q.search).map(str::to_lowercase);
    let listed = emulator.store.directories(&q.page, |x| {
        org.is_none_or(|o| x.organization_id == o)
            && search
                .as_deref()
                .is_none_or(|s| x.name.to_lowercase().contains(s))
    });
    match listed {
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
