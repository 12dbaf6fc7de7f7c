//! The bodies of WorkOS's error answers.

use serde::{Deserialize, Serialize};

/// The error body shapes WorkOS uses; every field optional so any of them parses.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ErrorBody {
    /// A sentence for people.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// A stable code, e.g. `entity_not_found`, `external_id_already_used`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The id that was not found, on 404s.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity_id: Option<String>,
    /// Per-field problems, on 422s. Read leniently: an item of another shape than the
    /// documented `{field, code}` keeps what it says rather than making the whole
    /// answer unreadable.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "lenient_field_errors"
    )]
    pub errors: Option<Vec<FieldError>>,
    /// OAuth endpoints' (`/sso/token`) code, e.g. `invalid_grant`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// OAuth endpoints' sentence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_description: Option<String>,
}

/// One field's problem in a 422 answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FieldError {
    /// The request field (empty when WorkOS named none).
    #[serde(default)]
    pub field: String,
    /// What is wrong with it (empty when WorkOS said nothing more).
    #[serde(default)]
    pub code: String,
}

/// `errors` as WorkOS documents it, or as near as an answer comes: objects missing a
/// key, bare sentences, and values of any other type (dropped) all parse.
fn lenient_field_errors<'de, D>(deserializer: D) -> Result<Option<Vec<FieldError>>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    let serde_json::Value::Array(items) = serde_json::Value::deserialize(deserializer)? else {
        return Ok(None);
    };
    Ok(Some(
        items
            .into_iter()
            .filter_map(|item| match item {
                serde_json::Value::String(code) => Some(FieldError {
                    field: String::new(),
                    code,
                }),
                other => serde_json::from_value(other).ok(),
            })
            .collect(),
    ))
}
