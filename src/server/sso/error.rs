//! What can go wrong with SSO sign-in (testing a connection, signing in to Portico), and
//! how a person is told.

use crate::{
    model::{explain_sso_code, AppError, ErrorKind},
    server::{
        auth::{AuthError, NotLinked},
        db::audit::AuditWriteError,
        error::{internal, not_linked, unrecorded, workos_error, ServerError},
        members::MemberError,
    },
    t,
};
use workos::WorkosError;

#[derive(Debug, thiserror::Error)]
pub enum SsoError {
    /// No WorkOS client id is configured (and no embedded emulator gives one).
    #[error("no WorkOS client id is configured")]
    NotConfigured,
    #[error(transparent)]
    NotLinked(#[from] NotLinked),
    /// The callback's `state` names no sign-in started in this browser.
    #[error("the callback's state matches no sign-in started in this session")]
    UnexpectedState,
    /// The sign-in started too long ago.
    #[error("the sign-in started more than ten minutes ago")]
    Expired,
    /// The identity provider (or WorkOS) refused the sign-in: WorkOS's code.
    #[error("WorkOS refused the sign-in: {code}")]
    Refused { code: String },
    /// The profile is of another organization than the one the sign-in was for.
    #[error("the profile's organization {got:?} is not {expected}")]
    OtherOrganization {
        expected: String,
        got: Option<String>,
    },
    /// The person's email is not on the organization's verified domains.
    #[error("{email} is not on one of the organization's verified domains")]
    OutsideDomains { email: String },
    /// An account with the email exists, but not in this organization.
    #[error("{email} has an account, but is not a member of {organization}")]
    NotAMember { email: String, organization: String },
    #[error(transparent)]
    Workos(#[from] WorkosError),
    #[error(transparent)]
    Auth(#[from] AuthError),
    #[error(transparent)]
    Member(#[from] MemberError),
    #[error(transparent)]
    Unrecorded(#[from] AuditWriteError),
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    #[error("session store: {0}")]
    Session(#[from] tower_sessions::session::Error),
}

impl From<SsoError> for ServerError {
    fn from(error: SsoError) -> Self {
        match error {
            SsoError::Auth(auth) => auth.into(),
            SsoError::Member(member) => member.into(),
            other => ServerError::new(shown(&other), other),
        }
    }
}

fn shown(error: &SsoError) -> AppError {
    match error {
        SsoError::NotConfigured => {
            AppError::new(ErrorKind::Unavailable, t!("error-sso-not-configured"))
        }
        SsoError::NotLinked(e) => not_linked(&e.organization),
        SsoError::UnexpectedState => AppError::bad_request(t!("error-sso-unexpected")),
        SsoError::Expired => AppError::bad_request(t!("error-sso-expired")),
        SsoError::Refused { code } => {
            let explained = explain_sso_code(code);
            AppError::new(
                ErrorKind::Forbidden,
                t!(
                    "error-sso-refused",
                    what = explained.what,
                    fix = explained.fix
                ),
            )
        }
        SsoError::OtherOrganization { .. } => {
            AppError::new(ErrorKind::Forbidden, t!("error-sso-other-organization"))
        }
        SsoError::OutsideDomains { email } => AppError::new(
            ErrorKind::Forbidden,
            t!("error-sso-outside-domains", email = email),
        ),
        SsoError::NotAMember {
            email,
            organization,
        } => AppError::new(
            ErrorKind::Forbidden,
            t!(
                "error-sso-not-a-member",
                email = email,
                organization = organization
            ),
        ),
        SsoError::Workos(e) => workos_error(e),
        SsoError::Unrecorded(_) => unrecorded(&t!("error-sso-unrecorded")),
        SsoError::Auth(_) | SsoError::Member(_) | SsoError::Database(_) | SsoError::Session(_) => {
            internal()
        }
    }
}
