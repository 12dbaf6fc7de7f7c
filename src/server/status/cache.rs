//! The cache behind the settings page: what WorkOS reports per organization and what
//! Portico's own records add, each read once per `status_cache_seconds` however many
//! people look.

use super::{certificates::certificate_events, fresh::FreshReads};
use crate::{
    model::Intent,
    server::{
        audit::Action,
        db::{self, Pool},
        metrics,
    },
};
use std::{
    sync::Arc,
    time::{Duration, SystemTime},
};
use url::Url;
use workos::{
    types::{
        AuditLogConfiguration, Connection, ConnectionFilter, Directory, DirectoryFilter, Event,
        List, ListOptions, Organization,
    },
    WorkosClient, WorkosError,
};

/// What WorkOS reports about one organization, each part read on its own.
#[derive(Clone, Debug)]
pub struct Live {
    pub(super) connections: Result<List<Connection>, WorkosError>,
    pub(super) directories: Result<List<Directory>, WorkosError>,
    pub(super) organization: Result<Organization, WorkosError>,
    pub(super) audit_logs: Result<AuditLogConfiguration, WorkosError>,
    /// The organization's SAML certificate events (expiring, renewed), newest first.
    pub(super) certificates: Result<List<Event>, WorkosError>,
    /// The organization's newest bring-your-own-key event: WorkOS has no read of it, so
    /// only its events (kept in the status mirror) tell.
    pub(super) byok: Option<Event>,
    /// What directories' user and group events told (kept in the status mirror).
    pub(super) directory_activity: super::mirror::DirectoryActivities,
    /// Set when parts WorkOS did not answer now are shown from an earlier read: when
    /// that read was, and why the new one failed.
    pub(super) stale: Option<(SystemTime, WorkosError)>,
}

impl Live {
    fn complete(&self) -> bool {
        self.connections.is_ok()
            && self.directories.is_ok()
            && self.organization.is_ok()
            && self.audit_logs.is_ok()
            && self.certificates.is_ok()
    }

    fn first_error(&self) -> Option<&WorkosError> {
        [
            self.connections.as_ref().err(),
            self.directories.as_ref().err(),
            self.organization.as_ref().err(),
            self.audit_logs.as_ref().err(),
            self.certificates.as_ref().err(),
        ]
        .into_iter()
        .flatten()
        .next()
    }

    /// This partial read with its failed parts taken from `earlier` (read at `when`)
    /// where that has them.
    fn patched_from(&self, earlier: &Live, when: SystemTime) -> Live {
        fn pick<T: Clone>(
            now: &Result<T, WorkosError>,
            before: &Result<T, WorkosError>,
            used: &mut bool,
        ) -> Result<T, WorkosError> {
            match (now, before) {
                (Err(_), Ok(old)) => {
                    *used = true;
                    Ok(old.clone())
                }
                _ => now.clone(),
            }
        }
        let mut used = false;
        let patched = Live {
            connections: pick(&self.connections, &earlier.connections, &mut used),
            directories: pick(&self.directories, &earlier.directories, &mut used),
            organization: pick(&self.organization, &earlier.organization, &mut used),
            audit_logs: pick(&self.audit_logs, &earlier.audit_logs, &mut used),
            certificates: pick(&self.certificates, &earlier.certificates, &mut used),
            byok: self.byok.clone().or_else(|| earlier.byok.clone()),
            directory_activity: self.directory_activity.clone(),
            stale: None,
        };
        Live {
            stale: used
                .then(|| self.first_error().cloned().map(|error| (when, error)))
                .flatten(),
            ..patched
        }
    }
}

/// What Portico's own database adds to the page: when each area was last opened from
/// here, and by whom.
#[derive(Debug, Default)]
pub struct Local {
    pub(super) opened: Vec<(Intent, db::audit::Latest)>,
    /// The provider picked per area (SSO, directory sync).
    pub(super) choices: Vec<(Intent, String)>,
    /// The setup invitation the organization's IT contact has now.
    pub(super) invitation: Option<db::invitations::Invitation>,
    /// Its admins' emails, if it shows them to its members (whom to ask).
    pub(super) admins_to_ask: Vec<String>,
}

impl Local {
    /// The provider the organization's admins picked for `intent`, if any.
    pub fn chosen(&self, intent: Intent) -> Option<&str> {
        self.choices
            .iter()
            .find(|(i, _)| *i == intent)
            .map(|(_, provider)| provider.as_str())
    }
}

