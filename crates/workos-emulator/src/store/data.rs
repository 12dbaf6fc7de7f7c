//! The `Store`: every WorkOS object behind one lock, written to the state file after each
//! change; links and sessions in memory; the clock, ids and secrets all resources use.

use super::{
    completions::Completion,
    events::StoredEvent,
    it_contacts::StoredItContact,
    outbox::{Email, Mail},
    portal::{Expiring, Links},
    sso::SsoSessions,
    webhooks::Deliveries,
};
use serde::{Deserialize, Serialize};
use std::{
    collections::{BTreeMap, HashMap},
    path::PathBuf,
    sync::Mutex,
    time::{Duration, Instant},
};
use workos::types::{timestamp, Connection, Directory, LogStream, Organization, WebhookEndpoint};

/// What the state file holds: every WorkOS object, plus the emulator's own records.
#[derive(Default, Serialize, Deserialize)]
pub(super) struct Data {
    pub(super) organizations: BTreeMap<String, Organization>,
    pub(super) connections: BTreeMap<String, Connection>,
    pub(super) directories: BTreeMap<String, Directory>,
    #[serde(default)]
    pub(super) completions: Vec<Completion>,
    /// Keyed by organization id.
    #[serde(default)]
    pub(super) log_streams: BTreeMap<String, LogStream>,
    /// Keyed by contact id.
    #[serde(default)]
    pub(super) it_contacts: BTreeMap<String, StoredItContact>,
    #[serde(default)]
    pub(super) outbox: Vec<Email>,
    /// What the mail sink received over SMTP (the app's own emails), oldest first.
    #[serde(default)]
    pub(super) mailbox: Vec<Mail>,
    /// TXT records "published" by tests, by name: the emulator's stand-in for DNS.
    #[serde(default)]
    pub(super) dns_txt: BTreeMap<String, Vec<String>>,
    /// What the Events API lists (and webhooks would deliver), oldest first.
    #[serde(default)]
    pub(super) events: Vec<StoredEvent>,
    /// Keyed by endpoint id.
    #[serde(default)]
    pub(super) webhook_endpoints: BTreeMap<String, WebhookEndpoint>,
}

/// Everything the emulator knows, behind locks.
pub struct Store {
    data: Mutex<Data>,
    pub(super) links: Mutex<Links>,
    pub(super) sessions: Mutex<HashMap<String, Expiring>>,
    ids: Mutex<ulid::Generator>,
    file: Option<PathBuf>,
    /// Added to the real clock, so tests can let links expire without waiting.
    clock_skew: Mutex<Duration>,
    /// Webhook deliveries (memory only).
    pub(super) deliveries: Mutex<Deliveries>,
    /// SSO sign-ins in progress, their codes and access tokens (memory only).
    pub(super) sso: Mutex<SsoSessions>,
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

/// A random password a person can type (letters and digits).
pub fn random_password() -> String {
    random_secret(16)
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
            deliveries: Mutex::new(Deliveries::default()),
            sso: Mutex::new(SsoSessions::default()),
        })
    }

    pub(super) fn now(&self) -> Instant {
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
        *self.sso.lock().expect("sso lock") = SsoSessions::default();
        *self.clock_skew.lock().expect("clock lock") = Duration::ZERO;
        let mut deliveries = self.deliveries.lock().expect("deliveries lock");
        deliveries.list.clear();
        deliveries.paused = false;
    }

    /// A WorkOS-style id: prefix and a time-ordered ULID.
    pub fn new_id(&self, prefix: &str) -> String {
        let mut ids = self.ids.lock().expect("id lock");
        let ulid = ids.generate().unwrap_or_else(|_| ulid::Ulid::new());
        format!("{prefix}_{ulid}")
    }

    pub(super) fn change<T>(&self, f: impl FnOnce(&mut Data) -> T) -> T {
        let mut data = self.data.lock().expect("emulator lock");
        let out = f(&mut data);
        if let Some(path) = &self.file {
            // Write-then-rename so a crash never leaves half a file.
            let tmp = path.with_extension("json.tmp");
            let written = serde_json::to_vec_pretty(&*data)
                .map_err(std::io::Error::other)
                .and_then(|bytes| write_private(&tmp, &bytes))
                .and_then(|()| std::fs::rename(&tmp, path));
            if let Err(error) = written {
                tracing::error!(%error, "emulator could not save its state");
            }
        }
        out
    }

    pub(super) fn read<T>(&self, f: impl FnOnce(&Data) -> T) -> T {
        f(&self.data.lock().expect("emulator lock"))
    }
}

/// Writes `bytes` to a file only its owner can read: the state holds setup links and
/// IT contacts' emails, whatever the process's umask.
fn write_private(path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        options.mode(0o600);
        // A file left by an earlier version keeps its mode through `open`.
        if let Ok(meta) = std::fs::metadata(path) {
            if meta.permissions().mode() & 0o077 != 0 {
                std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
            }
        }
    }
    options.open(path)?.write_all(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::NewOrganization;

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
