//! `GET /organizations/{id}/audit_log_configuration`.

use super::responses::entity_not_found;
use crate::emulator::Emulator;
use axum::{
    extract::{Path, State},
    response::{IntoResponse, Response},
    Json,
};
use workos::types::AuditLogConfiguration;

pub async fn audit_log_configuration(
    State(emulator): State<Emulator>,
    Path(id): Path<String>,
) -> Response {
    if emulator.store.organization(&id).is_none() {
        return entity_not_found("Organization", &id);
    }
    Json(AuditLogConfiguration {
        organization_id: id.clone(),
        retention_period_in_days: 30,
        state: "active".into(),
        log_stream: emulator.store.log_stream(&id),
    })
    .into_response()
}
