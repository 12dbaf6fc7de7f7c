//! The use case behind "Configure SSO": an admin asks for a one-time Admin Portal link.

mod error;
pub use error::PortalError;

use crate::{
    model::{Features, Intent},
    server::{
        audit::{self, Action},
        auth::OrgAdmin,
        config::public_link,
        db::{
            self,
            audit::{NewEvent, Outcome},
        },
        state::AppState,
    },
};
use std::sync::Arc;
use workos::{
    providers,
    types::{GenerateLink, IntentOptions, PortalSsoProvider, SsoIntentOptions},
};

/// The portal link WorkOS answered with, if a browser may be sent there: https on one of
/// the `portal_hosts`, or on the WorkOS API's own origin (an emulator). Parsing also
/// makes it safe to put in a `Location` header.
pub fn trusted_link(
    link: &str,
    portal_hosts: &[String],
    api: &url::Url,
) -> Result<String, PortalError> {
    let untrusted = || PortalError::UntrustedLink {
        link: crate::model::clipped(link, 200),
    };
    let url = url::Url::parse(link).map_err(|_| untrusted())?;
    let on_api_origin = url.origin() == api.origin();
    let on_portal_host = url.scheme() == "https"
        // The portal answers on the standard port only (`:443` parses to no port).
        && url.port().is_none()
        && url.username().is_empty()
        && url.password().is_none()
        && url
            .host_str()
            .is_some_and(|host| portal_hosts.iter().any(|h| h == host));
    if on_api_origin || on_portal_host {
        Ok(url.into())
    } else {
        Err(untrusted())
    }
}

/// Where the portal sends the admin back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Back {
    /// To the settings page.
    ToSettings,
    /// To the page that tells an embedded settings page (the portal's opener) and closes.
    ToEmbed,
}

/// Where WorkOS sends the admin after finishing (`configured=` tells the page what) and
/// when leaving early. Built from the configuration only, never from the request.
pub fn return_urls(state: &AppState, intent: Intent, back: Back) -> (String, String) {
    let page = match back {
        Back::ToSettings => "/settings",
        Back::ToEmbed => "/embed/done",
    };
    let success = public_link(&state.public_url, &format!("{page}?configured={intent}"));
    let back = public_link(&state.public_url, page);
    (success, back)
}

/// Makes the trail row for an attempt by whoever asks: (action, outcome, detail).
pub type RowMaker = Arc<dyn Fn(Action, Outcome, &str) -> NewEvent + Send + Sync>;

/// Who asks for an Admin Portal link, for which organization, and how its rows are
/// written: an admin of the organization, or the host company's staff handing one over.
#[derive(Clone)]
pub struct Requester {
    pub organization_id: i64,
    pub organization_name: String,
    pub workos_organization: String,
    pub features: Features,
    /// Who the link is for at WorkOS (`external_user_id`), so their links can be revoked.
    pub external_user_id: String,
    /// The trail row for this requester's attempt.
    pub row: RowMaker,
}

/// The `external_user_id` of the links the staff console hands over (revoked together).
pub const HANDED_OVER: &str = "portico-console";

/// A one-time Admin Portal link for the session's organization, once its audit row is
/// committed; refused (and recorded) for an area outside the plan.
pub async fn open_link(
    state: &AppState,
    admin: &OrgAdmin,
    intent: Intent,
    back: Back,
) -> Result<String, PortalError> {
    let who = admin.membership.clone();
    let requester = Requester {
        organization_id: who.organization_id,
        organization_name: who.organization_name.clone(),
        workos_organization: admin.workos_organization()?.to_owned(),
        features: who.features.clone(),
        external_user_id: who.user_id.to_string(),
        row: Arc::new(move |action, outcome, detail| {
            audit::event(Some(&who), action, outcome, detail)
        }),
    };
    request_link(state, requester, intent, back).await
}

/// [`open_link`], for any requester.
pub async fn request_link(
    state: &AppState,
    requester: Requester,
    intent: Intent,
    back: Back,
) -> Result<String, PortalError> {
    if !requester.features.includes(intent) {
        let refusal = PortalError::NotInPlan {
            intent,
            organization: requester.organization_name.clone(),
        };
        let detail = format!("{intent}: {refusal}");
        let row = (requester.row)(Action::CreatePortalLink, Outcome::Refused, &detail);
        state
            .audit
            .write(row)
            .await
            .map_err(PortalError::Unrecorded)?;
        return Err(refusal);
    }
    let request = link_request(state, &requester, intent, back).await;
    // Runs to the end even if the browser goes away meanwhile (a dropped connection
    // cancels the request's own future): a link WorkOS issued always gets its audit row.
    let state = state.clone();
    let facts = audit::current_request();
    tokio::spawn(audit::within_request(
        facts,
        workos::same_spender(async move { issue_link(&state, &requester, intent, &request).await }),
    ))
    .await
    .map_err(|e| PortalError::Task(e.to_string()))?
}

