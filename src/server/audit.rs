//! The audit trail: every security-relevant attempt, who made it, in which organization,
//! how it ended, and where from. Rows are strict: an action whose row cannot be
//! committed is refused (or, when WorkOS already did it, reported as unrecorded), so
//! the trail never misses what happened.

use super::{
    db::{
        audit::{AuditWriteError, NewEvent, Outcome, RequestFacts},
        users::MembershipRow,
    },
    errors::ServerError,
    state::AppState,
};
use crate::domain::ErrorKind;
use axum::{
    extract::{Request, State},
    middleware::Next,
    response::Response,
};

/// What was attempted. The outcome says whether it happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    SignIn,
    SignOut,
    SwitchOrganization,
    CreatePortalLink,
    ChooseProvider,
    AddDomain,
    VerifyDomain,
    RemoveDomain,
    AddItContact,
    InviteItContact,
    RevokeItInvitation,
    AddMember,
    SetRole,
    RemoveMember,
    RevokePortalLinks,
    SetFeatures,
    ExportAudit,
    PurgeAudit,
}

impl Action {
    pub const ALL: [Action; 18] = [
        Action::SignIn,
        Action::SignOut,
        Action::SwitchOrganization,
        Action::CreatePortalLink,
        Action::ChooseProvider,
        Action::AddDomain,
        Action::VerifyDomain,
        Action::RemoveDomain,
        Action::AddItContact,
        Action::InviteItContact,
        Action::RevokeItInvitation,
        Action::AddMember,
        Action::SetRole,
        Action::RemoveMember,
        Action::RevokePortalLinks,
        Action::SetFeatures,
        Action::ExportAudit,
        Action::PurgeAudit,
    ];

    /// The name stored in the row and exported.
    pub fn as_str(self) -> &'static str {
        match self {
            Action::SignIn => "user.sign_in",
            Action::SignOut => "user.sign_out",
            Action::SwitchOrganization => "organization.switch",
            Action::CreatePortalLink => "portal_link.create",
            Action::ChooseProvider => "provider.choose",
            Action::AddDomain => "domain.add",
            Action::VerifyDomain => "domain.verify",
            Action::RemoveDomain => "domain.remove",
            Action::AddItContact => "it_contact.add",
            Action::InviteItContact => "it_contact.invite",
            Action::RevokeItInvitation => "it_contact.revoke",
            Action::AddMember => "membership.add",
            Action::SetRole => "membership.set_role",
            Action::RemoveMember => "membership.remove",
            Action::RevokePortalLinks => "portal_link.revoke",
            Action::SetFeatures => "organization.set_features",
            Action::ExportAudit => "audit.export",
            Action::PurgeAudit => "audit.purge",
        }
    }

    /// What a person reads in the activity list.
    pub fn describe(self) -> &'static str {
        match self {
            Action::SignIn => "Signed in",
            Action::SignOut => "Signed out",
            Action::SwitchOrganization => "Switched to this organization",
            Action::CreatePortalLink => "Opened the Admin Portal",
            Action::ChooseProvider => "Picked a provider",
            Action::AddDomain => "Added a domain",
            Action::VerifyDomain => "Checked a domain's DNS record",
            Action::RemoveDomain => "Removed a domain",
            Action::AddItContact => "Added an IT contact",
            Action::InviteItContact => "Sent setup to an IT admin",
            Action::RevokeItInvitation => "Revoked the IT admin's invitation",
            Action::AddMember => "Added a member",
            Action::SetRole => "Changed a member's role",
            Action::RemoveMember => "Removed a member",
            Action::RevokePortalLinks => "Ended a person's Admin Portal links",
            Action::SetFeatures => "Changed the areas in the plan",
            Action::ExportAudit => "Downloaded the activity log",
            Action::PurgeAudit => "Deleted activity older than the retention period",
        }
    }

    pub fn parse(name: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.as_str() == name)
    }
}

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

