//! Directory sync: what the organization's directories say.

use super::{
    mirror::DirectoryActivities,
    reading::{reading, Reading},
};
use crate::{
    model::{day_and_month, Setup},
    t,
};
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
        let counts = linked.metadata.as_ref().map(|m| {
            t!(
                "status-directory-counts",
                users = m.users.active,
                groups = m.groups
            )
        });
        let last_change = activity
            .get(&linked.id)
            .map(|a| a.last_change.as_str())
            .filter(|t| !t.is_empty());
        let (setup, summary) = syncing(name(linked), counts, last_change);
        return reading(setup, summary, Some(&linked.directory_type));
    }
    if let Some(broken) = find(&["invalid_credentials"]) {
        return reading(
            Setup::NeedsAttention,
            t!(
                "status-directory-credentials",
                provider = name(broken),
                date = day_and_month(&broken.updated_at)
            ),
            Some(&broken.directory_type),
        );
    }
    match list.data.first() {
        Some(saved) => reading(
            Setup::InProgress,
            t!("status-directory-saved", provider = name(saved)),
            Some(&saved.directory_type),
        ),
        None => reading(Setup::NotConfigured, t!("status-directory-none"), None),
    }
}

fn quiet(last_change: &str) -> bool {
    let format = time::format_description::well_known::Rfc3339;
    time::OffsetDateTime::parse(last_change, &format)
        .is_ok_and(|at| time::OffsetDateTime::now_utc() - at > QUIET_FOR)
}

/// A syncing directory's line: with its counts when WorkOS reports them, and its last
/// change when its events told one (a day without one needs a look).
fn syncing(provider: String, counts: Option<String>, last_change: Option<&str>) -> (Setup, String) {
    match last_change {
        Some(last) if quiet(last) => (
            Setup::NeedsAttention,
            t!(
                "status-directory-quiet",
                provider = provider,
                date = day_and_month(last)
            ),
        ),
        Some(last) => (
            Setup::Active,
            match counts {
                Some(counts) => t!(
                    "status-directory-syncing-counted-changed",
                    provider = provider,
                    counts = counts,
                    date = day_and_month(last)
                ),
                None => t!(
                    "status-directory-syncing-changed",
                    provider = provider,
                    date = day_and_month(last)
                ),
            },
        ),
        None => (
            Setup::Active,
            match counts {
                Some(counts) => t!(
                    "status-directory-syncing-counted",
                    provider = provider,
                    counts = counts
                ),
                None => t!("status-directory-syncing", provider = provider),
            },
        ),
    }
}
