//! What can go wrong in the console, and how a staff member is told: decided here, once
//! (each feature the console calls says its own words).

use crate::{
    model::{AppError, ErrorKind},
    server::{
        error::{internal, workos_error, ServerError},
        it_admins::InviteError,
        members::MemberError,
        portal::PortalError,
        staff::StaffError,
    },
};

#[derive(Debug, thiserror::Error)]
pub enum ConsoleError {
    #[error("no organization has id {0}")]
    UnknownOrganization(i64),
    #[error("no reason given")]
    NoReason,
    #[error("the reason is longer than {0} characters")]
    LongReason(usize),
    #[error("{0} is not an area or a role the console knows")]
    Unknown(String),
    #[error(transparent)]
    Staff(#[from] StaffError),
    #[error(transparent)]
    Invite(#[from] InviteError),
    #[error(transparent)]
    Portal(#[from] PortalError),
    #[error(transparent)]
    Member(#[from] MemberError),
    #[error(transparent)]
    Workos(#[from] workos::WorkosError),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

impl From<ConsoleError> for ServerError {
    fn from(error: ConsoleError) -> Self {
        let shown = match error {
            ConsoleError::Staff(e) => return e.into(),
            ConsoleError::Invite(e) => return e.into(),
            ConsoleError::Portal(e) => return e.into(),
            ConsoleError::Workos(ref e) => workos_error(e),
            ConsoleError::UnknownOrganization(_) => AppError::new(
                ErrorKind::NotFound,
                "There is no such organization. It may have been deleted.",
            ),
            ConsoleError::NoReason => AppError::bad_request(
                "Write why you are doing this: the organization's admins will read it in their activity.",
            ),
            ConsoleError::LongReason(most) => {
                AppError::bad_request(format!("Keep the reason under {most} characters."))
            }
            ConsoleError::Unknown(ref what) => AppError::bad_request(format!(
                "{} is not something the console knows. Pick one from the list.",
                crate::model::quoted(what)
            )),
            ConsoleError::Member(e) => return e.into(),
            ConsoleError::Database(_) => internal(),
        };
        ServerError::new(shown, error)
    }
}
