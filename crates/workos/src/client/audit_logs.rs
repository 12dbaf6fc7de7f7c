//! An organization's audit log configuration: retention and the log stream.

use super::{
    error_response::organization_not_found,
    transport::{WorkosClient, NO_BODY},
};
use crate::{error::WorkosError, types::AuditLogConfiguration};
use reqwest::Method;

impl WorkosClient {
    /// `GET /organizations/{id}/audit_log_configuration`: retention and the log stream.
    pub async fn get_audit_log_configuration(
        &self,
        organization_id: &str,
    ) -> Result<AuditLogConfiguration, WorkosError> {
        self.json(
            Method::GET,
            &["organizations", organization_id, "audit_log_configuration"],
            &[],
            NO_BODY,
        )
        .await
        .map_err(|e| organization_not_found(e, organization_id))
    }
}
