//! One organization as the console shows it: its status as its admins see it, its
//! recent activity, the pending invitation and the links handed over, its members.

use super::ConsoleError;
use crate::{
    model::{day_and_month, ConsoleMember, ConsoleOrganization, Features, Intent, Role},
    server::{
        activity,
        auth::SignedInUser,
        db::{self, organizations::OrganizationRow, users::MembershipRow},
        state::AppState,
    },
    t,
};

/// How many of the links handed over are listed.
const HANDOFFS: i64 = 10;

/// The organization with id `id` and its plan; refused if there is none.
pub async fn find(state: &AppState, id: i64) -> Result<(OrganizationRow, Features), ConsoleError> {
    let (organization, stored) = db::organizations::by_id(&state.db, id)
        .await?
        .ok_or(ConsoleError::UnknownOrganization(id))?;
    let plan = match stored {
        None => Features::ALL,
        Some(list) => Features::parse(&list).unwrap_or_else(|_| Features::only([])),
    };
    Ok((organization, plan))
}

/// The page's model as an admin of the organization sees it (nobody's session: it
/// only reads).
fn as_admin(organization: &OrganizationRow, plan: Features) -> SignedInUser {
    SignedInUser {
        membership: MembershipRow {
            user_id: 0,
            email: String::new(),
            organization_id: organization.id,
            organization_name: organization.name.clone(),
            workos_organization_id: organization.workos_organization_id.clone(),
            role: Role::Admin,
            features: plan,
            session_epoch: String::new(),
            password_refused: false,
        },
    }
}

/// What was handed over, from its row: "Single sign-on" for `sso. Reason: …`.
fn handed_area(detail: &str) -> String {
    let area = detail.split(['.', ':']).next().unwrap_or(detail);
    Intent::parse(area).map_or_else(|_| area.to_owned(), |i| i.title().to_owned())
}

pub async fn read(state: &AppState, id: i64) -> Result<ConsoleOrganization, ConsoleError> {
    let (organization, plan) = find(state, id).await?;
    let overview = state
        .status_cache
        .overview(&as_admin(&organization, plan), false)
        .await;
    let members = db::users::members_of(&state.db, id)
        .await?
        .into_iter()
        .filter_map(|(email, role)| {
            Some(ConsoleMember {
                email,
                role: Role::parse(&role)?,
            })
        })
        .collect();
    let retention = state.config.audit.retention_days.get();
    let everything = activity::ActivityQuery::default();
    let activity = activity::recent_in(&state.db, id, &everything, retention).await?;
    let handoffs = db::console::handed_over(&state.db, id, HANDOFFS)
        .await?
        .into_iter()
        .map(|(at, detail, who)| {
            let when = t!(
                "console-day-and-time",
                date = day_and_month(&at),
                time = at.get(11..16).unwrap_or_default()
            );
            (handed_area(&detail), when, who)
        })
        .collect();
    Ok(ConsoleOrganization {
        id,
        name: organization.name,
        workos_id: organization.workos_organization_id,
        statuses: overview.statuses,
        status_error: overview.status_error,
        domains: overview.domains,
        invitation: overview.invitation,
        members,
        activity: activity.entries,
        handoffs,
        new_link: None,
        done: None,
        sso_health: overview.sso_health,
    })
}
