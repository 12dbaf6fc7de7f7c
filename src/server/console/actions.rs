//! What staff do on a customer's behalf: send the setup to its IT contact, hand over an
//! Admin Portal link, revoke links, change the plan's areas and (owners only) change
//! members. Each takes a written reason and is a row in the customer's own trail, under
//! the staff member's name, which the customer's admins read in Recent activity.

use super::{organization::find, ConsoleError};
use crate::{
    model::{Features, Intent, Role},
    server::{
        audit::{self, Action, Outsider},
        auth::NotLinked,
        db::{
            audit::{NewEvent, Outcome},
            organizations::OrganizationRow,
        },
        error::ServerError,
        it_admins::{self, InviteError, Sender},
        members,
        portal::{self, Back, Requester, HANDED_OVER},
        staff::StaffMember,
        state::AppState,
    },
};
use std::sync::Arc;

/// The most characters a reason may have.
const REASON_CHARS: usize = 500;

/// A staff member acting in one organization, for a reason.
pub struct OnBehalf {
    pub staff: StaffMember,
    pub organization: OrganizationRow,
    pub plan: Features,
    /// The staff member as the trail names them.
    name: String,
    reason: String,
}

/// The reason as the trail keeps it: on one line, required, and not too long.
fn reason(typed: &str) -> Result<String, ConsoleError> {
    let one_line: String = typed
        .trim()
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    match one_line.chars().count() {
        0 => Err(ConsoleError::NoReason),
        n if n > REASON_CHARS => Err(ConsoleError::LongReason(REASON_CHARS)),
        _ => Ok(one_line),
    }
}

impl OnBehalf {
    pub async fn new(
        state: &AppState,
        staff: StaffMember,
        organization_id: i64,
        typed_reason: &str,
    ) -> Result<OnBehalf, ServerError> {
        let (organization, plan) = find(state, organization_id).await?;
        Ok(OnBehalf {
            name: staff.label(),
            reason: reason(typed_reason)?,
            staff,
            organization,
            plan,
        })
    }

    fn by(&self) -> Outsider<'_> {
        Outsider::Staff {
            name: &self.name,
            reason: &self.reason,
        }
    }

    fn row(&self, action: Action, outcome: Outcome, detail: &str) -> NewEvent {
        audit::by_outsider(self.by(), &self.organization, action, outcome, detail)
    }

    /// Records how `action` on `subject` ended, then hands its result on (the failure to
    /// record instead, if the row cannot be written).
    async fn recorded<T>(
        &self,
        state: &AppState,
        action: Action,
        subject: &str,
        result: Result<T, ServerError>,
    ) -> Result<T, ServerError> {
        let (outcome, detail) = match &result {
            Ok(_) => (Outcome::Succeeded, subject.to_owned()),
            Err(error) => (audit::outcome_of(error), format!("{subject}: {error}")),
        };
        state
            .audit
            .write(self.row(action, outcome, &detail))
            .await?;
        result
    }

    /// Refuses (and records) what only owners may do, for a support person.
    async fn owners_only(
        &self,
        state: &AppState,
        action: Action,
        subject: &str,
    ) -> Result<(), ServerError> {
        match self.staff.require_owner() {
            Ok(()) => Ok(()),
            Err(refusal) => {
                let refused = Err(ServerError::from(refusal));
                self.recorded(state, action, subject, refused).await
            }
        }
    }

    fn workos_organization(&self) -> Result<&str, NotLinked> {
        self.organization
            .workos_organization_id
            .as_deref()
            .ok_or_else(|| NotLinked {
                organization: self.organization.name.clone(),
            })
    }
}

/// Sends the setup for `areas` to `email` as the organization's IT contact.
pub async fn invite_it_contact(
    state: &AppState,
    on_behalf: &OnBehalf,
    email: &str,
    areas: &[String],
) -> Result<String, ServerError> {
    let subject = format!(
        "{}: {}",
        crate::model::clipped(email.trim(), 254),
        areas.join(",")
    );
    let sent = async {
        let row = |action, outcome, detail: &str| on_behalf.row(action, outcome, detail);
        let sender = Sender {
            organization_id: on_behalf.organization.id,
            organization_name: &on_behalf.organization.name,
            workos_organization: on_behalf.workos_organization().map_err(InviteError::from)?,
            features: &on_behalf.plan,
            invited_by: None,
            row: &row,
        };
        it_admins::send(state, &sender, email, areas).await
    }
    .await
    .map_err(ServerError::from);
    let detail = sent.as_deref().unwrap_or(&subject).to_owned();
    on_behalf
        .recorded(state, Action::InviteItContact, &detail, sent)
        .await
}

