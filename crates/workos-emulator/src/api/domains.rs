//! Organization domains: `/organization_domains`.

use super::{
    body::json_body,
    responses::{coded, deleted, entity_not_found, field, message, validation, Problem},
};
use crate::{
    emulator::Emulator,
    store::{normalize_domain, DomainRefusal, VerifyRefusal},
};
use axum::{
    body::Bytes,
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Response},
    Json,
};
use serde_json::Value;

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
        errors.push(field(
            "organization_id",
            Problem::unless_missing(map.get("organization_id"), Problem::InvalidType),
        ));
    }
    let domain = map
        .get("domain")
        .and_then(Value::as_str)
        .and_then(normalize_domain);
    if domain.is_none() {
        errors.push(field(
            "domain",
            Problem::unless_missing(map.get("domain"), Problem::InvalidDomain),
        ));
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
