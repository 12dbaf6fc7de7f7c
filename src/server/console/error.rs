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
    t,
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
            ConsoleError::UnknownOrganization(_) => {
                AppError::new(ErrorKind::NotFound, t!("console-error-no-organization"))
            }
            ConsoleError::NoReason => AppError::bad_request(t!("console-error-no-reason")),
            ConsoleError::LongReason(most) => {
                AppError::bad_request(t!("console-error-long-reason", most = most))
            }
            ConsoleError::Unknown(ref what) => AppError::bad_request(t!(
                "console-error-unknown",
                typed = crate::model::quoted(what)
            )),
            ConsoleError::Member(e) => return e.into(),
            ConsoleError::Database(_) => internal(),
        };
        ServerError::new(shown, error)
    }
}
