//! Audit logs: how long an organization's events are kept, and where they are streamed.

use serde::{Deserialize, Serialize};

/// `GET /organizations/{id}/audit_log_configuration`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AuditLogConfiguration {
    /// The organization.
    pub organization_id: String,
    /// How long events are kept.
    pub retention_period_in_days: u32,
    /// `active`, `inactive` or `disabled`.
    pub state: String,
    /// The stream set up in the Admin Portal, if any.
    pub log_stream: Option<LogStream>,
}

/// Where audit events are streamed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LogStream {
    /// The stream's id.
    pub id: String,
    /// `AzureSentinel`, `Datadog`, `GenericHttps`, `GoogleCloudStorage`, `S3`,
    /// `Snowflake` or `Splunk`.
    #[serde(rename = "type")]
    pub stream_type: String,
    /// `active`, `inactive`, `error` or `invalid`.
    pub state: String,
    /// When events last reached the destination.
    pub last_synced_at: Option<String>,
    /// ISO 8601 with milliseconds and `Z`.
    pub created_at: String,
}
