//! Organization domains: claim, read, verify, delete.

use super::transport::{WorkosClient, NO_BODY};
use crate::{error::WorkosError, types::OrganizationDomain};
use reqwest::Method;

impl WorkosClient {
    /// `POST /organization_domains`: claims a domain (state `pending`).
    pub async fn create_organization_domain(
        &self,
        organization_id: &str,
        domain: &str,
    ) -> Result<OrganizationDomain, WorkosError> {
        let body = serde_json::json!({ "organization_id": organization_id, "domain": domain });
        self.json(Method::POST, &["organization_domains"], &[], Some(&body))
            .await
    }

    /// `GET /organization_domains/{id}`.
    pub async fn get_organization_domain(
        &self,
        id: &str,
    ) -> Result<OrganizationDomain, WorkosError> {
        self.json(Method::GET, &["organization_domains", id], &[], NO_BODY)
            .await
    }

    /// `POST /organization_domains/{id}/verify`: starts DNS verification.
    pub async fn verify_organization_domain(
        &self,
        id: &str,
    ) -> Result<OrganizationDomain, WorkosError> {
        self.json(
            Method::POST,
            &["organization_domains", id, "verify"],
            &[],
            NO_BODY,
        )
        .await
    }

    /// `DELETE /organization_domains/{id}`.
    pub async fn delete_organization_domain(&self, id: &str) -> Result<(), WorkosError> {
        self.send(Method::DELETE, &["organization_domains", id], &[], NO_BODY)
            .await
            .map(drop)
    }
}
