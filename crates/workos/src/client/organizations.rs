//! Organizations: create, read, list, update, delete.

use super::{
    error_response::organization_not_found,
    transport::{WorkosClient, NO_BODY},
};
use crate::{
    error::WorkosError,
    types::{
        CreateOrganization, List, ListOptions, Organization, OrganizationFilter, UpdateOrganization,
    },
};
use reqwest::Method;

impl WorkosClient {
    /// `POST /organizations`.
    pub async fn create_organization(
        &self,
        request: &CreateOrganization,
    ) -> Result<Organization, WorkosError> {
        self.json(Method::POST, &["organizations"], &[], Some(request))
            .await
    }

    /// `GET /organizations/{id}`.
    pub async fn get_organization(&self, id: &str) -> Result<Organization, WorkosError> {
        self.json(Method::GET, &["organizations", id], &[], NO_BODY)
            .await
            .map_err(|e| organization_not_found(e, id))
    }

    /// `GET /organizations/external_id/{external_id}`.
    pub async fn get_organization_by_external_id(
        &self,
        external_id: &str,
    ) -> Result<Organization, WorkosError> {
        self.json(
            Method::GET,
            &["organizations", "external_id", external_id],
            &[],
            NO_BODY,
        )
        .await
    }

    /// `GET /organizations`, one page.
    pub async fn list_organizations(
        &self,
        filter: &OrganizationFilter,
        page: &ListOptions,
    ) -> Result<List<Organization>, WorkosError> {
        let query = [filter.query(), page.query()].concat();
        self.json(Method::GET, &["organizations"], &query, NO_BODY)
            .await
    }

    /// `PUT /organizations/{id}`.
    pub async fn update_organization(
        &self,
        id: &str,
        changes: &UpdateOrganization,
    ) -> Result<Organization, WorkosError> {
        self.json(Method::PUT, &["organizations", id], &[], Some(changes))
            .await
            .map_err(|e| organization_not_found(e, id))
    }

    /// `DELETE /organizations/{id}`.
    pub async fn delete_organization(&self, id: &str) -> Result<(), WorkosError> {
        self.send(Method::DELETE, &["organizations", id], &[], NO_BODY)
            .await
            .map(drop)
            .map_err(|e| organization_not_found(e, id))
    }
}
