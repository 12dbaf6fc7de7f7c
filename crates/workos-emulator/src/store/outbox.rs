//! The emails WorkOS would have sent, kept so tests can follow their links; and the mail
//! an app sent to the emulator's mail sink (`smtp.rs`).

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

/// A message the mail sink received over SMTP.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Mail {
    /// Always `"mail"`.
    pub object: String,
    /// The envelope's sender (`MAIL FROM`).
    pub from: String,
    /// The envelope's recipients (`RCPT TO`).
    pub to: Vec<String>,
    /// Its `Subject`, decoded.
    pub subject: String,
    /// The plain-text part.
    pub text: String,
    /// The HTML part, if any.
    pub html: Option<String>,
    /// When it arrived.
    pub received_at: String,
}

impl Store {
    /// Keeps a message the mail sink received.
    pub fn receive_mail(&self, mail: Mail) {
        self.change(|d| d.mailbox.push(mail));
    }

    /// Emulator-only: the mail sink's messages, oldest first, optionally to one address.
    pub fn mailbox(&self, to: Option<&str>) -> Vec<Mail> {
        self.read(|d| {
            d.mailbox
                .iter()
                .filter(|m| to.is_none_or(|to| m.to.iter().any(|r| r.eq_ignore_ascii_case(to))))
                .cloned()
                .collect()
        })
    }

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
