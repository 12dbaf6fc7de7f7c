//! The emulated REST endpoints, one file per resource, plus the emulator-only routes
//! under `/__emulator/`. Bodies are parsed by hand (not axum's `Json`) so that every
//! malformed request gets WorkOS's JSON error shape, not a framework message.
// Helpers return the finished refusal as their error: it is built once, on a cold path.
#![allow(clippy::result_large_err)]

pub(crate) mod audit_logs;
mod body;
pub(crate) mod connections;
pub(crate) mod controls;
pub(crate) mod directories;
pub(crate) mod domains;
pub(crate) mod events;
pub(crate) mod it_contacts;
mod organization_body;
pub(crate) mod organizations;
pub(crate) mod portal;
mod query;
pub(crate) mod responses;
pub(crate) mod sso;
pub(crate) mod webhook_endpoints;
