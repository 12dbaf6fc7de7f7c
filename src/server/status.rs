//! The live configuration status the settings page shows: read from WorkOS, cached per
//! organization for a short time, with one read at a time per organization.

use super::{audit, auth::SignedInUser, db, state::AppState};
use crate::domain::{
    AppError, DomainClaim, DomainState, Intent, IntentStatus, ItInvitation, OrgOverview, Role,
    Setup,
};
use std::{
    sync::Arc,
    time::{Duration, SystemTime},
};
use workos::{
    types::{
        AuditLogConfiguration, CertificateRenewalRequired, Connection, ConnectionFilter, Directory,
        DirectoryFilter, Event, EventFilter, List, ListOptions, Order, Organization,
    },
    WorkosClient, WorkosError,
};

/// What WorkOS reports about one organization, each part read on its own.
#[derive(Clone, Debug)]
pub struct Live {
    connections: Result<List<Connection>, WorkosError>,
    directories: Result<List<Directory>, WorkosError>,
    organization: Result<Organization, WorkosError>,
    audit_logs: Result<AuditLogConfiguration, WorkosError>,
    /// The organization's SAML certificate events (expiring, renewed), newest first.
    certificates: Result<List<Event>, WorkosError>,
    /// Set when parts WorkOS did not answer now are shown from an earlier read: when
    /// that read was, and why the new one failed.
    stale: Option<(SystemTime, WorkosError)>,
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
    opened: Vec<(Intent, db::audit::Latest)>,
    /// The provider picked per area (SSO, directory sync).
    choices: Vec<(Intent, String)>,
    /// The setup invitation the organization's IT contact has now.
    invitation: Option<db::invitations::Invitation>,
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
    /// The last complete read per organization and when it was made, kept a day: shown,
    /// marked with its age, while WorkOS does not answer.
    last_good: moka::future::Cache<String, (Arc<Live>, SystemTime)>,
    /// Each user's organizations, for the switcher (the switch itself reads the
    /// memberships afresh): one SQLite read per `ttl`, not per view.
    organizations_of: moka::future::Cache<i64, Arc<Vec<(i64, String)>>>,
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
            last_good: moka::future::Cache::builder()
                .time_to_live(LAST_GOOD_FOR)
                .max_capacity(entries)
                .build(),
            organizations_of: moka::future::Cache::builder()
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
            let (opened, choices, invitation) = tokio::try_join!(
                db::audit::latest_by_detail(
                    db,
                    organization_id,
                    audit::Action::CreatePortalLink.as_str(),
                    &intents
                ),
                db::organizations::provider_choices(db, organization_id),
                db::invitations::current(db, organization_id),
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
    pub async fn organizations_of(
        &self,
        db: &sqlx::SqlitePool,
        user_id: i64,
    ) -> Arc<Vec<(i64, String)>> {
        self.organizations_of
            .try_get_with(user_id, async {
                db::users::organizations_of(db, user_id).await.map(Arc::new)
            })
            .await
            .unwrap_or_else(|error| {
                tracing::warn!(%error, "could not list the user's organizations");
                Arc::default()
            })
    }

    /// A portal link was just made, or a provider picked: the organization's own facts
    /// changed.
    pub async fn forget_local(&self, organization_id: i64) {
        self.local.invalidate(&organization_id).await;
    }

    /// Something changed the organization at WorkOS from here (a domain claimed,
    /// checked or removed): the next view reads it afresh.
    pub async fn forget_live(&self, workos_organization_id: &str) {
        self.live.invalidate(workos_organization_id).await;
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
    // Events list oldest first unless asked: the newest are what the card needs.
    let newest_hundred = ListOptions {
        limit: Some(100),
        order: Some(Order::Desc),
        ..Default::default()
    };
    let certificate_events = EventFilter {
        events: vec![
            CERTIFICATE_EXPIRING.to_owned(),
            CERTIFICATE_RENEWED.to_owned(),
        ],
        organization_id: Some(id.to_owned()),
        ..Default::default()
    };
    let (connections, directories, organization, audit_logs, certificates) = tokio::join!(
        workos.list_connections(&connections_of, &first_hundred),
        workos.list_directories(&directories_of, &first_hundred),
        workos.get_organization(id),
        workos.get_audit_log_configuration(id),
        workos.list_events(&certificate_events, &newest_hundred),
    );
    Live {
        connections,
        directories,
        organization,
        audit_logs,
        certificates,
        stale: None,
    }
}

pub async fn overview(state: &AppState, user: &SignedInUser, fresh: bool) -> OrgOverview {
    let who = &user.membership;
    let mut status_error = None;
    let live = match &who.workos_organization_id {
        Some(id) => Some(state.status_cache.get(&state.workos, id, fresh).await),
        None => None,
    };
    let local = state
        .status_cache
        .local(&state.db, who.organization_id)
        .await;
    if let Some((when, error)) = live.as_ref().and_then(|l| l.stale.clone()) {
        let shown: AppError = error.into();
        status_error = Some(format!(
            "{} Showing what WorkOS reported {}.",
            shown.message,
            age(when)
        ));
    }
    let statuses = Intent::ALL
        .into_iter()
        .map(|intent| {
            let reading = match (&live, intent) {
                (Some(live), Intent::Sso) => from_live(&live.connections, &mut status_error, sso),
                (Some(live), Intent::Dsync) => {
                    from_live(&live.directories, &mut status_error, directories)
                }
                (Some(live), Intent::DomainVerification) => {
                    from_live(&live.organization, &mut status_error, domains)
                }
                (Some(live), Intent::LogStreams) => {
                    from_live(&live.audit_logs, &mut status_error, log_stream)
                }
                (Some(live), Intent::AuditLogs) => {
                    from_live(&live.audit_logs, &mut status_error, audit_logs)
                }
                (Some(live), Intent::CertificateRenewal) => {
                    let read =
                        |events: &List<Event>| certificates(events, live.connections.as_ref().ok());
                    match from_live(&live.certificates, &mut status_error, read) {
                        // Nothing reported: what Portico knows is all there is to say.
                        Reading {
                            setup: None,
                            summary,
                            provider,
                        } => Reading {
                            summary: format!(
                                "{summary} {}",
                                what_portico_knows(&local.opened, intent, who.role)
                            ),
                            setup: None,
                            provider,
                        },
                        known => known,
                    }
                }
                _ => Reading {
                    setup: None,
                    summary: what_portico_knows(&local.opened, intent, who.role),
                    provider: None,
                },
            };
            if !who.features.includes(intent) {
                // Outside the plan: no status to show, and no setup to start.
                return IntentStatus {
                    intent,
                    setup: None,
                    summary: "Included in the Enterprise plan.".to_owned(),
                    provider: None,
                    chosen_provider: None,
                    included: false,
                };
            }
            IntentStatus {
                intent,
                setup: reading.setup,
                summary: reading.summary,
                provider: reading.provider,
                chosen_provider: local.chosen(intent).map(str::to_owned),
                included: true,
            }
        })
        .collect();
    let organizations = state
        .status_cache
        .organizations_of(&state.db, who.user_id)
        .await;
    // The TXT records are for those who can act on them.
    let domains = match (&live, who.role) {
        (Some(live), Role::Admin) => live
            .organization
            .as_ref()
            .map(domain_claims)
            .unwrap_or_default(),
        _ => Vec::new(),
    };
    let invitation = match who.role {
        Role::Admin => local.invitation.as_ref().map(|sent| ItInvitation {
            email: sent.email.clone(),
            intents: sent
                .intents
                .split(',')
                .filter_map(|name| Intent::parse(name).ok())
                .collect(),
            invited_on: day_and_month(&sent.invited_at),
        }),
        Role::Member => None,
    };
    OrgOverview {
        embed: None,
        upgrade_url: state
            .settings
            .upgrade_url
            .as_ref()
            .map(|url| url.to_string()),
        invitation,
        domains,
        user: user.view(),
        statuses,
        status_error,
        organizations: organizations.to_vec(),
        current_organization: who.organization_id,
    }
}

/// What one area's read says.
#[derive(Debug, PartialEq)]
struct Reading {
    setup: Option<Setup>,
    summary: String,
    provider: Option<String>,
}

fn reading(setup: Setup, summary: String, provider: Option<&str>) -> Reading {
    Reading {
        setup: Some(setup),
        summary,
        provider: provider.map(str::to_owned),
    }
}

fn from_live<T>(
    result: &Result<T, WorkosError>,
    status_error: &mut Option<String>,
    read: impl FnOnce(&T) -> Reading,
) -> Reading {
    match result {
        Ok(value) => read(value),
        Err(error) => {
            tracing::warn!(%error, "could not read live status from WorkOS");
            if status_error.is_none() {
                let shown: AppError = error.clone().into();
                *status_error = Some(shown.message);
            }
            Reading {
                setup: None,
                summary: "Status unavailable right now.".to_owned(),
                provider: None,
            }
        }
    }
}

/// Active if any connection is; else the first one saved but not active; else broken.
fn sso(list: &List<Connection>) -> Reading {
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
                "{} is {}: nobody can sign in through it.",
                name(broken),
                broken.state
            ),
            Some(&broken.connection_type),
        ),
    }
}

