//! What can go wrong with a domain, and how a person is told.

use crate::{
    model::{quoted, AppError, BadDnsName, ErrorKind, Intent},
    server::{
        auth::NotLinked,
        error::{not_in_plan, not_linked, workos_error, ServerError},
    },
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
        DomainError::BadName(BadDnsName { input, reason }) => {
            AppError::bad_request(if input.trim().is_empty() {
                "Enter a domain, such as acme.com.".to_owned()
            } else {
                format!("{} {reason}. Enter just the domain, such as acme.com.", quoted(input))
            })
        }
        DomainError::Taken { domain } => AppError::new(
            ErrorKind::Conflict,
            format!("{domain} is already claimed by an organization at WorkOS. If it should be yours, remove it there first."),
        ),
        DomainError::AlreadyOurs { domain, state } => AppError::new(
            ErrorKind::Conflict,
            match state.as_str() {
                "verified" => format!("{domain} is already one of your domains, and verified."),
                "failed" => format!("{domain} is already one of your domains: its check failed. Publish the TXT record shown below, then check it again."),
                _ => format!("{domain} is already one of your domains, waiting for its DNS record: publish the TXT record shown below, then check it."),
            },
        ),
        DomainError::AlreadyVerified { domain } => {
            AppError::new(ErrorKind::Conflict, format!("{domain} is verified already."))
        }
        DomainError::NotOurs { .. } => AppError::new(
            ErrorKind::NotFound,
            "That domain is not one of your organization's. Reload the page to see its domains.",
        ),
        DomainError::NotInPlan { organization } => {
            not_in_plan(Intent::DomainVerification, organization)
        }
        DomainError::Workos(e) => workos_error(e),
    }
}
