//! Wire types of the WorkOS API slice Portico speaks, shared by the client and the emulator.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Organization {
    pub object: String,
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub allow_profiles_outside_organization: bool,
    #[serde(default)]
    pub domains: Vec<OrganizationDomain>,
    #[serde(default)]
    pub external_id: Option<String>,
    #[serde(default)]
    pub metadata: serde_json::Map<String, serde_json::Value>,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrganizationDomain {
    pub object: String,
    pub id: String,
    pub domain: String,
    pub organization_id: String,
    pub state: String,
    #[serde(default)]
    pub verification_strategy: Option<String>,
    #[serde(default)]
    pub verification_token: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Connection {
    pub object: String,
    pub id: String,
    pub organization_id: String,
    pub name: String,
    /// Kept as a string: WorkOS adds provider types over time.
    pub connection_type: String,
    pub state: String,
    #[serde(default)]
    pub domains: Vec<ConnectionDomain>,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConnectionDomain {
    pub object: String,
    pub id: String,
    pub domain: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Directory {
    pub object: String,
    pub id: String,
    pub organization_id: String,
    pub name: String,
    pub domain: Option<String>,
    pub external_key: String,
    #[serde(rename = "type")]
    pub directory_type: String,
    pub state: String,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct List<T> {
    pub object: String,
    pub data: Vec<T>,
    pub list_metadata: ListMetadata,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ListMetadata {
    pub before: Option<String>,
    pub after: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DomainData {
    pub domain: String,
    pub state: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CreateOrganization {
    pub name: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub domain_data: Vec<DomainData>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
}

/// Only the fields that are set are changed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateOrganization {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain_data: Option<Vec<DomainData>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
}

/// Paging of list endpoints; unset fields use WorkOS's defaults.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListOptions {
    pub limit: Option<u32>,
    pub before: Option<String>,
    pub after: Option<String>,
    /// `asc` or `desc`.
    pub order: Option<String>,
}

impl ListOptions {
    pub fn query(&self) -> Vec<(&'static str, String)> {
        let mut query = Vec::new();
        if let Some(limit) = self.limit {
            query.push(("limit", limit.to_string()));
        }
        for (name, value) in [
            ("before", &self.before),
            ("after", &self.after),
            ("order", &self.order),
        ] {
            if let Some(value) = value {
                query.push((name, value.clone()));
            }
        }
        query
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GenerateLink {
    pub organization: String,
    pub intent: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub return_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success_url: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PortalLink {
    pub link: String,
}

/// The error body shapes WorkOS uses; every field optional so any of them parses.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ErrorBody {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<FieldError>>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub code: String,
}

/// ISO 8601 with milliseconds and `Z`, as WorkOS writes timestamps.
pub fn timestamp(at: time::OffsetDateTime) -> String {
    let at = at.to_offset(time::UtcOffset::UTC);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z",
        at.year(),
        u8::from(at.month()),
        at.day(),
        at.hour(),
        at.minute(),
        at.second(),
        at.millisecond()
    )
}
