//! The emulator's state: WorkOS objects (persisted to a JSON file when one is given)
//! and short-lived portal links and sessions (memory only, like WorkOS's own).

use crate::server::workos::types::{
    timestamp, Connection, ConnectionDomain, Directory, List, ListMetadata, Organization,
    OrganizationDomain,
};
use serde::{Deserialize, Serialize};
use std::{
    collections::{BTreeMap, HashMap},
    path::PathBuf,
    sync::Mutex,
    time::{Duration, Instant},
};

/// Links expire five minutes after creation, as WorkOS documents.
pub const LINK_LIFETIME: Duration = Duration::from_secs(5 * 60);
/// Once opened, a portal session lasts longer than the link.
pub const SESSION_LIFETIME: Duration = Duration::from_secs(60 * 60);

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Completion {
    pub organization_id: String,
    pub intent: String,
    pub detail: String,
    pub completed_at: String,
}

#[derive(Default, Serialize, Deserialize)]
struct Data {
    organizations: BTreeMap<String, Organization>,
    connections: BTreeMap<String, Connection>,
    directories: BTreeMap<String, Directory>,
    #[serde(default)]
    completions: Vec<Completion>,
}

pub struct NewOrganization {
    pub name: String,
    /// (domain, state) pairs.
    pub domains: Vec<(String, String)>,
    pub external_id: Option<String>,
    pub metadata: serde_json::Map<String, serde_json::Value>,
}

/// Fields absent from an update stay as they are.
#[derive(Default)]
pub struct OrganizationChanges {
    pub name: Option<String>,
    pub domains: Option<Vec<(String, String)>>,
    /// `Some(None)` clears it.
    pub external_id: Option<Option<String>>,
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
}

#[derive(Debug, PartialEq)]
pub struct StoreConflict {
    pub message: String,
}

#[derive(Debug, PartialEq)]
pub enum DomainRefusal {
    NoOrganization,
    Taken,
}

fn check_external_id(
    d: &Data,
    external_id: Option<&str>,
    except: Option<&str>,
) -> Result<(), StoreConflict> {
    let Some(external_id) = external_id else {
        return Ok(());
    };
    let taken = d
        .organizations
        .values()
        .any(|o| o.external_id.as_deref() == Some(external_id) && Some(o.id.as_str()) != except);
    if taken {
        return Err(StoreConflict {
            message: format!(
                "An organization with the external_id '{external_id}' already exists."
            ),
        });
    }
    Ok(())
}

/// What a generated link or an open portal session is for.
#[derive(Clone, Debug)]
pub struct PortalGrant {
    pub organization_id: String,
    pub intent: String,
    pub return_url: Option<String>,
    pub success_url: Option<String>,
}

struct Expiring {
    grant: PortalGrant,
    expires: Instant,
}

pub struct Store {
    data: Mutex<Data>,
    links: Mutex<HashMap<String, Expiring>>,
    sessions: Mutex<HashMap<String, Expiring>>,
    ids: Mutex<ulid::Generator>,
    file: Option<PathBuf>,
    /// Added to the real clock, so tests can let links expire without waiting.
    clock_skew: Mutex<Duration>,
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot read emulator state {path}: {reason}")]
    Load { path: String, reason: String },
}

/// Paging as every WorkOS list endpoint does it.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct Page {
    pub limit: Option<String>,
    pub before: Option<String>,
    pub after: Option<String>,
    pub order: Option<String>,
}

#[derive(Debug, PartialEq)]
pub struct PageError {
    pub field: &'static str,
    pub code: String,
}

pub fn now() -> String {
    timestamp(time::OffsetDateTime::now_utc())
}

pub fn random_secret(len: usize) -> String {
    use rand::{distributions::Alphanumeric, Rng};
    rand::thread_rng()
        .sample_iter(&Alphanumeric)
        .take(len)
        .map(char::from)
        .collect()
}

