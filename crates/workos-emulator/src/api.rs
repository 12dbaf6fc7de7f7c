//! The emulated REST endpoints. Bodies are parsed by hand (not axum's `Json`) so that
//! every malformed request gets WorkOS's JSON error shape, not a framework message.
// Helpers return the finished refusal as their error: it is built once, on a cold path.
#![allow(clippy::result_large_err)]

use super::{
    store::{
        normalize_domain, now, ContactRefusal, DomainRefusal, Email, ExternalIdTaken,
        NewOrganization, OrganizationChanges, Page, PageError, PortalGrant, VerifyRefusal,
        INVITATION_LIFETIME,
    },
    Emulator,
};
use axum::{
    body::Bytes,
    extract::{Path, Query, RawQuery, State},
    http::StatusCode,
    response::{IntoResponse, Response},
    Json,
};
use serde::Deserialize;
use serde_json::{json, Value};
use workos::types::{AuditLogConfiguration, FieldError, ItContactIntent, PortalIntent};

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

/// A 400 with WorkOS's machine-readable `code`.
fn coded(status: StatusCode, code: &str, text: impl Into<String>) -> Response {
    (
        status,
        Json(json!({ "code": code, "message": text.into() })),
    )
        .into_response()
}

/// The query string's pairs. Any parameter outside `known` is refused with a 422
/// naming it: a filter silently ignored would return an unfiltered list.
fn query_pairs(query: Option<String>, known: &[&str]) -> Result<Vec<(String, String)>, Response> {
    let pairs: Vec<(String, String)> =
        url::form_urlencoded::parse(query.unwrap_or_default().as_bytes())
            .into_owned()
            .collect();
    let unknown: Vec<FieldError> = pairs
        .iter()
        .map(|(k, _)| k.trim_end_matches("[]"))
        .filter(|k| !PAGE_PARAMETERS.contains(k) && !known.contains(k))
        .map(|k| field(k, format!("{k} is not a filter of this list")))
        .collect();
    if unknown.is_empty() {
        Ok(pairs)
    } else {
        Err(validation(unknown))
    }
}

const PAGE_PARAMETERS: [&str; 4] = ["limit", "before", "after", "order"];

/// The first value of `name` (empty values count as absent, as WorkOS treats them).
fn first(pairs: &[(String, String)], name: &str) -> Option<String> {
    pairs
        .iter()
        .find(|(k, v)| k == name && !v.is_empty())
        .map(|(_, v)| v.clone())
}

/// Every value of an array parameter, sent comma-joined (`domains=a,b`: Python SDK,
/// URLSearchParams) or repeated (`domains=a&domains=b`, `domains[]=a`: Node SDK 11).
fn all_values(pairs: &[(String, String)], name: &str) -> Vec<String> {
    pairs
        .iter()
        .filter(|(k, _)| k.trim_end_matches("[]") == name)
        .flat_map(|(_, v)| v.split(','))
        .map(|v| v.trim().to_lowercase())
        .filter(|v| !v.is_empty())
        .collect()
}

fn page_of(pairs: &[(String, String)]) -> Page {
    Page {
        limit: first(pairs, "limit"),
        before: first(pairs, "before"),
        after: first(pairs, "after"),
        order: first(pairs, "order"),
    }
}

