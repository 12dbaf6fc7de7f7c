//! The status mirror: the last complete read of an organization's status, kept in the
//! database and kept current by WorkOS's events, so that a settings view reads WorkOS
//! only for what the mirror has never seen (or when a person asks afresh).
//!
//! An event changes the mirror only if it is newer than what the mirror holds for its
//! object (`updated_at`, else the event's time): events arrive late, twice and out of
//! order, and the mirror never goes back.

use super::{
    cache::Live,
    certificates::{CERTIFICATE_EXPIRING, CERTIFICATE_RENEWED},
};
use serde::{de::DeserializeOwned, Deserialize, Serialize};
use workos::types::{
    AuditLogConfiguration, Connection, Directory, Event, List, ListMetadata, Organization,
    OrganizationDomain,
};

/// One organization's mirrored status: each area as last read or changed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    pub(super) connections: Vec<Connection>,
    pub(super) directories: Vec<Directory>,
    pub(super) organization: Organization,
    pub(super) audit_logs: AuditLogConfiguration,
    /// Certificate events, newest first.
    pub(super) certificates: Vec<Event>,
    /// The newest bring-your-own-key event (WorkOS has no read of it).
    #[serde(default)]
    pub(super) byok: Option<Event>,
    /// What each directory's user and group events told (WorkOS's directory has no
    /// sync time of its own).
    #[serde(default)]
    pub(super) directory_activity: DirectoryActivities,
}

/// What a directory's user and group events tell beyond the directory object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DirectoryActivity {
    /// When the directory last synced a change (its newest user or group event).
    pub(super) last_change: String,
    /// Users and groups created less those deleted since the last full read.
    pub(super) users: i64,
    pub(super) groups: i64,
}

/// Per directory id.
pub type DirectoryActivities = std::collections::BTreeMap<String, DirectoryActivity>;

fn list<T>(data: Vec<T>) -> List<T> {
    List {
        object: "list".into(),
        data,
        list_metadata: ListMetadata {
            before: None,
            after: None,
        },
    }
}

impl Snapshot {
    /// The snapshot of a complete read; `None` for a partial one.
    pub(super) fn of(live: &Live) -> Option<Snapshot> {
        Some(Snapshot {
            connections: live.connections.as_ref().ok()?.data.clone(),
            directories: live.directories.as_ref().ok()?.data.clone(),
            organization: live.organization.as_ref().ok()?.clone(),
            audit_logs: live.audit_logs.as_ref().ok()?.clone(),
            certificates: live.certificates.as_ref().ok()?.data.clone(),
            byok: live.byok.clone(),
            directory_activity: live.directory_activity.clone(),
        })
    }

    /// The status it says, as a read from WorkOS would.
    pub(super) fn live(&self) -> Live {
        Live {
            connections: Ok(list(self.connections.clone())),
            directories: Ok(list(self.counted_directories())),
            organization: Ok(self.organization.clone()),
            audit_logs: Ok(self.audit_logs.clone()),
            certificates: Ok(list(self.certificates.clone())),
            byok: self.byok.clone(),
            directory_activity: self.directory_activity.clone(),
            stale: None,
        }
    }

    /// The directories with the users and groups their events added or removed.
    fn counted_directories(&self) -> Vec<Directory> {
        let mut directories = self.directories.clone();
        for directory in &mut directories {
            let (Some(counts), Some(activity)) = (
                directory.metadata.as_mut(),
                self.directory_activity.get(&directory.id),
            ) else {
                continue;
            };
            let add = |n: u64, delta: i64| n.saturating_add_signed(delta);
            counts.users.active = add(counts.users.active, activity.users);
            counts.groups = add(counts.groups, activity.groups);
        }
        directories
    }

