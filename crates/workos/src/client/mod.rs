//! The typed WorkOS client. One file per resource holds its `impl WorkosClient` block;
//! `transport` sends (URLs, auth, timeouts, retries) and `error_response` turns WorkOS's
//! error answers into [`WorkosError`](crate::WorkosError).

mod api_key;
mod audit_logs;
mod connections;
mod directories;
mod domains;
mod error_response;
mod events;
mod it_contacts;
mod options;
mod organizations;
mod portal;
mod transport;

pub use api_key::ApiKey;
pub use options::ClientOptions;
pub use transport::WorkosClient;
