//! Directory sync: what the organization's directories say.

use super::{
    mirror::DirectoryActivities,
    reading::{reading, Reading},
};
use crate::model::{day_and_month, Setup};
use workos::types::{Directory, List};

/// A syncing directory whose last change is older than this needs a look.
const QUIET_FOR: time::Duration = time::Duration::days(1);

/// Active while a directory syncs (with its counts when WorkOS reports them, and its
/// last change when its events told one); a directory that has synced no change for a
/// day, or that WorkOS cannot sign in to, needs attention.
pub(super) fn directories(list: &List<Directory>, activity: &DirectoryActivities) -> Reading {
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
        let last_change = activity
            .get(&linked.id)
            .map(|a| a.last_change.as_str())
            .filter(|t| !t.is_empty());
        let (setup, summary) = match last_change {
            Some(last) if quiet(last) => (
                Setup::NeedsAttention,
                format!(
                    "{} has synced no change since {}: check that it still syncs.",
                    name(linked),
                    day_and_month(last)
                ),
            ),
            Some(last) => (
                Setup::Active,
                format!(
                    "{} is syncing{counts}; last change {}.",
                    name(linked),
                    day_and_month(last)
                ),
            ),
            None => (
                Setup::Active,
                format!("{} is syncing{counts}.", name(linked)),
            ),
        };
        return reading(setup, summary, Some(&linked.directory_type));
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

fn quiet(last_change: &str) -> bool {
    let format = time::format_description::well_known::Rfc3339;
    time::OffsetDateTime::parse(last_change, &format)
        .is_ok_and(|at| time::OffsetDateTime::now_utc() - at > QUIET_FOR)
}
