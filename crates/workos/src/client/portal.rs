//! Admin Portal links: asking for one, revoking those made for a user.

use super::{error_response::organization_not_found, transport::WorkosClient};
use crate::{
    error::WorkosError,
    types::{GenerateLink, PortalLink, RevokeLink},
};
use reqwest::Method;

impl WorkosClient {
    /// A one-time Admin Portal link (valid five minutes).
    pub async fn generate_portal_link(
        &self,
        request: &GenerateLink,
    ) -> Result<String, WorkosError> {
        let response: PortalLink = self
            .json(
                Method::POST,
                &["portal", "generate_link"],
                &[],
                Some(request),
            )
            .await
            .map_err(|e| organization_not_found(e, &request.organization))?;
        Ok(response.link)
    }

    /// Revokes the unopened links generated for `external_user_id` and ends the portal
    /// sessions started from them.
    pub async fn revoke_portal_links(&self, request: &RevokeLink) -> Result<(), WorkosError> {
        self.send(Method::POST, &["portal", "revoke_link"], &[], Some(request))
            .await
            .map(drop)
            .map_err(|e| organization_not_found(e, &request.organization))
    }
}
