//! Paging as every WorkOS list endpoint does it: `limit`, `before`/`after` cursors, `order`.

use serde::Deserialize;
use workos::types::{List, ListMetadata};

/// Paging as every WorkOS list endpoint does it.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct Page {
    /// 1 to 100, default 10.
    pub limit: Option<String>,
    /// Cursor.
    pub before: Option<String>,
    /// Cursor.
    pub after: Option<String>,
    /// `asc`, `desc` or `normal`.
    pub order: Option<String>,
}

/// A paging parameter that is out of range.
#[derive(Debug, PartialEq)]
pub struct PageError {
    /// The parameter.
    pub field: &'static str,
    /// What is wrong.
    pub(crate) problem: crate::problem::Problem,
}

/// How a page's `order` lists items.
#[derive(Clone, Copy)]
struct ListingOrder {
    /// Newest (greatest id) first.
    descending: bool,
    /// `before` and `after` name time rather than listing position.
    cursors_swapped: bool,
}

/// `items` are in creation order (ids are time-ordered ULIDs). Cursors compare by id, so
/// a cursor whose object was deleted still pages correctly.
pub(super) fn paginate<T: Clone>(
    mut items: Vec<T>,
    page: &Page,
    id: impl Fn(&T) -> &String,
) -> Result<List<T>, PageError> {
    let limit = page_limit(page)?;
    let order = listing_order(page)?;
    let cursors = if order.cursors_swapped {
        (page.before.as_deref(), page.after.as_deref())
    } else {
        (page.after.as_deref(), page.before.as_deref())
    };
    items.sort_by(|a, b| id(a).cmp(id(b)));
    if order.descending {
        items.reverse();
    }
    let (start, end) = page_bounds(&items, &id, order.descending, limit, cursors);
    let data = items[start..end].to_vec();
    let earlier_page = (start > 0)
        .then(|| data.first().map(|i| id(i).clone()))
        .flatten();
    let later_page = (end < items.len())
        .then(|| data.last().map(|i| id(i).clone()))
        .flatten();
    Ok(List {
        object: "list".into(),
        data,
        list_metadata: list_metadata(order, earlier_page, later_page),
    })
}

/// `limit`: 1 to 100, 10 when absent.
fn page_limit(page: &Page) -> Result<usize, PageError> {
    match page.limit.as_deref().filter(|s| !s.is_empty()) {
        None => Ok(10),
        Some(raw) => match raw.parse::<usize>() {
            Ok(n) if (1..=100).contains(&n) => Ok(n),
            _ => Err(PageError {
                field: "limit",
                problem: crate::problem::Problem::InvalidValue,
            }),
        },
    }
}

/// `order`: `desc` when absent.
fn listing_order(page: &Page) -> Result<ListingOrder, PageError> {
    // `normal` lists newest first like `desc`, but its cursors name time, not listing
    // position: `before` fetches older items and `after` newer ones.
    let (descending, cursors_swapped) = match page.order.as_deref().filter(|s| !s.is_empty()) {
        None | Some("desc") => (true, false),
        Some("asc") => (false, false),
        Some("normal") => (true, true),
        Some(_) => {
            return Err(PageError {
                field: "order",
                problem: crate::problem::Problem::InvalidValue,
            })
        }
    };
    Ok(ListingOrder {
        descending,
        cursors_swapped,
    })
}

/// The range of `items` (in listing order) on the page: `limit` items past the `after`
/// cursor, else the `limit` items up to the `before` cursor, else the first `limit`.
fn page_bounds<T>(
    items: &[T],
    id: &impl Fn(&T) -> &String,
    descending: bool,
    limit: usize,
    (after, before): (Option<&str>, Option<&str>),
) -> (usize, usize) {
    // Position in listing order: "comes after cursor" means greater id ascending, smaller descending.
    let after_cursor = |item: &T, cursor: &str| {
        if descending {
            id(item).as_str() < cursor
        } else {
            id(item).as_str() > cursor
        }
    };
    match (
        after.filter(|s| !s.is_empty()),
        before.filter(|s| !s.is_empty()),
    ) {
        (Some(cursor), _) => {
            let start = items
                .iter()
                .position(|i| after_cursor(i, cursor))
                .unwrap_or(items.len());
            (start, (start + limit).min(items.len()))
        }
        (None, Some(cursor)) => {
            let end = items
                .iter()
                .position(|i| after_cursor(i, cursor) || id(i) == cursor)
                .unwrap_or(items.len());
            (end.saturating_sub(limit), end)
        }
        (None, None) => (0, limit.min(items.len())),
    }
}