impl Store {
    pub fn open(file: Option<PathBuf>) -> Result<Store, StoreError> {
        let data = match &file {
            Some(path) if path.exists() => {
                let text = std::fs::read_to_string(path).map_err(|e| StoreError::Load {
                    path: path.display().to_string(),
                    reason: e.to_string(),
                })?;
                serde_json::from_str(&text).map_err(|e| StoreError::Load {
                    path: path.display().to_string(),
                    reason: e.to_string(),
                })?
            }
            _ => Data::default(),
        };
        Ok(Store {
            data: Mutex::new(data),
            links: Mutex::new(HashMap::new()),
            sessions: Mutex::new(HashMap::new()),
            ids: Mutex::new(ulid::Generator::new()),
            file,
            clock_skew: Mutex::new(Duration::ZERO),
        })
    }

    fn now(&self) -> Instant {
        Instant::now() + *self.clock_skew.lock().expect("clock lock")
    }

    /// Moves the emulator's clock forward (for expiry tests).
    pub fn advance_clock(&self, by: Duration) {
        *self.clock_skew.lock().expect("clock lock") += by;
    }

    /// A WorkOS-style id: prefix and a time-ordered ULID.
    pub fn new_id(&self, prefix: &str) -> String {
        let mut ids = self.ids.lock().expect("id lock");
        let ulid = ids.generate().unwrap_or_else(|_| ulid::Ulid::new());
        format!("{prefix}_{ulid}")
    }

    fn change<T>(&self, f: impl FnOnce(&mut Data) -> T) -> T {
        let mut data = self.data.lock().expect("emulator lock");
        let out = f(&mut data);
        if let Some(path) = &self.file {
            // Write-then-rename so a crash never leaves half a file.
            let tmp = path.with_extension("json.tmp");
            let written = serde_json::to_vec_pretty(&*data)
                .map_err(std::io::Error::other)
                .and_then(|bytes| std::fs::write(&tmp, bytes))
                .and_then(|()| std::fs::rename(&tmp, path));
            if let Err(error) = written {
                tracing::error!(%error, "emulator could not save its state");
            }
        }
        out
    }

    fn read<T>(&self, f: impl FnOnce(&Data) -> T) -> T {
        f(&self.data.lock().expect("emulator lock"))
    }

    pub fn create_organization(&self, new: NewOrganization) -> Result<Organization, StoreConflict> {
        let id = self.new_id("org");
        let at = now();
        let domains = new
            .domains
            .into_iter()
            .map(|(domain, state)| self.domain_object(&id, domain, state, &at))
            .collect();
        let organization = Organization {
            object: "organization".into(),
            id: id.clone(),
            name: new.name,
            allow_profiles_outside_organization: false,
            domains,
            external_id: new.external_id,
            metadata: new.metadata,
            created_at: at.clone(),
            updated_at: at,
        };
        self.change(|d| {
            check_external_id(d, organization.external_id.as_deref(), None)?;
            d.organizations.insert(id, organization.clone());
            Ok(organization)
        })
    }

    /// `None` when there is no such organization.
    pub fn update_organization(
        &self,
        id: &str,
        changes: OrganizationChanges,
    ) -> Option<Result<Organization, StoreConflict>> {
        let at = now();
        let fresh_domains: Option<Vec<OrganizationDomain>> = changes.domains.map(|domains| {
            domains
                .into_iter()
                .map(|(domain, state)| self.domain_object(id, domain, state, &at))
                .collect()
        });
        self.change(|d| {
            if let Some(external_id) = &changes.external_id {
                if let Err(conflict) = check_external_id(d, external_id.as_deref(), Some(id)) {
                    return d.organizations.get(id).map(|_| Err(conflict));
                }
            }
            let org = d.organizations.get_mut(id)?;
            if let Some(name) = changes.name {
                org.name = name;
            }
            if let Some(domains) = fresh_domains {
                // Keep the ids and states of domains that stay.
                org.domains = domains
                    .into_iter()
                    .map(|fresh| {
                        org.domains
                            .iter()
                            .find(|old| old.domain == fresh.domain)
                            .cloned()
                            .unwrap_or(fresh)
                    })
                    .collect();
            }
            if let Some(external_id) = changes.external_id {
                org.external_id = external_id;
            }
            if let Some(metadata) = changes.metadata {
                org.metadata = metadata;
            }
            org.updated_at = at;
            Some(Ok(org.clone()))
        })
    }