    /// Applies `event`; true if the snapshot changed.
    pub(super) fn apply(&mut self, event: &Event) -> bool {
        let at = event.created_at.as_str();
        match event.event.as_str() {
            "connection.activated" | "connection.deactivated" => {
                parsed(event).is_some_and(|c: Connection| upsert(&mut self.connections, c))
            }
            "connection.deleted" => {
                parsed(event).is_some_and(|c: Connection| remove(&mut self.connections, &c.id, at))
            }
            "dsync.activated" => {
                parsed(event).is_some_and(|d: Directory| upsert(&mut self.directories, d))
            }
            "dsync.deleted" => {
                parsed(event).is_some_and(|d: Directory| remove(&mut self.directories, &d.id, at))
            }
            "dsync.token.revoked" => {
                // The directory's credentials no longer work: it needs new ones.
                let id = event.data["directory_id"].as_str().unwrap_or_default();
                match self.directories.iter_mut().find(|d| d.id == id) {
                    Some(directory) if directory.updated_at.as_str() < at => {
                        directory.state = "invalid_credentials".into();
                        directory.updated_at = at.to_owned();
                        true
                    }
                    _ => false,
                }
            }
            name if name.starts_with("dsync.user.") || name.starts_with("dsync.group.") => {
                self.directory_changed(name, event, at)
            }
            "organization_domain.created"
            | "organization_domain.updated"
            | "organization_domain.verified" => parsed(event)
                .is_some_and(|d: OrganizationDomain| upsert(&mut self.organization.domains, d)),
            "organization_domain.verification_failed" => event
                .data
                .get("organization_domain")
                .and_then(|d| serde_json::from_value(d.clone()).ok())
                .is_some_and(|d: OrganizationDomain| upsert(&mut self.organization.domains, d)),
            "organization_domain.deleted" => parsed(event).is_some_and(|d: OrganizationDomain| {
                remove(&mut self.organization.domains, &d.id, at)
            }),
            "organization.updated" => parsed(event).is_some_and(|o: Organization| {
                let newer = o.id == self.organization.id
                    && o.updated_at.as_str() > self.organization.updated_at.as_str();
                if newer {
                    self.organization = o;
                }
                newer
            }),
            CERTIFICATE_EXPIRING | CERTIFICATE_RENEWED => {
                if self.certificates.iter().any(|e| e.id == event.id) {
                    return false;
                }
                self.certificates.push(event.clone());
                self.certificates
                    .sort_by(|a, b| b.created_at.cmp(&a.created_at).then(b.id.cmp(&a.id)));
                true
            }
            "vault.byok_key.verification_completed" | "vault.byok_key.deleted" => {
                let newer = self.byok.as_ref().is_none_or(|held| {
                    (held.created_at.as_str(), held.id.as_str())
                        < (event.created_at.as_str(), event.id.as_str())
                });
                if newer {
                    self.byok = Some(event.clone());
                }
                newer
            }
            _ => false,
        }
    }
}

impl Snapshot {
    /// A user or group event of a directory: counted, and dated as its last change.
    fn directory_changed(&mut self, name: &str, event: &Event, at: &str) -> bool {
        let Some(directory) = event.data["directory_id"].as_str() else {
            return false;
        };
        let (users, groups) = match name {
            "dsync.user.created" => (1, 0),
            "dsync.user.deleted" => (-1, 0),
            "dsync.group.created" => (0, 1),
            "dsync.group.deleted" => (0, -1),
            _ => (0, 0),
        };
        let activity = self
            .directory_activity
            .entry(directory.to_owned())
            .or_default();
        activity.users += users;
        activity.groups += groups;
        if activity.last_change.as_str() < at {
            activity.last_change = at.to_owned();
        }
        true
    }
}

fn parsed<T: DeserializeOwned>(event: &Event) -> Option<T> {
    serde_json::from_value(event.data.clone()).ok()
}

/// What the mirror keeps per object: its id and when it last changed.
trait Versioned {
    fn id(&self) -> &str;
    fn updated_at(&self) -> &str;
}

macro_rules! versioned {
    ($($t:ty),+) => {$(
        impl Versioned for $t {
            fn id(&self) -> &str {
                &self.id
            }
            fn updated_at(&self) -> &str {
                &self.updated_at
            }
        }
    )+};
}
versioned!(Connection, Directory, OrganizationDomain);

/// Puts `object` in place of an older one with its id (or adds it): false if the one
/// held is as new or newer.
fn upsert<T: Versioned>(objects: &mut Vec<T>, object: T) -> bool {
    match objects.iter_mut().find(|o| o.id() == object.id()) {
        Some(held) if held.updated_at() >= object.updated_at() => false,
        Some(held) => {
            *held = object;
            true
        }
        None => {
            objects.push(object);
            true
        }
    }
}

