//! Directories (Directory Sync), as the Admin Portal creates them.

use super::lists::filter_query;
use serde::{Deserialize, Serialize};

/// A directory (Directory Sync), created in the Admin Portal.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Directory {
    /// Always `"directory"`.
    pub object: String,
    /// `directory_` followed by a ULID.
    pub id: String,
    /// The organization it provisions.
    pub organization_id: String,
    /// Display name.
    pub name: String,
    /// Omitted by WorkOS when the directory has none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    /// WorkOS's key for the directory's endpoint.
    pub external_key: String,
    /// E.g. `okta scim v2.0`.
    #[serde(rename = "type")]
    pub directory_type: String,
    /// `linked`, `unlinked`, `validating`, `invalid_credentials` or `deleting`.
    pub state: String,
    /// User and group counts, when WorkOS reports them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<DirectoryMetadata>,
    /// ISO 8601 with milliseconds and `Z`.
    pub created_at: String,
    /// ISO 8601 with milliseconds and `Z`.
    pub updated_at: String,
}

/// How many users and groups a directory holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DirectoryMetadata {
    /// Active and inactive users.
    pub users: DirectoryUserCounts,
    /// Groups.
    pub groups: u64,
}

/// Users of a directory by state.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DirectoryUserCounts {
    /// Active users.
    pub active: u64,
    /// Inactive users.
    pub inactive: u64,
}

/// Filters of `GET /directories`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DirectoryFilter {
    /// Only this organization's directories.
    pub organization_id: Option<String>,
    /// Only directories of this domain.
    pub domain: Option<String>,
    /// Text matched against the name.
    pub search: Option<String>,
}

impl DirectoryFilter {
    /// The query pairs.
    pub fn query(&self) -> Vec<(&'static str, String)> {
        filter_query(&[
            ("organization_id", self.organization_id.as_ref()),
            ("domain", self.domain.as_ref()),
            ("search", self.search.as_ref()),
        ])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_directory_without_domain_omits_it() {
        let directory = Directory {
            object: "directory".into(),
            id: "directory_1".into(),
            organization_id: "org_1".into(),
            name: "Okta".into(),
            domain: None,
            external_key: "k".into(),
            directory_type: "okta scim v2.0".into(),
            state: "linked".into(),
            metadata: None,
            created_at: "t".into(),
            updated_at: "t".into(),
        };
        let json = serde_json::to_value(&directory).unwrap();
        assert!(json.get("domain").is_none(), "{json}");
    }
}
