//! What can go wrong opening the Admin Portal, and how a person is told.

use crate::{
    model::{AppError, ErrorKind, Intent},
    server::{
        auth::NotLinked,
        db::audit::AuditWriteError,
        error::{internal, not_in_plan, not_linked, unrecorded, workos_error, ServerError},
    },
};
use workos::WorkosError;

#[derive(Debug, thiserror::Error)]
pub enum PortalError {
    #[error(transparent)]
    NotLinked(#[from] NotLinked),
    #[error(transparent)]
    Workos(#[from] WorkosError),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
    #[error("the portal link task failed: {0}")]
    Task(String),
    #[error("{provider:?} is not a provider Portico lists for {intent}")]
    UnknownProvider { intent: Intent, provider: String },
    /// The link's audit row could not be written, so the link is not handed out.
    #[error(transparent)]
    Unrecorded(AuditWriteError),
    /// The organization's plan does not include the area.
    #[error("{organization}'s plan does not include {intent}")]
    NotInPlan {
        intent: Intent,
        organization: String,
    },
    /// WorkOS answered with a link Portico does not send browsers to.
    #[error("WorkOS answered with a portal link to an untrusted place: {link:?}")]
    UntrustedLink { link: String },
}

impl From<PortalError> for ServerError {
    fn from(error: PortalError) -> Self {
        ServerError::new(shown(&error), error)
    }
}

fn shown(error: &PortalError) -> AppError {
    match error {
        PortalError::NotLinked(e) => not_linked(&e.organization),
        PortalError::Workos(e) => workos_error(e),
        PortalError::Unrecorded(_) => unrecorded(&crate::t!("error-portal-unrecorded")),
        PortalError::NotInPlan {
            intent,
            organization,
        } => not_in_plan(*intent, organization),
        PortalError::UntrustedLink { .. } => AppError::new(
            ErrorKind::Upstream,
            crate::t!("error-portal-untrusted-link"),
        ),
        PortalError::UnknownProvider { .. } => {
            AppError::bad_request(crate::t!("error-unknown-provider"))
        }
        PortalError::Database(_) | PortalError::Task(_) => internal(),
    }
}
