//! The emails WorkOS would have sent, kept so tests can follow their links.

use super::data::Store;
use serde::{Deserialize, Serialize};
use workos::types::PortalIntent;

/// An email WorkOS would have sent (IT contact invitations and grants).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Email {
    /// Always `"email"`.
    pub object: String,
    /// The organization it is about.
    pub organization_id: String,
    /// Recipient.
    pub to: String,
    /// Subject line.
    pub subject: String,
    /// The setup link in the email; it works until revoked or expired.
    pub link: String,
    /// What the link sets up.
    pub intents: Vec<PortalIntent>,
    /// When it was "sent".
    pub sent_at: String,
}

impl Store {
    /// Records an email WorkOS would send (e.g. to `it_contact_emails` of a link).
    pub fn send_email(&self, email: Email) {
        self.change(|d| d.outbox.push(email));
    }

    /// Emulator-only: emails "sent", oldest first, optionally for one organization.
    pub fn outbox(&self, organization_id: Option<&str>) -> Vec<Email> {
        self.read(|d| {
            d.outbox
                .iter()
                .filter(|e| organization_id.is_none_or(|o| e.organization_id == o))
                .cloned()
                .collect()
        })
    }
}
