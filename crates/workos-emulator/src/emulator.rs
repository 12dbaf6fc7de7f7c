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
