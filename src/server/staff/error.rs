//! How a staff member is told what went wrong: decided here, once.

use super::{second_factor::SecondFactorError, StaffError};
use crate::{
    model::{AppError, ErrorKind},
    server::{
        api_keys::KeyError,
        auth::AuthError,
        error::{internal, ServerError},
        host_webhooks::{endpoints::EndpointError, guard},
    },
    t,
};

impl From<StaffError> for ServerError {
    fn from(error: StaffError) -> Self {
        // The same words and limits as customer sign-in.
        let error = match error {
            StaffError::Throttled(t) => return AuthError::Throttled(t).into(),
            StaffError::Unrecorded(u) => return AuthError::Unrecorded(u).into(),
            other => other,
        };
        ServerError::new(shown(&error), error)
    }
}

fn shown(error: &StaffError) -> AppError {
    let unauthorized = |message: String| AppError::new(ErrorKind::Unauthorized, message);
    match error {
        StaffError::SignedOut => unauthorized(t!("staff-error-signed-out")),
        StaffError::BadCredentials => unauthorized(t!("error-wrong-password")),
        StaffError::MissingCredentials => AppError::bad_request(t!("error-missing-credentials")),
        StaffError::SecondStepExpired => unauthorized(t!("staff-error-second-step-expired")),
        StaffError::CodesLocked(minutes) => AppError::new(
            ErrorKind::Throttled,
            t!("staff-error-codes-locked", minutes = *minutes),
        )
        .retry_after(u64::try_from(*minutes).unwrap_or(60) * 60),
        StaffError::NotOwner => AppError::new(ErrorKind::Forbidden, t!("staff-error-not-owner")),
        StaffError::SecondFactor(SecondFactorError::Wrong) => {
            unauthorized(t!("staff-error-wrong-code"))
        }
        StaffError::SecondFactor(SecondFactorError::Used) => {
            unauthorized(t!("staff-error-used-code"))
        }
        StaffError::NotEnrolled(_) | StaffError::AlreadyEnrolled(_) => {
            AppError::new(ErrorKind::Conflict, t!("staff-error-factor-changed"))
        }
        StaffError::Role(role) => AppError::bad_request(t!("staff-error-bad-role", role = role)),
        StaffError::Email(typed) => {
            AppError::bad_request(t!("staff-error-bad-email", typed = format!("{typed:?}")))
        }
        StaffError::Exists(email) => AppError::bad_request(t!("staff-error-exists", email = email)),
        StaffError::NotFound(email) => {
            AppError::bad_request(t!("staff-error-not-found", email = email))
        }
        StaffError::LastOwner(email) => {
            AppError::bad_request(t!("staff-error-last-owner", email = email))
        }
        StaffError::ShortPassword => AppError::bad_request(t!("staff-error-short-password")),
        StaffError::Key(refused) => key_refused(refused),
        StaffError::Endpoint(refused) => endpoint_refused(refused),
        StaffError::NoDelivery(id) => {
            AppError::bad_request(t!("console-delivery-not-found", id = id.to_string()))
        }
        StaffError::Throttled(_) | StaffError::Unrecorded(_) => internal(),
        StaffError::SecondFactor(SecondFactorError::Unreadable)
        | StaffError::Database(_)
        | StaffError::Hash(_)
        | StaffError::Session(_) => internal(),
    }
}

/// A host API key refused for what was asked. Names are repeated as the command line
/// repeats them, in quotes.
fn key_refused(refused: &KeyError) -> AppError {
    AppError::bad_request(match refused {
        KeyError::BadName => t!("console-key-bad-name"),
        KeyError::UnknownScope(scope) => {
            t!("console-key-unknown-scope", scope = format!("{scope:?}"))
        }
        KeyError::NoScope => t!("console-key-no-scope"),
        KeyError::Exists(name) => t!("console-key-exists", name = format!("{name:?}")),
        KeyError::NotFound(name) => t!("console-key-not-found", name = format!("{name:?}")),
        KeyError::Database(_) => return internal(),
    })
}

/// A webhook endpoint refused for what was asked.
fn endpoint_refused(refused: &EndpointError) -> AppError {
    AppError::bad_request(match refused {
        EndpointError::BadUrl(url) => t!("console-endpoint-bad-url", url = format!("{url:?}")),
        EndpointError::Refused(guard::Refused::NotHttp) => t!("console-endpoint-not-http"),
        EndpointError::Refused(guard::Refused::Private(address)) => {
            t!("console-endpoint-private", address = address.to_string())
        }
        EndpointError::Refused(guard::Refused::Unresolved(host)) => {
            t!("console-endpoint-unresolved", host = host)
        }
        EndpointError::UnknownEvent(event) => {
            t!(
                "console-endpoint-unknown-event",
                event = format!("{event:?}")
            )
        }
        EndpointError::Credentials => t!("console-endpoint-credentials"),
        EndpointError::NotFound(id) => t!("console-endpoint-not-found", id = id.to_string()),
        EndpointError::Database(_) => return internal(),
    })
}
