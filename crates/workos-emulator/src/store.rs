//! The emulator's state: WorkOS objects (persisted to a JSON file when one is given)
//! and short-lived portal links and sessions (memory only, like WorkOS's own).

use serde::{Deserialize, Serialize};
use std::{
    collections::{BTreeMap, HashMap},
    path::PathBuf,
    sync::Mutex,
    time::{Duration, Instant},
};
use workos::types::{
    timestamp, Connection, ConnectionDomain, Directory, Event, ItContact, List, ListMetadata,
    LogStream, Organization, OrganizationDomain, PortalIntent,
};

/// Links expire five minutes after creation, as WorkOS documents.
pub const LINK_LIFETIME: Duration = Duration::from_secs(5 * 60);
/// Once opened, a portal session lasts longer than the link.
pub const SESSION_LIFETIME: Duration = Duration::from_secs(60 * 60);
/// Invitations emailed to IT contacts last longer than API links.
pub const INVITATION_LIFETIME: Duration = Duration::from_secs(7 * 24 * 60 * 60);
/// The TXT record proving a domain is `{VERIFICATION_PREFIX}.{domain}`.
pub const VERIFICATION_PREFIX: &str = "_workos-challenge";

/// What the hosted portal recorded for an area WorkOS offers no read API for.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Completion {
    /// The organization.
    pub organization_id: String,
    /// The portal intent, e.g. `bring_your_own_key`.
    pub intent: String,
    /// What the person chose.
    pub detail: String,
    /// When.
    pub completed_at: String,
}

/// An email WorkOS would have sent (IT contact invitations and grants).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Email {
    /// Always `"email"`.
    pub object: String,
    /// The organization it is about.
    pub organization_id: String,
    /// Recipient.
    pub to: String,
    /// Subject line.
    pub subject: String,
    /// The setup link in the email; it works until revoked or expired.
    pub link: String,
    /// What the link sets up.
    pub intents: Vec<PortalIntent>,
    /// When it was "sent".
    pub sent_at: String,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
struct StoredItContact {
    organization_id: String,
    contact: ItContact,
}

