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

/// What Portico's own database adds to the page: when each area was last opened from
/// here, and whom a member should ask.
#[derive(Debug, Default)]
pub struct Local {
    opened: Vec<(Intent, String)>,
    admin_emails: Vec<String>,
}

/// Live status per WorkOS organization, kept `ttl` and at most `entries` organizations
/// (least recently used go first). Concurrent views of one organization share a single
/// read: a hundred admins opening the page at once make one set of WorkOS calls. A read
/// that failed in part is shared with those waiting for it but not kept.
///
/// Portico's own facts per organization are kept the same way: two SQLite reads per
/// view were most of the settings page's database time. A new portal link forgets them
/// (so "last opened" is exact); the admin list may be `ttl` old, as the live status may.
#[derive(Clone)]
pub struct StatusCache {
    live: moka::future::Cache<String, Arc<Live>>,
    local: moka::future::Cache<i64, Arc<Local>>,
}

impl std::fmt::Debug for StatusCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StatusCache")
            .field("organizations", &self.live.entry_count())
            .field("local", &self.local.entry_count())
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
            local: moka::future::Cache::builder()
                .time_to_live(ttl)
                .max_capacity(entries)
                .build(),
        }
    }

    /// Portico's own facts about the organization, read once per `ttl`. A failed read
    /// is logged, shown as nothing known, and not kept.
    pub async fn local(&self, db: &sqlx::SqlitePool, organization_id: i64) -> Arc<Local> {
        let read = async {
            let intents: Vec<&str> = Intent::ALL.iter().map(|i| i.as_str()).collect();
            let (opened, admin_emails) = tokio::try_join!(
                db::audit::latest_by_detail(db, organization_id, "portal_link.created", &intents),
                db::users::admin_emails(db, organization_id),
            )?;
            let opened = opened
                .into_iter()
                .filter_map(|(detail, at)| Intent::parse(&detail).ok().map(|i| (i, at)))
                .collect();
            Ok::<_, sqlx::Error>(Arc::new(Local {
                opened,
                admin_emails,
            }))
        };
        self.local
            .try_get_with(organization_id, read)
            .await
            .unwrap_or_else(|error| {
                tracing::warn!(%error, "could not read the organization's own records");
                Arc::default()
            })
    }

    /// A portal link was just made for the organization: its "last opened" changed.
    pub async fn forget_local(&self, organization_id: i64) {
        self.local.invalidate(&organization_id).await;
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
    let local = state
        .status_cache
        .local(&state.db, who.organization_id)
        .await;
    let opened = &local.opened;

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
    OrgOverview {
        user: user.view(),
        statuses,
        admin_emails: local.admin_emails.clone(),
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

/// "OktaSAML" → "Okta SAML", for people.
pub fn provider_name(connection_type: &str) -> String {
    crate::domain::providers::find(connection_type)
        .map(|p| p.name.to_owned())
        .unwrap_or_else(|| connection_type.to_owned())
}
