//! Directories: `/directories`.

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

pub async fn list_directories(
    State(emulator): State<Emulator>,
    RawQuery(query): RawQuery,
) -> Response {
    let pairs = match query_pairs(query, &["organization_id", "domain", "search"]) {
        Ok(pairs) => pairs,
        Err(refusal) => return refusal,
    };
    let org = first(&pairs, "organization_id");
    let domain = first(&pairs, "domain").map(|d| d.to_lowercase());
    let search = first(&pairs, "search");
    let listed = emulator.store.directories(&page_of(&pairs), |x| {
        org.as_deref().is_none_or(|o| x.organization_id == o)
            && domain
                .as_deref()
                .is_none_or(|d| x.domain.as_deref() == Some(d))
            && name_matches(&x.name, search.as_deref())
    });
    match listed {
        Ok(list) => Json(list).into_response(),
        Err(e) => page_error(e),
    }
}

pub async fn get_directory(State(emulator): State<Emulator>, Path(id): Path<String>) -> Response {
    match emulator.store.directory(&id) {
        Some(d) => Json(d).into_response(),
        None => entity_not_found("Directory", &id),
    }
}

pub async fn delete_directory(
    State(emulator): State<Emulator>,
    Path(id): Path<String>,
) -> Response {
    deleted(
        emulator.store.delete_directory(&id),
        StatusCode::ACCEPTED,
        "Directory",
        &id,
    )
}