    /// Deletes the organization with its connections and directories.
    pub fn delete_organization(&self, id: &str) -> bool {
        self.change(|d| {
            let existed = d.organizations.remove(id).is_some();
            d.connections.retain(|_, c| c.organization_id != id);
            d.directories.retain(|_, x| x.organization_id != id);
            existed
        })
    }

    pub fn organization_by_external_id(&self, external_id: &str) -> Option<Organization> {
        self.read(|d| {
            d.organizations
                .values()
                .find(|o| o.external_id.as_deref() == Some(external_id))
                .cloned()
        })
    }

    pub fn create_domain(
        &self,
        organization_id: &str,
        domain: &str,
    ) -> Result<OrganizationDomain, DomainRefusal> {
        let at = now();
        let fresh = self.domain_object(organization_id, domain.to_owned(), "pending".into(), &at);
        self.change(|d| {
            if d.organizations
                .values()
                .any(|o| o.domains.iter().any(|x| x.domain == domain))
            {
                return Err(DomainRefusal::Taken);
            }
            let org = d
                .organizations
                .get_mut(organization_id)
                .ok_or(DomainRefusal::NoOrganization)?;
            org.domains.push(fresh.clone());
            org.updated_at = at;
            Ok(fresh)
        })
    }

    pub fn domain(&self, id: &str) -> Option<OrganizationDomain> {
        self.read(|d| {
            d.organizations
                .values()
                .flat_map(|o| o.domains.iter())
                .find(|x| x.id == id)
                .cloned()
        })
    }

    /// The emulator has no DNS to check: verification always succeeds.
    pub fn verify_domain_by_id(&self, id: &str) -> Option<OrganizationDomain> {
        let at = now();
        self.change(|d| {
            let domain = d
                .organizations
                .values_mut()
                .flat_map(|o| o.domains.iter_mut())
                .find(|x| x.id == id)?;
            domain.state = "verified".into();
            domain.updated_at = at;
            Some(domain.clone())
        })
    }

    pub fn delete_domain(&self, id: &str) -> bool {
        self.change(|d| {
            d.organizations.values_mut().any(|o| {
                let before = o.domains.len();
                o.domains.retain(|x| x.id != id);
                o.domains.len() != before
            })
        })
    }

    pub fn delete_connection(&self, id: &str) -> bool {
        self.change(|d| d.connections.remove(id).is_some())
    }

    pub fn delete_directory(&self, id: &str) -> bool {
        self.change(|d| d.directories.remove(id).is_some())
    }

    fn domain_object(
        &self,
        org: &str,
        domain: String,
        state: String,
        at: &str,
    ) -> OrganizationDomain {
        OrganizationDomain {
            object: "organization_domain".into(),
            id: self.new_id("org_domain"),
            domain,
            organization_id: org.to_owned(),
            state,
            verification_strategy: Some("dns".into()),
            verification_token: Some(random_secret(24)),
            created_at: at.to_owned(),
            updated_at: at.to_owned(),
        }
    }

    pub fn organization(&self, id: &str) -> Option<Organization> {
        self.read(|d| d.organizations.get(id).cloned())
    }

    pub fn organizations(
        &self,
        page: &Page,
        domains: &[String],
    ) -> Result<List<Organization>, PageError> {
        let all: Vec<_> = self.read(|d| {
            d.organizations
                .values()
                .filter(|o| {
                    domains.is_empty() || o.domains.iter().any(|x| domains.contains(&x.domain))
                })
                .cloned()
                .collect()
        });
        paginate(all, page, |o| &o.id)
    }

