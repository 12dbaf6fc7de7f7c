//! The body of `POST /organizations` and `PUT /organizations/{id}`, validated field by
//! field as WorkOS does.

use super::{
    body::json_body,
    responses::{coded, field, message, validation, Problem},
};
use crate::store::{normalize_domain, OrganizationChanges};
use axum::{body::Bytes, http::StatusCode, response::Response};
use serde_json::{Map, Value};
use workos::types::FieldError;

/// The validated fields of a body, or the answer refusing it.
pub(super) fn organization_body(
    body: &Bytes,
    creating: bool,
) -> Result<OrganizationChanges, Response> {
    let map = json_body(body).map_err(|problem| message(StatusCode::BAD_REQUEST, problem))?;
    match organization_fields(&map, creating) {
        OrganizationBody::Fields(changes) => Ok(changes),
        OrganizationBody::Invalid(errors) => Err(validation(errors)),
        OrganizationBody::BadMetadata(problem) => {
            Err(coded(StatusCode::BAD_REQUEST, "invalid_metadata", problem))
        }
    }
}

/// A create or update body, validated. `name` is required on create.
enum OrganizationBody {
    Fields(OrganizationChanges),
    Invalid(Vec<FieldError>),
    BadMetadata(&'static str),
}

/// Reads every field, so one answer names every problem; bad metadata alone is a 400.
fn organization_fields(map: &Map<String, Value>, creating: bool) -> OrganizationBody {
    let mut errors = Vec::new();
    let mut changes = OrganizationChanges::default();
    match map.get("name") {
        Some(Value::String(s)) if !s.trim().is_empty() => changes.name = Some(s.trim().to_owned()),
        None if !creating => {}
        None | Some(Value::Null | Value::String(_)) => {
            errors.push(field("name", Problem::Required))
        }
        Some(_) => errors.push(field("name", Problem::InvalidType)),
    }
    changes.domains = domain_data(map.get("domain_data"), &mut errors);
    if let Some(domains) = plain_domains(map.get("domains"), changes.domains.is_some(), &mut errors)
    {
        changes.domains = Some(domains);
    }
    changes.external_id = clearable_text(
        map,
        "external_id",
        |s| !s.is_empty() && s.len() <= 128 && s.is_ascii(),
        &mut errors,
    );
    changes.stripe_customer_id = clearable_text(
        map,
        "stripe_customer_id",
        |s| !s.is_empty() && s.len() <= 255,
        &mut errors,
    );
    match map.get("allow_profiles_outside_organization") {
        None | Some(Value::Null | Value::Bool(_)) => {}
        Some(_) => errors.push(field(
            "allow_profiles_outside_organization",
            Problem::InvalidType,
        )),
    }
    match map.get("metadata") {
        None | Some(Value::Null) => {}
        Some(Value::Object(m)) => match metadata_problem(m) {
            None => changes.metadata = Some(m.clone()),
            Some(problem) if errors.is_empty() => return OrganizationBody::BadMetadata(problem),
            Some(_) => {}
        },
        Some(_) => errors.push(field("metadata", Problem::InvalidType)),
    }
    if errors.is_empty() {
        OrganizationBody::Fields(changes)
    } else {
        OrganizationBody::Invalid(errors)
    }
}

/// `domain_data`: (domain, state) pairs, each state `verified` or `pending`.
fn domain_data(
    value: Option<&Value>,
    errors: &mut Vec<FieldError>,
) -> Option<Vec<(String, String)>> {
    let items = match value {
        None | Some(Value::Null) => return None,
        Some(Value::Array(items)) => items,
        Some(_) => {
            errors.push(field("domain_data", Problem::InvalidType));
            return None;
        }
    };
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
            (None, _) => errors.push(field("domain_data", Problem::InvalidDomain)),
            (Some(_), _) => errors.push(field("domain_data", Problem::InvalidValue)),
        }
    }
    Some(domains)
}

/// Deprecated `domains`: plain domain names, taken as pending; not with `domain_data`.
fn plain_domains(
    value: Option<&Value>,
    domain_data_given: bool,
    errors: &mut Vec<FieldError>,
) -> Option<Vec<(String, String)>> {
    match value {
        None | Some(Value::Null) => None,
        Some(Value::Array(items)) if !domain_data_given => {
            match items
                .iter()
                .map(|d| d.as_str().and_then(normalize_domain))
                .collect::<Option<Vec<_>>>()
            {
                Some(names) => Some(names.into_iter().map(|d| (d, "pending".into())).collect()),
                None => {
                    errors.push(field("domains", Problem::InvalidDomain));
                    None
                }
            }
        }
        Some(_) => {
            errors.push(field("domains", Problem::InvalidValue));
            None
        }
    }
}

/// A field that may be absent (leave it), `null` (clear it) or a string `valid` accepts.
fn clearable_text(
    map: &Map<String, Value>,
    name: &str,
    valid: impl Fn(&str) -> bool,
    errors: &mut Vec<FieldError>,
) -> Option<Option<String>> {
    match map.get(name) {
        None => None,
        Some(Value::Null) => Some(None),
        Some(Value::String(s)) if valid(s) => Some(Some(s.clone())),
        Some(value) => {
            let problem = match value {
                Value::String(_) => Problem::InvalidValue,
                _ => Problem::InvalidType,
            };
            errors.push(field(name, problem));
            None
        }
    }
}

/// Metadata as WorkOS limits it: at most 50 keys of at most 40 characters, string
/// values of at most 600.
fn metadata_problem(metadata: &Map<String, Value>) -> Option<&'static str> {
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
