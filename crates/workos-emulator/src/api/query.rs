//! List query strings: paging, filters, and refusing filters a list does not have.

use super::responses::{field, validation, Problem};
use crate::store::Page;
use axum::response::Response;
use workos::types::FieldError;

/// The query string's pairs. Any parameter outside `known` is refused with a 422
/// naming it: a filter silently ignored would return an unfiltered list.
pub(super) fn query_pairs(
    query: Option<String>,
    known: &[&str],
) -> Result<Vec<(String, String)>, Response> {
    let pairs: Vec<(String, String)> =
        url::form_urlencoded::parse(query.unwrap_or_default().as_bytes())
            .into_owned()
            .collect();
    let unknown: Vec<FieldError> = pairs
        .iter()
        .map(|(k, _)| k.trim_end_matches("[]"))
        .filter(|k| !PAGE_PARAMETERS.contains(k) && !known.contains(k))
        .map(|k| field(k, Problem::UnsupportedParameter))
        .collect();
    if unknown.is_empty() {
        Ok(pairs)
    } else {
        Err(validation(unknown))
    }
}

pub(super) const PAGE_PARAMETERS: [&str; 4] = ["limit", "before", "after", "order"];

/// The first value of `name` (empty values count as absent, as WorkOS treats them).
pub(super) fn first(pairs: &[(String, String)], name: &str) -> Option<String> {
    pairs
        .iter()
        .find(|(k, v)| k == name && !v.is_empty())
        .map(|(_, v)| v.clone())
}

/// Every value of an array parameter, sent comma-joined (`domains=a,b`: Python SDK,
/// URLSearchParams) or repeated (`domains=a&domains=b`, `domains[]=a`: Node SDK 11).
pub(super) fn all_values(pairs: &[(String, String)], name: &str) -> Vec<String> {
    pairs
        .iter()
        .filter(|(k, _)| k.trim_end_matches("[]") == name)
        .flat_map(|(_, v)| v.split(','))
        .map(|v| v.trim().to_lowercase())
        .filter(|v| !v.is_empty())
        .collect()
}

/// The paging parameters among the query's pairs.
pub(super) fn page_of(pairs: &[(String, String)]) -> Page {
    Page {
        limit: first(pairs, "limit"),
        before: first(pairs, "before"),
        after: first(pairs, "after"),
        order: first(pairs, "order"),
    }
}

/// Case-insensitive "contains", the way the list `search` filters match names.
pub(super) fn name_matches(name: &str, search: Option<&str>) -> bool {
    search.is_none_or(|s| name.to_lowercase().contains(&s.to_lowercase()))
}
