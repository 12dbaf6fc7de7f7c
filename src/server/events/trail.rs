//! What an organization's admins read in Recent activity when WorkOS tells of a change:
//! a sentence per event that changes an area's state, by "WorkOS", with the event's id.

use crate::server::{
    audit::Action,
    db::{
        self,
        audit::{AuditWriter, NewEvent, Outcome},
        Pool,
    },
    status::provider_name,
};
use workos::types::Event;

/// The sentence for `event`, if it changes what an admin should know.
pub fn sentence(event: &Event) -> Option<String> {
    let data = &event.data;
    let text = |value: &serde_json::Value| value.as_str().map(str::to_owned);
    let connection_type = || text(&data["connection_type"]).map(|t| provider_name(&t));
    let directory = || text(&data["type"]).or_else(|| text(&data["directory_type"]));
    let domain = || text(&data["domain"]).or_else(|| text(&data["organization_domain"]["domain"]));
    let days = data["days_until_expiry"].as_i64();
    Some(match event.event.as_str() {
        "connection.activated" => format!("Single sign-on became active ({})", connection_type()?),
        "connection.deactivated" => {
            format!("Single sign-on became inactive ({})", connection_type()?)
        }
        "connection.deleted" => format!("An SSO connection was deleted ({})", connection_type()?),
        "dsync.activated" => format!("Directory sync became active ({})", directory()?),
        "dsync.deleted" => format!("A directory was deleted ({})", directory()?),
        "dsync.token.revoked" => "The directory's credentials were revoked".to_owned(),
        "organization_domain.verified" => format!("The domain {} was verified", domain()?),
        "organization_domain.verification_failed" => {
            format!("The domain {} failed verification", domain()?)
        }
        "organization_domain.deleted" => format!("The domain {} was removed", domain()?),
        "connection.saml_certificate_renewal_required" => match days? {
            d if d < 0 => "A SAML certificate has expired".to_owned(),
            1 => "A SAML certificate expires in 1 day".to_owned(),
            d => format!("A SAML certificate expires in {d} days"),
        },
        "connection.saml_certificate_renewed" => "A SAML certificate was renewed".to_owned(),
        "vault.byok_key.verification_completed" => match data["verified"].as_bool()? {
            true => "Your key was verified".to_owned(),
            false => "Your key failed verification".to_owned(),
        },
        "vault.byok_key.deleted" => "Your key was deleted".to_owned(),
        "organization.deleted" => "The organization was deleted at WorkOS".to_owned(),
        _ => return None,
    })
}

/// Writes the event's row in its organization's trail, if Portico knows the
/// organization and the event says something.
pub async fn record(trail: &AuditWriter, db: &Pool, event: &Event) -> Result<(), String> {
    let (Some(said), Some(workos_id)) = (sentence(event), event.organization_id()) else {
        return Ok(());
    };
    let known = db::organizations::find(db, workos_id)
        .await
        .map_err(|e| e.to_string())?;
    let Some(organization) = known
        .into_iter()
        .find(|o| o.workos_organization_id.as_deref() == Some(workos_id))
    else {
        return Ok(());
    };
    let row = NewEvent {
        organization_id: Some(organization.id),
        organization_name: Some(organization.name),
        workos_organization_id: organization.workos_organization_id,
        action: Action::WorkosChange.as_str(),
        outcome: Outcome::Succeeded,
        detail: said,
        // The event's id: what WorkOS's support and its Events API know it by.
        workos_request_id: Some(event.id.clone()),
        ..NewEvent::default()
    };
    trail.write(row).await.map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn event(name: &str, data: serde_json::Value) -> Event {
        Event {
            object: "event".into(),
            id: "event_1".into(),
            event: name.into(),
            data,
            created_at: "2026-12-03T10:00:00.000Z".into(),
        }
    }

    #[test]
    fn each_change_reads_as_a_sentence_and_noise_as_none() {
        let cases = [
            (
                event(
                    "connection.activated",
                    json!({"connection_type": "OktaSAML"}),
                ),
                Some("Single sign-on became active (Okta SAML)"),
            ),
            (
                event(
                    "vault.byok_key.verification_completed",
                    json!({"verified": true}),
                ),
                Some("Your key was verified"),
            ),
            (
                event(
                    "vault.byok_key.verification_completed",
                    json!({"verified": false}),
                ),
                Some("Your key failed verification"),
            ),
            (
                event(
                    "organization_domain.verification_failed",
                    json!({"reason": "x", "organization_domain": {"domain": "acme.example"}}),
                ),
                Some("The domain acme.example failed verification"),
            ),
            (
                event(
                    "connection.saml_certificate_renewal_required",
                    json!({"days_until_expiry": 14}),
                ),
                Some("A SAML certificate expires in 14 days"),
            ),
            (
                event(
                    "connection.saml_certificate_renewal_required",
                    json!({"days_until_expiry": -2}),
                ),
                Some("A SAML certificate has expired"),
            ),
            (event("dsync.user.created", json!({})), None),
            (event("connection.activated", json!({})), None),
        ];
        for (event, expected) in cases {
            assert_eq!(sentence(&event).as_deref(), expected, "{}", event.event);
        }
    }
}
