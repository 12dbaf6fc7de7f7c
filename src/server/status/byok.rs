//! Bring your own key: what WorkOS's key events say (WorkOS has no read of the key, so
//! its newest event, kept in the status mirror, is all there is to know).

use super::reading::{reading, Reading};
use crate::{
    model::{day_and_month, Setup},
    t,
};
use workos::types::Event;

/// The badge and line for the newest key event.
pub(super) fn byok(event: &Event) -> Reading {
    let day = day_and_month(&event.created_at);
    let service = event.data["key_provider"].as_str().map(key_service);
    let verified = event.data["verified"].as_bool();
    match (event.event.as_str(), verified) {
        ("vault.byok_key.verification_completed", Some(true)) => reading(
            Setup::Active,
            match service {
                Some(service) => t!("status-key-verified-in", service = service, date = day),
                None => t!("status-key-verified", date = day),
            },
            None,
        ),
        ("vault.byok_key.verification_completed", _) => reading(
            Setup::NeedsAttention,
            match service {
                Some(service) => t!("status-key-unverified-in", service = service, date = day),
                None => t!("status-key-unverified", date = day),
            },
            None,
        ),
        _ => reading(
            Setup::NotConfigured,
            t!("status-key-removed", date = day),
            None,
        ),
    }
}

/// WorkOS's key provider names, for people.
fn key_service(provider: &str) -> &str {
    match provider {
        "AWS_KMS" => "AWS KMS",
        "GCP_KMS" => "Google Cloud KMS",
        "AZURE_KEY_VAULT" => "Azure Key Vault",
        other => other,
    }
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
    fn verified_failed_and_removed_keys_read_as_people_expect() {
        let verified = byok(&event(
            "vault.byok_key.verification_completed",
            json!({"organization_id": "org_1", "key_provider": "AWS_KMS", "verified": true}),
        ));
        assert_eq!(verified.setup, Some(Setup::Active));
        assert_eq!(
            verified.summary,
            "Your key in AWS KMS was verified on 3 Dec 2026."
        );
        let failed = byok(&event(
            "vault.byok_key.verification_completed",
            json!({"organization_id": "org_1", "key_provider": "AZURE_KEY_VAULT", "verified": false}),
        ));
        assert_eq!(failed.setup, Some(Setup::NeedsAttention));
        assert!(failed
            .summary
            .starts_with("Your key in Azure Key Vault could not be verified"));
        let removed = byok(&event(
            "vault.byok_key.deleted",
            json!({"organization_id": "org_1"}),
        ));
        assert_eq!(removed.setup, Some(Setup::NotConfigured));
    }
}
