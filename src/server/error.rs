//! The error server functions and handlers answer with: the sentence a person is shown,
//! decided once by the feature that failed (each feature's `error.rs` converts its own
//! error), and the cause, for the log. Converting never logs: a failure is logged once,
//! where it is answered (`http::context::respond`), under the request id the person sees.

use crate::{
    model::{AppError, ErrorKind, Intent},
    t,
};
use std::error::Error;
use workos::WorkosError;

type Cause = Box<dyn Error + Send + Sync>;

#[derive(Debug)]
pub struct ServerError {
    shown: AppError,
    cause: Cause,
}

impl std::fmt::Display for ServerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.cause.fmt(f)
    }
}

impl Error for ServerError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        Some(self.cause.as_ref())
    }
}

impl ServerError {
    /// A failure shown as `shown`, caused by `cause` (what the log says).
    pub fn new(shown: AppError, cause: impl Into<Cause>) -> ServerError {
        ServerError {
            shown,
            cause: cause.into(),
        }
    }

    /// The kind of failure the person is shown (and the trail records).
    pub fn kind(&self) -> ErrorKind {
        self.shown.kind
    }

    /// Logs the failure with its detail, at a level that fits who must act on it. Refusals
    /// by Portico's own limits (a throttled sign-in) are routine, at debug: a flood of
    /// them must not fill the log or read as WorkOS trouble.
    pub fn log(&self) {
        match self.shown.kind {
            ErrorKind::Internal => tracing::error!(error = %self, "request failed"),
            ErrorKind::Upstream | ErrorKind::RateLimited => {
                tracing::warn!(error = %self, "WorkOS call failed")
            }
            ErrorKind::Unavailable => {
                tracing::warn!(error = %self, "request could not be served now")
            }
            _ => tracing::debug!(error = %self, "request refused"),
        }
    }
}

impl From<ServerError> for AppError {
    fn from(error: ServerError) -> Self {
        error.shown
    }
}

/// Already phrased for the person (bad input, say).
impl From<AppError> for ServerError {
    fn from(error: AppError) -> Self {
        ServerError::new(error.clone(), error)
    }
}

impl From<WorkosError> for ServerError {
    fn from(error: WorkosError) -> Self {
        ServerError::new(workos_error(&error), error)
    }
}

/// A database failure: never shown, only logged.
#[derive(Debug, thiserror::Error)]
#[error("database: {0}")]
struct DatabaseFailure(sqlx::Error);

impl From<sqlx::Error> for ServerError {
    fn from(error: sqlx::Error) -> Self {
        ServerError::new(internal(), DatabaseFailure(error))
    }
}

impl From<crate::server::db::audit::AuditWriteError> for ServerError {
    fn from(error: crate::server::db::audit::AuditWriteError) -> Self {
        ServerError::new(unrecorded(&t!("error-unrecorded")), error)
    }
}

impl From<WorkosError> for AppError {
    fn from(error: WorkosError) -> Self {
        workos_error(&error)
    }
}

/// Never the internal detail: that is in the log, under the request id the user sees.
/// A command-line message (lower case, with its `Fix:` hint) as a sentence on a page.
pub fn as_sentence(message: &str) -> String {
    let message = message.replace(". Fix: ", ". ");
    let message = message.split(": use `").next().unwrap_or(&message);
    let mut chars = message.chars();
    let sentence: String = match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    };
    if sentence.ends_with('.') {
        sentence
    } else {
        format!("{sentence}.")
    }
}

pub fn internal() -> AppError {
    AppError::new(ErrorKind::Internal, t!("error-internal"))
}

/// An action whose audit row could not be committed: worth retrying shortly.
pub fn unrecorded(message: &str) -> AppError {
    AppError::new(ErrorKind::Unavailable, message).retry_after(5)
}

/// An area outside the organization's plan.
pub fn not_in_plan(intent: Intent, organization: &str) -> AppError {
    AppError::new(
        ErrorKind::Forbidden,
        t!(
            "error-not-in-plan",
            area = intent.title(),
            organization = organization
        ),
    )
}

/// The session's organization has no WorkOS organization to act on.
pub fn not_linked(organization: &str) -> AppError {
    AppError::new(
        ErrorKind::Upstream,
        t!("error-not-linked", organization = organization),
    )
}

/// What a person is told when WorkOS refused or failed.
pub fn workos_error(error: &WorkosError) -> AppError {
    let upstream = |message: String| AppError::new(ErrorKind::Upstream, message);
    match error {
        WorkosError::RateLimited {
            retry_after_seconds,
            ..
        } => AppError::new(
            ErrorKind::RateLimited,
            match retry_after_seconds {
                Some(seconds) => t!("error-workos-rate-limited-for", seconds = *seconds),
                None => t!("error-workos-rate-limited"),
            },
        )
        // Passed on, so a script waits as long as the person is told to; a minute when
        // WorkOS named no wait.
        .retry_after(retry_after_seconds.unwrap_or(60)),
        // Portico's own budget, before WorkOS's limit: the same kind and wait, and words
        // that say whose calls ran out.
        WorkosError::OverBudget {
            retry_after_seconds,
            organization,
        } => AppError::new(
            ErrorKind::RateLimited,
            match organization {
                Some(_) => t!(
                    "error-organization-over-budget",
                    seconds = *retry_after_seconds
                ),
                None => t!("error-portico-over-budget", seconds = *retry_after_seconds),
            },
        )
        .retry_after(*retry_after_seconds),
        WorkosError::Unauthorized { .. } => upstream(t!("error-workos-key-rejected")),
        WorkosError::OrganizationNotFound { .. } => {
            upstream(t!("error-workos-unknown-organization"))
        }
        WorkosError::Validation { .. } => upstream(t!("error-workos-refused")),
        WorkosError::Forbidden { .. } => upstream(t!("error-workos-key-permission")),
        WorkosError::NotFound { .. }
        | WorkosError::Upstream { .. }
        | WorkosError::Timeout
        | WorkosError::Unreachable(_)
        | WorkosError::Malformed { .. } => upstream(t!("error-workos-down")),
    }
}
