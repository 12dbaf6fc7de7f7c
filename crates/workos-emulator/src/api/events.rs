//! The Events API: `GET /events`.

use super::{
    query::{all_values, first, page_of, query_pairs},
    responses::{field, page_error, validation, Problem},
};
use crate::emulator::Emulator;
use axum::{
    extract::{RawQuery, State},
    response::{IntoResponse, Response},
    Json,
};

/// `GET /events`: `events` is required (comma-joined names); always oldest first.
pub async fn list_events(State(emulator): State<Emulator>, RawQuery(query): RawQuery) -> Response {
    let pairs = match query_pairs(
        query,
        &["events", "organization_id", "range_start", "range_end"],
    ) {
        Ok(pairs) => pairs,
        Err(refusal) => return refusal,
    };
    let names = all_values(&pairs, "events");
    if names.is_empty() {
        return validation(vec![field("events", Problem::Required)]);
    }
    let organization = first(&pairs, "organization_id");
    let (start, end) = (first(&pairs, "range_start"), first(&pairs, "range_end"));
    // Events come oldest first whatever `order` asks, as the live API answers (its
    // documented default is newest first): a client must page forward with `after`.
    let mut page = page_of(&pairs);
    if page
        .order
        .as_deref()
        .is_some_and(|order| !["", "asc", "desc", "normal"].contains(&order))
    {
        return validation(vec![field("order", Problem::InvalidValue)]);
    }
    page.order = Some("asc".to_owned());
    match emulator.store.events(
        &page,
        &names,
        organization.as_deref(),
        (start.as_deref(), end.as_deref()),
    ) {
        Ok(list) => Json(list).into_response(),
        Err(e) => page_error(e),
    }
}
