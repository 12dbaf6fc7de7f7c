//! Admin Portal links: `POST /portal/generate_link` and `POST /portal/revoke_link`.

use super::{
    body::{email_address, json_body, optional_url},
    responses::{entity_not_found, field, message, validation, Problem},
};
use crate::{
    emulator::Emulator,
    store::{now, Email, PortalGrant, INVITATION_LIFETIME},
};
use axum::{
    body::Bytes,
    extract::State,
    http::StatusCode,
    response::{IntoResponse, Response},
    Json,
};
use serde_json::{json, Map, Value};
use workos::types::{FieldError, PortalIntent, PortalSsoProvider};

/// A valid generate_link body: what the link grants, and the IT contacts who get their own.
struct LinkRequest {
    grant: PortalGrant,
    it_contact_emails: Vec<String>,
}

pub async fn generate_link(State(emulator): State<Emulator>, body: Bytes) -> Response {
    let map = match json_body(&body) {
        Ok(map) => map,
        Err(problem) => return message(StatusCode::BAD_REQUEST, problem),
    };
    let request = match link_request(&map) {
        Ok(request) => request,
        Err(errors) => return validation(errors),
    };
    let organization = request.grant.organization_id.clone();
    if emulator.store.organization(&organization).is_none() {
        return message(
            StatusCode::BAD_REQUEST,
            format!("Organization not found: '{organization}'."),
        );
    }
    let link = emulator.link(emulator.store.issue_link(request.grant.clone()));
    email_it_contacts(&emulator, &request.grant, request.it_contact_emails);
    (StatusCode::CREATED, Json(json!({ "link": link }))).into_response()
}

/// Reads every field, so one answer names every problem.
fn link_request(map: &Map<String, Value>) -> Result<LinkRequest, Vec<FieldError>> {
    let mut errors = Vec::new();
    let organization = match map.get("organization") {
        Some(Value::String(s)) if !s.is_empty() => Some(s.clone()),
        _ => {
            errors.push(field(
                "organization",
                Problem::unless_missing(map.get("organization"), Problem::InvalidType),
            ));
            None
        }
    };
    let intents = requested_intents(map, &mut errors);
    let return_url = optional_url(map, "return_url", &mut errors);
    let success_url = optional_url(map, "success_url", &mut errors);
    let external_user_id = external_user_id(map, &mut errors);
    let it_contact_emails = it_contact_emails(map, &mut errors);
    let provider_type = sso_provider_type(map, &mut errors);
    let (Some(organization), true) = (organization, errors.is_empty()) else {
        return Err(errors);
    };
    Ok(LinkRequest {
        grant: PortalGrant {
            organization_id: organization,
            intents,
            return_url,
            success_url,
            external_user_id,
            provider_type,
            it_contact_id: None,
        },
        it_contact_emails,
    })
}

/// `intent` is optional: without it the portal offers every area.
fn requested_intents(map: &Map<String, Value>, errors: &mut Vec<FieldError>) -> Vec<PortalIntent> {
    match map.get("intent") {
        None | Some(Value::Null) => PortalIntent::ALL.to_vec(),
        Some(Value::String(s)) if PortalIntent::parse(s).is_some() => {
            PortalIntent::parse(s).into_iter().collect()
        }
        Some(_) => {
            errors.push(field("intent", Problem::InvalidValue));
            Vec::new()
        }
    }
}

fn external_user_id(map: &Map<String, Value>, errors: &mut Vec<FieldError>) -> Option<String> {
    match map.get("external_user_id") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) if !s.is_empty() && s.len() <= 256 => Some(s.clone()),
        Some(_) => {
            errors.push(field("external_user_id", Problem::InvalidValue));
            None
        }
    }
}

/// Up to 20 IT contacts; `admin_emails` is the older name of the same field.
fn it_contact_emails(map: &Map<String, Value>, errors: &mut Vec<FieldError>) -> Vec<String> {
    let mut it_contact_emails = Vec::new();
    for name in ["it_contact_emails", "admin_emails"] {
        match map.get(name) {
            None | Some(Value::Null) => {}
            Some(Value::Array(emails)) if emails.len() <= 20 => {
                match emails.iter().map(email_address).collect::<Option<Vec<_>>>() {
                    Some(valid) => it_contact_emails.extend(valid),
                    None => errors.push(field(name, Problem::InvalidEmail)),
                }
            }
            Some(_) => errors.push(field(name, Problem::InvalidValue)),
        }
    }
    it_contact_emails
}

/// `intent_options.sso.{provider_type, bookmark_slug}`. WorkOS takes only the provider
/// types its API description lists (`GoogleSAML`) and refuses the link for any other.
fn sso_provider_type(map: &Map<String, Value>, errors: &mut Vec<FieldError>) -> Option<String> {
    let sso = match map.get("intent_options") {
        None | Some(Value::Null) => return None,
        Some(Value::Object(options)) => match options.get("sso") {
            None | Some(Value::Null) => return None,
            Some(Value::Object(sso)) if sso.values().all(|v| v.is_string() || v.is_null()) => sso,
            Some(_) => {
                errors.push(field("intent_options.sso", Problem::InvalidType));
                return None;
            }
        },
        Some(_) => {
            errors.push(field("intent_options", Problem::InvalidType));
            return None;
        }
    };
    let provider_type = sso.get("provider_type").and_then(Value::as_str)?;
    match PortalSsoProvider::for_connection_type(provider_type) {
        Some(provider) => Some(provider.as_str().to_owned()),
        None => {
            errors.push(field(
                "intent_options.sso.provider_type",
                Problem::InvalidValue,
            ));
            None
        }
    }
}

/// WorkOS emails the IT contacts a link of their own.
fn email_it_contacts(emulator: &Emulator, grant: &PortalGrant, to: Vec<String>) {
    for to in to {
        let secret = emulator
            .store
            .issue_link_for(grant.clone(), INVITATION_LIFETIME);
        emulator.store.send_email(Email {
            object: "email".into(),
            organization_id: grant.organization_id.clone(),
            to,
            subject: "You have been given access to set up your organization".into(),
            link: emulator.link(secret),
            intents: grant.intents.clone(),
            sent_at: now(),
        });
    }
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
            errors.push(field(name, Problem::InvalidType));
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