#[derive(Default, Serialize, Deserialize)]
struct Data {
    organizations: BTreeMap<String, Organization>,
    connections: BTreeMap<String, Connection>,
    directories: BTreeMap<String, Directory>,
    #[serde(default)]
    completions: Vec<Completion>,
    /// Keyed by organization id.
    #[serde(default)]
    log_streams: BTreeMap<String, LogStream>,
    /// Keyed by contact id.
    #[serde(default)]
    it_contacts: BTreeMap<String, StoredItContact>,
    #[serde(default)]
    outbox: Vec<Email>,
    /// TXT records "published" by tests, by name: the emulator's stand-in for DNS.
    #[serde(default)]
    dns_txt: BTreeMap<String, Vec<String>>,
    /// What the Events API lists (and webhooks would deliver), oldest first.
    #[serde(default)]
    events: Vec<StoredEvent>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
struct StoredEvent {
    /// The organization it is about, for `GET /events?organization_id=`.
    organization_id: Option<String>,
    event: Event,
}

/// How long WorkOS keeps events.
const EVENTS_KEPT_DAYS: i64 = 30;

/// The organization an event's data is about: its own `organization_id`, or that of the
/// object it carries (`connection`, `organization_domain`, ...).
pub fn event_organization(data: &serde_json::Value) -> Option<String> {
    let direct = data.get("organization_id").and_then(|v| v.as_str());
    let nested = || {
        data.as_object()?
            .values()
            .find_map(|v| v.get("organization_id")?.as_str())
    };
    direct.or_else(nested).map(str::to_owned)
}

/// A new organization's fields, already validated.
pub struct NewOrganization {
    /// Display name.
    pub name: String,
    /// (domain, state) pairs.
    pub domains: Vec<(String, String)>,
    /// Unique when set.
    pub external_id: Option<String>,
    /// String values only.
    pub metadata: serde_json::Map<String, serde_json::Value>,
    /// Stripe customer.
    pub stripe_customer_id: Option<String>,
}

/// Fields absent from an update stay as they are.
#[derive(Default)]
pub struct OrganizationChanges {
    /// New name.
    pub name: Option<String>,
    /// New domain list.
    pub domains: Option<Vec<(String, String)>>,
    /// `Some(None)` clears it.
    pub external_id: Option<Option<String>>,
    /// New metadata.
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// `Some(None)` clears it.
    pub stripe_customer_id: Option<Option<String>>,
}

/// Another organization already has this `external_id`.
#[derive(Debug, PartialEq)]
pub struct ExternalIdTaken;

/// Why a domain could not be added.
#[derive(Debug, PartialEq)]
pub enum DomainRefusal {
    /// No such organization.
    NoOrganization,
    /// Some organization already claims it.
    Taken,
}

/// Why a domain could not be verified.
#[derive(Debug, PartialEq)]
pub enum VerifyRefusal {
    /// No such domain.
    NotFound,
    /// It is verified already.
    AlreadyVerified,
}

/// Why an IT contact could not be added.
#[derive(Debug, PartialEq)]
pub enum ContactRefusal {
    /// No such organization.
    NoOrganization,
    /// The organization has a contact with this email.
    Duplicate,
}

fn external_id_taken(d: &Data, external_id: Option<&str>, except: Option<&str>) -> bool {
    external_id.is_some_and(|external_id| {
        d.organizations
            .values()
            .any(|o| o.external_id.as_deref() == Some(external_id) && Some(o.id.as_str()) != except)
    })
}

/// What a generated link or an open portal session is for.
#[derive(Clone, Debug)]
pub struct PortalGrant {
    /// The organization being set up.
    pub organization_id: String,
    /// What the link may set up: one intent opens its flow directly, several offer a choice.
    pub intents: Vec<PortalIntent>,
    /// Where "leave" goes.
    pub return_url: Option<String>,
    /// Where finishing goes.
    pub success_url: Option<String>,
    /// Who the link was made for, so it can be revoked.
    pub external_user_id: Option<String>,
    /// `intent_options.sso.provider_type`: the SSO flow opens with this provider.
    pub provider_type: Option<String>,
    /// Set on links emailed to an IT contact.
    pub it_contact_id: Option<String>,
}

/// Unopened links. Expired ones are dropped when the map has doubled since the last
/// sweep: amortised O(1) per link, where a sweep on every link made issuing O(n).
#[derive(Default)]
struct Links {
    by_secret: HashMap<String, Expiring>,
    sweep_at: usize,
}

impl Links {
    fn prune_now_and_then(&mut self, now: Instant) {
        if self.by_secret.len() < self.sweep_at {
            return;
        }
        self.by_secret.retain(|_, l| l.expires > now);
        self.sweep_at = (self.by_secret.len() * 2).max(1024);
    }
}

struct Expiring {
    grant: PortalGrant,
    expires: Instant,
    /// For a session with several intents, the one the person picked.
    chosen: Option<PortalIntent>,
}

/// Everything the emulator knows, behind locks.
pub struct Store {
    data: Mutex<Data>,
    links: Mutex<Links>,
    sessions: Mutex<HashMap<String, Expiring>>,
    ids: Mutex<ulid::Generator>,
    file: Option<PathBuf>,
    /// Added to the real clock, so tests can let links expire without waiting.
    clock_skew: Mutex<Duration>,
}

/// The state file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// Unreadable or not the emulator's JSON.
    #[error("cannot read emulator state {path}: {reason}")]
    Load {
        /// The file.
        path: String,
        /// What failed.
        reason: String,
    },
}

/// Paging as every WorkOS list endpoint does it.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct Page {
    /// 1 to 100, default 10.
    pub limit: Option<String>,
    /// Cursor.
    pub before: Option<String>,
    /// Cursor.
    pub after: Option<String>,
    /// `asc`, `desc` or `normal`.
    pub order: Option<String>,
}

/// A paging parameter that is out of range.
#[derive(Debug, PartialEq)]
pub struct PageError {
    /// The parameter.
    pub field: &'static str,
    /// What is wrong.
    pub code: String,
}

/// Now, as WorkOS writes timestamps.
pub fn now() -> String {
    timestamp(time::OffsetDateTime::now_utc())
}

/// Letters and digits.
pub fn random_secret(len: usize) -> String {
    use rand::{distributions::Alphanumeric, Rng};
    rand::thread_rng()
        .sample_iter(&Alphanumeric)
        .take(len)
        .map(char::from)
        .collect()
}

