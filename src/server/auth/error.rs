//! What can go wrong signing in or checking who is asking, and how a person is told.

use super::throttle::{self, Throttled};
use crate::{
    model::{AppError, ErrorKind},
    server::{
        db::audit::AuditWriteError,
        error::{internal, unrecorded, ServerError},
    },
    t,
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
    // Kept as it was: the trail stores this as a refusal's detail.
    #[error("only an admin of {organization} may do this")]
    NotAdmin {
        organization: String,
        refused: AdminsOnly,
    },
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

/// What a member may not do, for the words of its refusal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AdminsOnly {
    ChangeSettings,
    OpenSetup,
    ReadActivity,
    ExportActivity,
}

impl AdminsOnly {
    fn key(self) -> &'static str {
        match self {
            AdminsOnly::ChangeSettings => "change-settings",
            AdminsOnly::OpenSetup => "open-setup",
            AdminsOnly::ReadActivity => "read-activity",
            AdminsOnly::ExportActivity => "export-activity",
        }
    }
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
            AppError::new(ErrorKind::Unauthorized, t!("error-wrong-password"))
        }
        AuthError::MissingCredentials => AppError::bad_request(t!("error-missing-credentials")),
        AuthError::NoOrganization => {
            AppError::new(ErrorKind::Forbidden, t!("error-no-organization"))
        }
        AuthError::SsoRequired { organization } => AppError::new(
            ErrorKind::Forbidden,
            t!("error-sso-required", organization = organization),
        ),
        AuthError::NotAdmin {
            organization,
            refused,
        } => AppError::new(
            ErrorKind::Forbidden,
            t!(
                "error-admins-only",
                organization = organization,
                refused = refused.key()
            ),
        ),
        AuthError::NotMember { .. } => AppError::new(ErrorKind::Forbidden, t!("error-not-member")),
        AuthError::Throttled(Throttled::TooManyAttempts {
            retry_after_seconds,
        }) => AppError::new(
            ErrorKind::Throttled,
            t!("error-too-many-sign-ins", seconds = *retry_after_seconds),
        )
        .retry_after(*retry_after_seconds),
        AuthError::Throttled(Throttled::Busy) => {
            AppError::new(ErrorKind::Unavailable, t!("error-sign-ins-busy")).retry_after(5)
        }
        AuthError::Unrecorded(_) => unrecorded(&t!("error-sign-in-unrecorded")),
        AuthError::Session(_) | AuthError::Database(_) | AuthError::Hashing(_) => internal(),
    }
}