    pub fn connections(
        &self,
        page: &Page,
        keep: impl Fn(&Connection) -> bool,
    ) -> Result<List<Connection>, PageError> {
        let all: Vec<_> = self.read(|d| {
            d.connections
                .values()
                .filter(|c| keep(c))
                .cloned()
                .collect()
        });
        paginate(all, page, |c| &c.id)
    }

    pub fn connection(&self, id: &str) -> Option<Connection> {
        self.read(|d| d.connections.get(id).cloned())
    }

    pub fn directories(
        &self,
        page: &Page,
        keep: impl Fn(&Directory) -> bool,
    ) -> Result<List<Directory>, PageError> {
        let all: Vec<_> = self.read(|d| {
            d.directories
                .values()
                .filter(|x| keep(x))
                .cloned()
                .collect()
        });
        paginate(all, page, |x| &x.id)
    }

    pub fn directory(&self, id: &str) -> Option<Directory> {
        self.read(|d| d.directories.get(id).cloned())
    }

    pub fn completions(&self, organization_id: &str) -> Vec<Completion> {
        self.read(|d| {
            d.completions
                .iter()
                .filter(|c| c.organization_id == organization_id)
                .cloned()
                .collect()
        })
    }

    // ---- portal -------------------------------------------------------------

    pub fn issue_link(&self, grant: PortalGrant) -> String {
        let secret = random_secret(32);
        let mut links = self.links.lock().expect("links lock");
        let now = self.now();
        links.retain(|_, l| l.expires > now);
        links.insert(
            secret.clone(),
            Expiring {
                grant,
                expires: now + LINK_LIFETIME,
            },
        );
        secret
    }

    /// Spends a link: valid once, within its lifetime. Returns the new portal session id.
    pub fn launch(&self, secret: &str) -> Option<(String, PortalGrant)> {
        let link = self.links.lock().expect("links lock").remove(secret)?;
        if link.expires <= self.now() {
            return None;
        }
        let session_id = random_secret(32);
        self.sessions.lock().expect("sessions lock").insert(
            session_id.clone(),
            Expiring {
                grant: link.grant.clone(),
                expires: self.now() + SESSION_LIFETIME,
            },
        );
        Some((session_id, link.grant))
    }

    pub fn portal_session(&self, id: &str) -> Option<PortalGrant> {
        let sessions = self.sessions.lock().expect("sessions lock");
        sessions
            .get(id)
            .filter(|s| s.expires > self.now())
            .map(|s| s.grant.clone())
    }

    pub fn finish_session(&self, id: &str) {
        self.sessions.lock().expect("sessions lock").remove(id);
    }

    /// SSO finished: an active connection of the chosen type.
    pub fn activate_connection(
        &self,
        organization_id: &str,
        connection_type: &str,
        name: &str,
    ) -> Connection {
        let at = now();
        let id = self.new_id("conn");
        let domains = self
            .organization(organization_id)
            .map(|o| o.domains)
            .unwrap_or_default()
            .into_iter()
            .map(|d| ConnectionDomain {
                object: "connection_domain".into(),
                id: self.new_id("conn_domain"),
                domain: d.domain,
            })
            .collect();
        let connection = Connection {
            object: "connection".into(),
            id: id.clone(),
            organization_id: organization_id.to_owned(),
            name: name.to_owned(),
            connection_type: connection_type.to_owned(),
            state: "active".into(),
            domains,
            created_at: at.clone(),
            updated_at: at,
        };
        self.change(|d| d.connections.insert(id, connection.clone()));
        connection
    }