impl Store {
    /// Loads `file` if it exists; without a file, state lives in memory only.
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
            links: Mutex::new(Links::default()),
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

    /// Forgets every object, link and session (for tests that must not share state).
    pub fn reset(&self) {
        self.change(|d| *d = Data::default());
        *self.links.lock().expect("links lock") = Links::default();
        self.sessions.lock().expect("sessions lock").clear();
        *self.clock_skew.lock().expect("clock lock") = Duration::ZERO;
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

    /// `POST /organizations`.
    pub fn create_organization(
        &self,
        new: NewOrganization,
    ) -> Result<Organization, ExternalIdTaken> {
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
            stripe_customer_id: new.stripe_customer_id,
            created_at: at.clone(),
            updated_at: at,
        };
        self.change(|d| {
            if external_id_taken(d, organization.external_id.as_deref(), None) {
                return Err(ExternalIdTaken);
            }
            d.organizations.insert(id, organization.clone());
            Ok(organization)
        })
    }

    /// `None` when there is no such organization.
    pub fn update_organization(
        &self,
        id: &str,
        changes: OrganizationChanges,
    ) -> Option<Result<Organization, ExternalIdTaken>> {
        let at = now();
        let fresh_domains: Option<Vec<OrganizationDomain>> = changes.domains.map(|domains| {
            domains
                .into_iter()
                .map(|(domain, state)| self.domain_object(id, domain, state, &at))
                .collect()
        });
        self.change(|d| {
            if let Some(external_id) = &changes.external_id {
                if external_id_taken(d, external_id.as_deref(), Some(id)) {
                    return d.organizations.get(id).map(|_| Err(ExternalIdTaken));
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
            if let Some(stripe_customer_id) = changes.stripe_customer_id {
                org.stripe_customer_id = stripe_customer_id;
            }
            org.updated_at = at;
            Some(Ok(org.clone()))
        })
    }

    /// Deletes the organization with everything that belongs to it.
    pub fn delete_organization(&self, id: &str) -> bool {
        self.change(|d| {
            let existed = d.organizations.remove(id).is_some();
            d.connections.retain(|_, c| c.organization_id != id);
            d.directories.retain(|_, x| x.organization_id != id);
            d.log_streams.remove(id);
            d.it_contacts.retain(|_, c| c.organization_id != id);
            existed
        })
    }

    /// `GET /organizations/external_id/{external_id}`.
    pub fn organization_by_external_id(&self, external_id: &str) -> Option<Organization> {
        self.read(|d| {
            d.organizations
                .values()
                .find(|o| o.external_id.as_deref() == Some(external_id))
                .cloned()
        })
    }

    /// `POST /organization_domains`: a pending domain.
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

    /// `GET /organization_domains/{id}`.
    pub fn domain(&self, id: &str) -> Option<OrganizationDomain> {
        self.read(|d| {
            d.organizations
                .values()
                .flat_map(|o| o.domains.iter())
                .find(|x| x.id == id)
                .cloned()
        })
    }

    /// Emulator-only: publishes a TXT record in the emulator's stand-in for DNS.
    pub fn publish_txt(&self, name: &str, value: &str) {
        let name = name.trim_end_matches('.').to_ascii_lowercase();
        self.change(|d| {
            let values = d.dns_txt.entry(name).or_default();
            if !values.iter().any(|v| v == value) {
                values.push(value.to_owned());
            }
        });
    }

    /// Checks the domain's TXT record in the emulator's DNS: `verified` when
    /// `{prefix}.{domain}` holds the token, `failed` otherwise (verify again once it does).
    pub fn verify_domain_by_id(&self, id: &str) -> Result<OrganizationDomain, VerifyRefusal> {
        let at = now();
        let checked = self.change(|d| {
            let published = &d.dns_txt;
            let domain = d
                .organizations
                .values_mut()
                .flat_map(|o| o.domains.iter_mut())
                .find(|x| x.id == id)
                .ok_or(VerifyRefusal::NotFound)?;
            if domain.state == "verified" {
                return Err(VerifyRefusal::AlreadyVerified);
            }
            let record = format!(
                "{}.{}",
                domain
                    .verification_prefix
                    .as_deref()
                    .unwrap_or(VERIFICATION_PREFIX),
                domain.domain
            );
            let found = published.get(&record).is_some_and(|values| {
                values
                    .iter()
                    .any(|v| Some(v.as_str()) == domain.verification_token.as_deref())
            });
            domain.state = if found { "verified" } else { "failed" }.into();
            domain.updated_at = at;
            Ok(domain.clone())
        })?;
        // A record not found yet is no event: WorkOS keeps checking until its
        // verification period ends.
        if checked.state == "verified" {
            let domain = serde_json::to_value(&checked).unwrap_or_default();
            self.emit("organization_domain.verified", domain);
        }
        Ok(checked)
    }

    /// Records an event, as WorkOS does when something changes.
    pub fn emit(&self, name: &str, data: serde_json::Value) -> Event {
        let event = Event {
            object: "event".into(),
            id: self.new_id("event"),
            event: name.to_owned(),
            created_at: now(),
            data,
        };
        let stored = StoredEvent {
            organization_id: event_organization(&event.data),
            event: event.clone(),
        };
        self.change(|d| d.events.push(stored));
        event
    }

    /// `GET /events`: those named, of the organization if given, created in
    /// `[range_start, range_end)` and within the last 30 days.
    pub fn events(
        &self,
        page: &Page,
        names: &[String],
        organization_id: Option<&str>,
        range: (Option<&str>, Option<&str>),
    ) -> Result<List<Event>, PageError> {
        let kept_since =
            timestamp(time::OffsetDateTime::now_utc() - time::Duration::days(EVENTS_KEPT_DAYS));
        let all: Vec<Event> = self.read(|d| {
            d.events
                .iter()
                .filter(|e| names.contains(&e.event.event))
                .filter(|e| organization_id.is_none_or(|o| e.organization_id.as_deref() == Some(o)))
                .filter(|e| {
                    let at = e.event.created_at.as_str();
                    at >= kept_since.as_str()
                        && range.0.is_none_or(|start| at >= start)
                        && range.1.is_none_or(|end| at < end)
                })
                .map(|e| e.event.clone())
                .collect()
        });
        paginate(all, page, |e| &e.id)
    }

    /// `DELETE /organization_domains/{id}`.
    pub fn delete_domain(&self, id: &str) -> bool {
        self.change(|d| {
            d.organizations.values_mut().any(|o| {
                let before = o.domains.len();
                o.domains.retain(|x| x.id != id);
                o.domains.len() != before
            })
        })
    }

    /// `DELETE /connections/{id}`.
    pub fn delete_connection(&self, id: &str) -> bool {
        self.change(|d| d.connections.remove(id).is_some())
    }

    /// `DELETE /directories/{id}`.
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
            verification_prefix: Some(VERIFICATION_PREFIX.into()),
            created_at: at.to_owned(),
            updated_at: at.to_owned(),
        }
    }

