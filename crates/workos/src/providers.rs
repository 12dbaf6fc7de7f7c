//! Identity providers and directories people pick from: the WorkOS type names
//! (`connection_type`, directory `type`) with the names people know them by.

/// A provider as WorkOS names it (`connection_type` / directory `type`) and as people do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Provider {
    /// WorkOS's name, e.g. `OktaSAML` or `okta scim v2.0`.
    pub wire: &'static str,
    /// What people call it, e.g. "Okta SAML".
    pub name: &'static str,
    /// The icon's name on WorkOS's provider-icon CDN (`provider-icons/{light|dark}/{icon}.svg`),
    /// where one is known; otherwise a client draws its own.
    pub icon: Option<&'static str>,
}

const fn p(wire: &'static str, name: &'static str, icon: Option<&'static str>) -> Provider {
    Provider { wire, name, icon }
}

/// SSO connection types an admin can set up in the Admin Portal, most common first
/// (every `connection_type` of the official SDKs but `MagicLink`, which is not an
/// identity provider, and `Pending` / `TestIdp`).
pub const SSO: &[Provider] = &[
    p("OktaSAML", "Okta SAML", Some("okta")),
    p("AzureSAML", "Microsoft Entra ID SAML", Some("azure")),
    p("GoogleSAML", "Google Workspace SAML", Some("google")),
    p("OneLoginSAML", "OneLogin SAML", Some("onelogin")),
    p("JumpCloudSAML", "JumpCloud SAML", Some("jumpcloud")),
    p(
        "PingFederateSAML",
        "PingFederate SAML",
        Some("ping-identity"),
    ),
    p("PingOneSAML", "PingOne SAML", Some("ping-identity")),
    p("ADFSSAML", "AD FS SAML", None),
    p("OktaOIDC", "Okta OpenID Connect", Some("okta")),
    p(
        "EntraIdOIDC",
        "Microsoft Entra ID OpenID Connect",
        Some("azure"),
    ),
    p("GoogleOAuth", "Google OAuth", Some("google")),
    p("MicrosoftOAuth", "Microsoft OAuth", Some("microsoft")),
    p("Auth0SAML", "Auth0 SAML", Some("auth0")),
    p("KeycloakSAML", "Keycloak SAML", Some("keycloak")),
    p("RipplingSAML", "Rippling SAML", Some("rippling")),
    p("CyberArkSAML", "CyberArk SAML", Some("cyberark")),
    p("DuoSAML", "Duo SAML", Some("duo")),
    p("SalesforceSAML", "Salesforce SAML", Some("salesforce")),
    p("SalesforceOAuth", "Salesforce OAuth", Some("salesforce")),
    p(
        "ShibbolethSAML",
        "Shibboleth Unsolicited SAML",
        Some("shibboleth"),
    ),
    p(
        "ShibbolethGenericSAML",
        "Shibboleth Generic SAML",
        Some("shibboleth"),
    ),
    p("GitHubOAuth", "GitHub OAuth", None),
    p("AppleOAuth", "Sign in with Apple", None),
    p("AdpOidc", "ADP OpenID Connect", None),
    p("CasSAML", "CAS SAML", None),
    p("ClassLinkSAML", "ClassLink SAML", None),
    p("CleverOIDC", "Clever OpenID Connect", None),
    p("CloudflareSAML", "Cloudflare SAML", None),
    p("LastPassSAML", "LastPass SAML", None),
    p("LoginGovOidc", "Login.gov OpenID Connect", None),
    p("MiniOrangeSAML", "miniOrange SAML", None),
    p("NetIqSAML", "NetIQ SAML", None),
    p("OracleSAML", "Oracle SAML", None),
    p("SimpleSamlPhpSAML", "SimpleSAMLphp", None),
    p("VMwareSAML", "VMware Workspace ONE SAML", None),
    p("GenericSAML", "Custom SAML", None),
    p("GenericOIDC", "Custom OpenID Connect", Some("generic-oidc")),
];

/// Directory types an admin can connect in the Admin Portal, most common first.
pub const DIRECTORIES: &[Provider] = &[
    p("okta scim v2.0", "Okta", Some("okta")),
    p("azure scim v2.0", "Microsoft Entra ID", Some("azure")),
    p("gsuite directory", "Google Workspace", Some("google")),
    p("onelogin scim v2.0", "OneLogin", Some("onelogin")),
    p("jump cloud scim v2.0", "JumpCloud", Some("jumpcloud")),
    p("rippling scim v2.0", "Rippling", Some("rippling")),
    p("workday", "Workday", Some("workday")),
    p("sftp workday", "Workday (SFTP)", Some("workday")),
    p("bamboohr", "BambooHR", Some("bamboo-hr")),
    p("hibob", "HiBob", Some("hibob")),
    p("personio", "Personio", Some("personio")),
    p(
        "pingfederate scim v2.0",
        "PingFederate",
        Some("ping-identity"),
    ),
    p("cyberark scim v2.0", "CyberArk", Some("cyberark")),
    p("sailpoint scim v2.0", "SailPoint", None),
    p("breathe hr", "Breathe HR", None),
    p("cezanne hr", "Cezanne HR", None),
    p("fourth hr", "Fourth HR", None),
    p("people hr", "People HR", None),
    p("s3", "Amazon S3", None),
    p("sftp", "SFTP", None),
    p("generic scim v2.0", "Custom SCIM", None),
];

/// The provider with this WorkOS type name, SSO or directory.
pub fn find(wire: &str) -> Option<&'static Provider> {
    SSO.iter()
        .chain(DIRECTORIES.iter())
        .find(|p| p.wire == wire)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_type_is_listed_once_with_a_name() {
        for list in [SSO, DIRECTORIES] {
            let mut seen = std::collections::HashSet::new();
            for provider in list {
                assert!(seen.insert(provider.wire), "{} twice", provider.wire);
                assert!(!provider.name.is_empty());
                if let Some(icon) = provider.icon {
                    assert!(
                        icon.chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                        "{icon}: a path segment as the CDN names it"
                    );
                }
            }
        }
        assert_eq!(find("OktaSAML").map(|p| p.name), Some("Okta SAML"));
        assert_eq!(find("bamboohr").and_then(|p| p.icon), Some("bamboo-hr"));
        assert_eq!(find("NoSuchSAML"), None);
    }
}
