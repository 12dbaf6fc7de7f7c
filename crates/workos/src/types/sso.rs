//! SSO sign-in: the profile WorkOS hands back once an identity provider has signed a
//! person in, the token exchange, and the error codes of the authorization redirect.

use serde::{Deserialize, Serialize};

/// A role as WorkOS names one: by its slug.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleSlug {
    /// e.g. `member`, `admin`.
    pub slug: String,
}

/// Who signed in, as the connection's identity provider described them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    /// Always `profile`.
    pub object: String,
    /// `prof_…`, new for each sign-in.
    pub id: String,
    /// The person's id at the identity provider.
    pub idp_id: String,
    /// The organization of the connection (none for OAuth providers).
    pub organization_id: Option<String>,
    /// `conn_…`.
    pub connection_id: String,
    /// e.g. `OktaSAML`.
    pub connection_type: String,
    /// The email address the identity provider asserted.
    pub email: String,
    /// Given name, when sent.
    #[serde(default)]
    pub first_name: Option<String>,
    /// Family name, when sent.
    #[serde(default)]
    pub last_name: Option<String>,
    /// The whole name, when sent.
    #[serde(default)]
    pub name: Option<String>,
    /// The role the connection's mapping gave.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<RoleSlug>,
    /// Every role the mapping gave.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<RoleSlug>>,
    /// Group names, when the identity provider sends them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub groups: Option<Vec<String>>,
    /// Attributes mapped in the connection's settings.
    #[serde(default)]
    pub custom_attributes: serde_json::Map<String, serde_json::Value>,
    /// Everything the identity provider sent, as it sent it.
    #[serde(default)]
    pub raw_attributes: serde_json::Map<String, serde_json::Value>,
}

/// `POST /sso/token`'s answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProfileAndToken {
    /// `Bearer`.
    pub token_type: String,
    /// For `GET /sso/profile`.
    pub access_token: String,
    /// Seconds the access token lasts (600).
    pub expires_in: u64,
    /// Who signed in.
    pub profile: Profile,
}

/// `POST /sso/token`'s body (sent as JSON, which WorkOS accepts beside a form). Its
/// `Debug` leaves the secret and the verifier out.
#[derive(Clone, Serialize, Deserialize)]
pub struct TokenRequest {
    /// The environment's client id.
    pub client_id: String,
    /// The API key.
    pub client_secret: String,
    /// Always `authorization_code`.
    pub grant_type: String,
    /// From the redirect.
    pub code: String,
    /// PKCE: the verifier whose S256 hash was the `code_challenge`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code_verifier: Option<String>,
}

impl std::fmt::Debug for TokenRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenRequest")
            .field("client_id", &self.client_id)
            .field("client_secret", &"[redacted]")
            .field("grant_type", &self.grant_type)
            .field("code", &"[redacted]")
            .field(
                "code_verifier",
                &self.code_verifier.as_ref().map(|_| "[redacted]"),
            )
            .finish()
    }
}

/// The error codes WorkOS's SSO redirect carries in `error`, in its documented order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SsoErrorCode {
    /// The identity provider (or the person) refused access.
    AccessDenied,
    /// The selector matched several connections.
    AmbiguousConnectionSelector,
    /// No connection for the domain given.
    ConnectionDomainInvalid,
    /// No connection with the id given.
    ConnectionInvalid,
    /// The provider has several strategies in the environment.
    ConnectionStrategyInvalid,
    /// The connection is not linked (not active).
    ConnectionUnlinked,
    /// The retired `domain` selector was used.
    DomainConnectionSelectorNotAllowed,
    /// A sign-in started at the identity provider, which the connection refuses.
    IdpInitiatedSsoDisabled,
    /// None, or more than one, of `connection`, `organization`, `provider`.
    InvalidConnectionSelector,
    /// No organization with the id given.
    OrganizationInvalid,
    /// An OAuth provider's authorization failed.
    OauthFailed,
    /// The email's domain is not one of the organization's.
    ProfileNotAllowedOutsideOrganization,
    /// Any other failure; the details are in WorkOS's dashboard.
    ServerError,
    /// The person declined the sign-in consent screen.
    SigninConsentDenied,
}

impl SsoErrorCode {
    /// Every code.
    pub const ALL: [SsoErrorCode; 14] = [
        SsoErrorCode::AccessDenied,
        SsoErrorCode::AmbiguousConnectionSelector,
        SsoErrorCode::ConnectionDomainInvalid,
        SsoErrorCode::ConnectionInvalid,
        SsoErrorCode::ConnectionStrategyInvalid,
        SsoErrorCode::ConnectionUnlinked,
        SsoErrorCode::DomainConnectionSelectorNotAllowed,
        SsoErrorCode::IdpInitiatedSsoDisabled,
        SsoErrorCode::InvalidConnectionSelector,
        SsoErrorCode::OrganizationInvalid,
        SsoErrorCode::OauthFailed,
        SsoErrorCode::ProfileNotAllowedOutsideOrganization,
        SsoErrorCode::ServerError,
        SsoErrorCode::SigninConsentDenied,
    ];

    /// The code on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            SsoErrorCode::AccessDenied => "access_denied",
            SsoErrorCode::AmbiguousConnectionSelector => "ambiguous_connection_selector",
            SsoErrorCode::ConnectionDomainInvalid => "connection_domain_invalid",
            SsoErrorCode::ConnectionInvalid => "connection_invalid",
            SsoErrorCode::ConnectionStrategyInvalid => "connection_strategy_invalid",
            SsoErrorCode::ConnectionUnlinked => "connection_unlinked",
            SsoErrorCode::DomainConnectionSelectorNotAllowed => {
                "domain_connection_selector_not_allowed"
            }
            SsoErrorCode::IdpInitiatedSsoDisabled => "idp_initiated_sso_disabled",
            SsoErrorCode::InvalidConnectionSelector => "invalid_connection_selector",
            SsoErrorCode::OrganizationInvalid => "organization_invalid",
            SsoErrorCode::OauthFailed => "oauth_failed",
            SsoErrorCode::ProfileNotAllowedOutsideOrganization => {
                "profile_not_allowed_outside_organization"
            }
            SsoErrorCode::ServerError => "server_error",
            SsoErrorCode::SigninConsentDenied => "signin_consent_denied",
        }
    }

    /// The code named `code`, if WorkOS documents it.
    pub fn parse(code: &str) -> Option<SsoErrorCode> {
        SsoErrorCode::ALL.into_iter().find(|c| c.as_str() == code)
    }
}

impl std::fmt::Display for SsoErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_parses_back() {
        for code in SsoErrorCode::ALL {
            assert_eq!(SsoErrorCode::parse(code.as_str()), Some(code));
        }
        assert_eq!(SsoErrorCode::parse("made_up"), None);
    }

    #[test]
    fn a_profile_without_the_optional_fields_reads() {
        let profile: Profile = serde_json::from_value(serde_json::json!({
            "object": "profile", "id": "prof_1", "idp_id": "x", "organization_id": null,
            "connection_id": "conn_1", "connection_type": "GoogleOAuth", "email": "a@b.example",
        }))
        .unwrap();
        assert_eq!(profile.groups, None);
        assert!(profile.raw_attributes.is_empty());
    }
}
