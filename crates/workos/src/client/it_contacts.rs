//! IT contacts: list, add, remove, invite, revoke the invitation.

use super::{
    error_response::organization_not_found,
    transport::{WorkosClient, NO_BODY},
};
use crate::{
    error::WorkosError,
    types::{InviteItContact, ItContact, List},
};
use reqwest::Method;

impl WorkosClient {
    /// `GET /organizations/{id}/it_contacts`.
    pub async fn list_it_contacts(
        &self,
        organization_id: &str,
    ) -> Result<List<ItContact>, WorkosError> {
        self.json(
            Method::GET,
            &["organizations", organization_id, "it_contacts"],
            &[],
            NO_BODY,
        )
        .await
        .map_err(|e| organization_not_found(e, organization_id))
    }

    /// `POST /organizations/{id}/it_contacts`: adds a contact (sends no invitation).
    pub async fn create_it_contact(
        &self,
        organization_id: &str,
        email: &str,
    ) -> Result<ItContact, WorkosError> {
        let body = serde_json::json!({ "email": email });
        self.json(
            Method::POST,
            &["organizations", organization_id, "it_contacts"],
            &[],
            Some(&body),
        )
        .await
        .map_err(|e| organization_not_found(e, organization_id))
    }

    /// `DELETE /organizations/{id}/it_contacts/{contact_id}`: removes the contact and
    /// revokes its setup links.
    pub async fn delete_it_contact(
        &self,
        organization_id: &str,
        contact_id: &str,
    ) -> Result<(), WorkosError> {
        self.send(
            Method::DELETE,
            &["organizations", organization_id, "it_contacts", contact_id],
            &[],
            NO_BODY,
        )
        .await
        .map(drop)
    }

    /// `POST …/it_contacts/{contact_id}/invite`: WorkOS emails the contact a setup link.
    pub async fn invite_it_contact(
        &self,
        organization_id: &str,
        contact_id: &str,
        request: &InviteItContact,
    ) -> Result<(), WorkosError> {
        self.send(
            Method::POST,
            &[
                "organizations",
                organization_id,
                "it_contacts",
                contact_id,
                "invite",
            ],
            &[],
            Some(request),
        )
        .await
        .map(drop)
    }

    /// `POST …/it_contacts/{contact_id}/revoke`: ends the organization's invitation.
    pub async fn revoke_it_contact(
        &self,
        organization_id: &str,
        contact_id: &str,
    ) -> Result<(), WorkosError> {
        self.send(
            Method::POST,
            &[
                "organizations",
                organization_id,
                "it_contacts",
                contact_id,
                "revoke",
            ],
            &[],
            NO_BODY,
        )
        .await
        .map(drop)
    }
}
