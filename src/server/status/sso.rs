//! Single sign-on: what the organization's connections say.

use super::reading::{provider_name, reading, Reading};
use crate::model::{day_and_month, Setup};
use workos::types::{Connection, List};

/// Active if any connection is; else the first one saved but not active; else broken.
pub(super) fn sso(list: &List<Connection>) -> Reading {
    let name = |c: &Connection| provider_name(&c.connection_type);
    let active: Vec<&Connection> = list.data.iter().filter(|c| c.state == "active").collect();
    let pending = list
        .data
        .iter()
        .find(|c| matches!(c.state.as_str(), "draft" | "validating" | "requires_type"));
    match (active.as_slice(), pending, list.data.first()) {
        (_, _, None) => reading(
            Setup::NotConfigured,
            "No identity provider connected yet.".into(),
            None,
        ),
        ([one], _, _) => reading(
            Setup::Active,
            format!("{} is active.", name(one)),
            Some(&one.connection_type),
        ),
        ([first, ..], _, _) => reading(
            Setup::Active,
            format!(
                "{} connections active: {}.",
                active.len(),
                active
                    .iter()
                    .map(|c| name(c))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Some(&first.connection_type),
        ),
        ([], Some(saved), _) => reading(
            Setup::InProgress,
            format!("{} is saved but not active yet.", name(saved)),
            Some(&saved.connection_type),
        ),
        ([], None, Some(broken)) => reading(
            Setup::NeedsAttention,
            format!(
                "{} has been {} since {}: nobody can sign in through it.",
                name(broken),
                broken.state,
                day_and_month(&broken.updated_at)
            ),
            Some(&broken.connection_type),
        ),
    }
}
