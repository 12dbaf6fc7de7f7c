//! How a staff member is told what went wrong: decided here, once.

use super::{second_factor::SecondFactorError, StaffError};
use crate::{
    model::{AppError, ErrorKind},
    server::{
        auth::AuthError,
        error::{as_sentence, internal, ServerError},
    },
};

impl From<StaffError> for ServerError {
    fn from(error: StaffError) -> Self {
        // The same words and limits as customer sign-in.
        let error = match error {
            StaffError::Throttled(t) => return AuthError::Throttled(t).into(),
            StaffError::Unrecorded(u) => return AuthError::Unrecorded(u).into(),
            other => other,
        };
        let shown = match &error {
            StaffError::SignedOut => {
                AppError::new(ErrorKind::Unauthorized, "Please sign in to the staff console first.")
            }
            StaffError::BadCredentials => {
                AppError::new(ErrorKind::Unauthorized, "Wrong email or password.")
            }
            StaffError::MissingCredentials => {
                AppError::bad_request("Enter your email and password.")
            }
            StaffError::SecondStepExpired => AppError::new(
                ErrorKind::Unauthorized,
                "That sign-in took too long. Enter your email and password again.",
            ),
            StaffError::CodesLocked(minutes) => AppError::new(
                ErrorKind::Throttled,
                format!("Too many wrong codes. Codes are refused for {minutes} more minutes: then sign in again, or ask an owner."),
            )
            .retry_after(u64::try_from(*minutes).unwrap_or(60) * 60),
            StaffError::NotOwner => AppError::new(
                ErrorKind::Forbidden,
                "Only an owner can do this. Ask an owner of the staff console.",
            ),
            StaffError::SecondFactor(SecondFactorError::Wrong) => AppError::new(
                ErrorKind::Unauthorized,
                "That code is not right, or has expired. Enter the code your app shows now, or a recovery code.",
            ),
            StaffError::SecondFactor(SecondFactorError::Used) => AppError::new(
                ErrorKind::Unauthorized,
                "That code was already used. Wait for the next one.",
            ),
            StaffError::NotEnrolled(_) | StaffError::AlreadyEnrolled(_) => AppError::new(
                ErrorKind::Conflict,
                "Your second factor changed meanwhile. Enter your email and password again.",
            ),
            StaffError::Role(_)
            | StaffError::Email(_)
            | StaffError::Exists(_)
            | StaffError::NotFound(_)
            | StaffError::LastOwner(_)
            | StaffError::ShortPassword
            | StaffError::Refused(_) => AppError::bad_request(as_sentence(&error.to_string())),
            StaffError::Throttled(_) | StaffError::Unrecorded(_) => internal(),
            StaffError::SecondFactor(SecondFactorError::Unreadable)
            | StaffError::Database(_)
            | StaffError::Hash(_)
            | StaffError::Session(_) => internal(),
        };
        ServerError::new(shown, error)
    }
}
