//! WorkOS API client.
//!
//! Hand-written on reqwest (rustls) rather than the official `workos` crate. Measured
//! 2026-11-27, a release binary that asks for one portal link, cold build on 2 cores:
//! `workos` 3.5: 2 min 22 s, 5.75 MB, 108 crates, and it brings reqwest 0.13 with
//! aws-lc-sys (a C library built with cmake); reqwest 0.12 by hand: 1 min 08 s, 4.81 MB,
//! 93 crates. Both accept a custom base URL (`ClientBuilder::base_url`), so either could
//! talk to the emulator. What decides it: Portico speaks a dozen endpoints, shares these
//! wire types with its emulator, and needs errors typed its own way (an unknown
//! organization is 400 on one endpoint and 404 on others; `X-Request-ID` kept on each;
//! a total retry budget and a cap on `Retry-After`), which a thin client gives directly.

mod client;
mod error;
mod retry;
pub mod types;

pub use client::{ApiKey, ClientOptions, WorkosClient};
pub use error::WorkosError;
pub use retry::RetryPolicy;
