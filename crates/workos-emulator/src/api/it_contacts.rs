//! IT contacts: `/organizations/{id}/it_contacts`.

use super::{
    body::{email_address, json_body},
    responses::{coded, deleted, entity_not_found, field, message, validation, Problem},
};
use crate::{
    emulator::Emulator,
    store::{ContactRefusal, PortalGrant},
};
use axum::{
    body::Bytes,
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Response},
    Json,
};
use serde_json::{json, Value};
use workos::types::{ItContactIntent, PortalIntent};

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
        let problem = Problem::unless_missing(map.get("email"), Problem::InvalidEmail);
        return validation(vec![field("email", problem)]);
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
        let problem = match map.get("intents") {
            None | Some(Value::Null) => Problem::Required,
            Some(Value::Array(items)) if items.is_empty() => Problem::Required,
            Some(Value::Array(_)) => Problem::InvalidValue,
            Some(_) => Problem::InvalidType,
        };
        return validation(vec![field("intents", problem)]);
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