    /// Directory sync finished: a linked directory of the chosen type.
    pub fn link_directory(
        &self,
        organization_id: &str,
        directory_type: &str,
        name: &str,
    ) -> Directory {
        let at = now();
        let id = self.new_id("directory");
        let domain = self
            .organization(organization_id)
            .and_then(|o| o.domains.first().map(|d| d.domain.clone()));
        let directory = Directory {
            object: "directory".into(),
            id: id.clone(),
            organization_id: organization_id.to_owned(),
            name: name.to_owned(),
            domain,
            external_key: random_secret(16),
            directory_type: directory_type.to_owned(),
            state: "linked".into(),
            created_at: at.clone(),
            updated_at: at,
        };
        self.change(|d| d.directories.insert(id, directory.clone()));
        directory
    }

    /// Domain verification finished: the domain is on the organization, verified.
    pub fn verify_domain_for(&self, organization_id: &str, domain: &str) -> bool {
        let at = now();
        let fresh = self.domain_object(organization_id, domain.to_owned(), "verified".into(), &at);
        self.change(|d| {
            let Some(org) = d.organizations.get_mut(organization_id) else {
                return false;
            };
            match org.domains.iter_mut().find(|x| x.domain == domain) {
                Some(existing) => {
                    existing.state = "verified".into();
                    existing.updated_at = at.clone();
                }
                None => org.domains.push(fresh),
            }
            org.updated_at = at;
            true
        })
    }

    pub fn record_completion(&self, organization_id: &str, intent: &str, detail: &str) {
        let completion = Completion {
            organization_id: organization_id.to_owned(),
            intent: intent.to_owned(),
            detail: detail.to_owned(),
            completed_at: now(),
        };
        self.change(|d| d.completions.push(completion));
    }
}

/// `items` are in creation order (ids are time-ordered ULIDs). Cursors compare by id, so
/// a cursor whose object was deleted still pages correctly.
fn paginate<T: Clone>(
    mut items: Vec<T>,
    page: &Page,
    id: impl Fn(&T) -> &String,
) -> Result<List<T>, PageError> {
    let limit = match page.limit.as_deref().filter(|s| !s.is_empty()) {
        None => 10,
        Some(raw) => match raw.parse::<usize>() {
            Ok(n) if (1..=100).contains(&n) => n,
            _ => {
                return Err(PageError {
                    field: "limit",
                    code: "limit must be a whole number between 1 and 100".into(),
                })
            }
        },
    };
    let descending = match page.order.as_deref().filter(|s| !s.is_empty()) {
        None | Some("desc") => true,
        Some("asc") => false,
        Some(_) => {
            return Err(PageError {
                field: "order",
                code: "order must be one of asc, desc".into(),
            })
        }
    };
    items.sort_by(|a, b| id(a).cmp(id(b)));
    if descending {
        items.reverse();
    }
    // Position in listing order: "comes after cursor" means greater id ascending, smaller descending.
    let after_cursor = |item: &T, cursor: &str| {
        if descending {
            id(item).as_str() < cursor
        } else {
            id(item).as_str() > cursor
        }
    };
    let (start, end) = match (
        page.after.as_deref().filter(|s| !s.is_empty()),
        page.before.as_deref().filter(|s| !s.is_empty()),
    ) {
        (Some(cursor), _) => {
            let start = items
                .iter()
                .position(|i| after_cursor(i, cursor))
                .unwrap_or(items.len());
            (start, (start + limit).min(items.len()))
        }
        (None, Some(cursor)) => {
            let end = items
                .iter()
                .position(|i| after_cursor(i, cursor) || id(i) == cursor)
                .unwrap_or(items.len());
            (end.saturating_sub(limit), end)
        }
        (None, None) => (0, limit.min(items.len())),
    };
    let data = items[start..end].to_vec();
    let list_metadata = ListMetadata {
        before: (start > 0)
            .then(|| data.first().map(|i| id(i).clone()))
            .flatten(),
        after: (end < items.len())
            .then(|| data.last().map(|i| id(i).clone()))
            .flatten(),
    };
    Ok(List {
        object: "list".into(),
        data,
        list_metadata,
    })
}

