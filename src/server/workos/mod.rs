//! WorkOS API client.
//!
//! Hand-written on reqwest rather than the `workos` crate: Portico needs only a handful
//! of endpoints, a configurable base URL (for the emulator), typed errors that keep
//! `X-Request-ID`, and control over timeouts and retries.

mod client;
mod error;
mod retry;
pub mod types;

pub use client::{ApiKey, ClientOptions, WorkosClient};
pub use error::WorkosError;
pub use retry::RetryPolicy;
