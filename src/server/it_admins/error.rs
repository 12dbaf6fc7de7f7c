//! What can go wrong sending the setup to an IT admin, and how a person is told.

use crate::{
    model::{quoted, AppError, ErrorKind, Intent},
    server::{
        auth::NotLinked,
        db::audit::AuditWriteError,
        error::{internal, not_in_plan, not_linked, unrecorded, workos_error, ServerError},
    },
};
use workos::WorkosError;

#[derive(Debug, thiserror::Error)]
pub enum InviteError {
    #[error(transparent)]
    NotLinked(#[from] NotLinked),
    #[error("{0:?} is not an email address")]
    BadEmail(String),
    #[error("no area chosen")]
    NoIntents,
    #[error("{0} cannot be handed to an IT contact")]
    NotInvitable(String),
    #[error("there is no invitation to revoke")]
    NothingToRevoke,
    #[error(transparent)]
    Workos(#[from] WorkosError),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
    #[error(transparent)]
    Unrecorded(#[from] AuditWriteError),
    #[error("{organization}'s plan does not include {intent}")]
    NotInPlan {
        intent: Intent,
        organization: String,
    },
}

impl From<crate::model::BadEmailAddress> for InviteError {
    fn from(bad: crate::model::BadEmailAddress) -> Self {
        InviteError::BadEmail(bad.0)
    }
}

impl From<InviteError> for ServerError {
    fn from(error: InviteError) -> Self {
        ServerError::new(shown(&error), error)
    }
}

fn shown(error: &InviteError) -> AppError {
    match error {
        InviteError::NotLinked(e) => not_linked(&e.organization),
        InviteError::BadEmail(typed) if typed.trim().is_empty() => {
            AppError::bad_request(crate::t!("error-it-admin-email-empty")).about("email")
        }
        InviteError::BadEmail(typed) => {
            AppError::bad_request(crate::t!("error-it-admin-email-bad", typed = quoted(typed)))
                .about("email")
        }
        InviteError::NoIntents => {
            AppError::bad_request(crate::t!("error-it-admin-no-areas")).about("areas")
        }
        InviteError::NotInvitable(_) => {
            AppError::bad_request(crate::t!("error-it-admin-bad-area")).about("areas")
        }
        InviteError::NothingToRevoke => AppError::new(
            ErrorKind::NotFound,
            crate::t!("error-it-admin-nothing-to-revoke"),
        ),
        InviteError::Workos(e) => workos_error(e),
        InviteError::Database(_) => internal(),
        InviteError::NotInPlan {
            intent,
            organization,
        } => not_in_plan(*intent, organization),
        InviteError::Unrecorded(_) => unrecorded(&crate::t!("error-it-admin-unrecorded")),
    }
}