/// An email address as WorkOS would accept it, lower-cased.
fn email_address(value: &Value) -> Option<String> {
    let email = value.as_str()?.trim();
    let (local, domain) = email.split_once('@')?;
    (!local.is_empty()
        && email.len() <= 254
        && !email.chars().any(char::is_whitespace)
        && normalize_domain(domain).is_some())
    .then(|| email.to_lowercase())
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
    // Optional: without it the portal offers every area.
    let intents = match map.get("intent") {
        None | Some(Value::Null) => PortalIntent::ALL.to_vec(),
        Some(Value::String(s)) if PortalIntent::parse(s).is_some() => {
            PortalIntent::parse(s).into_iter().collect()
        }
        Some(_) => {
            let accepted: Vec<&str> = PortalIntent::ALL.iter().map(|i| i.as_str()).collect();
            errors.push(field(
                "intent",
                format!("intent must be one of {}", accepted.join(", ")),
            ));
            Vec::new()
        }
    };
    let return_url = optional_url(&map, "return_url", &mut errors);
    let success_url = optional_url(&map, "success_url", &mut errors);
    let external_user_id = match map.get("external_user_id") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) if !s.is_empty() && s.len() <= 256 => Some(s.clone()),
        Some(_) => {
            errors.push(field(
                "external_user_id",
                "external_user_id must be a string of 1 to 256 characters",
            ));
            None
        }
    };
    // Up to 20 IT contacts; `admin_emails` is the older name of the same field.
    let mut it_contact_emails = Vec::new();
    for name in ["it_contact_emails", "admin_emails"] {
        match map.get(name) {
            None | Some(Value::Null) => {}
            Some(Value::Array(emails)) if emails.len() <= 20 => {
                match emails.iter().map(email_address).collect::<Option<Vec<_>>>() {
                    Some(valid) => it_contact_emails.extend(valid),
                    None => errors.push(field(name, format!("{name} must hold email addresses"))),
                }
            }
            Some(_) => errors.push(field(
                name,
                format!("{name} must be an array of at most 20 email addresses"),
            )),
        }
    }
    // `intent_options.sso.{provider_type, bookmark_slug}` (sent by Node SDK 10.x and 11.x).
    let provider_type = match map.get("intent_options") {
        None | Some(Value::Null) => None,
        Some(Value::Object(options)) => match options.get("sso") {
            None | Some(Value::Null) => None,
            Some(Value::Object(sso)) if sso.values().all(|v| v.is_string() || v.is_null()) => sso
                .get("provider_type")
                .and_then(Value::as_str)
                .map(str::to_owned),
            Some(_) => {
                errors.push(field(
                    "intent_options",
                    "intent_options.sso must be an object of strings",
                ));
                None
            }
        },
        Some(_) => {
            errors.push(field("intent_options", "intent_options must be an object"));
            None
        }
    };
    let (Some(organization), true) = (organization, errors.is_empty()) else {
        return validation(errors);
    };
    if emulator.store.organization(&organization).is_none() {
        return message(
            StatusCode::BAD_REQUEST,
            format!("Organization not found: '{organization}'."),
        );
    }
    let grant = PortalGrant {
        organization_id: organization.clone(),
        intents: intents.clone(),
        return_url,
        success_url,
        external_user_id,
        provider_type,
        it_contact_id: None,
    };
    let link = emulator.link(emulator.store.issue_link(grant.clone()));
    // WorkOS emails the IT contacts a link of their own.
    for to in it_contact_emails {
        let secret = emulator
            .store
            .issue_link_for(grant.clone(), INVITATION_LIFETIME);
        emulator.store.send_email(Email {
            object: "email".into(),
            organization_id: organization.clone(),
            to,
            subject: "You have been given access to set up your organization".into(),
            link: emulator.link(secret),
            intents: intents.clone(),
            sent_at: now(),
        });
    }
    (StatusCode::CREATED, Json(json!({ "link": link }))).into_response()
}

/// `POST /portal/revoke_link`: ends the unopened links made for this user and the
/// portal sessions started from them.
pub async fn revoke_link(State(emulator): State<Emulator>, body: Bytes) -> Response {
    let map = match json_body(&body) {
        Ok(map) => map,
        Err(problem) => return message(StatusCode::BAD_REQUEST, problem),
    };
    let mut errors = Vec::new();
    let text = |name: &str, errors: &mut Vec<FieldError>| match map.get(name) {
        Some(Value::String(s)) if !s.is_empty() => Some(s.clone()),
        _ => {
            errors.push(field(name, format!("{name} must be a string")));
            None
        }
    };
    let organization = text("organization", &mut errors);
    let external_user_id = text("external_user_id", &mut errors);
    let (Some(organization), Some(external_user_id)) = (organization, external_user_id) else {
        return validation(errors);
    };
    if emulator.store.organization(&organization).is_none() {
        return entity_not_found("Organization", &organization);
    }
    emulator
        .store
        .revoke_links(&organization, &external_user_id);
    StatusCode::NO_CONTENT.into_response()
}

