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
}

impl Options {
    /// Loopback on `addr`, memory only, no rate limit, control routes on.
    pub fn new(addr: SocketAddr, api_key: impl Into<String>) -> Options {
        Options {
            addr,
            api_key: api_key.into(),
            state_file: None,
            rate_limit: None,
            control_routes: true,
            webhook_first_retry: std::time::Duration::from_secs(1),
            smtp_addr: None,
        }
    }
}