    /// `GET /organizations/{id}`.
    pub fn organization(&self, id: &str) -> Option<Organization> {
        self.read(|d| d.organizations.get(id).cloned())
    }

    /// `GET /organizations`: those with any of `domains` (all when empty) whose name
    /// contains `search` (any case).
    pub fn organizations(
        &self,
        page: &Page,
        domains: &[String],
        search: Option<&str>,
    ) -> Result<List<Organization>, PageError> {
        let search = search.map(str::to_lowercase);
        let all: Vec<_> = self.read(|d| {
            d.organizations
                .values()
                .filter(|o| {
                    domains.is_empty() || o.domains.iter().any(|x| domains.contains(&x.domain))
                })
                .filter(|o| {
                    search
                        .as_deref()
                        .is_none_or(|s| o.name.to_lowercase().contains(s))
                })
                .cloned()
                .collect()
        });
        paginate(all, page, |o| &o.id)
    }

    /// `GET /connections` with a filter.
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

    /// `GET /connections/{id}`.
    pub fn connection(&self, id: &str) -> Option<Connection> {
        self.read(|d| d.connections.get(id).cloned())
    }

    /// `GET /directories` with a filter.
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

    /// `GET /directories/{id}`.
    pub fn directory(&self, id: &str) -> Option<Directory> {
        self.read(|d| d.directories.get(id).cloned())
    }

    /// The log stream set up through the portal, if any.
    pub fn log_stream(&self, organization_id: &str) -> Option<LogStream> {
        self.read(|d| d.log_streams.get(organization_id).cloned())
    }

