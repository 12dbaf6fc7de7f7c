//! The Events API: what changed at WorkOS, and the filters that list it.

use super::lists::filter_query;
use serde::{Deserialize, Serialize};

/// Filters of `GET /events`. WorkOS wants `events` on every call.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EventFilter {
    /// Event names, e.g. `connection.saml_certificate_renewal_required`.
    pub events: Vec<String>,
    /// Only this organization's events.
    pub organization_id: Option<String>,
    /// ISO 8601: only events at or after it.
    pub range_start: Option<String>,
    /// ISO 8601: only events before it.
    pub range_end: Option<String>,
}

impl EventFilter {
    /// The query pairs; `events` comma-joined as the official SDKs send it.
    pub fn query(&self) -> Vec<(&'static str, String)> {
        let events = (!self.events.is_empty()).then(|| self.events.join(","));
        filter_query(&[
            ("events", events.as_ref()),
            ("organization_id", self.organization_id.as_ref()),
            ("range_start", self.range_start.as_ref()),
            ("range_end", self.range_end.as_ref()),
        ])
    }
}

/// One event, as the Events API lists it and webhooks deliver it (kept 30 days).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Always `"event"`.
    pub object: String,
    /// `event_` followed by a ULID.
    pub id: String,
    /// e.g. `connection.activated`.
    pub event: String,
    /// The event's object; its shape depends on `event`.
    pub data: serde_json::Value,
    /// ISO 8601 with milliseconds and `Z`.
    pub created_at: String,
}

impl Event {
    /// The WorkOS organization (`org_…`) the event is about: its data's own
    /// `organization_id`, or that of the object the data carries (`connection`,
    /// `organization_domain`, `sso`, ...). An `organization.*` event's data is the
    /// organization itself.
    pub fn organization_id(&self) -> Option<&str> {
        let data = &self.data;
        if self.event.starts_with("organization.") {
            return data.get("id").and_then(|v| v.as_str());
        }
        let direct = data.get("organization_id").and_then(|v| v.as_str());
        let nested = || {
            data.as_object()?
                .values()
                .find_map(|v| v.get("organization_id")?.as_str())
        };
        direct.or_else(nested)
    }
}

/// `connection.saml_certificate_renewal_required`: a SAML certificate nears its expiry.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CertificateRenewalRequired {
    /// The connection whose certificate it is.
    pub connection: EventConnection,
    /// The certificate that expires.
    pub certificate: SamlCertificate,
    /// Days left; negative once expired.
    pub days_until_expiry: i64,
}

/// The connection an event is about.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EventConnection {
    /// `conn_…`.
    pub id: String,
    /// `org_…`.
    pub organization_id: String,
}

/// A SAML certificate as events describe it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SamlCertificate {
    /// e.g. `ResponseSigning`.
    pub certificate_type: String,
    /// ISO 8601.
    pub expiry_date: String,
    /// Whether it has expired already.
    pub is_expired: bool,
}
