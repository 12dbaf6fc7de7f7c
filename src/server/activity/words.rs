//! A trail row's detail in the reader's terms. The trail stores plain English with
//! machine names in it ("sso: OktaSAML", "it@acme.example: dsync,log_streams"), so that
//! exports stay stable; the activity list names areas and providers as the page does,
//! and says a value once. What no message translates (a reason as stored) stays English,
//! as a phrase of its own, so the page can say so.

use crate::{
    i18n::{around_english, Phrase, ENGLISH_HERE},
    model::{listed, providers, Intent, Role},
    server::audit::Action,
    t,
};

/// The detail of a row of `action`, for the activity list.
pub fn readable(action: Option<Action>, detail: &str) -> Vec<Phrase> {
    if let Some(said) = sign_in(action, detail) {
        return said;
    }
    if let Some(said) = with_role(action, detail) {
        return vec![Phrase::said(said)];
    }
    if action == Some(Action::SetFeatures) {
        if let Some(areas) = areas(detail) {
            return vec![Phrase::said(areas)];
        }
    }
    let Some((head, rest)) = detail.split_once(": ") else {
        return match Intent::parse(detail) {
            Ok(intent) => vec![Phrase::said(intent.title())],
            Err(_) => vec![stored(detail)],
        };
    };
    if let Ok(intent) = Intent::parse(head) {
        return match providers::find(rest) {
            Some(provider) => vec![Phrase::said(t!(
                "activity-detail-about",
                subject = intent.title(),
                rest = provider.name
            ))],
            None => about(&intent.title(), rest),
        };
    }
    if let Some(areas) = area_list(rest) {
        return vec![Phrase::said(t!(
            "activity-detail-for-areas",
            subject = head,
            areas = areas
        ))];
    }
    // "acme.example: acme.example is claimed by …": the reason names it already.
    if rest.contains(head) {
        return vec![stored(rest)];
    }
    about(head, rest)
}

/// "Single sign-on: " and a reason as stored, in English.
fn about(subject: &str, stored_rest: &str) -> Vec<Phrase> {
    let message = t!(
        "activity-detail-about",
        subject = subject,
        rest = ENGLISH_HERE
    );
    around_english(&message, &with_provider_names(stored_rest))
}

/// Words as the trail stored them (English), with a provider's machine name as people
/// call it.
fn stored(text: &str) -> Phrase {
    Phrase::english(with_provider_names(text))
}

/// How someone signed in: through a host product, or through their organization's SSO.
fn sign_in(action: Option<Action>, detail: &str) -> Option<Vec<Phrase>> {
    if action != Some(Action::SignIn) {
        return None;
    }
    if let Some(embedded) = detail.strip_prefix("embedded by ") {
        let (host, role) = embedded.rsplit_once(" as ")?;
        let role = t!("role-name", role = role);
        return Some(vec![Phrase::said(t!(
            "activity-detail-embedded",
            host = host,
            role = role
        ))]);
    }
    let sso = detail.strip_prefix("method=sso")?;
    Some(match sso.strip_prefix(": ") {
        Some(reason) => around_english(
            &t!("activity-detail-sso-refused", reason = ENGLISH_HERE),
            reason,
        ),
        None => {
            let provider = sso.trim().trim_start_matches('(').trim_end_matches(')');
            vec![Phrase::said(t!("activity-detail-sso", provider = provider))]
        }
    })
}

/// A member added or given a role: "bo@acme.example as member", in words.
fn with_role(action: Option<Action>, detail: &str) -> Option<String> {
    if !matches!(action, Some(Action::AddMember | Action::SetRole)) {
        return None;
    }
    let (email, role) = detail.rsplit_once(" as ")?;
    let role = Role::parse(role)?;
    Some(t!(
        "activity-detail-as-role",
        email = email,
        role = t!("role-name", role = role.as_str())
    ))
}

/// A plan's areas as stored ("sso,dsync", "all"), in words.
fn areas(stored: &str) -> Option<String> {
    match stored.trim() {
        "all" => Some(t!("activity-detail-every-area")),
        "" => Some(t!("activity-detail-no-area")),
        list => area_list(list).map(|areas| t!("activity-detail-plan", areas = areas)),
    }
}

/// "dsync,log_streams" → "directory sync and log streams"; `None` unless every name is
/// an area.
fn area_list(stored: &str) -> Option<String> {
    let names: Vec<String> = stored
        .split(',')
        .map(|name| Intent::parse(name.trim()).ok().map(Intent::in_sentence))
        .collect::<Option<_>>()?;
    Some(listed(&names))
}

/// "(OktaSAML)" → "(Okta SAML)": a provider's machine name in parentheses, as people
/// call it.
fn with_provider_names(text: &str) -> String {
    let Some((before, inside)) = text.rsplit_once('(') else {
        return text.to_owned();
    };
    let Some((name, after)) = inside.split_once(')') else {
        return text.to_owned();
    };
    match providers::find(name) {
        Some(provider) => format!("{before}({}){after}", provider.name),
        None => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn machine_names_read_as_the_page_names_them() {
        let cases = [
            (
                Action::ChooseProvider,
                "sso: OktaSAML",
                "Single sign-on: Okta SAML",
            ),
            (
                Action::InviteItContact,
                "it@acme.example: dsync,log_streams",
                "it@acme.example, for directory sync and log streams",
            ),
            (
                Action::AddDomain,
                "acme.example: acme.example is claimed by another organization",
                "acme.example is claimed by another organization",
            ),
            (
                Action::SignIn,
                "embedded by host.example as admin",
                "Through host.example, as admin",
            ),
            (
                Action::SignIn,
                "method=sso (Okta SAML)",
                "Through single sign-on (Okta SAML)",
            ),
            (
                Action::SetFeatures,
                "sso,dsync",
                "Areas: SSO and directory sync",
            ),
            (
                Action::WorkosChange,
                "Directory sync became active (okta scim v2.0)",
                "Directory sync became active (Okta)",
            ),
            (Action::CreatePortalLink, "sso", "Single sign-on"),
            (
                Action::AddMember,
                "bo@acme.example as member",
                "bo@acme.example as member",
            ),
        ];
        for (action, stored, shown) in cases {
            assert_eq!(
                Phrase::joined(&readable(Some(action), stored)),
                shown,
                "{stored}"
            );
        }
    }

    #[test]
    fn what_no_message_translates_stays_english_as_a_phrase_of_its_own() {
        let german = |action, stored| {
            crate::i18n::CURRENT
                .sync_scope(crate::i18n::Lang::De, || readable(Some(action), stored))
        };
        assert_eq!(
            german(
                Action::SignIn,
                "method=sso: SSO is required for acme.example"
            ),
            [
                Phrase::said("Über Single Sign-on: "),
                Phrase::english("SSO is required for acme.example"),
            ]
        );
        assert_eq!(
            german(
                Action::AddDomain,
                "acme.example: acme.example is claimed by another organization"
            ),
            [Phrase::english(
                "acme.example is claimed by another organization"
            )]
        );
        assert_eq!(
            german(Action::AddMember, "bo@acme.example as admin"),
            [Phrase::said("bo@acme.example als Admin")]
        );
        assert_eq!(
            german(Action::ChooseProvider, "sso: OktaSAML"),
            [Phrase::said("Single Sign-on: Okta SAML")]
        );
    }
}
