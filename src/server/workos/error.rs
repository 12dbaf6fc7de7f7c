use super::types::FieldError;

/// What went wrong talking to WorkOS. Each variant keeps WorkOS's `X-Request-ID`
/// (when there was a response) so a log line can be matched with WorkOS support.
#[derive(Clone, Debug, thiserror::Error)]
pub enum WorkosError {
    #[error("WorkOS rejected the API key (request {})", shown(request_id))]
    Unauthorized { request_id: Option<String> },
    #[error(
        "WorkOS has no organization {organization_id} (request {})",
        shown(request_id)
    )]
    OrganizationNotFound {
        organization_id: String,
        request_id: Option<String>,
    },
    #[error("WorkOS could not find it: {message} (request {})", shown(request_id))]
    NotFound {
        message: String,
        request_id: Option<String>,
    },
    #[error(
        "WorkOS refused the request: {message} {errors:?} (request {})",
        shown(request_id)
    )]
    Validation {
        status: u16,
        message: String,
        errors: Vec<FieldError>,
        request_id: Option<String>,
    },
    #[error(
        "WorkOS is rate limiting; retry after {} s (request {})",
        retry_after_seconds.map_or("?".to_owned(), |s| s.to_string()),
        shown(request_id)
    )]
    RateLimited {
        retry_after_seconds: Option<u64>,
        request_id: Option<String>,
    },
    #[error("WorkOS answered {status} (request {})", shown(request_id))]
    Upstream {
        status: u16,
        request_id: Option<String>,
    },
    #[error("WorkOS did not answer in time")]
    Timeout,
    #[error("WorkOS could not be reached: {0}")]
    Unreachable(String),
    #[error(
        "WorkOS sent a response Portico cannot read (status {status}, request {})",
        shown(request_id)
    )]
    Malformed {
        status: u16,
        request_id: Option<String>,
    },
}

/// A request id for messages: WorkOS's, or "-" when there was no answer to carry one.
fn shown(request_id: &Option<String>) -> &str {
    request_id.as_deref().unwrap_or("-")
}