    /// Emulator-only: what the portal recorded for one organization.
    pub fn completions(&self, organization_id: &str) -> Vec<Completion> {
        self.read(|d| {
            d.completions
                .iter()
                .filter(|c| c.organization_id == organization_id)
                .cloned()
                .collect()
        })
    }

    // ---- IT contacts --------------------------------------------------------

    /// The organization's contacts, oldest first; `None` when there is no organization.
    pub fn it_contacts(&self, organization_id: &str) -> Option<Vec<ItContact>> {
        self.read(|d| {
            d.organizations.contains_key(organization_id).then(|| {
                d.it_contacts
                    .values()
                    .filter(|c| c.organization_id == organization_id)
                    .map(|c| c.contact.clone())
                    .collect()
            })
        })
    }

    /// Adds a contact (`email` already checked and lower-cased).
    pub fn create_it_contact(
        &self,
        organization_id: &str,
        email: &str,
    ) -> Result<ItContact, ContactRefusal> {
        let at = now();
        let contact = ItContact {
            object: "it_contact".into(),
            id: self.new_id("it_contact"),
            email: email.to_owned(),
            created_at: at.clone(),
            updated_at: at,
        };
        self.change(|d| {
            if !d.organizations.contains_key(organization_id) {
                return Err(ContactRefusal::NoOrganization);
            }
            if d.it_contacts
                .values()
                .any(|c| c.organization_id == organization_id && c.contact.email == email)
            {
                return Err(ContactRefusal::Duplicate);
            }
            d.it_contacts.insert(
                contact.id.clone(),
                StoredItContact {
                    organization_id: organization_id.to_owned(),
                    contact: contact.clone(),
                },
            );
            Ok(contact)
        })
    }

    /// One contact of one organization.
    pub fn it_contact(&self, organization_id: &str, contact_id: &str) -> Option<ItContact> {
        self.read(|d| {
            d.it_contacts
                .get(contact_id)
                .filter(|c| c.organization_id == organization_id)
                .map(|c| c.contact.clone())
        })
    }

    /// Removes a contact and ends its setup links. False when there was none.
    pub fn delete_it_contact(&self, organization_id: &str, contact_id: &str) -> bool {
        let existed = self.change(|d| {
            let found = d
                .it_contacts
                .get(contact_id)
                .is_some_and(|c| c.organization_id == organization_id);
            if found {
                d.it_contacts.remove(contact_id);
            }
            found
        });
        if existed {
            self.end_links(|g| g.it_contact_id.as_deref() == Some(contact_id));
        }
        existed
    }

    /// Emails a setup link to a contact; `address` turns a link secret into its URL.
    /// An organization has at most one active invitation: a new one ends the previous.
    pub fn invite_it_contact(
        &self,
        contact: &ItContact,
        grant: PortalGrant,
        address: impl FnOnce(String) -> String,
    ) {
        let organization_id = grant.organization_id.clone();
        let intents = grant.intents.clone();
        self.revoke_invitations(&organization_id);
        let link = address(self.issue_link_for(grant, INVITATION_LIFETIME));
        let email = Email {
            object: "email".into(),
            organization_id,
            to: contact.email.clone(),
            subject: "You have been invited to set up your organization's enterprise features"
                .into(),
            link,
            intents,
            sent_at: now(),
        };
        self.change(|d| d.outbox.push(email));
    }

    /// Ends the organization's invitation links and the sessions started from them.
    pub fn revoke_invitations(&self, organization_id: &str) {
        self.end_links(|g| g.organization_id == organization_id && g.it_contact_id.is_some());
    }

    /// Records an email WorkOS would send (e.g. to `it_contact_emails` of a link).
    pub fn send_email(&self, email: Email) {
        self.change(|d| d.outbox.push(email));
    }

    /// Emulator-only: emails "sent", oldest first, optionally for one organization.
    pub fn outbox(&self, organization_id: Option<&str>) -> Vec<Email> {
        self.read(|d| {
            d.outbox
                .iter()
                .filter(|e| organization_id.is_none_or(|o| e.organization_id == o))
                .cloned()
                .collect()
        })
    }

    // ---- portal -------------------------------------------------------------

