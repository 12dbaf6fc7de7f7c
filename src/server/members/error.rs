//! How a refused membership change reads on a page or in an API answer (the command line
//! prints the error itself).

use super::MemberError;
use crate::{
    model::{AppError, ErrorKind},
    server::error::{as_sentence, internal, ServerError},
};

impl From<MemberError> for ServerError {
    fn from(error: MemberError) -> Self {
        let kind = match &error {
            MemberError::UnknownOrganization(_) | MemberError::NotMember { .. } => {
                ErrorKind::NotFound
            }
            MemberError::AlreadyMember { .. }
            | MemberError::LastAdmin { .. }
            | MemberError::AmbiguousOrganization(_) => ErrorKind::Conflict,
            MemberError::UnknownRole(_) | MemberError::BadEmail(_) | MemberError::ShortPassword => {
                ErrorKind::BadRequest
            }
            MemberError::Hashing(_) | MemberError::Database(_) => {
                return ServerError::new(internal(), error)
            }
        };
        let shown = AppError::new(kind, as_sentence(&error.to_string()));
        ServerError::new(shown, error)
    }
}