/// Metadata as WorkOS limits it: at most 50 keys of at most 40 characters, string
/// values of at most 600.
fn metadata_problem(metadata: &serde_json::Map<String, Value>) -> Option<&'static str> {
    if metadata.len() > 50 {
        return Some("Metadata may have at most 50 keys.");
    }
    if metadata
        .keys()
        .any(|k| k.is_empty() || k.chars().count() > 40)
    {
        return Some("Metadata keys must be 1 to 40 characters long.");
    }
    if metadata
        .values()
        .any(|v| v.as_str().is_none_or(|s| s.chars().count() > 600))
    {
        return Some("Metadata values must be strings of at most 600 characters.");
    }
    None
}

/// A create or update body, validated. `name` is required on create.
enum OrganizationBody {
    Fields(OrganizationChanges),
    Invalid(Vec<FieldError>),
    BadMetadata(&'static str),
}

fn organization_fields(map: &serde_json::Map<String, Value>, creating: bool) -> OrganizationBody {
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
                let state = item.get("state").and_then(Value::as_str);
                match (domain, state) {
                    (Some(d), Some(state @ ("verified" | "pending"))) => {
                        domains.push((d, state.to_owned()))
                    }
                    (None, _) => errors.push(field(
                        "domain_data",
                        "each domain_data entry needs a valid domain",
                    )),
                    (Some(_), _) => errors.push(field(
                        "domain_data",
                        "each domain_data entry needs a state of verified or pending",
                    )),
                }
            }
            changes.domains = Some(domains);
        }
        Some(_) => errors.push(field("domain_data", "domain_data must be an array")),
    }
    // Deprecated: plain domain names, taken as pending.
    match map.get("domains") {
        None | Some(Value::Null) => {}
        Some(Value::Array(items)) if changes.domains.is_none() => {
            match items
                .iter()
                .map(|d| d.as_str().and_then(normalize_domain))
                .collect::<Option<Vec<_>>>()
            {
                Some(names) => {
                    changes.domains =
                        Some(names.into_iter().map(|d| (d, "pending".into())).collect())
                }
                None => errors.push(field("domains", "domains must hold valid domain names")),
            }
        }
        Some(_) => errors.push(field(
            "domains",
            "domains must be an array of domain names, and not given with domain_data",
        )),
    }
    match map.get("external_id") {
        None => {}
        Some(Value::Null) => changes.external_id = Some(None),
        Some(Value::String(s)) if !s.is_empty() && s.len() <= 128 && s.is_ascii() => {
            changes.external_id = Some(Some(s.clone()))
        }
        Some(_) => errors.push(field(
            "external_id",
            "external_id must be 1 to 128 ASCII characters",
        )),
    }
    match map.get("stripe_customer_id") {
        None => {}
        Some(Value::Null) => changes.stripe_customer_id = Some(None),
        Some(Value::String(s)) if !s.is_empty() && s.len() <= 255 => {
            changes.stripe_customer_id = Some(Some(s.clone()))
        }
        Some(_) => errors.push(field(
            "stripe_customer_id",
            "stripe_customer_id must be a non-empty string",
        )),
    }
    match map.get("allow_profiles_outside_organization") {
        None | Some(Value::Null | Value::Bool(_)) => {}
        Some(_) => errors.push(field(
            "allow_profiles_outside_organization",
            "allow_profiles_outside_organization must be a boolean",
        )),
    }
    match map.get("metadata") {
        None | Some(Value::Null) => {}
        Some(Value::Object(m)) => match metadata_problem(m) {
            None => changes.metadata = Some(m.clone()),
            Some(problem) if errors.is_empty() => return OrganizationBody::BadMetadata(problem),
            Some(_) => {}
        },
        Some(_) => errors.push(field("metadata", "metadata must be an object")),
    }
    if errors.is_empty() {
        OrganizationBody::Fields(changes)
    } else {
        OrganizationBody::Invalid(errors)
    }
}

