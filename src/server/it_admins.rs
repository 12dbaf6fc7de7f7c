//! "Send to my IT admin": the person who opens the settings is often not the one who
//! can finish them. An admin names the organization's IT contact and WorkOS emails them
//! a setup link for the chosen areas; Portico keeps what was sent (WorkOS has no read).

use super::{
    audit::{self, Action},
    auth::{NotLinked, OrgAdmin},
    db::{self, audit::Outcome},
    domains,
    state::AppState,
};
use crate::domain::Intent;
use workos::{types::InviteItContact, WorkosError};

#[derive(Debug, thiserror::Error)]
pub enum InviteError {
    #[error(transparent)]
    NotLinked(#[from] NotLinked),
    #[error("{0:?} is not an email address")]
    BadEmail(String),
    #[error("no area chosen")]
    NoAreas,
    #[error("{0} cannot be handed to an IT contact")]
    NotInvitable(String),
    #[error("there is no invitation to revoke")]
    NothingToRevoke,
    #[error(transparent)]
    Workos(#[from] WorkosError),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
    #[error(transparent)]
    Unrecorded(#[from] db::audit::AuditWriteError),
    #[error("{organization}'s plan does not include {intent}")]
    NotInPlan {
        intent: Intent,
        organization: String,
    },
}

/// An email address as typed, trimmed and lower-cased; its domain must be a real
/// domain name (the rules of the domain card).
pub fn email_address(input: &str) -> Result<String, InviteError> {
    let bad = || InviteError::BadEmail(input.chars().take(80).collect());
    let typed = input.trim();
    let (local, domain) = typed.rsplit_once('@').ok_or_else(bad)?;
    let local_ok = (1..=64).contains(&local.len())
        && !local
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || "@<>()[]\\,;:\"".contains(c));
    if !local_ok || typed.len() > 254 {
        return Err(bad());
    }
    let domain = domains::domain_name(domain).map_err(|_| bad())?;
    Ok(format!("{}@{domain}", local.to_lowercase()))
}

/// The areas picked in the form, each one an IT contact can be sent to.
pub fn areas(picked: &[String]) -> Result<Vec<Intent>, InviteError> {
    let mut intents = Vec::new();
    for name in picked {
        let intent = Intent::parse(name)
            .ok()
            .filter(|i| i.for_it_contact().is_some())
            .ok_or_else(|| InviteError::NotInvitable(name.chars().take(40).collect()))?;
        if !intents.contains(&intent) {
            intents.push(intent);
        }
    }
    if intents.is_empty() {
        return Err(InviteError::NoAreas);
    }
    // In the page's order, whatever order the form sent.
    intents.sort_by_key(|i| Intent::ALL.iter().position(|a| a == i));
    Ok(intents)
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
    let organization = admin.workos_organization()?;
    let email = email_address(email)?;
    let intents = areas(picked)?;
    let who = &admin.membership;
    if let Some(intent) = intents.iter().find(|i| !who.features.includes(**i)) {
        return Err(InviteError::NotInPlan {
            intent: *intent,
            organization: who.organization_name.clone(),
        });
    }
    let contact_id = match existing_contact(state, organization, &email).await? {
        Some(id) => id,
        None => match state.workos.create_it_contact(organization, &email).await {
            Ok(contact) => {
                audit::record(
                    state,
                    Some(who),
                    Action::AddItContact,
                    Outcome::Succeeded,
                    &email,
                )
                .await?;
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
        who.organization_id,
        &contact_id,
        &email,
        &names,
        who.user_id,
    )
    .await
    {
        tracing::error!(%error, "could not record the IT contact invitation");
    }
    state.status_cache.forget_local(who.organization_id).await;
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
    fn email_addresses_are_trimmed_lowered_and_checked() {
        assert_eq!(
            email_address("  IT@Acme.Example ").unwrap(),
            "it@acme.example"
        );
        for bad in [
            "",
            "it",
            "@acme.example",
            "it@",
            "it@acme",
            "i t@acme.example",
            "it@acme.example/x",
            "<it@acme.example>",
        ] {
            assert!(email_address(bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn only_areas_an_it_contact_can_set_up_are_accepted_in_page_order() {
        let picked = |names: &[&str]| names.iter().map(|n| n.to_string()).collect::<Vec<_>>();
        assert_eq!(
            areas(&picked(&["dsync", "sso", "sso"])).unwrap(),
            [Intent::Sso, Intent::Dsync]
        );
        assert!(matches!(areas(&[]), Err(InviteError::NoAreas)));
        assert!(matches!(
            areas(&picked(&["audit_logs"])),
            Err(InviteError::NotInvitable(_))
        ));
        assert!(matches!(
            areas(&picked(&["sso", "nonsense"])),
            Err(InviteError::NotInvitable(_))
        ));
    }
}
