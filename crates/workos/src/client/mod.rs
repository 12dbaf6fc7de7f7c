//! The typed WorkOS client. One file per resource holds its `impl WorkosClient` block;
//! `transport` sends (URLs, auth, timeouts, retries, within the `budget`) and `error_response` turns WorkOS's
//! error answers into [`WorkosError`](crate::WorkosError).

mod api_key;
mod audit_logs;
mod budget;
mod connections;
mod directories;
mod domains;
mod error_response;
mod events;
mod it_contacts;
mod options;
mod organizations;
mod portal;
mod sso;
mod telemetry;
mod transport;

pub use api_key::ApiKey;
pub use budget::{same_spender, spend_for, CallBudget};
pub use options::ClientOptions;
pub use sso::{AuthorizationRequest, ConnectionSelector};
pub use telemetry::{CALLS, CALL_DURATION, RETRIES};
pub use transport::WorkosClient;