/// A domain name as people type it, lower-cased; `None` if it is not one.
pub fn normalize_domain(input: &str) -> Option<String> {
    let domain = input.trim().trim_end_matches('.').to_lowercase();
    let labels_ok = domain.split('.').all(|label| {
        !label.is_empty()
            && label.len() <= 63
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    });
    (domain.contains('.') && domain.len() <= 253 && labels_ok).then_some(domain)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(limit: &str, before: Option<&str>, after: Option<&str>, order: &str) -> Page {
        Page {
            limit: Some(limit.into()),
            before: before.map(Into::into),
            after: after.map(Into::into),
            order: Some(order.into()),
        }
    }

    #[test]
    fn pages_walk_every_item_once_in_both_orders() {
        let ids: Vec<String> = (0..25).map(|i| format!("x_{i:02}")).collect();
        for order in ["asc", "desc"] {
            let mut seen = Vec::new();
            let mut after: Option<String> = None;
            loop {
                let list = paginate(
                    ids.clone(),
                    &page("10", None, after.as_deref(), order),
                    |s| s,
                )
                .unwrap();
                seen.extend(list.data.clone());
                match list.list_metadata.after {
                    Some(next) => after = Some(next),
                    None => break,
                }
            }
            let mut expected = ids.clone();
            if order == "desc" {
                expected.reverse();
            }
            assert_eq!(seen, expected, "{order}");
        }
    }

    #[test]
    fn before_cursor_returns_the_previous_page() {
        let ids: Vec<String> = (0..25).map(|i| format!("x_{i:02}")).collect();
        let list = paginate(ids, &page("5", Some("x_10"), None, "asc"), |s| s).unwrap();
        assert_eq!(list.data, vec!["x_05", "x_06", "x_07", "x_08", "x_09"]);
        assert_eq!(list.list_metadata.before.as_deref(), Some("x_05"));
        assert_eq!(list.list_metadata.after.as_deref(), Some("x_09"));
    }

    #[test]
    fn bad_limit_and_order_are_refused() {
        assert_eq!(
            paginate(Vec::<String>::new(), &page("0", None, None, "asc"), |s| s)
                .unwrap_err()
                .field,
            "limit"
        );
        assert_eq!(
            paginate(Vec::<String>::new(), &page("101", None, None, "asc"), |s| s)
                .unwrap_err()
                .field,
            "limit"
        );
        assert_eq!(
            paginate(Vec::<String>::new(), &page("5", None, None, "up"), |s| s)
                .unwrap_err()
                .field,
            "order"
        );
    }

    #[test]
    fn domains_are_checked_and_normalized() {
        assert_eq!(
            normalize_domain(" Acme.Example. "),
            Some("acme.example".into())
        );
        for bad in [
            "",
            "acme",
            "-a.example",
            "a..example",
            "a b.example",
            "a/b.example",
        ] {
            assert_eq!(normalize_domain(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn a_link_launches_once() {
        let store = Store::open(None).unwrap();
        let grant = PortalGrant {
            organization_id: "org_1".into(),
            intent: "sso".into(),
            return_url: None,
            success_url: None,
        };
        let secret = store.issue_link(grant.clone());
        assert!(store.launch(&secret).is_some());
        assert!(store.launch(&secret).is_none());
        assert!(store.launch("made-up").is_none());

        let late = store.issue_link(grant);
        store.advance_clock(LINK_LIFETIME);
        assert!(store.launch(&late).is_none(), "expired after five minutes");
    }

    #[test]
    fn state_survives_a_restart_when_a_file_is_given() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("emulator.json");
        let id = Store::open(Some(file.clone()))
            .unwrap()
            .create_organization(NewOrganization {
                name: "Acme".into(),
                domains: vec![],
                external_id: None,
                metadata: Default::default(),
            })
            .unwrap()
            .id;
        let reopened = Store::open(Some(file)).unwrap();
        assert_eq!(
            reopened.organization(&id).map(|o| o.name),
            Some("Acme".into())
        );
    }
}
