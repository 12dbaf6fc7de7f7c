//! What can go wrong signing in or checking who is asking, and how a person is told.

use super::throttle::{self, Throttled};
use crate::{
    model::{AppError, ErrorKind},
    server::{
        db::audit::AuditWriteError,
        error::{internal, unrecorded, ServerError},
    },
};

impl From<crate::server::language::LanguageError> for AuthError {
    fn from(error: crate::server::language::LanguageError) -> AuthError {
        use crate::server::language::LanguageError;
        match error {
            LanguageError::Database(e) => AuthError::Database(e),
            LanguageError::Session(e) => AuthError::Session(e),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum AuthError {
    #[error("signed out")]
    SignedOut,
    #[error("wrong email or password")]
    BadCredentials,
    #[error("the email or password is missing")]
    MissingCredentials,
    #[error("user has no organization")]
    NoOrganization,
    #[error("{organization} requires SSO")]
    SsoRequired { organization: String },
    #[error("only an admin of {organization} may do this")]
    NotAdmin { organization: String },
    #[error("user {user_id} is not a member of organization {organization_id}")]
    NotMember { user_id: i64, organization_id: i64 },
    #[error("session store: {0}")]
    Session(#[from] tower_sessions::session::Error),
    /// The sign-in (or switch) could not be recorded, so it did not happen.
    #[error(transparent)]
    Unrecorded(#[from] AuditWriteError),
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    #[error("password hashing: {0}")]
    Hashing(String),
    #[error(transparent)]
    Throttled(#[from] throttle::Throttled),
}

impl From<AuthError> for ServerError {
    fn from(error: AuthError) -> Self {
        ServerError::new(shown(&error), error)
    }
}

fn shown(error: &AuthError) -> AppError {
    match error {
        AuthError::SignedOut => AppError::unauthorized(),
        AuthError::BadCredentials => {
            AppError::new(ErrorKind::Unauthorized, "Wrong email or password.")
        }
        AuthError::MissingCredentials => AppError::bad_request("Enter your email and password."),
        AuthError::NoOrganization => AppError::new(
            ErrorKind::Forbidden,
            "Your account is not a member of any organization yet.",
        ),
        AuthError::SsoRequired { organization } => AppError::new(
            ErrorKind::Forbidden,
            format!("{organization} signs in through single sign-on, not a password. Enter your work email and choose Continue: your identity provider signs you in."),
        ),
        AuthError::NotAdmin { organization } => AppError::new(
            ErrorKind::Forbidden,
            format!("Only an admin of {organization} can change these settings."),
        ),
        AuthError::NotMember { .. } => AppError::new(
            ErrorKind::Forbidden,
            "You are not a member of that organization.",
        ),
        AuthError::Throttled(Throttled::TooManyAttempts {
            retry_after_seconds,
        }) => AppError::new(
            ErrorKind::Throttled,
            format!("Too many sign-in attempts. Try again in {retry_after_seconds} s."),
        )
        .retry_after(*retry_after_seconds),
        AuthError::Throttled(Throttled::Busy) => AppError::new(
            ErrorKind::Unavailable,
            "Portico is busy checking other sign-ins. Try again in a few seconds.",
        )
        .retry_after(5),
        AuthError::Unrecorded(_) => unrecorded(
            "Portico could not record this in its audit trail, so it did not happen. Please try again shortly.",
        ),
        AuthError::Session(_) | AuthError::Database(_) | AuthError::Hashing(_) => internal(),
    }
}
