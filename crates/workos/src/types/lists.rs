//! Paging: one page of a list, its cursors, and the options that ask for a page.

use serde::{Deserialize, Serialize};

/// One page of a list endpoint.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct List<T> {
    /// Always `"list"`.
    pub object: String,
    /// The items on this page.
    pub data: Vec<T>,
    /// Cursors to the neighbouring pages.
    pub list_metadata: ListMetadata,
}

/// Cursors: pass `after` back to get the next page.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ListMetadata {
    /// Id to pass as `before` for the previous page, if any.
    pub before: Option<String>,
    /// Id to pass as `after` for the next page, if any.
    pub after: Option<String>,
}

/// Sort order of a list, by creation time.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Order {
    /// Oldest first.
    Asc,
    /// Newest first (WorkOS's default).
    #[default]
    Desc,
    /// Newest first, with `before` fetching older and `after` newer items.
    Normal,
}

impl Order {
    /// The query value.
    pub fn as_str(self) -> &'static str {
        match self {
            Order::Asc => "asc",
            Order::Desc => "desc",
            Order::Normal => "normal",
        }
    }
}

/// Paging of list endpoints; unset fields use WorkOS's defaults.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListOptions {
    /// 1 to 100; WorkOS's default is 10.
    pub limit: Option<u32>,
    /// Page before this id.
    pub before: Option<String>,
    /// Page after this id (what `list_metadata.after` returned).
    pub after: Option<String>,
    /// Sort order.
    pub order: Option<Order>,
}

impl ListOptions {
    /// The query pairs, without unset options.
    pub fn query(&self) -> Vec<(&'static str, String)> {
        let mut query = Vec::new();
        if let Some(limit) = self.limit {
            query.push(("limit", limit.to_string()));
        }
        if let Some(before) = &self.before {
            query.push(("before", before.clone()));
        }
        if let Some(after) = &self.after {
            query.push(("after", after.clone()));
        }
        if let Some(order) = self.order {
            query.push(("order", order.as_str().to_owned()));
        }
        query
    }
}

/// Builds query pairs from optional named values, dropping unset and empty ones.
pub(super) fn filter_query(
    pairs: &[(&'static str, Option<&String>)],
) -> Vec<(&'static str, String)> {
    pairs
        .iter()
        .filter_map(|(name, value)| value.filter(|v| !v.is_empty()).map(|v| (*name, v.clone())))
        .collect()
}
