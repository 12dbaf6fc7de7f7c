//! SSO sign-in as people read it: what each of WorkOS's SSO error codes means and how to
//! fix it (the one table: the test result, the sign-in page and the health panel all
//! read it), and what a test sign-in showed.

use serde::{Deserialize, Serialize};
use workos::types::SsoErrorCode;

/// An error code explained: what happened, in plain words, and what fixes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Explained {
    pub what: String,
    pub fix: String,
}

/// Every code WorkOS documents for SSO sign-in, explained (`locales/*/sso.ftl`).
pub fn explain(code: SsoErrorCode) -> Explained {
    explain_code(code.as_str())
}

/// A code as WorkOS sent it, explained; a code WorkOS has not documented gets a general
/// sentence (it is still shown as sent).
pub fn explain_code(code: &str) -> Explained {
    // Only documented codes choose their own words; anything else is "other".
    let code = SsoErrorCode::parse(code).map_or("other", SsoErrorCode::as_str);
    Explained {
        what: crate::t!("sso-error-what", code = code),
        fix: crate::t!("sso-error-fix", code = code),
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
