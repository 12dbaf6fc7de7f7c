//! The WorkOS API slice a B2B app needs to let its customers' IT admins configure
//! enterprise features themselves: Admin Portal links, organizations and their domains,
//! SSO connections, directories, audit log configuration and IT contacts.
//!
//! [`types`] holds the wire types (JSON shapes exactly as WorkOS sends and accepts them)
//! and [`providers`] the identity-provider names people pick from; both compile without
//! the `client` feature, for a browser build. With `client` (the default),
//! [`WorkosClient`] speaks to `https://api.workos.com` or any compatible server, such as
//! the `workos-emulator` crate, with bounded, jittered retries, and a budget of calls
//! per minute below WorkOS's limit ([`CallBudget`]; [`spend_for`] charges calls to one
//! organization's share of it, so no tenant can spend what all share).
//!
//! Hand-written on reqwest (rustls) rather than the official `workos` crate. Measured
//! 2026-11-27, a release binary that asks for one portal link, cold build on 2 cores:
//! `workos` 3.5: 2 min 22 s, 5.75 MB, 108 crates, and it brings reqwest 0.13 with
//! aws-lc-sys (a C library built with cmake); reqwest 0.12 by hand: 1 min 08 s, 4.81 MB,
//! 93 crates. What decides it: a dozen endpoints, wire types shared with an emulator, and
//! errors typed for an app (an unknown organization is 400 on one endpoint and 404 on
//! others; `X-Request-ID` kept on each; a total retry budget and a cap on `Retry-After`).
//!
//! ```no_run
//! # async fn run() -> Result<(), workos::WorkosError> {
//! use workos::{types::GenerateLink, ApiKey, ClientOptions, PortalIntent, WorkosClient};
//! let client = WorkosClient::new(
//!     "https://api.workos.com".parse().expect("valid URL"),
//!     ApiKey::new(std::env::var("WORKOS_API_KEY").unwrap_or_default()),
//!     ClientOptions::default(),
//! )?;
//! let link = client
//!     .generate_portal_link(&GenerateLink::new("org_01H...", PortalIntent::Sso))
//!     .await?;
//! println!("send the admin to {link}");
//! # Ok(())
//! # }
//! ```
#![warn(missing_docs)]

#[cfg(feature = "pkce")]
pub mod pkce;
pub mod providers;
pub mod types;
#[cfg(feature = "webhooks")]
pub mod webhooks;

#[cfg(feature = "client")]
mod client;
#[cfg(feature = "client")]
mod error;
#[cfg(feature = "client")]
pub mod request_ids;
#[cfg(feature = "client")]
mod retry;

#[cfg(feature = "client")]
pub use client::{
    same_spender, spend_for, ApiKey, AuthorizationRequest, CallBudget, ClientOptions,
    ConnectionSelector, WorkosClient,
};
#[cfg(feature = "client")]
pub use error::WorkosError;
/// The names of the metrics the client reports (through the `metrics` facade).
#[cfg(feature = "client")]
pub mod metric_names {
    pub use crate::client::{CALLS, CALL_DURATION, RETRIES};
}
#[cfg(feature = "client")]
pub use retry::RetryPolicy;
pub use types::{ItContactIntent, PortalIntent};
