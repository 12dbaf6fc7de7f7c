//! The Events API: `GET /events`.

use super::{
    query::{all_values, first, page_of, query_pairs},
    responses::{field, page_error, validation},
};
use crate::emulator::Emulator;
use axum::{
    extract::{RawQuery, State},
    response::{IntoResponse, Response},
    Json,
};

/// `GET /events`: `events` is required (comma-joined names); oldest first by default.
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
        return validation(vec![field(
            "events",
            "events is required: one or more event names, comma-separated",
        )]);
    }
    let organization = first(&pairs, "organization_id");
    let (start, end) = (first(&pairs, "range_start"), first(&pairs, "range_end"));
    // Unlike other lists, events come oldest first unless asked otherwise.
    let mut page = page_of(&pairs);
    page.order.get_or_insert_with(|| "asc".to_owned());
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
