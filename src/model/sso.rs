//! SSO sign-in as people read it: what each of WorkOS's SSO error codes means and how to
//! fix it (the one table: the test result, the sign-in page and the health panel all
//! read it), and what a test sign-in showed.

use serde::{Deserialize, Serialize};
use workos::types::SsoErrorCode;

/// An error code explained: what happened, in plain words, and what fixes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Explained {
    pub what: &'static str,
    pub fix: &'static str,
}

const ASK_OPERATOR: &str =
    "Nothing in your setup causes this: tell your Portico operator, with the time it happened.";

/// Every code WorkOS documents for SSO sign-in, explained.
pub fn explain(code: SsoErrorCode) -> Explained {
    use SsoErrorCode::*;
    let (what, fix) = match code {
        AccessDenied => (
            "Your identity provider refused the sign-in: the person is not assigned to the application there, or they declined.",
            "In your identity provider, assign the person (or a group they are in) to the application, then test again.",
        ),
        AmbiguousConnectionSelector => (
            "Your organization has more than one SSO connection, so it is not clear which one signs people in.",
            "Open Configure SSO and delete the connection you no longer use, then test again.",
        ),
        ConnectionDomainInvalid => (
            "No SSO connection is set up for this email's domain.",
            "Verify the domain under Domain verification and make sure your connection covers it.",
        ),
        ConnectionInvalid => (
            "The SSO connection no longer exists.",
            "Set up SSO again with Configure SSO.",
        ),
        ConnectionStrategyInvalid => (
            "The sign-in provider is set up in more than one way.",
            ASK_OPERATOR,
        ),
        ConnectionUnlinked => (
            "The SSO connection is not active: its setup was not finished, or it was turned off.",
            "Open Configure SSO and finish the setup, then test again.",
        ),
        DomainConnectionSelectorNotAllowed => (
            "The sign-in asked for a connection in a way WorkOS no longer accepts.",
            ASK_OPERATOR,
        ),
        IdpInitiatedSsoDisabled => (
            "The sign-in started from your identity provider's app dashboard, which this connection does not allow.",
            "Start from Portico's sign-in page instead, or allow sign-ins started at the identity provider in Configure SSO.",
        ),
        InvalidConnectionSelector => (
            "The sign-in did not say which connection to use.",
            ASK_OPERATOR,
        ),
        OrganizationInvalid => (
            "There is no active SSO connection for this organization.",
            "Set up SSO with Configure SSO (or finish a connection left as a draft), then test again.",
        ),
        OauthFailed => (
            "The sign-in provider's OAuth step failed.",
            "Try again. If it keeps failing, check the OAuth application's client id and secret at the provider.",
        ),
        ProfileNotAllowedOutsideOrganization => (
            "The email your identity provider sent is not on one of your organization's verified domains.",
            "Verify that email's domain under Domain verification, or map the email attribute in your identity provider to people's work address.",
        ),
        ServerError => (
            "The sign-in failed at the identity provider or at WorkOS. The usual causes are an expired or replaced SAML certificate and an attribute mapping that sends no email.",
            "Check the certificate and the attribute mapping in Configure SSO. Your Portico operator can see this sign-in's details at WorkOS.",
        ),
        SigninConsentDenied => (
            "The person declined the screen that asks them to confirm the sign-in.",
            "Test again and confirm the sign-in.",
        ),
    };
    Explained { what, fix }
}

/// A code as WorkOS sent it, explained; a code WorkOS has not documented gets a general
/// sentence (it is still shown as sent).
pub fn explain_code(code: &str) -> Explained {
    match SsoErrorCode::parse(code) {
        Some(code) => explain(code),
        None => Explained {
            what: "The sign-in failed for a reason WorkOS did not explain.",
            fix: "Test again. If it keeps failing, tell your Portico operator the code shown here.",
        },
    }
}

/// How a test sign-in ended.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum SsoTestOutcome {
    /// The identity provider signed the person in and WorkOS handed over the profile.
    Succeeded,
    /// The sign-in failed: WorkOS's code (or Portico's own) and WorkOS's sentence.
    Failed { code: String, description: String },
}

/// One attribute Portico reads from a profile, and what it does with it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UsedAttribute {
    /// The profile's field, e.g. `email`.
    pub name: String,
    /// What Portico uses it for.
    pub used_for: String,
    /// Its value, when the identity provider sent one.
    pub value: Option<String>,
}

/// What a test sign-in showed the admin. Shown once, never stored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SsoTestReport {
    pub outcome: SsoTestOutcome,
    /// The connection's type (e.g. `OktaSAML`), when the sign-in got that far.
    pub connection_type: Option<String>,
    /// Every attribute received, name and value, as the identity provider sent them.
    pub received: Vec<(String, String)>,
    /// The attributes Portico uses, with their values or none.
    pub used: Vec<UsedAttribute>,
    /// Whether the email's domain is one of the organization's verified domains (`None`
    /// when no email arrived).
    pub domain_verified: Option<bool>,
    /// The email's domain.
    pub email_domain: Option<String>,
}

impl SsoTestReport {
    /// The names of the attributes Portico uses that did not arrive.
    pub fn missing(&self) -> Vec<&str> {
        self.used
            .iter()
            .filter(|a| a.value.is_none())
            .map(|a| a.name.as_str())
            .collect()
    }
}

/// Where an embedded page's Test SSO opens its new tab: the identity provider refuses
/// to be framed (the server's `embed::sso_test` answers it).
pub const SSO_EMBED_TEST_PATH: &str = "/sso/test";

/// What `/sso/callback` shows when it does not send the browser on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum SsoCallbackPage {
    /// A test sign-in's result; `in_new_tab` when an embedded page opened the tab (it
    /// is not signed in: the way back is the product's page).
    Test {
        report: Box<SsoTestReport>,
        in_new_tab: bool,
    },
    /// The address was used already, came from elsewhere, or waited too long.
    NotExpected(String),
}

/// Require SSO as the SSO card shows it to admins.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SsoSettings {
    /// Members must sign in through SSO.
    pub required: bool,
    /// The organization's admins, and whether each keeps password sign-in.
    pub admins: Vec<BreakGlassChoice>,
    /// Whether the organization has an active connection (Require SSO needs one).
    pub connection_active: bool,
    /// Whether test sign-in is possible here (a WorkOS client id is set).
    pub can_test: bool,
}

/// One admin, and whether they keep password sign-in while SSO is required.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BreakGlassChoice {
    pub user_id: i64,
    pub email: String,
    pub keeps_password: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_documented_code_has_its_own_explanation_and_fix() {
        let general = explain_code("not_a_code");
        for code in SsoErrorCode::ALL {
            let explained = explain(code);
            assert_ne!(explained, general, "{code}");
            assert!(
                explained.what.ends_with('.') && explained.fix.ends_with('.'),
                "{code}"
            );
        }
    }
}
