//! SSO connections: `/connections`.

use super::{
    query::{first, name_matches, page_of, query_pairs},
    responses::{deleted, entity_not_found, page_error},
};
use crate::emulator::Emulator;
use axum::{
    extract::{Path, RawQuery, State},
    http::StatusCode,
    response::{IntoResponse, Response},
    Json,
};

pub async fn list_connections(
    State(emulator): State<Emulator>,
    RawQuery(query): RawQuery,
) -> Response {
    let pairs = match query_pairs(
        query,
        &["organization_id", "connection_type", "domain", "search"],
    ) {
        Ok(pairs) => pairs,
        Err(refusal) => return refusal,
    };
    let org = first(&pairs, "organization_id");
    let kind = first(&pairs, "connection_type");
    let domain = first(&pairs, "domain").map(|d| d.to_lowercase());
    let search = first(&pairs, "search");
    let listed = emulator.store.connections(&page_of(&pairs), |c| {
        org.as_deref().is_none_or(|o| c.organization_id == o)
            && kind.as_deref().is_none_or(|t| c.connection_type == t)
            && domain
                .as_deref()
                .is_none_or(|d| c.domains.iter().any(|x| x.domain == d))
            && name_matches(&c.name, search.as_deref())
    });
    match listed {
        Ok(list) => Json(list).into_response(),
        Err(e) => page_error(e),
    }
}

pub async fn get_connection(State(emulator): State<Emulator>, Path(id): Path<String>) -> Response {
    match emulator.store.connection(&id) {
        Some(c) => Json(c).into_response(),
        None => entity_not_found("Connection", &id),
    }
}

pub async fn delete_connection(
    State(emulator): State<Emulator>,
    Path(id): Path<String>,
) -> Response {
    deleted(
        emulator.store.delete_connection(&id),
        StatusCode::NO_CONTENT,
        "Connection",
        &id,
    )
}
