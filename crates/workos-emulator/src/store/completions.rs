//! What the hosted portal finished for areas WorkOS has no read API for (emulator-only).

use super::data::{now, Store};
use serde::{Deserialize, Serialize};

/// What the hosted portal recorded for an area WorkOS offers no read API for.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Completion {
    /// The organization.
    pub organization_id: String,
    /// The portal intent, e.g. `bring_your_own_key`.
    pub intent: String,
    /// What the person chose.
    pub detail: String,
    /// When.
    pub completed_at: String,
}

impl Store {
    /// Emulator-only: what the portal recorded for one organization.
    pub fn completions(&self, organization_id: &str) -> Vec<Completion> {
        self.read(|d| {
            d.completions
                .iter()
                .filter(|c| c.organization_id == organization_id)
                .cloned()
                .collect()
        })
    }

    /// Records a finished flow that has no API object of its own.
    pub fn record_completion(&self, organization_id: &str, intent: &str, detail: &str) {
        let completion = Completion {
            organization_id: organization_id.to_owned(),
            intent: intent.to_owned(),
            detail: detail.to_owned(),
            completed_at: now(),
        };
        self.change(|d| d.completions.push(completion));
    }

    /// Bring your own key finished: WorkOS checked the key with its provider (the
    /// portal's one choice is AWS KMS; `vault.byok_key.verification_completed`).
    pub fn byok_key_verified(&self, organization_id: &str) {
        let data = serde_json::json!({
            "organization_id": organization_id,
            "key_provider": "AWS_KMS",
            "verified": true,
        });
        self.emit("vault.byok_key.verification_completed", data);
    }
}