/// The cursors to the neighbouring pages; under `normal` order `before` leads to older
/// items whichever way the listing runs.
fn list_metadata(
    order: ListingOrder,
    earlier_page: Option<String>,
    later_page: Option<String>,
) -> ListMetadata {
    if order.cursors_swapped {
        ListMetadata {
            before: later_page,
            after: earlier_page,
        }
    } else {
        ListMetadata {
            before: earlier_page,
            after: later_page,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(limit: &str, before: Option<&str>, after: Option<&str>, order: &str) -> Page {
        Page {
            limit: Some(limit.into()),
            before: before.map(Into::into),
            after: after.map(Into::into),
            order: Some(order.into()),
        }
    }

    #[test]
    fn pages_walk_every_item_once_in_both_orders() {
        let ids: Vec<String> = (0..25).map(|i| format!("x_{i:02}")).collect();
        for order in ["asc", "desc"] {
            let mut seen = Vec::new();
            let mut after: Option<String> = None;
            loop {
                let list = paginate(
                    ids.clone(),
                    &page("10", None, after.as_deref(), order),
                    |s| s,
                )
                .unwrap();
                seen.extend(list.data.clone());
                match list.list_metadata.after {
                    Some(next) => after = Some(next),
                    None => break,
                }
            }
            let mut expected = ids.clone();
            if order == "desc" {
                expected.reverse();
            }
            assert_eq!(seen, expected, "{order}");
        }
    }

    #[test]
    fn normal_order_lists_newest_first_and_before_pages_to_older_items() {
        let ids: Vec<String> = (0..25).map(|i| format!("x_{i:02}")).collect();
        let first = paginate(ids.clone(), &page("10", None, None, "normal"), |s| s).unwrap();
        assert_eq!(first.data.first().map(String::as_str), Some("x_24"));
        assert_eq!(first.list_metadata.after, None, "nothing newer");
        let older = first
            .list_metadata
            .before
            .clone()
            .expect("older items exist");
        assert_eq!(older, "x_15");
        let second = paginate(ids, &page("10", Some(&older), None, "normal"), |s| s).unwrap();
        assert_eq!(second.data.first().map(String::as_str), Some("x_14"));
        assert_eq!(second.list_metadata.after.as_deref(), Some("x_14"));
    }

    #[test]
    fn before_cursor_returns_the_previous_page() {
        let ids: Vec<String> = (0..25).map(|i| format!("x_{i:02}")).collect();
        let list = paginate(ids, &page("5", Some("x_10"), None, "asc"), |s| s).unwrap();
        assert_eq!(list.data, vec!["x_05", "x_06", "x_07", "x_08", "x_09"]);
        assert_eq!(list.list_metadata.before.as_deref(), Some("x_05"));
        assert_eq!(list.list_metadata.after.as_deref(), Some("x_09"));
    }

    #[test]
    fn bad_limit_and_order_are_refused() {
        assert_eq!(
            paginate(Vec::<String>::new(), &page("0", None, None, "asc"), |s| s)
                .unwrap_err()
                .field,
            "limit"
        );
        assert_eq!(
            paginate(Vec::<String>::new(), &page("101", None, None, "asc"), |s| s)
                .unwrap_err()
                .field,
            "limit"
        );
        assert_eq!(
            paginate(Vec::<String>::new(), &page("5", None, None, "up"), |s| s)
                .unwrap_err()
                .field,
            "order"
        );
    }
}
