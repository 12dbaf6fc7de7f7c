//! What can go wrong with a domain, and how a person is told.

use crate::{
    model::{quoted, AppError, BadDnsName, ErrorKind, Intent},
    server::{
        auth::NotLinked,
        error::{not_in_plan, not_linked, workos_error, ServerError},
    },
    t,
};
use workos::WorkosError;

#[derive(Debug, thiserror::Error)]
pub enum DomainError {
    #[error(transparent)]
    NotLinked(#[from] NotLinked),
    #[error(transparent)]
    BadName(#[from] BadDnsName),
    #[error("{domain} is claimed by an organization already")]
    Taken { domain: String },
    /// The organization's own claim: it is on the page already.
    #[error("{domain} is one of the organization's domains already ({state})")]
    AlreadyOurs { domain: String, state: String },
    #[error("{domain} is verified already")]
    AlreadyVerified { domain: String },
    /// Not a domain of the session's organization (or none at all): the same answer
    /// either way, so ids of other organizations' domains reveal nothing.
    #[error("domain {id} is not the organization's")]
    NotOurs { id: String },
    #[error("{organization}'s plan does not include domain verification")]
    NotInPlan { organization: String },
    #[error(transparent)]
    Workos(WorkosError),
}

impl From<DomainError> for ServerError {
    fn from(error: DomainError) -> Self {
        ServerError::new(shown(&error), error)
    }
}

fn shown(error: &DomainError) -> AppError {
    match error {
        DomainError::NotLinked(e) => not_linked(&e.organization),
        DomainError::BadName(bad) => AppError::bad_request(if bad.input.trim().is_empty() {
            t!("error-domain-empty")
        } else {
            t!(
                "error-domain-bad",
                typed = quoted(&bad.input),
                reason = bad.reason_text()
            )
        })
        .about("domain"),
        DomainError::Taken { domain } => AppError::new(
            ErrorKind::Conflict,
            t!("error-domain-taken", domain = domain),
        )
        .about("domain"),
        DomainError::AlreadyOurs { domain, state } => AppError::new(
            ErrorKind::Conflict,
            t!("error-domain-ours", domain = domain, state = state.as_str()),
        )
        .about("domain"),
        DomainError::AlreadyVerified { domain } => AppError::new(
            ErrorKind::Conflict,
            t!("error-domain-verified", domain = domain),
        ),
        DomainError::NotOurs { .. } => {
            AppError::new(ErrorKind::NotFound, t!("error-domain-not-ours"))
        }
        DomainError::NotInPlan { organization } => {
            not_in_plan(Intent::DomainVerification, organization)
        }
        DomainError::Workos(e) => workos_error(e),
    }
}
