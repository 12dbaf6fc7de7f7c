//! How long a call may take and when it is tried again.

use crate::retry::RetryPolicy;
use std::time::Duration;

/// Timeouts and retries.
#[derive(Clone, Debug, PartialEq)]
pub struct ClientOptions {
    /// For establishing a connection.
    pub connect_timeout: Duration,
    /// For one attempt, response body included.
    pub request_timeout: Duration,
    /// When failed calls are tried again.
    pub retry: RetryPolicy,
}

impl Default for ClientOptions {
    fn default() -> Self {
        ClientOptions {
            connect_timeout: Duration::from_secs(5),
            request_timeout: Duration::from_secs(10),
            retry: RetryPolicy::default(),
        }
    }
}
