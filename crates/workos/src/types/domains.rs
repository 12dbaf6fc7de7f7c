//! Domains an organization claims, and their verification.

use serde::{Deserialize, Serialize};

/// A domain claimed by an organization, and how far its verification got.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrganizationDomain {
    /// Always `"organization_domain"`.
    pub object: String,
    /// `org_domain_` followed by a ULID.
    pub id: String,
    /// Lower-case domain name.
    pub domain: String,
    /// The organization that claims it.
    pub organization_id: String,
    /// `pending`, `verified`, `failed`, `unverified` or `legacy_verified`.
    pub state: String,
    /// `dns` or `manual`.
    #[serde(default)]
    pub verification_strategy: Option<String>,
    /// The value of the TXT record that proves ownership.
    #[serde(default)]
    pub verification_token: Option<String>,
    /// The TXT record's name is `{verification_prefix}.{domain}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification_prefix: Option<String>,
    /// ISO 8601 with milliseconds and `Z`.
    pub created_at: String,
    /// ISO 8601 with milliseconds and `Z`.
    pub updated_at: String,
}
