//! The live configuration status the settings page shows: read from WorkOS, cached per
//! organization for a short time, with one read at a time per organization.

use super::{auth::SignedInUser, db, state::AppState};
use crate::domain::{AppError, Intent, IntentStatus, OrgOverview};
use std::{sync::Arc, time::Duration};
use workos::{
    types::{
        Connection, ConnectionFilter, Directory, DirectoryFilter, List, ListOptions, Organization,
    },
    WorkosClient, WorkosError,
};

/// What WorkOS reports about one organization, each part read on its own.
#[derive(Debug)]
pub struct Live {
    connections: Result<List<Connection>, WorkosError>,
    directories: Result<List<Directory>, WorkosError>,
    organization: Result<Organization, WorkosError>,
}

impl Live {
    fn complete(&self) -> bool {
        self.connections.is_ok() && self.directories.is_ok() && self.organization.is_ok()
    }
}

/// Live status per WorkOS organization, kept `ttl` and at most `entries` organizations
/// (least recently used go first). Concurrent views of one organization share a single
/// read: a hundred admins opening the page at once make one set of WorkOS calls. A read
/// that failed in part is shared with those waiting for it but not kept.
#[derive(Clone)]
pub struct StatusCache {
    live: moka::future::Cache<String, Arc<Live>>,
}

impl std::fmt::Debug for StatusCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StatusCache")
            .field("organizations", &self.live.entry_count())
            .finish()
    }
}

impl StatusCache {
    pub fn new(ttl: Duration, entries: u64) -> StatusCache {
        StatusCache {
            live: moka::future::Cache::builder()
                .time_to_live(ttl)
                .max_capacity(entries)
                .build(),
        }
    }

    /// The organization's live status, from the cache unless `fresh` (e.g. just back
    /// from the Admin Portal, where the admin changed it).
    pub async fn get(
        &self,
        workos: &WorkosClient,
        organization_id: &str,
        fresh: bool,
    ) -> Arc<Live> {
        if fresh {
            self.live.invalidate(organization_id).await;
        }
        let read = async {
            let live = read_live(workos, organization_id).await;
            if live.complete() {
                Ok(Arc::new(live))
            } else {
                Err(live)
            }
        };
        // A partial read comes back as the (shared, uncached) error: shown all the same.
        self.live
            .try_get_with(organization_id.to_owned(), read)
            .await
            .unwrap_or_else(|partial| partial)
    }
}

async fn read_live(workos: &WorkosClient, id: &str) -> Live {
    let first_hundred = ListOptions {
        limit: Some(100),
        ..Default::default()
    };
    let connections_of = ConnectionFilter {
        organization_id: Some(id.to_owned()),
        ..Default::default()
    };
    let directories_of = DirectoryFilter {
        organization_id: Some(id.to_owned()),
        ..Default::default()
    };
    let (connections, directories, organization) = tokio::join!(
        workos.list_connections(&connections_of, &first_hundred),
        workos.list_directories(&directories_of, &first_hundred),
        workos.get_organization(id),
    );
    Live {
        connections,
        directories,
        organization,
    }
}

pub async fn overview(state: &AppState, user: &SignedInUser, fresh: bool) -> OrgOverview {
    let who = &user.membership;
    let mut statuses: Vec<IntentStatus> = Vec::with_capacity(Intent::ALL.len());
    let mut status_error = None;

    let live = match &who.workos_organization_id {
        Some(id) => Some(state.status_cache.get(&state.workos, id, fresh).await),
        None => None,
    };
    let opened = last_opened(state, who.organization_id).await;

    for intent in Intent::ALL {
        let status = match (&live, intent) {
            (Some(live), Intent::Sso) => from_live(&live.connections, &mut status_error, |list| {
                let active: Vec<_> = list.data.iter().filter(|c| c.state == "active").collect();
                match active.as_slice() {
                    [] if list.data.is_empty() => {
                        (false, "No identity provider connected yet.".to_owned())
                    }
                    [] => (
                        false,
                        format!("{} connection(s), none active yet.", list.data.len()),
                    ),
                    [one] => (
                        true,
                        format!("{} connection active.", provider_name(&one.connection_type)),
                    ),
                    many => (true, format!("{} connections active.", many.len())),
                }
            }),
            (Some(live), Intent::Dsync) => {
                from_live(&live.directories, &mut status_error, |list| {
                    match list
                        .data
                        .iter()
                        .find(|d| d.state == "linked" || d.state == "active")
                    {
                        Some(d) => (true, format!("{} directory linked.", d.name)),
                        None if list.data.is_empty() => {
                            (false, "No directory connected yet.".to_owned())
                        }
                        None => (
                            false,
                            "A directory is connected but not linked yet.".to_owned(),
                        ),
                    }
                })
            }
            (Some(live), Intent::DomainVerification) => {
                from_live(&live.organization, &mut status_error, |org| {
                    let verified: Vec<_> = org
                        .domains
                        .iter()
                        .filter(|d| d.state == "verified")
                        .map(|d| d.domain.as_str())
                        .collect();
                    if verified.is_empty() {
                        (false, "No verified domain yet.".to_owned())
                    } else {
                        (true, format!("Verified: {}.", verified.join(", ")))
                    }
                })
            }
            _ => (
                None,
                match opened.iter().find(|(i, _)| *i == intent) {
                    Some((_, at)) => {
                        format!("Admin Portal last opened {}.", &at[..10.min(at.len())])
                    }
                    None => "Not opened from Portico yet.".to_owned(),
                },
            ),
        };
        statuses.push(IntentStatus {
            intent,
            configured: status.0,
            summary: status.1,
        });
    }
    let admin_emails = db::users::admin_emails(&state.db, who.organization_id)
        .await
        .unwrap_or_default();
    OrgOverview {
        user: user.view(),
        statuses,
        admin_emails,
        status_error,
    }
}

fn from_live<T>(
    result: &Result<T, WorkosError>,
    status_error: &mut Option<String>,
    read: impl FnOnce(&T) -> (bool, String),
) -> (Option<bool>, String) {
    match result {
        Ok(value) => {
            let (configured, summary) = read(value);
            (Some(configured), summary)
        }
        Err(error) => {
            tracing::warn!(%error, "could not read live status from WorkOS");
            if status_error.is_none() {
                let shown: AppError = error.clone().into();
                *status_error = Some(shown.message);
            }
            (None, "Status unavailable right now.".to_owned())
        }
    }
}

/// Latest "portal opened" per intent, from Portico's own audit trail.
async fn last_opened(state: &AppState, organization_id: i64) -> Vec<(Intent, String)> {
    let intents: Vec<&str> = Intent::ALL.iter().map(|i| i.as_str()).collect();
    let rows =
        db::audit::latest_by_detail(&state.db, organization_id, "portal_link.created", &intents)
            .await
            .unwrap_or_else(|error| {
                tracing::warn!(%error, "could not read when areas were last opened");
                Vec::new()
            });
    rows.into_iter()
        .filter_map(|(detail, at)| Intent::parse(&detail).ok().map(|i| (i, at)))
        .collect()
}

/// "OktaSAML" → "Okta SAML", for people.
pub fn provider_name(connection_type: &str) -> String {
    crate::domain::providers::find(connection_type)
        .map(|p| p.name.to_owned())
        .unwrap_or_else(|| connection_type.to_owned())
}