/// Notes who is asking (address, browser, request id) and the WorkOS calls made for
/// them, for the audit rows the request writes.
pub async fn note_request(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let facts = facts_of(&request, &state);
    within_request(facts, next.run(request)).await
}

fn facts_of(request: &Request, state: &AppState) -> RequestFacts {
    let header = |name: &str| {
        request
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(|v| v.chars().take(512).collect::<String>())
    };
    let peer = request
        .extensions()
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .map(|info| info.0.ip());
    RequestFacts {
        client_ip: peer.map(|peer| {
            super::api_context::client_behind(
                peer,
                request.headers(),
                &state.settings.trusted_proxies,
            )
            .to_string()
        }),
        user_agent: header("user-agent"),
        request_id: header("x-request-id"),
    }
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
    let workos_ids = workos::request_ids::noted();
    NewEvent {
        actor_user_id: who.map(|w| w.user_id),
        actor_email: who.map(|w| w.email.clone()),
        organization_id: who.map(|w| w.organization_id),
        organization_name: who.map(|w| w.organization_name.clone()),
        workos_organization_id: who.and_then(|w| w.workos_organization_id.clone()),
        action: action.as_str(),
        outcome,
        detail: super::clipped(detail, DETAIL_CHARS),
        request: current_request(),
        workos_request_id: (!workos_ids.is_empty()).then(|| workos_ids.join(" ")),
    }
}

/// The row for `action` done from the command line on the server (no signed-in user):
/// it names the operating-system account that ran it.
pub fn by_operator(
    organization: &super::db::organizations::OrganizationRow,
    action: Action,
    outcome: Outcome,
    detail: &str,
) -> NewEvent {
    let account = std::env::var("USER").unwrap_or_else(|_| "unknown".to_owned());
    NewEvent {
        organization_id: Some(organization.id),
        organization_name: Some(organization.name.clone()),
        workos_organization_id: organization.workos_organization_id.clone(),
        action: action.as_str(),
        outcome,
        detail: super::clipped(detail, DETAIL_CHARS),
        request: RequestFacts {
            user_agent: Some(format!("portico command line (account {account})")),
            ..RequestFacts::default()
        },
        workos_request_id: {
            let ids = workos::request_ids::noted();
            (!ids.is_empty()).then(|| ids.join(" "))
        },
        ..NewEvent::default()
    }
}

/// Writes one row and returns once it is committed.
pub async fn record(
    state: &AppState,
    who: Option<&MembershipRow>,
    action: Action,
    outcome: Outcome,
    detail: &str,
) -> Result<(), AuditWriteError> {
    let row = event(who, action, outcome, detail);
    state.audit.write(row).await.inspect_err(|error| {
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
    state: &AppState,
    who: &MembershipRow,
    action: Action,
    subject: &str,
    result: Result<T, ServerError>,
) -> Result<T, ServerError> {
    match result {
        Ok(value) => {
            record(state, Some(who), action, Outcome::Succeeded, subject).await?;
            Ok(value)
        }
        Err(error) => Err(unsuccessful(state, who, action, subject, error).await),
    }
}

/// Records an attempt that was refused or failed with `error`, and returns the error to
/// answer with (the audit failure instead, if the row cannot be committed).
pub async fn unsuccessful(
    state: &AppState,
    who: &MembershipRow,
    action: Action,
    subject: &str,
    error: ServerError,
) -> ServerError {
    let detail = format!("{subject}: {error}");
    match record(state, Some(who), action, outcome_of(&error), &detail).await {
        Ok(()) => error,
        Err(unrecorded) => unrecorded.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn action_names_are_unique_and_read_back() {
        for action in Action::ALL {
            assert_eq!(Action::parse(action.as_str()), Some(action));
        }
        let names: std::collections::HashSet<_> = Action::ALL.iter().map(|a| a.as_str()).collect();
        assert_eq!(names.len(), Action::ALL.len());
    }
}
