//! IT contacts: the people an organization invites to set up its enterprise features.

use super::portal::PortalIntent;
use serde::{Deserialize, Serialize};

/// What an IT contact is invited to set up (note `directory_sync`, not `dsync`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItContactIntent {
    /// Single sign-on.
    Sso,
    /// Directory Sync.
    DirectorySync,
    /// Audit log streams.
    LogStreams,
    /// Domain verification.
    DomainVerification,
    /// Bring your own key.
    BringYourOwnKey,
}

impl ItContactIntent {
    /// Every intent an invitation may carry.
    pub const ALL: [ItContactIntent; 5] = [
        ItContactIntent::Sso,
        ItContactIntent::DirectorySync,
        ItContactIntent::LogStreams,
        ItContactIntent::DomainVerification,
        ItContactIntent::BringYourOwnKey,
    ];

    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            ItContactIntent::Sso => "sso",
            ItContactIntent::DirectorySync => "directory_sync",
            ItContactIntent::LogStreams => "log_streams",
            ItContactIntent::DomainVerification => "domain_verification",
            ItContactIntent::BringYourOwnKey => "bring_your_own_key",
        }
    }

    /// The intent with this wire value.
    pub fn parse(value: &str) -> Option<ItContactIntent> {
        ItContactIntent::ALL
            .into_iter()
            .find(|i| i.as_str() == value)
    }

    /// The portal intent that sets the same thing up.
    pub fn portal_intent(self) -> PortalIntent {
        match self {
            ItContactIntent::Sso => PortalIntent::Sso,
            ItContactIntent::DirectorySync => PortalIntent::Dsync,
            ItContactIntent::LogStreams => PortalIntent::LogStreams,
            ItContactIntent::DomainVerification => PortalIntent::DomainVerification,
            ItContactIntent::BringYourOwnKey => PortalIntent::BringYourOwnKey,
        }
    }
}

/// An IT contact of an organization.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ItContact {
    /// Always `"it_contact"`.
    pub object: String,
    /// The contact's id.
    pub id: String,
    /// Where WorkOS sends invitations.
    pub email: String,
    /// ISO 8601 with milliseconds and `Z`.
    pub created_at: String,
    /// ISO 8601 with milliseconds and `Z`.
    pub updated_at: String,
}

/// `POST /organizations/{id}/it_contacts/{contact_id}/invite`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InviteItContact {
    /// What the contact may set up.
    pub intents: Vec<ItContactIntent>,
}
