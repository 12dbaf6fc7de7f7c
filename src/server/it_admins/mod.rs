//! "Send to my IT admin": the person who opens the settings is often not the one who
//! can finish them. An admin names the organization's IT contact and WorkOS emails them
//! a setup link for the chosen areas; Portico keeps what was sent (WorkOS has no read).

mod error;
pub use error::InviteError;

use crate::{
    model::{EmailAddress, Features, Intent},
    server::{
        audit::{self, Action},
        auth::OrgAdmin,
        db::{
            self,
            audit::{NewEvent, Outcome},
        },
        state::AppState,
    },
};
use workos::{types::InviteItContact, WorkosError};

/// The areas picked in the form, each one an IT contact can be sent to.
pub fn intents_for_it_contact(picked: &[String]) -> Result<Vec<Intent>, InviteError> {
    let mut intents = Vec::new();
    for name in picked {
        let intent = Intent::parse(name)
            .ok()
            .filter(|i| i.for_it_contact().is_some())
            .ok_or_else(|| InviteError::NotInvitable(crate::model::clipped(name, 40)))?;
        if !intents.contains(&intent) {
            intents.push(intent);
        }
    }
    if intents.is_empty() {
        return Err(InviteError::NoIntents);
    }
    // In the page's order, whatever order the form sent.
    intents.sort_by_key(|i| Intent::ALL.iter().position(|a| a == i));
    Ok(intents)
}

/// Who sends a setup invitation, for which organization, and how its rows are written:
/// an admin of the organization, or the host company's staff on its behalf.
pub struct Sender<'a> {
    pub organization_id: i64,
    pub organization_name: &'a str,
    pub workos_organization: &'a str,
    pub features: &'a Features,
    /// The member who sent it (`None`: staff).
    pub invited_by: Option<i64>,
    /// The trail row for an action of this sender.
    pub row: &'a (dyn Fn(Action, Outcome, &str) -> NewEvent + Sync),
}

/// Sends `email` a setup invitation for `intents`, adding them as an IT contact first
/// if they are not one. Replaces the organization's current invitation. Answers what
/// was sent, in the trail's words.
pub async fn invite(
    state: &AppState,
    admin: &OrgAdmin,
    email: &str,
    picked: &[String],
) -> Result<String, InviteError> {
    let who = &admin.membership;
    let row = |action, outcome, detail: &str| audit::event(Some(who), action, outcome, detail);
    let sender = Sender {
        organization_id: who.organization_id,
        organization_name: &who.organization_name,
        workos_organization: admin.workos_organization()?,
        features: &who.features,
        invited_by: Some(who.user_id),
        row: &row,
    };
    send(state, &sender, email, picked).await
}

/// [`invite`], by any sender.
pub async fn send(
    state: &AppState,
    sender: &Sender<'_>,
    email: &str,
    picked: &[String],
) -> Result<String, InviteError> {
    let organization = sender.workos_organization;
    let email = String::from(EmailAddress::parse(email)?);
    let intents = intents_for_it_contact(picked)?;
    if let Some(intent) = intents.iter().find(|i| !sender.features.includes(**i)) {
        return Err(InviteError::NotInPlan {
            intent: *intent,
            organization: sender.organization_name.to_owned(),
        });
    }
    let contact_id = match existing_contact(state, organization, &email).await? {
        Some(id) => id,
        None => match state.workos.create_it_contact(organization, &email).await {
            Ok(contact) => {
                let row = (sender.row)(Action::AddItContact, Outcome::Succeeded, &email);
                state.audit.write(row).await?;
                contact.id
            }
            // Added meanwhile (another admin, another tab): use that one.
            Err(conflict @ WorkosError::Validation { status: 409, .. }) => {
                existing_contact(state, organization, &email)
                    .await?
                    .ok_or(InviteError::Workos(conflict))?
            }
            Err(other) => return Err(other.into()),
        },
    };
    let request = InviteItContact {
        intents: intents.iter().filter_map(|i| i.for_it_contact()).collect(),
    };
    state
        .workos
        .invite_it_contact(organization, &contact_id, &request)
        .await?;
    let names: Vec<&str> = intents.iter().map(|i| i.as_str()).collect();
    let names = names.join(",");
    // WorkOS sent the email: a failure to record it is logged, not shown as a failure.
    if let Err(error) = db::invitations::record(
        &state.db,
        sender.organization_id,
        &contact_id,
        &email,
        &names,
        sender.invited_by,
    )
    .await
    {
        tracing::error!(%error, "could not record the IT contact invitation");
    }
    state
        .status_cache
        .forget_local(sender.organization_id)
        .await;
    Ok(format!("{email}: {names}"))
}

async fn existing_contact(
    state: &AppState,
    organization: &str,
    email: &str,
) -> Result<Option<String>, WorkosError> {
    let contacts = state.workos.list_it_contacts(organization).await?;
    Ok(contacts
        .data
        .into_iter()
        .find(|c| c.email.eq_ignore_ascii_case(email))
        .map(|c| c.id))
}

/// Ends the organization's current invitation: its link stops working.
pub async fn revoke(state: &AppState, admin: &OrgAdmin) -> Result<String, InviteError> {
    let organization = admin.workos_organization()?;
    let who = &admin.membership;
    let current = db::invitations::current(&state.db, who.organization_id)
        .await?
        .ok_or(InviteError::NothingToRevoke)?;
    match state
        .workos
        .revoke_it_contact(organization, &current.contact_id)
        .await
    {
        // A contact removed at WorkOS has no invitation left to end.
        Ok(()) | Err(WorkosError::NotFound { .. }) => {}
        Err(other) => return Err(other.into()),
    }
    db::invitations::end_current(&state.db, who.organization_id).await?;
    state.status_cache.forget_local(who.organization_id).await;
    Ok(current.email)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_areas_an_it_contact_can_set_up_are_accepted_in_page_order() {
        let picked = |names: &[&str]| names.iter().map(|n| n.to_string()).collect::<Vec<_>>();
        assert_eq!(
            intents_for_it_contact(&picked(&["dsync", "sso", "sso"])).unwrap(),
            [Intent::Sso, Intent::Dsync]
        );
        assert!(matches!(
            intents_for_it_contact(&[]),
            Err(InviteError::NoIntents)
        ));
        assert!(matches!(
            intents_for_it_contact(&picked(&["audit_logs"])),
            Err(InviteError::NotInvitable(_))
        ));
        assert!(matches!(
            intents_for_it_contact(&picked(&["sso", "nonsense"])),
            Err(InviteError::NotInvitable(_))
        ));
    }
}
