//! Admin Portal links: what a link lets the admin set up, and asking for or revoking one.

use serde::{Deserialize, Serialize};
use std::fmt;

/// What an Admin Portal link lets the admin set up.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PortalIntent {
    /// Single sign-on connections.
    Sso,
    /// Directory Sync.
    Dsync,
    /// Viewing audit logs.
    AuditLogs,
    /// Streaming audit logs to a destination.
    LogStreams,
    /// Proving ownership of domains.
    DomainVerification,
    /// Renewing SAML certificates.
    CertificateRenewal,
    /// Bring your own encryption key.
    BringYourOwnKey,
}

impl PortalIntent {
    /// Every intent, in WorkOS's order.
    pub const ALL: [PortalIntent; 7] = [
        PortalIntent::Sso,
        PortalIntent::Dsync,
        PortalIntent::AuditLogs,
        PortalIntent::LogStreams,
        PortalIntent::DomainVerification,
        PortalIntent::CertificateRenewal,
        PortalIntent::BringYourOwnKey,
    ];

    /// The wire value, e.g. `domain_verification`.
    pub fn as_str(self) -> &'static str {
        match self {
            PortalIntent::Sso => "sso",
            PortalIntent::Dsync => "dsync",
            PortalIntent::AuditLogs => "audit_logs",
            PortalIntent::LogStreams => "log_streams",
            PortalIntent::DomainVerification => "domain_verification",
            PortalIntent::CertificateRenewal => "certificate_renewal",
            PortalIntent::BringYourOwnKey => "bring_your_own_key",
        }
    }

    /// The intent with this wire value.
    pub fn parse(value: &str) -> Option<PortalIntent> {
        PortalIntent::ALL.into_iter().find(|i| i.as_str() == value)
    }
}

impl fmt::Display for PortalIntent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// `POST /portal/generate_link`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GenerateLink {
    /// The organization id (`org_…`).
    pub organization: String,
    /// Optional at WorkOS (the dashboard's default applies); always sent by Portico.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intent: Option<PortalIntent>,
    /// Where the portal's logo / back link goes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub return_url: Option<String>,
    /// Where the admin goes after finishing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success_url: Option<String>,
    /// The admin's id in the app, so the link can be revoked later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_user_id: Option<String>,
    /// Up to 20 IT contacts who get access to the portal.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub it_contact_emails: Vec<String>,
    /// Per-intent options, e.g. the provider an SSO setup opens with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intent_options: Option<IntentOptions>,
}

/// `intent_options` of generate_link, as WorkOS's official SDKs send it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct IntentOptions {
    /// Options of the `sso` intent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sso: Option<SsoIntentOptions>,
}

/// `intent_options.sso`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SsoIntentOptions {
    /// The provider the setup opens with. WorkOS accepts only Google Workspace SAML here
    /// and refuses any other value with a 422.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider_type: Option<PortalSsoProvider>,
    /// Where in the setup the portal opens.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bookmark_slug: Option<String>,
}

/// The values WorkOS takes for `intent_options.sso.provider_type` (its API description,
/// which the Node SDK 12 is generated from, lists only this one).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PortalSsoProvider {
    /// Google Workspace SAML.
    #[serde(rename = "GoogleSAML")]
    GoogleSaml,
}

impl PortalSsoProvider {
    /// All of them, as they go on the wire.
    pub const ALL: [PortalSsoProvider; 1] = [PortalSsoProvider::GoogleSaml];

    /// The wire name, as in a connection's type.
    pub fn as_str(self) -> &'static str {
        match self {
            PortalSsoProvider::GoogleSaml => "GoogleSAML",
        }
    }

    /// The portal's option for a connection type, if WorkOS takes one for it.
    pub fn for_connection_type(connection_type: &str) -> Option<PortalSsoProvider> {
        PortalSsoProvider::ALL
            .into_iter()
            .find(|provider| provider.as_str() == connection_type)
    }
}

impl GenerateLink {
    /// A link for one organization and intent, with no URLs or contacts yet.
    pub fn new(organization: impl Into<String>, intent: PortalIntent) -> GenerateLink {
        GenerateLink {
            organization: organization.into(),
            intent: Some(intent),
            return_url: None,
            success_url: None,
            external_user_id: None,
            it_contact_emails: Vec::new(),
            intent_options: None,
        }
    }
}

/// The answer of generate_link.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PortalLink {
    /// Valid for five minutes.
    pub link: String,
}

/// `POST /portal/revoke_link`: ends every link (and portal session started from one)
/// generated with this `external_user_id` for this organization.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RevokeLink {
    /// The organization id.
    pub organization: String,
    /// As given to generate_link.
    pub external_user_id: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::ItContactIntent;

    #[test]
    fn intents_round_trip_their_wire_values() {
        for intent in PortalIntent::ALL {
            assert_eq!(PortalIntent::parse(intent.as_str()), Some(intent));
            assert_eq!(
                serde_json::to_value(intent).unwrap(),
                serde_json::json!(intent.as_str())
            );
        }
        assert_eq!(
            ItContactIntent::parse("directory_sync"),
            Some(ItContactIntent::DirectorySync)
        );
        assert_eq!(ItContactIntent::parse("dsync"), None);
    }
}
