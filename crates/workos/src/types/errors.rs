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
    /// Per-field problems, on 422s.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<FieldError>>,
}

/// One field's problem in a 422 answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FieldError {
    /// The request field.
    pub field: String,
    /// What is wrong with it.
    pub code: String,
}