/// How long the last complete read may stand in for WorkOS.
const LAST_GOOD_FOR: Duration = Duration::from_secs(24 * 60 * 60);
/// A fresh read is shared only while it is in flight; this bounds it should its end not
/// be seen.
const FRESH_SHARED_FOR: Duration = Duration::from_secs(1);

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
    pub(super) workos: WorkosClient,
    pub(super) db: Pool,
    /// Where admins can add an area their plan lacks (`upgrade_url`), for the page.
    pub(super) upgrade_url: Option<Url>,
    pub(super) live: moka::future::Cache<String, Arc<Live>>,
    /// How often each organization's `live` entry was forgotten, for reads meanwhile.
    pub(super) forgotten: super::instances::Forgettings,
    /// The fresh read in flight per organization, shared by those asked meanwhile.
    pub(super) fresh: moka::future::Cache<String, Arc<Live>>,
    /// Who may ask for fresh reads, and how often.
    pub(super) fresh_reads: Arc<FreshReads>,
    /// The last complete read per organization and when it was made, kept a day: shown,
    /// marked with its age, while WorkOS does not answer.
    last_good: moka::future::Cache<String, (Arc<Live>, SystemTime)>,
    /// Each user's organizations, for the switcher (the switch itself reads the
    /// memberships afresh): one SQLite read per `ttl`, not per view.
    organizations_of: moka::future::Cache<i64, Arc<Vec<(i64, String)>>>,
    pub(super) local: moka::future::Cache<i64, Arc<Local>>,
    /// The providers the admins picked, per organization: a link does not change them.
    pub(super) choices: moka::future::Cache<i64, Arc<Vec<(String, String)>>>,
    /// Tells the other instances sharing the database what changed here.
    pub(super) announcer: db::changes::Announcer,
    /// Tells live pages on this instance which organization's status changed (here or,
    /// through `db::changes`, on another instance).
    pub(super) changed: tokio::sync::broadcast::Sender<Arc<str>>,
    /// Views read the status mirror (WorkOS's events keep it current) when set, and
    /// read WorkOS in full again once the last full read is this old.
    pub(super) mirror_full_read: Option<Duration>,
}

