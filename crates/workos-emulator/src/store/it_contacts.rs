//! IT contacts of an organization and the setup invitations emailed to them.

use super::{
    data::{now, Store},
    outbox::Email,
    portal::{PortalGrant, INVITATION_LIFETIME},
};
use serde::{Deserialize, Serialize};
use workos::types::ItContact;

/// A contact as the state file keeps it, with its organization.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(super) struct StoredItContact {
    pub(super) organization_id: String,
    pub(super) contact: ItContact,
}

/// Why an IT contact could not be added.
#[derive(Debug, PartialEq)]
pub enum ContactRefusal {
    /// No such organization.
    NoOrganization,
    /// The organization has a contact with this email.
    Duplicate,
}

impl Store {
    /// The organization's contacts, oldest first; `None` when there is no organization.
    pub fn it_contacts(&self, organization_id: &str) -> Option<Vec<ItContact>> {
        self.read(|d| {
            d.organizations.contains_key(organization_id).then(|| {
                d.it_contacts
                    .values()
                    .filter(|c| c.organization_id == organization_id)
                    .map(|c| c.contact.clone())
                    .collect()
            })
        })
    }

    /// Adds a contact (`email` already checked and lower-cased).
    pub fn create_it_contact(
        &self,
        organization_id: &str,
        email: &str,
    ) -> Result<ItContact, ContactRefusal> {
        let at = now();
        let contact = ItContact {
            object: "it_contact".into(),
            id: self.new_id("it_contact"),
            email: email.to_owned(),
            created_at: at.clone(),
            updated_at: at,
        };
        self.change(|d| {
            if !d.organizations.contains_key(organization_id) {
                return Err(ContactRefusal::NoOrganization);
            }
            if d.it_contacts
                .values()
                .any(|c| c.organization_id == organization_id && c.contact.email == email)
            {
                return Err(ContactRefusal::Duplicate);
            }
            d.it_contacts.insert(
                contact.id.clone(),
                StoredItContact {
                    organization_id: organization_id.to_owned(),
                    contact: contact.clone(),
                },
            );
            Ok(contact)
        })
    }

    /// One contact of one organization.
    pub fn it_contact(&self, organization_id: &str, contact_id: &str) -> Option<ItContact> {
        self.read(|d| {
            d.it_contacts
                .get(contact_id)
                .filter(|c| c.organization_id == organization_id)
                .map(|c| c.contact.clone())
        })
    }

    /// Removes a contact and ends its setup links. False when there was none.
    pub fn delete_it_contact(&self, organization_id: &str, contact_id: &str) -> bool {
        let existed = self.change(|d| {
            let found = d
                .it_contacts
                .get(contact_id)
                .is_some_and(|c| c.organization_id == organization_id);
            if found {
                d.it_contacts.remove(contact_id);
            }
            found
        });
        if existed {
            self.end_links(|g| g.it_contact_id.as_deref() == Some(contact_id));
        }
        existed
    }

    /// Emails a setup link to a contact; `address` turns a link secret into its URL.
    /// An organization has at most one active invitation: a new one ends the previous.
    pub fn invite_it_contact(
        &self,
        contact: &ItContact,
        grant: PortalGrant,
        address: impl FnOnce(String) -> String,
    ) {
        let organization_id = grant.organization_id.clone();
        let intents = grant.intents.clone();
        self.revoke_invitations(&organization_id);
        let link = address(self.issue_link_for(grant, INVITATION_LIFETIME));
        let email = Email {
            object: "email".into(),
            organization_id,
            to: contact.email.clone(),
            subject: "You have been invited to set up your organization's enterprise features"
                .into(),
            link,
            intents,
            sent_at: now(),
        };
        self.change(|d| d.outbox.push(email));
    }

    /// Ends the organization's invitation links and the sessions started from them.
    pub fn revoke_invitations(&self, organization_id: &str) {
        self.end_links(|g| g.organization_id == organization_id && g.it_contact_id.is_some());
    }
}
