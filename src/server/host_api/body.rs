//! What the host API reads and answers, as its OpenAPI document describes them.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// An organization: Portico's id and WorkOS's, its name, and the areas its plan includes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Organization {
    /// Portico's id; paths take it or the WorkOS id.
    pub id: i64,
    pub name: String,
    /// WorkOS's id (`org_…`).
    pub workos_organization_id: Option<String>,
    /// The areas the plan includes (every area when none was set).
    pub areas: Vec<String>,
}

/// A new organization, made in WorkOS and in Portico.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewOrganization {
    pub name: String,
    /// Domains its people sign in with; each waits for its DNS record.
    #[serde(default)]
    pub domains: Vec<String>,
    /// The areas its plan includes; every area when left out.
    #[serde(default)]
    pub areas: Option<Vec<String>>,
}

/// A page of organizations, by id.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct OrganizationList {
    pub data: Vec<Organization>,
    /// Pass as `after` for the next page; absent on the last.
    pub next_after: Option<i64>,
}

/// The areas an organization's plan includes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// Area names: `sso`, `dsync`, `domain_verification`, `audit_logs`, `log_streams`,
    /// `certificate_renewal`, `bring_your_own_key`.
    pub areas: Vec<String>,
}

/// One area's status, as the organization's admins see it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct AreaStatus {
    pub area: String,
    pub included: bool,
    /// `not_configured`, `in_progress`, `active` or `needs_attention`; absent when WorkOS
    /// gives no read of it.
    pub setup: Option<String>,
    pub summary: String,
}

/// Something that needs the organization's admins.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Attention {
    pub area: String,
    pub summary: String,
}

/// An organization's status: every area, what needs attention, and what is pending.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct OrganizationStatus {
    pub organization: Organization,
    pub areas: Vec<AreaStatus>,
    pub needs_attention: Vec<Attention>,
    /// Set when WorkOS could not be read in full (the rest is what it last said).
    pub status_error: Option<String>,
    /// The setup invitation waiting on the organization's IT contact, in words.
    pub pending_invitation: Option<String>,
    /// Admin Portal links handed over from the staff console, newest first, in words.
    pub handoffs: Vec<String>,
}

/// A member of an organization.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Member {
    pub email: String,
    /// `admin` or `member`.
    pub role: String,
}

/// A role to give.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RoleChange {
    /// `admin` or `member`.
    pub role: String,
}

/// Who the embedded page is for.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EmbedRequest {
    /// The host's own id for the person.
    pub user_id: String,
    pub email: String,
    #[serde(default)]
    pub name: Option<String>,
    /// `admin` or `member`.
    pub role: String,
}

/// Where to frame the settings page: works once, for five minutes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct EmbedUrl {
    pub url: String,
    /// Seconds since the Unix epoch.
    pub expires_at: i64,
}

/// Where to post the host's events.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewWebhookEndpoint {
    /// An http(s) URL on a public address.
    pub url: String,
    /// `organization.status_changed`, `organization.needs_attention`, `handoff.completed`;
    /// every event when left out.
    #[serde(default)]
    pub events: Vec<String>,
}

/// A registered endpoint. Its `secret` (`whsec_…`) is in the answer that made it only.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct WebhookEndpoint {
    pub id: i64,
    pub url: String,
    /// Empty: every event.
    pub events: Vec<String>,
    pub created_at: String,
    /// What signs each delivery (`Portico-Signature`); only when just made.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
}