    /// A link secret for `grant`, valid for five minutes and one launch.
    pub fn issue_link(&self, grant: PortalGrant) -> String {
        self.issue_link_for(grant, LINK_LIFETIME)
    }

    /// A link secret valid for `lifetime` and one launch.
    pub fn issue_link_for(&self, grant: PortalGrant, lifetime: Duration) -> String {
        let secret = random_secret(32);
        let now = self.now();
        let mut links = self.links.lock().expect("links lock");
        links.prune_now_and_then(now);
        links.by_secret.insert(
            secret.clone(),
            Expiring {
                grant,
                expires: now + lifetime,
                chosen: None,
            },
        );
        secret
    }

    /// Spends a link: valid once, within its lifetime. Returns the new portal session id.
    pub fn launch(&self, secret: &str) -> Option<(String, PortalGrant)> {
        let link = self
            .links
            .lock()
            .expect("links lock")
            .by_secret
            .remove(secret)?;
        if link.expires <= self.now() {
            return None;
        }
        let session_id = random_secret(32);
        let chosen = match link.grant.intents.as_slice() {
            [only] => Some(*only),
            _ => None,
        };
        self.sessions.lock().expect("sessions lock").insert(
            session_id.clone(),
            Expiring {
                grant: link.grant.clone(),
                expires: self.now() + SESSION_LIFETIME,
                chosen,
            },
        );
        Some((session_id, link.grant))
    }

    /// An open session's grant and chosen intent.
    pub fn portal_session(&self, id: &str) -> Option<(PortalGrant, Option<PortalIntent>)> {
        let sessions = self.sessions.lock().expect("sessions lock");
        sessions
            .get(id)
            .filter(|s| s.expires > self.now())
            .map(|s| (s.grant.clone(), s.chosen))
    }

    /// Picks one of the session's intents. False if it is not one of them.
    pub fn choose_intent(&self, id: &str, intent: PortalIntent) -> bool {
        let mut sessions = self.sessions.lock().expect("sessions lock");
        match sessions.get_mut(id) {
            Some(s) if s.grant.intents.contains(&intent) => {
                s.chosen = Some(intent);
                true
            }
            _ => false,
        }
    }

    /// The session is done.
    pub fn finish_session(&self, id: &str) {
        self.sessions.lock().expect("sessions lock").remove(id);
    }

    /// `POST /portal/revoke_link`: ends the links made for this user and the sessions
    /// started from them. Returns how many links and sessions ended.
    pub fn revoke_links(&self, organization_id: &str, external_user_id: &str) -> usize {
        self.end_links(|g| {
            g.organization_id == organization_id
                && g.external_user_id.as_deref() == Some(external_user_id)
        })
    }

    fn end_links(&self, matches: impl Fn(&PortalGrant) -> bool) -> usize {
        let mut ended = 0;
        {
            let links = &mut self.links.lock().expect("links lock").by_secret;
            let before = links.len();
            links.retain(|_, l| !matches(&l.grant));
            ended += before - links.len();
        }
        let mut sessions = self.sessions.lock().expect("sessions lock");
        let before = sessions.len();
        sessions.retain(|_, l| !matches(&l.grant));
        ended + before - sessions.len()
    }