fn external_id_already_used() -> Response {
    coded(
        StatusCode::BAD_REQUEST,
        "external_id_already_used",
        "An organization with this external_id already exists.",
    )
}

/// The validated fields of a body, or the answer refusing it.
fn organization_body(body: &Bytes, creating: bool) -> Result<OrganizationChanges, Response> {
    let map = json_body(body).map_err(|problem| message(StatusCode::BAD_REQUEST, problem))?;
    match organization_fields(&map, creating) {
        OrganizationBody::Fields(changes) => Ok(changes),
        OrganizationBody::Invalid(errors) => Err(validation(errors)),
        OrganizationBody::BadMetadata(problem) => {
            Err(coded(StatusCode::BAD_REQUEST, "invalid_metadata", problem))
        }
    }
}

pub async fn create_organization(State(emulator): State<Emulator>, body: Bytes) -> Response {
    let fields = match organization_body(&body, true) {
        Ok(fields) => fields,
        Err(refusal) => return refusal,
    };
    let new = NewOrganization {
        name: fields.name.unwrap_or_default(),
        domains: fields.domains.unwrap_or_default(),
        external_id: fields.external_id.flatten(),
        metadata: fields.metadata.unwrap_or_default(),
        stripe_customer_id: fields.stripe_customer_id.flatten(),
    };
    match emulator.store.create_organization(new) {
        Ok(organization) => (StatusCode::CREATED, Json(organization)).into_response(),
        Err(ExternalIdTaken) => external_id_already_used(),
    }
}

pub async fn update_organization(
    State(emulator): State<Emulator>,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let changes = match organization_body(&body, false) {
        Ok(changes) => changes,
        Err(refusal) => return refusal,
    };
    match emulator.store.update_organization(&id, changes) {
        Some(Ok(organization)) => Json(organization).into_response(),
        Some(Err(ExternalIdTaken)) => external_id_already_used(),
        None => entity_not_found("Organization", &id),
    }
}

/// WorkOS answers a delete with an empty success; the SDKs read no body.
pub async fn delete_organization(
    State(emulator): State<Emulator>,
    Path(id): Path<String>,
) -> Response {
    deleted(
        emulator.store.delete_organization(&id),
        StatusCode::ACCEPTED,
        "Organization",
        &id,
    )
}