/// A cache whose entries are kept `ttl`, at most `entries` of them.
fn kept_for<K, V>(ttl: Duration, entries: u64) -> moka::future::Cache<K, V>
where
    K: std::hash::Hash + Eq + Send + Sync + 'static,
    V: Clone + Send + Sync + 'static,
{
    moka::future::Cache::builder()
        .time_to_live(ttl)
        .max_capacity(entries)
        .build()
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
    pub fn new(
        workos: WorkosClient,
        db: Pool,
        upgrade_url: Option<Url>,
        (ttl, entries): (Duration, u64),
        fresh_reads: FreshReads,
    ) -> StatusCache {
        StatusCache {
            workos,
            announcer: db::changes::Announcer::start(&db),
            db,
            upgrade_url,
            fresh: kept_for(FRESH_SHARED_FOR, entries),
            fresh_reads: Arc::new(fresh_reads),
            live: kept_for(ttl, entries),
            forgotten: super::instances::Forgettings::new(entries),
            local: kept_for(ttl, entries),
            last_good: kept_for(LAST_GOOD_FOR, entries),
            organizations_of: kept_for(ttl, entries),
            choices: kept_for(ttl, entries),
            mirror_full_read: None,
            changed: tokio::sync::broadcast::channel(1024).0,
        }
    }

    /// Views read the status mirror before WorkOS, with a full read every
    /// `full_read_every`: only where WorkOS's events arrive (webhooks or polling) to keep
    /// it current (`None` otherwise).
    pub fn mirrored(self, full_read_every: Option<Duration>) -> StatusCache {
        StatusCache {
            mirror_full_read: full_read_every,
            ..self
        }
    }

    /// Portico's own facts about the organization, read once per `ttl`. A failed read
    /// is logged, shown as nothing known, and not kept.
    pub async fn local(&self, organization_id: i64) -> Arc<Local> {
        // A hit is one lookup. The read's future is large (its queries' state), and every
        // page render moves the futures it awaits: it is made, boxed, on a miss only.
        match self.local.get(&organization_id).await {
            Some(local) => local,
            None => Box::pin(self.read_local(organization_id)).await,
        }
    }

    async fn read_local(&self, organization_id: i64) -> Arc<Local> {
        let db = &self.db;
        let read = async {
            let intents: Vec<&str> = Intent::ALL.iter().map(|i| i.as_str()).collect();
            let (opened, choices, invitation, admins_to_ask) = tokio::try_join!(
                db::audit::latest_by_detail(
                    db,
                    organization_id,
                    Action::CreatePortalLink.as_str(),
                    &intents
                ),
                db::organizations::provider_choices(db, organization_id),
                db::invitations::current(db, organization_id),
                db::users::admins_shown_to_members(db, organization_id),
            )?;
            let choices = choices
                .into_iter()
                .filter_map(|(intent, provider)| Intent::parse(&intent).ok().map(|i| (i, provider)))
                .collect();
            let opened = opened
                .into_iter()
                .filter_map(|latest| Intent::parse(&latest.detail).ok().map(|i| (i, latest)))
                .collect();
            Ok::<_, sqlx::Error>(Arc::new(Local {
                opened,
                choices,
                invitation,
                admins_to_ask,
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

    /// The user's organizations, read once per `ttl`; a failed read shows none.
    pub async fn organizations_of(&self, user_id: i64) -> Arc<Vec<(i64, String)>> {
        match self.organizations_of.get(&user_id).await {
            Some(organizations) => organizations,
            None => Box::pin(self.read_organizations_of(user_id)).await,
        }
    }

    async fn read_organizations_of(&self, user_id: i64) -> Arc<Vec<(i64, String)>> {
        self.organizations_of
            .try_get_with(user_id, async {
                db::users::organizations_of(&self.db, user_id)
                    .await
                    .map(Arc::new)
            })
            .await
            .unwrap_or_else(|error| {
                tracing::warn!(%error, "could not list the user's organizations");
                Arc::default()
            })
    }

    /// The organization's live status, from the cache unless `fresh` (e.g. just back
    /// from the Admin Portal, where the admin changed it; [`FreshReads`] decides who may).
    pub async fn get(&self, organization_id: &str, fresh: bool) -> Arc<Live> {
        // Five WorkOS calls at once make a large future: boxed, and made on a miss only.
        if fresh {
            metrics::status_lookup(false);
            return Box::pin(self.read_fresh(organization_id)).await;
        }
        let cached = self.live.get(organization_id).await;
        metrics::status_lookup(cached.is_some());
        match cached {
            Some(live) => live,
            None => Box::pin(self.read_live_through(organization_id, true)).await,
        }
    }

    /// A read made now: concurrent fresh reads of one organization share one round of
    /// calls. One asked after it ended reads anew (an admin who asks again wants what
    /// changed since).
    async fn read_fresh(&self, organization_id: &str) -> Arc<Live> {
        let read = async {
            self.live.invalidate(organization_id).await;
            self.read_live_through(organization_id, false).await
        };
        let live = self.fresh.get_with(organization_id.to_owned(), read).await;
        self.fresh.invalidate(organization_id).await;
        live
    }

    /// The status through the cache: from the mirror when `mirrored` allows and it has
    /// it, else read from WorkOS.
    async fn read_live_through(&self, organization_id: &str, mirrored: bool) -> Arc<Live> {
        let read = async {
            let read = || self.read_mirrored(organization_id, mirrored);
            let live = self.forgotten.read_unforgotten(organization_id, read).await;
            if live.complete() {
                let live = Arc::new(live);
                self.last_good
                    .insert(
                        organization_id.to_owned(),
                        (Arc::clone(&live), SystemTime::now()),
                    )
                    .await;
                Ok(live)
            } else {
                Err(live)
            }
        };
        // A partial read comes back as the (shared, uncached) error: its gaps are filled
        // from the last complete read where there is one, marked as such.
        match self
            .live
            .try_get_with(organization_id.to_owned(), read)
            .await
        {
            Ok(live) => live,
            Err(partial) => match self.last_good.get(organization_id).await {
                Some((earlier, when)) => Arc::new(partial.patched_from(&earlier, when)),
                None => partial,
            },
        }
    }
}

pub(super) async fn read_live(workos: &WorkosClient, id: &str) -> Live {
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
    let (connections, directories, organization, audit_logs, certificates) = tokio::join!(
        workos.list_connections(&connections_of, &first_hundred),
        workos.list_directories(&directories_of, &first_hundred),
        workos.get_organization(id),
        workos.get_audit_log_configuration(id),
        certificate_events(workos, id),
    );
    Live {
        connections,
        directories,
        organization,
        audit_logs,
        certificates,
        byok: None,
        directory_activity: Default::default(),
        stale: None,
    }
}
