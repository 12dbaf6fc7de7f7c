//! The live configuration status the settings page shows: read from WorkOS, cached per
//! organization for a short time, with one read at a time per organization. A shared
//! service: it reads through its own handles ([`StatusCache`]), never the app's state,
//! and features tell it what they changed (`forget_live`, `forget_local`, `forget_opened`). Each area's
//! reader sits in a file of its own.

mod attention;
mod audit_logs;
mod byok;
mod cache;
mod certificates;
mod directories;
mod domains;
mod fresh;
mod health;
mod instances;
mod live_pages;
mod mirror;
mod mirrored;
mod overview;
mod reading;
mod sign_in;
mod sign_ins;
mod sso;
#[cfg(test)]
mod tests;

pub use cache::{Live, Local, StatusCache};
pub use fresh::FreshReads;
pub use health::Attention;
pub use live_pages::{LivePage, LivePages};
pub use reading::provider_name;
pub use sign_in::organization_for_domain as sso_organization_for_domain;
