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
            AppError::bad_request("Enter your IT admin's email address.")
        }
        InviteError::BadEmail(typed) => AppError::bad_request(format!(
            "{} is not an email address. Enter one such as it@acme.com.",
            quoted(typed)
        )),
        InviteError::NoIntents => {
            AppError::bad_request("Tick at least one area for your IT admin to set up.")
        }
        InviteError::NotInvitable(_) => {
            AppError::bad_request("Pick areas from the list: WorkOS sends IT admins to those only.")
        }
        InviteError::NothingToRevoke => AppError::new(
            ErrorKind::NotFound,
            "There is no invitation to revoke. Reload the page to see where things stand.",
        ),
        InviteError::Workos(e) => workos_error(e),
        InviteError::Database(_) => internal(),
        InviteError::NotInPlan {
            intent,
            organization,
        } => not_in_plan(*intent, organization),
        InviteError::Unrecorded(_) => unrecorded(
            "WorkOS added the IT contact, but Portico could not record it in its audit trail (it is in Portico's log). Please try again shortly.",
        ),
    }
}
