use super::types::FieldError;

/// What went wrong talking to WorkOS. Each variant keeps WorkOS's `X-Request-ID`
/// (when there was a response) so a log line can be matched with WorkOS support.
#[derive(Clone, Debug, thiserror::Error)]
pub enum WorkosError {
    /// 401: the API key is missing, wrong or revoked.
    #[error("WorkOS rejected the API key (request {})", shown(request_id))]
    Unauthorized {
        /// WorkOS's `X-Request-ID`.
        request_id: Option<String>,
    },
    /// 403: the key is valid but lacks a permission for this call.
    #[error(
        "WorkOS refused the key permission: {message} (request {})",
        shown(request_id)
    )]
    Forbidden {
        /// WorkOS's sentence.
        message: String,
        /// WorkOS's `X-Request-ID`.
        request_id: Option<String>,
    },
    /// The organization does not exist (404, or 400 on generate_link).
    #[error(
        "WorkOS has no organization {organization_id} (request {})",
        shown(request_id)
    )]
    OrganizationNotFound {
        /// The id that was asked for.
        organization_id: String,
        /// WorkOS's `X-Request-ID`.
        request_id: Option<String>,
    },
    /// 404 for anything else.
    #[error("WorkOS could not find it: {message} (request {})", shown(request_id))]
    NotFound {
        /// WorkOS's sentence.
        message: String,
        /// WorkOS's `X-Request-ID`.
        request_id: Option<String>,
    },
    /// 400, 409 or 422: the request itself was refused.
    #[error(
        "WorkOS refused the request: {message} {errors:?} (request {})",
        shown(request_id)
    )]
    Validation {
        /// 400, 409 or 422.
        status: u16,
        /// A stable code when WorkOS gives one, e.g. `external_id_already_used`.
        code: Option<String>,
        /// WorkOS's sentence.
        message: String,
        /// Per-field problems (422).
        errors: Vec<FieldError>,
        /// WorkOS's `X-Request-ID`.
        request_id: Option<String>,
    },
    /// 429.
    #[error(
        "WorkOS is rate limiting; retry after {} s (request {})",
        retry_after_seconds.map_or("?".to_owned(), |s| s.to_string()),
        shown(request_id)
    )]
    RateLimited {
        /// From `Retry-After`.
        retry_after_seconds: Option<u64>,
        /// WorkOS's `X-Request-ID`.
        request_id: Option<String>,
    },
    /// Not sent: this process's budget for calls with the key, or the organization's
    /// share of it, is spent for now (see [`CallBudget`](crate::CallBudget)).
    #[error(
        "this client's budget of WorkOS calls{} is spent; retry after {retry_after_seconds} s",
        organization.as_deref().map_or(String::new(), |o| format!(" for {o}"))
    )]
    OverBudget {
        /// When a call may be made again.
        retry_after_seconds: u64,
        /// Whose share was spent; `None`: the whole process's budget.
        organization: Option<String>,
    },
    /// 408 or 5xx: WorkOS (or a proxy before it) failed.
    #[error("WorkOS answered {status} (request {})", shown(request_id))]
    Upstream {
        /// The status.
        status: u16,
        /// WorkOS's `X-Request-ID`.
        request_id: Option<String>,
    },
    /// No complete answer within the timeout.
    #[error("WorkOS did not answer in time")]
    Timeout,
    /// Connecting failed (DNS, refused, TLS).
    #[error("WorkOS could not be reached: {0}")]
    Unreachable(String),
    /// An answer that is not what WorkOS sends (not JSON, wrong shape, odd status).
    #[error(
        "WorkOS sent a response that cannot be read (status {status}, request {})",
        shown(request_id)
    )]
    Malformed {
        /// The status.
        status: u16,
        /// WorkOS's `X-Request-ID`.
        request_id: Option<String>,
    },
}

impl WorkosError {
    /// WorkOS's `X-Request-ID` of the failed answer, if there was one.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            WorkosError::Unauthorized { request_id }
            | WorkosError::Forbidden { request_id, .. }
            | WorkosError::OrganizationNotFound { request_id, .. }
            | WorkosError::NotFound { request_id, .. }
            | WorkosError::Validation { request_id, .. }
            | WorkosError::RateLimited { request_id, .. }
            | WorkosError::Upstream { request_id, .. }
            | WorkosError::Malformed { request_id, .. } => request_id.as_deref(),
            WorkosError::Timeout | WorkosError::Unreachable(_) | WorkosError::OverBudget { .. } => {
                None
            }
        }
    }
}

/// A request id for messages: WorkOS's, or "-" when there was no answer to carry one.
fn shown(request_id: &Option<String>) -> &str {
    request_id.as_deref().unwrap_or("-")
}
