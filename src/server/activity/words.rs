//! A trail row's detail in the reader's terms. The trail stores plain English with
//! machine names in it ("sso: OktaSAML", "it@acme.example: dsync,log_streams"), so that
//! exports stay stable; the activity list names areas and providers as the page does,
//! and says a value once.

use crate::{
    model::{listed, providers, Intent},
    server::audit::Action,
    t,
};

/// The detail of a row of `action`, for the activity list.
pub fn readable(action: Option<Action>, detail: &str) -> String {
    if let Some(said) = sign_in(action, detail) {
        return said;
    }
    if action == Some(Action::SetFeatures) {
        if let Some(areas) = areas(detail) {
            return areas;
        }
    }
    let Some((head, rest)) = detail.split_once(": ") else {
        return match Intent::parse(detail) {
            Ok(intent) => intent.title(),
            Err(_) => with_provider_names(detail),
        };
    };
    if let Ok(intent) = Intent::parse(head) {
        let rest =
            providers::find(rest).map_or_else(|| with_provider_names(rest), |p| p.name.to_owned());
        return t!(
            "activity-detail-about",
            subject = intent.title(),
            rest = rest
        );
    }
    if let Some(areas) = area_list(rest) {
        return t!("activity-detail-for-areas", subject = head, areas = areas);
    }
    // "acme.example: acme.example is claimed by …": the reason names it already.
    if rest.contains(head) {
        return with_provider_names(rest);
    }
    t!(
        "activity-detail-about",
        subject = head,
        rest = with_provider_names(rest)
    )
}

/// How someone signed in: through a host product, or through their organization's SSO.
fn sign_in(action: Option<Action>, detail: &str) -> Option<String> {
    if action != Some(Action::SignIn) {
        return None;
    }
    if let Some(embedded) = detail.strip_prefix("embedded by ") {
        let (host, role) = embedded.rsplit_once(" as ")?;
        let role = t!("role-name", role = role);
        return Some(t!("activity-detail-embedded", host = host, role = role));
    }
    let sso = detail.strip_prefix("method=sso")?;
    Some(match sso.strip_prefix(": ") {
        Some(reason) => t!("activity-detail-sso-refused", reason = reason),
        None => {
            let provider = sso.trim().trim_start_matches('(').trim_end_matches(')');
            t!("activity-detail-sso", provider = provider)
        }
    })
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
            assert_eq!(readable(Some(action), stored), shown, "{stored}");
        }
    }
}
