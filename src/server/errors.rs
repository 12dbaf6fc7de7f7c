//! The one place where server-side errors become what the user sees.

use super::{auth::AuthError, portal::PortalError};
use crate::domain::{AppError, ErrorKind};
use workos::WorkosError;

/// Gives the HTTP response of the current server function the status of `error`.
pub fn set_response_status(error: &AppError) {
    if let Some(response) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() {
        if let Ok(status) = axum::http::StatusCode::from_u16(error.kind.status()) {
            response.set_status(status);
        }
    }
}

fn internal(what: &str, detail: &dyn std::fmt::Display) -> AppError {
    tracing::error!(%detail, "{what}");
    AppError::new(
        ErrorKind::Internal,
        "Something went wrong on our side. Please try again; if it keeps happening, contact your Portico operator.",
    )
}

impl From<AuthError> for AppError {
    fn from(error: AuthError) -> Self {
        match error {
            AuthError::SignedOut => AppError::unauthorized(),
            AuthError::BadCredentials => {
                AppError::new(ErrorKind::Unauthorized, "Wrong email or password.")
            }
            AuthError::MissingCredentials => {
                AppError::bad_request("Enter your email and password.")
            }
            AuthError::NoOrganization => AppError::new(
                ErrorKind::Forbidden,
                "Your account is not a member of any organization yet.",
            ),
            AuthError::NotAdmin { organization } => AppError::new(
                ErrorKind::Forbidden,
                format!("Only an admin of {organization} can change these settings."),
            ),
            AuthError::Session(e) => internal("session store failed", &e),
            AuthError::Database(e) => internal("database failed", &e),
            AuthError::Hashing(e) => internal("password hashing failed", &e),
        }
    }
}

impl From<WorkosError> for AppError {
    fn from(error: WorkosError) -> Self {
        tracing::warn!(error = %error, "WorkOS call failed");
        let upstream = |message: String| AppError::new(ErrorKind::Upstream, message);
        match error {
            WorkosError::RateLimited {
                retry_after_seconds,
                ..
            } => AppError::new(
                ErrorKind::RateLimited,
                match retry_after_seconds {
                    Some(s) => format!("WorkOS is rate limiting, try again in {s} s."),
                    None => "WorkOS is rate limiting, try again in a minute.".to_owned(),
                },
            ),
            WorkosError::Unauthorized { .. } => upstream(
                "Portico's WorkOS API key was rejected. Ask your Portico operator to check WORKOS_API_KEY.".into(),
            ),
            WorkosError::OrganizationNotFound { .. } => upstream(
                "This organization is not known to WorkOS. Ask your Portico operator to re-link it.".into(),
            ),
            WorkosError::Validation { message, .. } => {
                upstream(format!("WorkOS refused the request: {message}"))
            }
            WorkosError::Forbidden { .. } => upstream(
                "Portico's WorkOS API key lacks a permission this needs. Ask your Portico operator to check the key's permissions.".into(),
            ),
            WorkosError::NotFound { .. }
            | WorkosError::Upstream { .. }
            | WorkosError::Timeout
            | WorkosError::Unreachable(_)
            | WorkosError::Malformed { .. } => upstream(
                "WorkOS is not responding right now. Please try again in a minute.".into(),
            ),
        }
    }
}

impl From<PortalError> for AppError {
    fn from(error: PortalError) -> Self {
        match error {
            PortalError::NotLinked { organization } => AppError::new(
                ErrorKind::Upstream,
                format!("{organization} is not linked to WorkOS yet. Ask your Portico operator to link it."),
            ),
            PortalError::Workos(e) => e.into(),
            PortalError::Database(e) => internal("database failed", &e),
        }
    }
}