/// What WorkOS is asked for: return URLs from the configuration, who the link is for
/// (so their links can be revoked), and for SSO the identity provider the admins
/// picked, where WorkOS takes it.
async fn link_request(
    state: &AppState,
    requester: &Requester,
    intent: Intent,
    back: Back,
) -> GenerateLink {
    let (success_url, return_url) = return_urls(state, intent, back);
    // The admins' pick stays Portico's (the card's guidance); WorkOS is told of it only
    // where it takes the value, and refuses the whole link for any other.
    let opens_with = match intent {
        Intent::Sso => state
            .status_cache
            .chosen(requester.organization_id, Intent::Sso)
            .await
            .as_deref()
            .and_then(PortalSsoProvider::for_connection_type),
        _ => None,
    };
    GenerateLink {
        return_url: Some(return_url),
        success_url: Some(success_url),
        external_user_id: Some(requester.external_user_id.clone()),
        intent_options: opens_with.map(|provider| IntentOptions {
            sso: Some(SsoIntentOptions {
                provider_type: Some(provider),
                bookmark_slug: None,
            }),
        }),
        ..GenerateLink::new(requester.workos_organization.clone(), intent.wire())
    }
}

/// Asks WorkOS for the link, checks where it leads, and records how it went: handed out
/// only once its row is committed (a failure to record is answered as unrecorded).
async fn issue_link(
    state: &AppState,
    requester: &Requester,
    intent: Intent,
    request: &GenerateLink,
) -> Result<String, PortalError> {
    let answer = state.workos.generate_portal_link(request).await;
    let checked = answer.map_err(PortalError::from).and_then(|link| {
        trusted_link(
            &link,
            &state.config.workos.portal_hosts,
            state.workos.base_url(),
        )
    });
    let (outcome, detail) = match &checked {
        Ok(_) => (Outcome::Succeeded, intent.to_string()),
        Err(error) => (Outcome::Failed, format!("{intent}: {error}")),
    };
    let row = (requester.row)(Action::CreatePortalLink, outcome, &detail);
    state
        .audit
        .write(row)
        .await
        .map_err(PortalError::Unrecorded)?;
    if checked.is_ok() {
        state
            .status_cache
            .forget_opened(requester.organization_id)
            .await;
    }
    checked
}

/// Records the identity provider (SSO) or directory (directory sync) the admins picked:
/// only one Portico lists for that area.
pub async fn choose_provider(
    state: &AppState,
    admin: &OrgAdmin,
    intent: Intent,
    provider: &str,
) -> Result<(), PortalError> {
    let listed = match intent {
        Intent::Sso => providers::SSO,
        Intent::Dsync => providers::DIRECTORIES,
        _ => &[],
    };
    let Some(provider) = listed.iter().find(|p| p.wire == provider) else {
        return Err(PortalError::UnknownProvider {
            intent,
            provider: crate::model::clipped(provider, 80),
        });
    };
    let who = &admin.membership;
    db::organizations::choose_provider(
        &state.db,
        who.organization_id,
        intent.as_str(),
        provider.wire,
        who.user_id,
    )
    .await?;
    state.status_cache.forget_local(who.organization_id).await;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browsers_go_only_to_portal_links_on_trusted_hosts() {
        let hosts = vec!["setup.workos.com".to_owned()];
        let real_api = url::Url::parse("https://api.workos.com").unwrap();
        let emulator = url::Url::parse("http://127.0.0.1:4010").unwrap();
        let trusted = |link: &str, api: &url::Url| trusted_link(link, &hosts, api).ok();
        assert_eq!(
            trusted(
                "https://setup.workos.com/portal/launch?secret=abc",
                &real_api
            )
            .as_deref(),
            Some("https://setup.workos.com/portal/launch?secret=abc")
        );
        assert!(trusted("http://127.0.0.1:4010/portal/launch?secret=abc", &emulator).is_some());
        assert!(trusted("https://setup.workos.com:443/portal/launch", &real_api).is_some());
        for link in [
            "http://setup.workos.com/portal/launch",
            "https://setup.workos.com.evil.example/portal",
            "https://evil.example/portal/launch",
            "https://user:pw@setup.workos.com/portal",
            "javascript:alert(1)",
            "//setup.workos.com/portal",
            "not a url",
            "http://127.0.0.1:4011/portal/launch",
            // Red team (info): the port was not checked.
            "https://setup.workos.com:8443/portal/launch",
        ] {
            assert_eq!(trusted(link, &emulator), None, "{link}");
            assert_eq!(trusted(link, &real_api), None, "{link}");
        }
        // Control characters cannot reach the Location header.
        let odd = trusted(
            "https://setup.workos.com/portal\u{7}?s=a\r\nSet-Cookie: x",
            &real_api,
        )
        .unwrap();
        assert!(!odd.chars().any(char::is_control), "{odd}");
    }
}
