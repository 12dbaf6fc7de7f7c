//! Directory sync: what the organization's directories say.

use super::reading::{reading, Reading};
use crate::model::{day_and_month, Setup};
use workos::types::{Directory, List};

/// Active while a directory syncs (with its counts when WorkOS reports them).
pub(super) fn directories(list: &List<Directory>) -> Reading {
    let name = |d: &Directory| {
        crate::model::providers::find(&d.directory_type)
            .map(|p| p.name.to_owned())
            .unwrap_or_else(|| d.name.clone())
    };
    let find = |states: &[&str]| {
        list.data
            .iter()
            .find(|d| states.contains(&d.state.as_str()))
    };
    if let Some(linked) = find(&["linked", "active"]) {
        let counts = linked
            .metadata
            .as_ref()
            .map(|m| format!(" ({} users, {} groups)", m.users.active, m.groups))
            .unwrap_or_default();
        return reading(
            Setup::Active,
            format!("{} is syncing{counts}.", name(linked)),
            Some(&linked.directory_type),
        );
    }
    if let Some(broken) = find(&["invalid_credentials"]) {
        return reading(
            Setup::NeedsAttention,
            format!(
                "{}: WorkOS has not been able to sign in to the directory since {}.",
                name(broken),
                day_and_month(&broken.updated_at)
            ),
            Some(&broken.directory_type),
        );
    }
    match list.data.first() {
        Some(saved) => reading(
            Setup::InProgress,
            format!("{} is connected but not syncing yet.", name(saved)),
            Some(&saved.directory_type),
        ),
        None => reading(
            Setup::NotConfigured,
            "No directory connected yet.".into(),
            None,
        ),
    }
}
