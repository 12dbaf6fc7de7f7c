//! Organizations: `/organizations` and `/organizations/external_id/{external_id}`.

use super::{
    organization_body::organization_body,
    query::{all_values, first, page_of, query_pairs},
    responses::{coded, deleted, entity_not_found, page_error},
};
use crate::{
    emulator::Emulator,
    store::{ExternalIdTaken, NewOrganization},
};
use axum::{
    body::Bytes,
    extract::{Path, RawQuery, State},
    http::StatusCode,
    response::{IntoResponse, Response},
    Json,
};

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

pub async fn get_organization_by_external_id(
    State(emulator): State<Emulator>,
    Path(external_id): Path<String>,
) -> Response {
    match emulator.store.organization_by_external_id(&external_id) {
        Some(organization) => Json(organization).into_response(),
        None => entity_not_found("Organization", &external_id),
    }
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

/// Another organization has this `external_id`: a 400 with WorkOS's code.
fn external_id_already_used() -> Response {
    coded(
        StatusCode::BAD_REQUEST,
        "external_id_already_used",
        "An organization with this external_id already exists.",
    )
}
