//! The state every route is handed: the store, the test controls, the key.

use crate::{control::Controls, store::Store};
use std::sync::{atomic::AtomicU64, Arc};
use url::Url;

/// The emulator's shared state, handed to every route.
#[derive(Clone)]
pub struct Emulator {
    /// Objects, links and sessions.
    pub store: Arc<Store>,
    /// Faults, the rate limit and idempotency replay.
    pub(crate) controls: Arc<Controls>,
    /// WorkOS API calls answered (past the key check), for tests and `/__emulator/stats`.
    pub(crate) api_requests: Arc<AtomicU64>,
    /// The one API key it accepts.
    pub(crate) key: Arc<str>,
    /// Where people's browsers reach the hosted portal pages.
    pub public_url: Url,
    /// Whether the `/__emulator/` control routes are served.
    pub(crate) controls_enabled: bool,
    /// The environment's client id, for SSO sign-in.
    pub(crate) client_id: Arc<str>,
    /// Where SSO sign-in may send people back; empty: loopback URLs only.
    pub(crate) redirect_uris: Arc<[String]>,
}

impl Emulator {
    /// The portal address that launches the link with this secret.
    pub(crate) fn link(&self, secret: String) -> String {
        let mut link = self
            .public_url
            .join("/portal/launch")
            .expect("constant path");
        link.query_pairs_mut().append_pair("secret", &secret);
        link.into()
    }
}

impl Emulator {
    /// Whether `given` is the API key, compared in constant time.
    pub(crate) fn is_api_key(&self, given: &str) -> bool {
        use subtle::ConstantTimeEq;
        self.key.as_bytes().ct_eq(given.as_bytes()).into()
    }

    /// Whether SSO sign-in may send a browser to `uri`: one of the configured redirect
    /// URIs exactly, or with none configured, an http(s) URL on a loopback host.
    pub(crate) fn redirect_allowed(&self, uri: &str) -> bool {
        if !self.redirect_uris.is_empty() {
            return self.redirect_uris.iter().any(|allowed| allowed == uri);
        }
        let Ok(url) = Url::parse(uri) else {
            return false;
        };
        let loopback = match url.host() {
            Some(url::Host::Domain(name)) => name == "localhost",
            Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
            Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
            None => false,
        };
        matches!(url.scheme(), "http" | "https") && loopback && url.fragment().is_none()
    }
}