    /// SSO finished: an active connection of the chosen type.
    /// SSO finished: a connection of the chosen type, `active`, or `draft` when the
    /// admin saved it without testing it (deprecated `status`: `linked` / `unlinked`).
    pub fn save_connection(
        &self,
        organization_id: &str,
        connection_type: &str,
        name: &str,
        active: bool,
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
            state: if active { "active" } else { "draft" }.into(),
            status: if active { "linked" } else { "unlinked" }.into(),
            domains,
            created_at: at.clone(),
            updated_at: at,
        };
        self.change(|d| d.connections.insert(id, connection.clone()));
        if active {
            // The event's connection also carries its `external_key`.
            let mut data = serde_json::to_value(&connection).unwrap_or_default();
            data["external_key"] = random_secret(16).into();
            self.emit("connection.activated", data);
        }
        connection
    }

    /// Certificate renewal finished: the organization's SAML connections have a new
    /// certificate, valid a year (`connection.saml_certificate_renewed`).
    pub fn renew_certificates(&self, organization_id: &str) {
        let renewed: Vec<Connection> = self.read(|d| {
            d.connections
                .values()
                .filter(|c| c.organization_id == organization_id)
                .filter(|c| c.connection_type.ends_with("SAML"))
                .cloned()
                .collect()
        });
        let expiry = timestamp(time::OffsetDateTime::now_utc() + time::Duration::days(365));
        for connection in renewed {
            self.emit(
                "connection.saml_certificate_renewed",
                serde_json::json!({
                    "connection": { "id": connection.id, "organization_id": organization_id },
                    "certificate": {
                        "certificate_type": "ResponseSigning",
                        "expiry_date": expiry,
                        "is_expired": false,
                    },
                    "renewed_at": now(),
                }),
            );
        }
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
            metadata: None,
            created_at: at.clone(),
            updated_at: at,
        };
        self.change(|d| d.directories.insert(id, directory.clone()));
        // The event describes the directory its own way: state `active`, and the
        // organization's domains as objects.
        let domains: Vec<serde_json::Value> = self
            .organization(organization_id)
            .map(|o| o.domains)
            .unwrap_or_default()
            .into_iter()
            .map(|d| serde_json::json!({"object": "organization_domain", "id": d.id, "domain": d.domain}))
            .collect();
        self.emit(
            "dsync.activated",
            serde_json::json!({
                "object": "directory",
                "id": directory.id,
                "organization_id": organization_id,
                "type": directory.directory_type,
                "state": "active",
                "name": directory.name,
                "external_key": directory.external_key,
                "domains": domains,
                "created_at": directory.created_at,
                "updated_at": directory.updated_at,
            }),
        );
        directory
    }

    /// Log streams finished: the organization streams to `stream_type`.
    pub fn set_log_stream(&self, organization_id: &str, stream_type: &str) -> LogStream {
        let stream = LogStream {
            id: self.new_id("log_stream"),
            stream_type: stream_type.to_owned(),
            state: "active".into(),
            last_synced_at: None,
            created_at: now(),
        };
        self.change(|d| {
            d.log_streams
                .insert(organization_id.to_owned(), stream.clone())
        });
        stream
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

    /// Records a finished flow that has no API object of its own.
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
    // `normal` lists newest first like `desc`, but its cursors name time, not listing
    // position: `before` fetches older items and `after` newer ones.
    let (descending, cursors_swapped) = match page.order.as_deref().filter(|s| !s.is_empty()) {
        None | Some("desc") => (true, false),
        Some("asc") => (false, false),
        Some("normal") => (true, true),
        Some(_) => {
            return Err(PageError {
                field: "order",
                code: "order must be one of asc, desc, normal".into(),
            })
        }
    };
    let (after, before) = if cursors_swapped {
        (page.before.as_deref(), page.after.as_deref())
    } else {
        (page.after.as_deref(), page.before.as_deref())
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
        after.filter(|s| !s.is_empty()),
        before.filter(|s| !s.is_empty()),
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
    let earlier_page = (start > 0)
        .then(|| data.first().map(|i| id(i).clone()))
        .flatten();
    let later_page = (end < items.len())
        .then(|| data.last().map(|i| id(i).clone()))
        .flatten();
    let list_metadata = if cursors_swapped {
        ListMetadata {
            before: later_page,
            after: earlier_page,
        }
    } else {
        ListMetadata {
            before: earlier_page,
            after: later_page,
        }
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
    fn normal_order_lists_newest_first_and_before_pages_to_older_items() {
        let ids: Vec<String> = (0..25).map(|i| format!("x_{i:02}")).collect();
        let first = paginate(ids.clone(), &page("10", None, None, "normal"), |s| s).unwrap();
        assert_eq!(first.data.first().map(String::as_str), Some("x_24"));
        assert_eq!(first.list_metadata.after, None, "nothing newer");
        let older = first
            .list_metadata
            .before
            .clone()
            .expect("older items exist");
        assert_eq!(older, "x_15");
        let second = paginate(ids, &page("10", Some(&older), None, "normal"), |s| s).unwrap();
        assert_eq!(second.data.first().map(String::as_str), Some("x_14"));
        assert_eq!(second.list_metadata.after.as_deref(), Some("x_14"));
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
            intents: vec![PortalIntent::Sso],
            return_url: None,
            success_url: None,
            external_user_id: None,
            provider_type: None,
            it_contact_id: None,
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
                stripe_customer_id: None,
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