/// Removes the object `id` unless it changed after `at` (the deletion is older news).
fn remove<T: Versioned>(objects: &mut Vec<T>, id: &str, at: &str) -> bool {
    let before = objects.len();
    objects.retain(|o| o.id() != id || o.updated_at() > at);
    objects.len() != before
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn connection(id: &str, state: &str, updated_at: &str) -> serde_json::Value {
        json!({
            "object": "connection", "id": id, "organization_id": "org_1",
            "connection_type": "OktaSAML", "name": "Okta", "state": state, "status": "linked",
            "domains": [], "created_at": "2026-12-01T00:00:00.000Z", "updated_at": updated_at,
        })
    }

    fn event(id: &str, name: &str, data: serde_json::Value, created_at: &str) -> Event {
        Event {
            object: "event".into(),
            id: id.into(),
            event: name.into(),
            data,
            created_at: created_at.into(),
        }
    }

    fn empty() -> Snapshot {
        Snapshot {
            connections: Vec::new(),
            directories: Vec::new(),
            organization: serde_json::from_value(json!({
                "object": "organization", "id": "org_1", "name": "Acme", "domains": [],
                "created_at": "2026-12-01T00:00:00.000Z", "updated_at": "2026-12-01T00:00:00.000Z",
            }))
            .unwrap(),
            audit_logs: serde_json::from_value(json!({
                "organization_id": "org_1", "retention_period_in_days": 30, "state": "inactive",
                "log_stream": null,
            }))
            .unwrap(),
            certificates: Vec::new(),
            byok: None,
            directory_activity: DirectoryActivities::new(),
        }
    }

    #[test]
    fn user_and_group_events_count_and_date_their_directory() {
        let directory: Directory = serde_json::from_value(json!({
            "object": "directory", "id": "directory_1", "organization_id": "org_1",
            "name": "Okta", "external_key": "k", "type": "okta scim v2.0", "state": "linked",
            "metadata": {"users": {"active": 10, "inactive": 0}, "groups": 2},
            "created_at": "2026-12-01T00:00:00.000Z", "updated_at": "2026-12-01T00:00:00.000Z",
        }))
        .unwrap();
        let mut snapshot = Snapshot {
            directories: vec![directory],
            ..empty()
        };
        let change = |id: &str, name: &str, at: &str| {
            event(
                id,
                name,
                json!({"directory_id": "directory_1", "id": id}),
                at,
            )
        };
        assert!(snapshot.apply(&change(
            "e1",
            "dsync.user.created",
            "2026-12-02T10:00:00.000Z"
        )));
        assert!(snapshot.apply(&change(
            "e2",
            "dsync.group.created",
            "2026-12-02T12:00:00.000Z"
        )));
        // Older, arriving late: counted, the last change stays the newer one.
        assert!(snapshot.apply(&change(
            "e0",
            "dsync.user.deleted",
            "2026-12-02T09:00:00.000Z"
        )));
        assert!(snapshot.apply(&change(
            "e3",
            "dsync.user.created",
            "2026-12-02T11:00:00.000Z"
        )));
        let activity = &snapshot.directory_activity["directory_1"];
        assert_eq!(activity.last_change, "2026-12-02T12:00:00.000Z");
        let live = snapshot.live();
        let counts = live.directories.unwrap().data[0].metadata.clone().unwrap();
        assert_eq!((counts.users.active, counts.groups), (11, 3));
    }

    #[test]
    fn the_newer_event_wins_in_any_order_and_a_repeat_changes_nothing() {
        let activated = event(
            "event_1",
            "connection.activated",
            connection("conn_1", "active", "2026-12-02T10:00:00.000Z"),
            "2026-12-02T10:00:00.000Z",
        );
        let deactivated = event(
            "event_2",
            "connection.deactivated",
            connection("conn_1", "inactive", "2026-12-02T11:00:00.000Z"),
            "2026-12-02T11:00:00.000Z",
        );
        for order in [[&activated, &deactivated], [&deactivated, &activated]] {
            let mut snapshot = empty();
            for e in order {
                snapshot.apply(e);
            }
            assert_eq!(snapshot.connections.len(), 1);
            assert_eq!(
                snapshot.connections[0].state, "inactive",
                "the newer one holds"
            );
            assert!(!snapshot.apply(&deactivated), "a repeat changes nothing");
        }
    }

    #[test]
    fn a_deletion_older_than_the_object_held_does_not_remove_it() {
        let mut snapshot = empty();
        let newer = connection("conn_1", "active", "2026-12-02T12:00:00.000Z");
        snapshot.apply(&event(
            "e1",
            "connection.activated",
            newer,
            "2026-12-02T12:00:00.000Z",
        ));
        let old = connection("conn_1", "active", "2026-12-02T09:00:00.000Z");
        let stale_delete = event(
            "e0",
            "connection.deleted",
            old.clone(),
            "2026-12-02T09:30:00.000Z",
        );
        assert!(!snapshot.apply(&stale_delete));
        assert_eq!(snapshot.connections.len(), 1);
        let delete = event("e2", "connection.deleted", old, "2026-12-02T13:00:00.000Z");
        assert!(snapshot.apply(&delete));
        assert!(snapshot.connections.is_empty());
    }

    #[test]
    fn certificate_events_are_kept_once_each_newest_first() {
        let mut snapshot = empty();
        let data = json!({ "connection": { "id": "conn_1", "organization_id": "org_1" } });
        let later = event(
            "e2",
            CERTIFICATE_RENEWED,
            data.clone(),
            "2026-12-02T12:00:00.000Z",
        );
        let earlier = event("e1", CERTIFICATE_EXPIRING, data, "2026-12-01T12:00:00.000Z");
        assert!(snapshot.apply(&later));
        assert!(snapshot.apply(&earlier));
        assert!(!snapshot.apply(&earlier));
        let ids: Vec<&str> = snapshot
            .certificates
            .iter()
            .map(|e| e.id.as_str())
            .collect();
        assert_eq!(ids, ["e2", "e1"]);
    }
}
