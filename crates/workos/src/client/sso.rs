//! SSO sign-in: the authorization URL a browser is sent to, and exchanging the code it
//! comes back with for the person's profile.

use super::transport::WorkosClient;
use crate::{
    error::WorkosError,
    types::{ProfileAndToken, TokenRequest},
};
use reqwest::Method;
use url::Url;

/// Which connection signs the person in: exactly one, as WorkOS requires.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConnectionSelector {
    /// `conn_…`.
    Connection(String),
    /// `org_…`: its one active connection.
    Organization(String),
    /// An OAuth provider, e.g. `GoogleOAuth`.
    Provider(String),
}

/// What `GET /sso/authorize` is asked.
#[derive(Clone, Debug)]
pub struct AuthorizationRequest {
    /// The environment's client id.
    pub client_id: String,
    /// Where WorkOS sends the browser back (one of the environment's redirect URIs).
    pub redirect_uri: String,
    /// Which connection.
    pub selector: ConnectionSelector,
    /// Returned unchanged with the code or the error.
    pub state: Option<String>,
    /// Fills the identity provider's email field.
    pub login_hint: Option<String>,
    /// Hints the identity provider's account picker.
    pub domain_hint: Option<String>,
    /// PKCE: base64url(SHA-256(verifier)), sent with `code_challenge_method=S256`.
    pub code_challenge: Option<String>,
}

impl WorkosClient {
    /// The URL that starts an SSO sign-in. No call is made.
    pub fn sso_authorization_url(&self, request: &AuthorizationRequest) -> Url {
        let mut url = self.base_url().clone();
        url.path_segments_mut()
            .expect("an http base URL")
            .pop_if_empty()
            .extend(["sso", "authorize"]);
        {
            let mut query = url.query_pairs_mut();
            query
                .append_pair("client_id", &request.client_id)
                .append_pair("redirect_uri", &request.redirect_uri)
                .append_pair("response_type", "code");
            match &request.selector {
                ConnectionSelector::Connection(id) => query.append_pair("connection", id),
                ConnectionSelector::Organization(id) => query.append_pair("organization", id),
                ConnectionSelector::Provider(name) => query.append_pair("provider", name),
            };
            let optional = [
                ("state", &request.state),
                ("login_hint", &request.login_hint),
                ("domain_hint", &request.domain_hint),
                ("code_challenge", &request.code_challenge),
            ];
            for (name, value) in optional {
                if let Some(value) = value {
                    query.append_pair(name, value);
                }
            }
            if request.code_challenge.is_some() {
                query.append_pair("code_challenge_method", "S256");
            }
        }
        url
    }

    /// Exchanges the code from the redirect for the profile (`POST /sso/token`); a code
    /// works once.
    pub async fn sso_profile_and_token(
        &self,
        client_id: &str,
        code: &str,
        code_verifier: Option<&str>,
    ) -> Result<ProfileAndToken, WorkosError> {
        let body = TokenRequest {
            client_id: client_id.to_owned(),
            client_secret: self.key().expose().to_owned(),
            grant_type: "authorization_code".into(),
            code: code.to_owned(),
            code_verifier: code_verifier.map(str::to_owned),
        };
        // Once: a code works once, so a retry after a lost answer could only fail.
        self.json_once(Method::POST, &["sso", "token"], Some(&body))
            .await
    }
}