/// Active while a directory syncs (with its counts when WorkOS reports them).
fn directories(list: &List<Directory>) -> Reading {
    let name = |d: &Directory| {
        crate::domain::providers::find(&d.directory_type)
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
            format!("{}: WorkOS cannot sign in to the directory.", name(broken)),
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

fn domain_claims(organization: &Organization) -> Vec<DomainClaim> {
    organization
        .domains
        .iter()
        .map(|d| DomainClaim {
            id: d.id.clone(),
            domain: d.domain.clone(),
            state: DomainState::from_workos(&d.state),
            record: d
                .verification_prefix
                .as_deref()
                .zip(d.verification_token.as_deref())
                .map(|(prefix, token)| (format!("{prefix}.{}", d.domain), token.to_owned())),
        })
        .collect()
}

fn domains(organization: &Organization) -> Reading {
    let with_state = |state: &str| -> Vec<&str> {
        organization
            .domains
            .iter()
            .filter(|d| d.state == state)
            .map(|d| d.domain.as_str())
            .collect()
    };
    let (verified, failed, pending) = (
        with_state("verified"),
        with_state("failed"),
        with_state("pending"),
    );
    if !failed.is_empty() {
        reading(
            Setup::NeedsAttention,
            format!(
                "Verification failed for {}: check the DNS record.",
                failed.join(", ")
            ),
            None,
        )
    } else if !verified.is_empty() {
        reading(
            Setup::Active,
            format!("Verified: {}.", verified.join(", ")),
            None,
        )
    } else if !pending.is_empty() {
        let waiting = match pending.as_slice() {
            [one] => format!("{one} is waiting for its DNS record."),
            many => format!("{} are waiting for their DNS records.", many.join(", ")),
        };
        reading(Setup::InProgress, waiting, None)
    } else {
        reading(Setup::NotConfigured, "No domain verified yet.".into(), None)
    }
}

/// Log stream destinations as people call them.
fn destination(stream_type: &str) -> &str {
    match stream_type {
        "Datadog" => "Datadog",
        "Splunk" => "Splunk",
        "S3" => "Amazon S3",
        "GoogleCloudStorage" => "Google Cloud Storage",
        "AzureSentinel" => "Microsoft Sentinel",
        "Snowflake" => "Snowflake",
        "GenericHttps" => "an HTTPS endpoint",
        other => other,
    }
}

fn log_stream(configuration: &AuditLogConfiguration) -> Reading {
    match &configuration.log_stream {
        None => reading(Setup::NotConfigured, "No log stream set up.".into(), None),
        Some(stream) => {
            let to = destination(&stream.stream_type);
            match stream.state.as_str() {
                "active" => reading(Setup::Active, format!("Streaming to {to}."), None),
                "inactive" => reading(
                    Setup::InProgress,
                    format!("Set up for {to}, not streaming yet."),
                    None,
                ),
                _ => reading(
                    Setup::NeedsAttention,
                    format!("Streaming to {to} is failing."),
                    None,
                ),
            }
        }
    }
}

fn audit_logs(configuration: &AuditLogConfiguration) -> Reading {
    match configuration.state.as_str() {
        "active" => reading(
            Setup::Active,
            format!(
                "Events are kept {} days.",
                configuration.retention_period_in_days
            ),
            None,
        ),
        _ => reading(
            Setup::NotConfigured,
            "Audit logs are not enabled.".into(),
            None,
        ),
    }
}

const CERTIFICATE_EXPIRING: &str = "connection.saml_certificate_renewal_required";
const CERTIFICATE_RENEWED: &str = "connection.saml_certificate_renewed";

/// Certificate renewal from WorkOS's events (newest first): an expiring certificate not
/// renewed since needs attention; a renewal is shown with the new expiry.
fn certificates(events: &List<Event>, connections: Option<&List<Connection>>) -> Reading {
    let connection_name = |id: &str| {
        connections
            .and_then(|list| list.data.iter().find(|c| c.id == id))
            .map(|c| provider_name(&c.connection_type))
            .unwrap_or_else(|| "A SAML connection".to_owned())
    };
    let latest = |name: &str| events.data.iter().find(|e| e.event == name);
    let expiring = latest(CERTIFICATE_EXPIRING).and_then(|e| {
        serde_json::from_value::<CertificateRenewalRequired>(e.data.clone())
            .ok()
            .map(|data| (e, data))
    });
    let renewed = latest(CERTIFICATE_RENEWED);
    match (expiring, renewed) {
        (Some((event, data)), renewed)
            if renewed.is_none_or(|r| r.created_at < event.created_at) =>
        {
            let name = connection_name(&data.connection.id);
            let day = day_and_month(&data.certificate.expiry_date);
            let summary = if data.certificate.is_expired || data.days_until_expiry < 0 {
                format!(
                    "{name}'s SAML certificate expired on {day}: renew it so people can sign in."
                )
            } else {
                let days = match data.days_until_expiry {
                    0 => "today".to_owned(),
                    1 => "tomorrow".to_owned(),
                    n => format!("in {n} days"),
                };
                format!("{name}'s SAML certificate expires on {day} ({days}).")
            };
            reading(Setup::NeedsAttention, summary, None)
        }
        (_, Some(renewal)) => {
            let until = renewal
                .data
                .pointer("/certificate/expiry_date")
                .and_then(|v| v.as_str())
                .map(|d| format!(", valid until {}", day_and_month(d)))
                .unwrap_or_default();
            reading(
                Setup::Active,
                format!(
                    "Certificate renewed on {}{until}.",
                    day_and_month(&renewal.created_at)
                ),
                None,
            )
        }
        _ => Reading {
            setup: None,
            summary: "WorkOS reported no expiring certificate in the last 30 days.".to_owned(),
            provider: None,
        },
    }
}

/// For areas WorkOS gives no read of: who last opened the portal for it from here, when.
/// Members see that an admin acted, not who: admins' emails are for admins.
fn what_portico_knows(
    opened: &[(Intent, db::audit::Latest)],
    intent: Intent,
    viewer: Role,
) -> String {
    match opened.iter().find(|(i, _)| *i == intent) {
        Some((_, latest)) => {
            let day = day_and_month(&latest.occurred_at);
            match (&latest.actor_email, viewer) {
                (Some(email), Role::Admin) => format!("Admin Portal opened by {email} on {day}."),
                _ => format!("Admin Portal opened by an admin on {day}."),
            }
        }
        None => "Not opened from Portico yet.".to_owned(),
    }
}

/// "3 minutes ago", for the age of a status shown from an earlier read.
fn age(when: SystemTime) -> String {
    let seconds = SystemTime::now()
        .duration_since(when)
        .unwrap_or_default()
        .as_secs();
    match seconds {
        0..=59 => "less than a minute ago".to_owned(),
        60..=119 => "1 minute ago".to_owned(),
        120..=3599 => format!("{} minutes ago", seconds / 60),
        3600..=7199 => "1 hour ago".to_owned(),
        _ => format!("{} hours ago", seconds / 3600),
    }
}

/// "2026-11-27T09:15:00.000Z" → "27 Nov 2026".
pub(super) fn day_and_month(timestamp: &str) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let parts: Vec<&str> = timestamp.get(..10).unwrap_or_default().split('-').collect();
    match parts.as_slice() {
        [year, month, day] => match month.parse::<usize>().ok().and_then(|m| MONTHS.get(m - 1)) {
            Some(month) => format!("{} {month} {year}", day.trim_start_matches('0')),
            None => timestamp.to_owned(),
        },
        _ => timestamp.to_owned(),
    }
}

/// "OktaSAML" → "Okta SAML", for people.
pub fn provider_name(connection_type: &str) -> String {
    crate::domain::providers::find(connection_type)
        .map(|p| p.name.to_owned())
        .unwrap_or_else(|| connection_type.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn connections(states: &[(&str, &str)]) -> List<Connection> {
        let data: Vec<_> = states
            .iter()
            .enumerate()
            .map(|(i, (kind, state))| {
                json!({"object": "connection", "id": format!("conn_{i}"), "organization_id": "org_1",
                       "name": "x", "connection_type": kind, "state": state, "status": "linked",
                       "domains": [], "created_at": "2026-11-27T09:00:00.000Z",
                       "updated_at": "2026-11-27T09:00:00.000Z"})
            })
            .collect();
        serde_json::from_value(json!({"object": "list", "data": data, "list_metadata": {}}))
            .unwrap()
    }

    /// A directory's type, state and (users, groups) when reported.
    type DirectoryEntry<'a> = (&'a str, &'a str, Option<(u64, u64)>);

    fn directories(entries: &[DirectoryEntry]) -> List<Directory> {
        let data: Vec<_> = entries
            .iter()
            .map(|(kind, state, counts)| {
                let mut d = json!({"object": "directory", "id": "directory_1", "organization_id": "org_1",
                       "name": "Acme directory", "external_key": "k", "type": kind, "state": state,
                       "created_at": "2026-11-27T09:00:00.000Z", "updated_at": "2026-11-27T09:00:00.000Z"});
                if let Some((users, groups)) = counts {
                    d["metadata"] = json!({"users": {"active": users, "inactive": 0}, "groups": groups});
                }
                d
            })
            .collect();
        serde_json::from_value(json!({"object": "list", "data": data, "list_metadata": {}}))
            .unwrap()
    }

    #[test]
    fn sso_is_active_only_when_a_connection_is() {
        let none = sso(&connections(&[]));
        assert_eq!(none.setup, Some(Setup::NotConfigured));
        let draft = sso(&connections(&[("OktaSAML", "draft")]));
        assert_eq!(
            draft,
            reading(
                Setup::InProgress,
                "Okta SAML is saved but not active yet.".into(),
                Some("OktaSAML")
            )
        );
        let active = sso(&connections(&[
            ("GoogleSAML", "draft"),
            ("OktaSAML", "active"),
        ]));
        assert_eq!(active.setup, Some(Setup::Active));
        assert_eq!(active.summary, "Okta SAML is active.");
        assert_eq!(active.provider.as_deref(), Some("OktaSAML"));
        let two = sso(&connections(&[
            ("OktaSAML", "active"),
            ("AzureSAML", "active"),
        ]));
        assert_eq!(
            two.summary,
            "2 connections active: Okta SAML, Microsoft Entra ID SAML."
        );
        let broken = sso(&connections(&[("OktaSAML", "inactive")]));
        assert_eq!(broken.setup, Some(Setup::NeedsAttention));
        assert_eq!(
            broken.summary,
            "Okta SAML is inactive: nobody can sign in through it."
        );
        let unknown = sso(&connections(&[("BrandNewSAML", "active")]));
        assert_eq!(
            unknown.summary, "BrandNewSAML is active.",
            "unknown types still read"
        );
    }

    #[test]
    fn directories_report_sync_and_counts() {
        assert_eq!(
            super::directories(&directories(&[])).setup,
            Some(Setup::NotConfigured)
        );
        let linked = super::directories(&directories(&[(
            "okta scim v2.0",
            "linked",
            Some((120, 8)),
        )]));
        assert_eq!(linked.setup, Some(Setup::Active));
        assert_eq!(linked.summary, "Okta is syncing (120 users, 8 groups).");
        let no_counts = super::directories(&directories(&[("bamboohr", "linked", None)]));
        assert_eq!(no_counts.summary, "BambooHR is syncing.");
        let broken = super::directories(&directories(&[(
            "azure scim v2.0",
            "invalid_credentials",
            None,
        )]));
        assert_eq!(broken.setup, Some(Setup::NeedsAttention));
        let waiting = super::directories(&directories(&[("workday", "validating", None)]));
        assert_eq!(waiting.setup, Some(Setup::InProgress));
        assert_eq!(waiting.summary, "Workday is connected but not syncing yet.");
    }

    #[test]
    fn domains_log_streams_and_audit_logs_read_their_states() {
        let org = |domains: serde_json::Value| -> Organization {
            serde_json::from_value(
                json!({"object": "organization", "id": "org_1", "name": "Acme",
                "allow_profiles_outside_organization": false, "domains": domains,
                "metadata": {}, "created_at": "2026-11-27T09:00:00.000Z",
                "updated_at": "2026-11-27T09:00:00.000Z"}),
            )
            .unwrap()
        };
        let domain = |name: &str, state: &str| {
            json!({"object": "organization_domain", "id": format!("org_domain_{name}"),
                   "domain": name, "organization_id": "org_1", "state": state,
                   "created_at": "2026-11-27T09:00:00.000Z", "updated_at": "2026-11-27T09:00:00.000Z"})
        };
        assert_eq!(domains(&org(json!([]))).setup, Some(Setup::NotConfigured));
        let pending = domains(&org(json!([domain("acme.example", "pending")])));
        assert_eq!(pending.setup, Some(Setup::InProgress));
        assert_eq!(
            pending.summary,
            "acme.example is waiting for its DNS record."
        );
        let verified = domains(&org(json!([domain("acme.example", "verified")])));
        assert_eq!(verified.summary, "Verified: acme.example.");
        let failed = domains(&org(json!([
            domain("acme.example", "verified"),
            domain("acme.test", "failed")
        ])));
        assert_eq!(failed.setup, Some(Setup::NeedsAttention));

        let configuration = |stream: serde_json::Value| -> AuditLogConfiguration {
            serde_json::from_value(
                json!({"organization_id": "org_1", "retention_period_in_days": 30,
                "state": "active", "log_stream": stream}),
            )
            .unwrap()
        };
        let stream = |state: &str| {
            json!({"id": "als_1", "type": "Datadog", "state": state,
                   "created_at": "2026-11-27T09:00:00.000Z"})
        };
        assert_eq!(
            log_stream(&configuration(json!(null))).setup,
            Some(Setup::NotConfigured)
        );
        assert_eq!(
            log_stream(&configuration(stream("active"))).summary,
            "Streaming to Datadog."
        );
        assert_eq!(
            log_stream(&configuration(stream("error"))).setup,
            Some(Setup::NeedsAttention)
        );
        assert_eq!(
            audit_logs(&configuration(json!(null))).summary,
            "Events are kept 30 days."
        );
    }

    #[test]
    fn certificates_need_attention_until_renewed() {
        let event = |name: &str, at: &str, data: serde_json::Value| Event {
            object: "event".into(),
            id: format!("event_{at}"),
            event: name.into(),
            data,
            created_at: at.into(),
        };
        let expiring = |days: i64, expired: bool| {
            event(
                CERTIFICATE_EXPIRING,
                "2026-11-20T10:00:00.000Z",
                serde_json::json!({
                    "connection": {"id": "conn_1", "organization_id": "org_1"},
                    "certificate": {"certificate_type": "ResponseSigning",
                        "expiry_date": "2026-12-04T00:00:00.000Z", "is_expired": expired},
                    "days_until_expiry": days,
                }),
            )
        };
        let renewed = event(
            CERTIFICATE_RENEWED,
            "2026-11-25T10:00:00.000Z",
            serde_json::json!({"certificate": {"expiry_date": "2027-11-25T00:00:00.000Z"}}),
        );
        let list = |data: Vec<Event>| List {
            object: "list".into(),
            data,
            list_metadata: Default::default(),
        };
        let reading = certificates(&list(vec![expiring(14, false)]), None);
        assert_eq!(reading.setup, Some(Setup::NeedsAttention));
        assert_eq!(
            reading.summary,
            "A SAML connection's SAML certificate expires on 4 Dec 2026 (in 14 days)."
        );
        let reading = certificates(&list(vec![expiring(-1, true)]), None);
        assert!(
            reading.summary.contains("expired on 4 Dec 2026"),
            "{reading:?}"
        );
        // Newest first: renewed after it expired.
        let reading = certificates(&list(vec![renewed.clone(), expiring(14, false)]), None);
        assert_eq!(reading.setup, Some(Setup::Active));
        assert_eq!(
            reading.summary,
            "Certificate renewed on 25 Nov 2026, valid until 25 Nov 2027."
        );
        let reading = certificates(&list(vec![]), None);
        assert_eq!(reading.setup, None);
    }

    #[test]
    fn unread_areas_say_who_opened_them_and_when() {
        let opened = vec![(
            Intent::BringYourOwnKey,
            db::audit::Latest {
                detail: "bring_your_own_key".into(),
                occurred_at: "2026-11-07T09:15:00.000Z".into(),
                actor_email: Some("ada@acme.example".into()),
            },
        )];
        assert_eq!(
            what_portico_knows(&opened, Intent::BringYourOwnKey, Role::Admin),
            "Admin Portal opened by ada@acme.example on 7 Nov 2026."
        );
        assert_eq!(
            what_portico_knows(&opened, Intent::BringYourOwnKey, Role::Member),
            "Admin Portal opened by an admin on 7 Nov 2026.",
            "members are not shown admins' emails"
        );
        assert_eq!(
            what_portico_knows(&opened, Intent::CertificateRenewal, Role::Admin),
            "Not opened from Portico yet."
        );
        assert_eq!(day_and_month("garbage"), "garbage");
    }

    #[test]
    fn ages_read_like_people_say_them() {
        let ago = |seconds| SystemTime::now() - Duration::from_secs(seconds);
        assert_eq!(age(ago(5)), "less than a minute ago");
        assert_eq!(age(ago(65)), "1 minute ago");
        assert_eq!(age(ago(125)), "2 minutes ago");
        assert_eq!(age(ago(3 * 3600 + 5)), "3 hours ago");
    }
}
