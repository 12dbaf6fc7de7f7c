//! How to run an emulator.

use crate::control::RateLimit;
use std::{net::SocketAddr, path::PathBuf};

/// How to run an emulator.
#[derive(Clone, Debug)]
pub struct Options {
    /// Where to listen (port 0 picks a free one).
    pub addr: SocketAddr,
    /// The one API key it accepts (`Authorization: Bearer …`).
    pub api_key: String,
    /// Keep objects in this JSON file across restarts (memory only without it).
    pub state_file: Option<PathBuf>,
    /// Per-key rate limit; WorkOS's own is 6000 requests per 60 s.
    pub rate_limit: Option<RateLimit>,
    /// Serve the `/__emulator/` control routes (faults, clock, reset, outbox...).
    pub control_routes: bool,
    /// How long a refused webhook delivery waits before its first retry (each next
    /// wait doubles).
    pub webhook_first_retry: std::time::Duration,
    /// Where the mail sink listens for SMTP (port 0 picks one); none without it.
    pub smtp_addr: Option<SocketAddr>,
    /// The environment's client id, which SSO sign-in names (`client_…`).
    pub client_id: String,
    /// The redirect URIs SSO sign-in may send people back to, as configured in WorkOS's
    /// dashboard. Empty: loopback http(s) URLs only (a local environment's).
    pub redirect_uris: Vec<String>,
}

impl Options {
    /// Loopback on `addr`, memory only, no rate limit, control routes on.
    pub fn new(addr: SocketAddr, api_key: impl Into<String>) -> Options {
        let api_key = api_key.into();
        Options {
            addr,
            client_id: client_id_for(&api_key),
            redirect_uris: Vec::new(),
            api_key,
            state_file: None,
            rate_limit: None,
            control_routes: true,
            webhook_first_retry: std::time::Duration::from_secs(1),
            smtp_addr: None,
        }
    }
}

/// The client id an emulator serving `api_key` uses unless told another: `client_` and
/// 26 Crockford base32 characters of the key's SHA-256, so it is the same at every start.
pub fn client_id_for(api_key: &str) -> String {
    use sha2::{Digest, Sha256};
    const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let digest = Sha256::digest(api_key.as_bytes());
    let id: String = digest
        .iter()
        .take(26)
        .map(|b| CROCKFORD[usize::from(b % 32)] as char)
        .collect();
    format!("client_{id}")
}