/// A one-time Admin Portal link for `area`, to hand to the organization's admins: it
/// brings them back to their settings page. The link's row is the staff member's.
pub async fn hand_over_link(
    state: &AppState,
    on_behalf: &OnBehalf,
    area: &str,
) -> Result<(Intent, String), ServerError> {
    let intent = Intent::parse(area).map_err(|_| ConsoleError::Unknown(area.to_owned()))?;
    let organization = on_behalf.organization.clone();
    let (name, reason) = (on_behalf.name.clone(), on_behalf.reason.clone());
    let requester = Requester {
        organization_id: organization.id,
        organization_name: organization.name.clone(),
        workos_organization: on_behalf
            .workos_organization()
            .map_err(portal::PortalError::from)?
            .to_owned(),
        features: on_behalf.plan.clone(),
        external_user_id: HANDED_OVER.to_owned(),
        row: Arc::new(move |action, outcome, detail| {
            let by = Outsider::Staff {
                name: &name,
                reason: &reason,
            };
            audit::by_outsider(by, &organization, action, outcome, detail)
        }),
    };
    let link = portal::request_link(state, requester, intent, Back::ToSettings).await?;
    Ok((intent, link))
}

/// Ends the unopened links of `whose`: `handed_over` (every link the console handed
/// over), or a member's email.
pub async fn revoke_links(
    state: &AppState,
    on_behalf: &OnBehalf,
    whose: &str,
) -> Result<String, ServerError> {
    let organization = &on_behalf.organization;
    let (external_user_id, described) = match whose {
        "handed_over" => (
            HANDED_OVER.to_owned(),
            "the links handed over from the console".to_owned(),
        ),
        email => {
            let member = members::membership(&state.db, email, organization)
                .await
                .map_err(ConsoleError::from)?;
            (member.user_id.to_string(), member.email)
        }
    };
    members::revoke_portal_links(
        &state.db,
        &state.workos,
        organization,
        &external_user_id,
        &described,
        on_behalf.by(),
    )
    .await
    .map_err(ConsoleError::from)?;
    Ok(described)
}

/// Sets the areas the organization's plan includes.
pub async fn set_plan(
    state: &AppState,
    on_behalf: &OnBehalf,
    areas: &[String],
) -> Result<Features, ServerError> {
    let plan = Features::parse(&areas.join(","))
        .map_err(|unknown| ConsoleError::Unknown(unknown.given))?;
    members::set_features(&state.db, &on_behalf.organization, &plan, on_behalf.by())
        .await
        .map_err(ConsoleError::from)?;
    Ok(plan)
}

/// Gives a member `change` (`admin`, `member`, or `remove`): owners only. Losing the
/// admin role ends their Admin Portal links, as on the command line.
pub async fn change_member(
    state: &AppState,
    on_behalf: &OnBehalf,
    email: &str,
    change: &str,
) -> Result<String, ServerError> {
    let organization = &on_behalf.organization;
    let (action, role) = match change {
        "remove" => (Action::RemoveMember, None),
        role => match Role::parse(role) {
            Some(role) => (Action::SetRole, Some(role)),
            None => return Err(ConsoleError::Unknown(role.to_owned()).into()),
        },
    };
    let subject = format!("{}: {change}", crate::model::clipped(email.trim(), 254));
    on_behalf.owners_only(state, action, &subject).await?;
    let changed = match role {
        Some(role) => members::set_role(&state.db, email, organization, role, on_behalf.by()).await,
        None => members::remove(&state.db, email, organization, on_behalf.by()).await,
    }
    .map_err(ConsoleError::from)?;
    if changed.loses_portal_access() {
        let member = &changed.before;
        let user_id = member.user_id.to_string();
        members::revoke_portal_links(
            &state.db,
            &state.workos,
            organization,
            &user_id,
            &member.email,
            on_behalf.by(),
        )
        .await
        .map_err(ConsoleError::from)?;
    }
    Ok(subject)
}
