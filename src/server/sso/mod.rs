//! SSO sign-in through an organization's connection, for two purposes: an admin testing
//! the connection from the SSO card (`test.rs` says what it showed), and anyone signing in
//! to Portico whose email's domain the organization verified (`sign_in.rs`). Both start
//! here with a `state` and a PKCE verifier kept in the session (`pending.rs`), and come
//! back to [`CALLBACK_PATH`], where [`finish`] takes them once.

mod error;
mod pending;
mod settings;
mod sign_in;
mod test;

pub use error::SsoError;
pub use pending::{Purpose, TestTab};
pub use settings::{require_sso, set_require_sso, RequireSso};

use crate::{
    model::{EmailAddress, SsoTestReport},
    server::{auth::OrgAdmin, config::public_link, db, state::AppState, status},
};
use pending::{NotTaken, Pending};
use tower_sessions::Session;
use workos::{pkce::Pkce, AuthorizationRequest, ConnectionSelector};

/// Where WorkOS sends the browser back: the one redirect URI to register at WorkOS.
pub const CALLBACK_PATH: &str = "/sso/callback";
/// Where a started sign-in goes first: a page of Portico's own that sends the browser on
/// to WorkOS. A form's redirect straight to WorkOS would carry on to the identity
/// provider, an origin the forms' Content-Security-Policy (`form-action`) cannot list.
pub const GO_PATH: &str = "/sso/go";
pub use crate::model::SSO_EMBED_TEST_PATH as EMBED_TEST_PATH;

/// Sends an admin to sign in through their organization's connection, to see what it
/// sends: where the browser goes ([`GO_PATH`]).
pub async fn start_test(
    state: &AppState,
    session: &Session,
    admin: &OrgAdmin,
    tab: TestTab,
) -> Result<String, SsoError> {
    let organization = admin.workos_organization()?.to_owned();
    let purpose = Purpose::Test {
        user_id: admin.membership.user_id,
        organization_id: admin.membership.organization_id,
        tab,
    };
    // The admin's own address fills the identity provider's form.
    let hint = Some(admin.membership.email.clone());
    authorization_url(state, session, purpose, organization, hint).await
}

/// Where someone typing `email` on the sign-in page goes ([`GO_PATH`]): the sign-in of the
/// organization that verified its domain and has an active connection, or `None` (the
/// page asks for the password). Says nothing of whether the account exists.
pub async fn start_sign_in(
    state: &AppState,
    session: &Session,
    email: &EmailAddress,
    next: String,
) -> Result<Option<String>, SsoError> {
    let domain = email.as_str().rsplit_once('@').map_or("", |(_, d)| d);
    let Some(workos_organization) = status::sso_organization_for_domain(&state.db, domain).await?
    else {
        return Ok(None);
    };
    let Some(organization_id) =
        db::organizations::by_workos_id(&state.db, &workos_organization).await?
    else {
        return Ok(None);
    };
    let purpose = Purpose::SignIn {
        organization_id,
        next,
    };
    let hint = Some(email.as_str().to_owned());
    authorization_url(state, session, purpose, workos_organization, hint)
        .await
        .map(Some)
}

async fn authorization_url(
    state: &AppState,
    session: &Session,
    purpose: Purpose,
    workos_organization: String,
    login_hint: Option<String>,
) -> Result<String, SsoError> {
    let client_id = state.sso_client_id.clone().ok_or(SsoError::NotConfigured)?;
    let pkce = Pkce::generate();
    let sign_in_state = pending::new_state();
    let request = AuthorizationRequest {
        client_id,
        redirect_uri: public_link(&state.public_url, CALLBACK_PATH),
        selector: ConnectionSelector::Organization(workos_organization),
        state: Some(sign_in_state.clone()),
        login_hint,
        domain_hint: None,
        code_challenge: Some(pkce.challenge),
    };
    let url = state.workos.sso_authorization_url(&request).to_string();
    let go = format!("{GO_PATH}?state={sign_in_state}");
    let pending = Pending {
        state: sign_in_state,
        verifier: pkce.verifier,
        purpose,
        started_at: time::OffsetDateTime::now_utc().unix_timestamp(),
        url,
    };
    pending::start(session, pending).await?;
    Ok(go)
}

/// The authorization URL `GET /sso/go?state=…` sends the browser to: the session's own
/// sign-in's, never one the address names.
pub async fn authorization_url_of(
    session: &Session,
    state: &str,
) -> Result<Option<String>, SsoError> {
    Ok(pending::url(session, state).await?)
}

/// What WorkOS sent the browser back with.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Callback {
    pub code: Option<String>,
    pub state: Option<String>,
    pub error: Option<String>,
    pub error_description: Option<String>,
}

impl Callback {
    /// From the callback's query; a field given twice keeps its first value.
    pub fn parse(query: &str) -> Callback {
        let mut callback = Callback::default();
        for (key, value) in url::form_urlencoded::parse(query.as_bytes()) {
            let slot = match key.as_ref() {
                "code" => &mut callback.code,
                "state" => &mut callback.state,
                "error" => &mut callback.error,
                "error_description" => &mut callback.error_description,
                _ => continue,
            };
            slot.get_or_insert_with(|| value.into_owned());
        }
        callback
    }
}

/// How a callback ended.
#[derive(Debug)]
pub enum Finished {
    /// A test: what to show the admin, and where it was started.
    Tested(Box<SsoTestReport>, TestTab),
    /// Signed in: where to go.
    SignedIn { next: String },
    /// A sign-in refused (or failed): why, for the sign-in page.
    NotSignedIn(SsoError),
}

/// Takes the sign-in the callback's `state` names (once) and finishes it for its purpose.
pub async fn finish(
    state: &AppState,
    session: &Session,
    callback: Callback,
) -> Result<Finished, SsoError> {
    let given = callback.state.clone().unwrap_or_default();
    let pending = match pending::take(session, &given).await? {
        Ok(pending) => pending,
        Err(NotTaken::Unknown) => return Err(SsoError::UnexpectedState),
        Err(NotTaken::Expired) => return Err(SsoError::Expired),
    };
    match pending.purpose {
        Purpose::Test {
            user_id,
            organization_id,
            tab,
        } => {
            let tester = (user_id, organization_id);
            test::finish(state, tester, &pending.verifier, callback)
                .await
                .map(|report| Finished::Tested(Box::new(report), tab))
        }
        Purpose::SignIn {
            organization_id,
            next,
        } => Ok(
            match sign_in::finish(state, session, organization_id, &pending.verifier, callback)
                .await
            {
                Ok(()) => Finished::SignedIn { next },
                Err(error) => Finished::NotSignedIn(error),
            },
        ),
    }
}

/// The profile the callback's code stands for, once: WorkOS's refusal (from the
/// redirect, or the exchange) as [`SsoError::Refused`].
async fn profile(
    state: &AppState,
    verifier: &str,
    callback: Callback,
) -> Result<workos::types::Profile, SsoError> {
    if let Some(code) = callback.error {
        return Err(SsoError::Refused { code });
    }
    let client_id = state
        .sso_client_id
        .as_deref()
        .ok_or(SsoError::NotConfigured)?;
    let code = callback.code.unwrap_or_default();
    match state
        .workos
        .sso_profile_and_token(client_id, &code, Some(verifier))
        .await
    {
        Ok(answer) => Ok(answer.profile),
        Err(workos::WorkosError::Validation {
            status: 400,
            code: Some(code),
            ..
        }) => Err(SsoError::Refused { code }),
        Err(other) => Err(other.into()),
    }
}
