//! Identity providers and directories people pick from: the WorkOS type names
//! (`connection_type`, directory `type`) with the names people know them by.

/// A provider as WorkOS names it (`connection_type` / directory `type`) and as people do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Provider {
    /// WorkOS's name, e.g. `OktaSAML` or `okta scim v2.0`.
    pub wire: &'static str,
    /// What people call it, e.g. "Okta SAML".
    pub name: &'static str,
}

const fn p(wire: &'static str, name: &'static str) -> Provider {
    Provider { wire, name }
}

/// SSO connection types offered in the portal, most common first.
pub const SSO: &[Provider] = &[
    p("OktaSAML", "Okta SAML"),
    p("AzureSAML", "Microsoft Entra ID SAML"),
    p("GoogleSAML", "Google Workspace SAML"),
    p("OneLoginSAML", "OneLogin SAML"),
    p("JumpCloudSAML", "JumpCloud SAML"),
    p("PingFederateSAML", "PingFederate SAML"),
    p("PingOneSAML", "PingOne SAML"),
    p("ADFSSAML", "AD FS SAML"),
    p("Auth0SAML", "Auth0 SAML"),
    p("KeycloakSAML", "Keycloak SAML"),
    p("GenericSAML", "Custom SAML"),
    p("GenericOIDC", "Custom OpenID Connect"),
];

/// Directory types offered in the portal.
pub const DIRECTORIES: &[Provider] = &[
    p("okta scim v2.0", "Okta"),
    p("azure scim v2.0", "Microsoft Entra ID"),
    p("gsuite directory", "Google Workspace"),
    p("onelogin scim v2.0", "OneLogin"),
    p("jump cloud scim v2.0", "JumpCloud"),
    p("rippling scim v2.0", "Rippling"),
    p("workday", "Workday"),
    p("bamboohr", "BambooHR"),
    p("generic scim v2.0", "Custom SCIM"),
];

/// The provider with this WorkOS type name, SSO or directory.
pub fn find(wire: &str) -> Option<&'static Provider> {
    SSO.iter()
        .chain(DIRECTORIES.iter())
        .find(|p| p.wire == wire)
}
