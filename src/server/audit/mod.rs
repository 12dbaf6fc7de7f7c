//! The audit trail: every security-relevant attempt, who made it, in which organization,
//! how it ended, and where from. Rows are strict: an action whose row cannot be
//! committed is refused (or, when WorkOS already did it, reported as unrecorded), so
//! the trail never misses what happened. A shared service: it writes through the
//! [`AuditWriter`] it is given, never the app's state.

mod action;
pub mod purge;

pub use action::Action;

use crate::{
    model::ErrorKind,
    server::{
        db::{
            audit::{AuditWriteError, AuditWriter, NewEvent, Outcome, RequestFacts},
            organizations::OrganizationRow,
            users::MembershipRow,
        },
        error::ServerError,
    },
};

tokio::task_local! {
    /// The request being served, for the audit rows it causes.
    static REQUEST: RequestFacts;
}

/// The facts of the request this task serves (none outside a request).
pub fn current_request() -> RequestFacts {
    REQUEST.try_with(Clone::clone).unwrap_or_default()
}

/// Runs `work` as part of the request `facts` describe (for work spawned off it): its
/// rows get the request's facts and the WorkOS request ids `work` sees.
pub async fn within_request<T>(
    facts: RequestFacts,
    work: impl std::future::Future<Output = T>,
) -> T {
    REQUEST
        .scope(facts, workos::request_ids::noting(work))
        .await
}

/// The most a row keeps of its detail (what was typed can be anything).
const DETAIL_CHARS: usize = 1000;

/// The row for `action` by `who` (a member of an organization) or by no one known (a
/// failed sign-in, the command line), with this request's facts and WorkOS request ids.
pub fn event(
    who: Option<&MembershipRow>,
    action: Action,
    outcome: Outcome,
    detail: &str,
) -> NewEvent {
    NewEvent {
        actor_user_id: who.map(|w| w.user_id),
        actor_email: who.map(|w| w.email.clone()),
        organization_id: who.map(|w| w.organization_id),
        organization_name: who.map(|w| w.organization_name.clone()),
        workos_organization_id: who.and_then(|w| w.workos_organization_id.clone()),
        ..row(action, outcome, detail)
    }
}

/// What every row has: the action, how it ended, its detail (cut), this request's facts
/// and the WorkOS request ids noted for it.
fn row(action: Action, outcome: Outcome, detail: &str) -> NewEvent {
    let workos_ids = workos::request_ids::noted();
    NewEvent {
        action: action.as_str(),
        outcome,
        detail: crate::model::clipped(detail, DETAIL_CHARS),
        request: current_request(),
        workos_request_id: (!workos_ids.is_empty()).then(|| workos_ids.join(" ")),
        ..NewEvent::default()
    }
}

/// The row for `action` done from the command line on the server (no signed-in user):
/// it names the operating-system account that ran it.
pub fn by_operator(
    organization: &OrganizationRow,
    action: Action,
    outcome: Outcome,
    detail: &str,
) -> NewEvent {
    let account = std::env::var("USER").unwrap_or_else(|_| "unknown".to_owned());
    NewEvent {
        organization_id: Some(organization.id),
        organization_name: Some(organization.name.clone()),
        workos_organization_id: organization.workos_organization_id.clone(),
        // No request: the command line itself.
        request: RequestFacts {
            user_agent: Some(format!("portico command line (account {account})")),
            ..RequestFacts::default()
        },
        ..row(action, outcome, detail)
    }
}

/// Who acts on an organization from outside it.
#[derive(Clone, Copy, Debug)]
pub enum Outsider<'a> {
    /// The command line, run on the server.
    Operator,
    /// The host company's staff: as the trail names them ("Support (ana@host.example)"),
    /// and the reason they gave, which the organization's admins read.
    Staff { name: &'a str, reason: &'a str },
    /// The host company's backend, through the host API: as the trail names the key it
    /// called with ("API key (billing)").
    ApiKey { name: &'a str },
    /// The organization's identity provider, vouching for someone at their first SSO
    /// sign-in: as the trail names it ("Single sign-on (Okta SAML)").
    IdentityProvider { name: &'a str },
}

/// The row for `action` by `who` in `organization`'s trail.
pub fn by_outsider(
    who: Outsider<'_>,
    organization: &OrganizationRow,
    action: Action,
    outcome: Outcome,
    detail: &str,
) -> NewEvent {
    match who {
        Outsider::Operator => by_operator(organization, action, outcome, detail),
        Outsider::Staff { name, reason } => {
            let detail = match detail {
                "" => format!("Reason: {reason}"),
                detail => format!("{detail}. Reason: {reason}"),
            };
            by_host(Some(name), Some(organization), action, outcome, &detail)
        }
        Outsider::ApiKey { name } | Outsider::IdentityProvider { name } => {
            by_host(Some(name), Some(organization), action, outcome, detail)
        }
    }
}

/// The row for `action` by the host company, its staff or its backend (`who` is how the
/// trail names them, "Support (ana@host.example)", "API key (billing)"; `None` for
/// someone not known) in `organization`'s trail, or in no organization's (signing in to
/// the console, listing organizations).
pub fn by_host(
    who: Option<&str>,
    organization: Option<&OrganizationRow>,
    action: Action,
    outcome: Outcome,
    detail: &str,
) -> NewEvent {
    NewEvent {
        actor_email: who.map(str::to_owned),
        organization_id: organization.map(|o| o.id),
        organization_name: organization.map(|o| o.name.clone()),
        workos_organization_id: organization.and_then(|o| o.workos_organization_id.clone()),
        ..row(action, outcome, detail)
    }
}

/// Writes one row and returns once it is committed.
pub async fn record(
    trail: &AuditWriter,
    who: Option<&MembershipRow>,
    action: Action,
    outcome: Outcome,
    detail: &str,
) -> Result<(), AuditWriteError> {
    let row = event(who, action, outcome, detail);
    trail.write(row).await.inspect_err(|error| {
        tracing::error!(%error, action = action.as_str(), outcome = outcome.as_str(), detail, "could not write audit event");
    })
}

/// How a failed server function reads in the trail: Portico or WorkOS said no
/// (refused), or it was allowed and did not happen (failed).
pub fn outcome_of(error: &ServerError) -> Outcome {
    match error.kind() {
        ErrorKind::RateLimited
        | ErrorKind::Upstream
        | ErrorKind::Unavailable
        | ErrorKind::Internal => Outcome::Failed,
        _ => Outcome::Refused,
    }
}

/// Records how an admin's change ended, then hands its result on. `subject` says what it
/// was about (the domain, the address); a failure adds its reason. If the row cannot be
/// committed the caller gets that error instead: the change is reported as unrecorded.
pub async fn recorded<T>(
    trail: &AuditWriter,
    who: &MembershipRow,
    action: Action,
    subject: &str,
    result: Result<T, ServerError>,
) -> Result<T, ServerError> {
    match result {
        Ok(value) => {
            record(trail, Some(who), action, Outcome::Succeeded, subject).await?;
            Ok(value)
        }
        Err(error) => Err(unsuccessful(trail, who, action, subject, error).await),
    }
}

/// Records an attempt that was refused or failed with `error`, and returns the error to
/// answer with (the audit failure instead, if the row cannot be committed).
pub async fn unsuccessful(
    trail: &AuditWriter,
    who: &MembershipRow,
    action: Action,
    subject: &str,
    error: ServerError,
) -> ServerError {
    let detail = format!("{subject}: {error}");
    match record(trail, Some(who), action, outcome_of(&error), &detail).await {
        Ok(()) => error,
        Err(unrecorded) => unrecorded.into(),
    }
}
