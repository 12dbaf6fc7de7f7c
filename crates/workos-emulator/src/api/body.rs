//! Request bodies, parsed by hand so every malformed one gets WorkOS's error shape.

use super::responses::{field, Problem};
use crate::store::normalize_domain;
use axum::body::Bytes;
use serde_json::Value;
use workos::types::FieldError;

/// An email address as WorkOS would accept it, lower-cased.
pub(super) fn email_address(value: &Value) -> Option<String> {
    let email = value.as_str()?.trim();
    let (local, domain) = email.split_once('@')?;
    (!local.is_empty()
        && email.len() <= 254
        && !email.chars().any(char::is_whitespace)
        && normalize_domain(domain).is_some())
    .then(|| email.to_lowercase())
}

/// The body as a JSON object, or the sentence for a 400 answer.
pub(super) fn json_body(body: &Bytes) -> Result<serde_json::Map<String, Value>, &'static str> {
    match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(_) => Err("The request body must be a JSON object."),
        Err(_) => Err("The request body is not valid JSON."),
    }
}

/// An optional http(s) URL; a problem goes to `errors`.
pub(super) fn optional_url(
    map: &serde_json::Map<String, Value>,
    name: &str,
    errors: &mut Vec<FieldError>,
) -> Option<String> {
    match map.get(name) {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => match url::Url::parse(s) {
            Ok(u) if matches!(u.scheme(), "http" | "https") => Some(s.clone()),
            _ => {
                errors.push(field(name, Problem::InvalidUrl));
                None
            }
        },
        Some(_) => {
            errors.push(field(name, Problem::InvalidType));
            None
        }
    }
}