fn deleted(existed: bool, status: StatusCode, kind: &str, id: &str) -> Response {
    if existed {
        status.into_response()
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

pub async fn audit_log_configuration(
    State(emulator): State<Emulator>,
    Path(id): Path<String>,
) -> Response {
    if emulator.store.organization(&id).is_none() {
        return entity_not_found("Organization", &id);
    }
    Json(AuditLogConfiguration {
        organization_id: id.clone(),
        retention_period_in_days: 30,
        state: "active".into(),
        log_stream: emulator.store.log_stream(&id),
    })
    .into_response()
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
        Err(DomainRefusal::Taken) => coded(
            StatusCode::CONFLICT,
            "domain_already_exists",
            format!("The domain {domain} already belongs to an organization."),
        ),
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
        Ok(domain) => (StatusCode::CREATED, Json(domain)).into_response(),
        Err(VerifyRefusal::AlreadyVerified) => coded(
            StatusCode::BAD_REQUEST,
            "domain_already_verified",
            "This domain is already verified.",
        ),
        Err(VerifyRefusal::NotFound) => entity_not_found("Organization domain", &id),
    }
}

pub async fn delete_domain(State(emulator): State<Emulator>, Path(id): Path<String>) -> Response {
    deleted(
        emulator.store.delete_domain(&id),
        StatusCode::NO_CONTENT,
        "Organization domain",
        &id,
    )
}

pub async fn delete_connection(
    State(emulator): State<Emulator>,
    Path(id): Path<String>,
) -> Response {
    deleted(
        emulator.store.delete_connection(&id),
        StatusCode::NO_CONTENT,
        "Connection",
        &id,
    )
}

pub async fn delete_directory(
    State(emulator): State<Emulator>,
    Path(id): Path<String>,
) -> Response {
    deleted(
        emulator.store.delete_directory(&id),
        StatusCode::ACCEPTED,
        "Directory",
        &id,
    )
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
    let pairs = match query_pairs(query, &["domains", "search"]) {
        Ok(pairs) => pairs,
        Err(refusal) => return refusal,
    };
    let domains = all_values(&pairs, "domains");
    let search = first(&pairs, "search");
    match emulator
        .store
        .organizations(&page_of(&pairs), &domains, search.as_deref())
    {
        Ok(list) => Json(list).into_response(),
        Err(e) => page_error(e),
    }
}

/// Case-insensitive "contains", the way the list `search` filters match names.
fn name_matches(name: &str, search: Option<&str>) -> bool {
    search.is_none_or(|s| name.to_lowercase().contains(&s.to_lowercase()))
}

pub async fn list_connections(
    State(emulator): State<Emulator>,
    RawQuery(query): RawQuery,
) -> Response {
    let pairs = match query_pairs(
        query,
        &["organization_id", "connection_type", "domain", "search"],
    ) {
        Ok(pairs) => pairs,
        Err(refusal) => return refusal,
    };
    let org = first(&pairs, "organization_id");
    let kind = first(&pairs, "connection_type");
    let domain = first(&pairs, "domain").map(|d| d.to_lowercase());
    let search = first(&pairs, "search");
    let listed = emulator.store.connections(&page_of(&pairs), |c| {
        org.as_deref().is_none_or(|o| c.organization_id == o)
            && kind.as_deref().is_none_or(|t| c.connection_type == t)
            && domain
                .as_deref()
                .is_none_or(|d| c.domains.iter().any(|x| x.domain == d))
            && name_matches(&c.name, search.as_deref())
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

pub async fn list_directories(
    State(emulator): State<Emulator>,
    RawQuery(query): RawQuery,
) -> Response {
    let pairs = match query_pairs(query, &["organization_id", "domain", "search"]) {
        Ok(pairs) => pairs,
        Err(refusal) => return refusal,
    };
    let org = first(&pairs, "organization_id");
    let domain = first(&pairs, "domain").map(|d| d.to_lowercase());
    let search = first(&pairs, "search");
    let listed = emulator.store.directories(&page_of(&pairs), |x| {
        org.as_deref().is_none_or(|o| x.organization_id == o)
            && domain
                .as_deref()
                .is_none_or(|d| x.domain.as_deref() == Some(d))
            && name_matches(&x.name, search.as_deref())
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

// ---- IT contacts -----------------------------------------------------------

pub async fn list_it_contacts(
    State(emulator): State<Emulator>,
    Path(organization_id): Path<String>,
) -> Response {
    match emulator.store.it_contacts(&organization_id) {
        Some(contacts) => Json(json!({
            "object": "list",
            "data": contacts,
            "list_metadata": { "before": null, "after": null },
        }))
        .into_response(),
        None => entity_not_found("Organization", &organization_id),
    }
}

pub async fn create_it_contact(
    State(emulator): State<Emulator>,
    Path(organization_id): Path<String>,
    body: Bytes,
) -> Response {
    let map = match json_body(&body) {
        Ok(map) => map,
        Err(problem) => return message(StatusCode::BAD_REQUEST, problem),
    };
    let Some(email) = map.get("email").and_then(email_address) else {
        return validation(vec![field("email", "email must be an email address")]);
    };
    match emulator.store.create_it_contact(&organization_id, &email) {
        Ok(contact) => (StatusCode::CREATED, Json(contact)).into_response(),
        Err(ContactRefusal::NoOrganization) => entity_not_found("Organization", &organization_id),
        Err(ContactRefusal::Duplicate) => coded(
            StatusCode::CONFLICT,
            "it_contact_already_exists",
            format!("{email} is already an IT contact of this organization."),
        ),
    }
}

pub async fn delete_it_contact(
    State(emulator): State<Emulator>,
    Path((organization_id, contact_id)): Path<(String, String)>,
) -> Response {
    deleted(
        emulator
            .store
            .delete_it_contact(&organization_id, &contact_id),
        StatusCode::NO_CONTENT,
        "IT contact",
        &contact_id,
    )
}

pub async fn invite_it_contact(
    State(emulator): State<Emulator>,
    Path((organization_id, contact_id)): Path<(String, String)>,
    body: Bytes,
) -> Response {
    let map = match json_body(&body) {
        Ok(map) => map,
        Err(problem) => return message(StatusCode::BAD_REQUEST, problem),
    };
    let intents = match map.get("intents") {
        Some(Value::Array(items)) if !items.is_empty() => items
            .iter()
            .map(|i| i.as_str().and_then(ItContactIntent::parse))
            .collect::<Option<Vec<_>>>(),
        _ => None,
    };
    let Some(intents) = intents else {
        let accepted: Vec<&str> = ItContactIntent::ALL.iter().map(|i| i.as_str()).collect();
        return validation(vec![field(
            "intents",
            format!(
                "intents must be a non-empty array of {}",
                accepted.join(", ")
            ),
        )]);
    };
    let Some(contact) = emulator.store.it_contact(&organization_id, &contact_id) else {
        return entity_not_found("IT contact", &contact_id);
    };
    let mut portal_intents: Vec<PortalIntent> = intents.iter().map(|i| i.portal_intent()).collect();
    portal_intents.dedup();
    let grant = PortalGrant {
        organization_id,
        intents: portal_intents,
        return_url: None,
        success_url: None,
        external_user_id: None,
        provider_type: None,
        it_contact_id: Some(contact.id.clone()),
    };
    emulator
        .store
        .invite_it_contact(&contact, grant, |secret| emulator.link(secret));
    StatusCode::NO_CONTENT.into_response()
}

pub async fn revoke_it_contact(
    State(emulator): State<Emulator>,
    Path((organization_id, contact_id)): Path<(String, String)>,
) -> Response {
    if emulator
        .store
        .it_contact(&organization_id, &contact_id)
        .is_none()
    {
        return entity_not_found("IT contact", &contact_id);
    }
    emulator.store.revoke_invitations(&organization_id);
    StatusCode::NO_CONTENT.into_response()
}

// ---- events ----------------------------------------------------------------

/// `GET /events`: `events` is required (comma-joined names); oldest first by default.
pub async fn list_events(State(emulator): State<Emulator>, RawQuery(query): RawQuery) -> Response {
    let pairs = match query_pairs(
        query,
        &["events", "organization_id", "range_start", "range_end"],
    ) {
        Ok(pairs) => pairs,
        Err(refusal) => return refusal,
    };
    let names = all_values(&pairs, "events");
    if names.is_empty() {
        return validation(vec![field(
            "events",
            "events is required: one or more event names, comma-separated",
        )]);
    }
    let organization = first(&pairs, "organization_id");
    let (start, end) = (first(&pairs, "range_start"), first(&pairs, "range_end"));
    // Unlike other lists, events come oldest first unless asked otherwise.
    let mut page = page_of(&pairs);
    page.order.get_or_insert_with(|| "asc".to_owned());
    match emulator.store.events(
        &page,
        &names,
        organization.as_deref(),
        (start.as_deref(), end.as_deref()),
    ) {
        Ok(list) => Json(list).into_response(),
        Err(e) => page_error(e),
    }
}

// ---- emulator-only ---------------------------------------------------------

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

#[derive(Deserialize)]
pub struct OutboxQuery {
    organization_id: Option<String>,
}

/// Emulator-only: the emails WorkOS would have sent, with working links.
pub async fn list_outbox(
    State(emulator): State<Emulator>,
    Query(q): Query<OutboxQuery>,
) -> Response {
    Json(json!({ "object": "list", "data": emulator.store.outbox(q.organization_id.as_deref()) }))
        .into_response()
}

pub async fn not_found() -> Response {
    message(StatusCode::NOT_FOUND, "Not found")
}
