//! Single sign-on: what the organization's connections say.

use super::reading::{provider_name, reading, Reading};
use crate::{
    model::{day_and_month, listed, Setup},
    t,
};
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
        (_, _, None) => reading(Setup::NotConfigured, t!("status-sso-none"), None),
        ([one], _, _) => reading(
            Setup::Active,
            t!("status-sso-active", provider = name(one)),
            Some(&one.connection_type),
        ),
        ([first, ..], _, _) => reading(
            Setup::Active,
            t!(
                "status-sso-several-active",
                count = active.len(),
                providers = listed(&active.iter().map(|c| name(c)).collect::<Vec<_>>())
            ),
            Some(&first.connection_type),
        ),
        ([], Some(saved), _) => reading(
            Setup::InProgress,
            t!("status-sso-saved", provider = name(saved)),
            Some(&saved.connection_type),
        ),
        ([], None, Some(broken)) => reading(
            Setup::NeedsAttention,
            t!(
                "status-sso-broken",
                provider = name(broken),
                state = broken.state.as_str(),
                date = day_and_month(&broken.updated_at)
            ),
            Some(&broken.connection_type),
        ),
    }
}
