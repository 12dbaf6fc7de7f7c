//! Webhook endpoints (`/webhook_endpoints`, as WorkOS's Node SDK 10+ manages them).

use serde::{Deserialize, Serialize};

/// Where WorkOS delivers events, and the secret it signs them with.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WebhookEndpoint {
    /// Always `"webhook_endpoint"`.
    pub object: String,
    /// `we_` followed by a ULID.
    pub id: String,
    /// The URL deliveries are POSTed to.
    pub endpoint_url: String,
    /// What deliveries are signed with (`whsec_…`).
    pub secret: String,
    /// `enabled` or `disabled`.
    pub status: String,
    /// The event names delivered there.
    pub events: Vec<String>,
    /// ISO 8601.
    pub created_at: String,
    /// ISO 8601.
    pub updated_at: String,
}
