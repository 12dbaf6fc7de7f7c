//! SSO connections, as the Admin Portal creates them.

use super::lists::filter_query;
use serde::{Deserialize, Serialize};

/// An SSO connection, created in the Admin Portal.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Connection {
    /// Always `"connection"`.
    pub object: String,
    /// `conn_` followed by a ULID.
    pub id: String,
    /// The organization it signs people in to.
    pub organization_id: String,
    /// Display name.
    pub name: String,
    /// E.g. `OktaSAML`. Kept as a string: WorkOS adds provider types over time.
    pub connection_type: String,
    /// `requires_type`, `draft`, `validating`, `active`, `inactive` or `deleting`.
    pub state: String,
    /// Deprecated `linked` / `unlinked`, still sent by WorkOS.
    #[serde(default)]
    pub status: String,
    /// Domains the connection serves.
    #[serde(default)]
    pub domains: Vec<ConnectionDomain>,
    /// ISO 8601 with milliseconds and `Z`.
    pub created_at: String,
    /// ISO 8601 with milliseconds and `Z`.
    pub updated_at: String,
}

/// A domain on a connection.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConnectionDomain {
    /// Always `"connection_domain"`.
    pub object: String,
    /// The domain's id.
    pub id: String,
    /// Lower-case domain name.
    pub domain: String,
}

/// Filters of `GET /connections`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ConnectionFilter {
    /// Only this organization's connections.
    pub organization_id: Option<String>,
    /// Only this type, e.g. `OktaSAML`.
    pub connection_type: Option<String>,
    /// Only connections serving this domain.
    pub domain: Option<String>,
    /// Text matched against the name.
    pub search: Option<String>,
}

impl ConnectionFilter {
    /// The query pairs.
    pub fn query(&self) -> Vec<(&'static str, String)> {
        filter_query(&[
            ("organization_id", self.organization_id.as_ref()),
            ("connection_type", self.connection_type.as_ref()),
            ("domain", self.domain.as_ref()),
            ("search", self.search.as_ref()),
        ])
    }
}
