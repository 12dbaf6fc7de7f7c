//! The area readers, each fed what WorkOS answers.

use super::{
    audit_logs::{audit_logs, log_stream},
    certificates::{certificates, CERTIFICATE_EXPIRING, CERTIFICATE_RENEWED},
    directories::directories as read_directories_with,
    domains::domains,
    mirror::{DirectoryActivities, DirectoryActivity},
    reading::{age, reading, what_portico_knows},
    sso::sso,
};
use crate::{
    model::{day_and_month, Intent, Role, Setup},
    server::db,
};
use serde_json::json;
use std::time::{Duration, SystemTime};
use workos::types::{AuditLogConfiguration, Connection, Directory, Event, List, Organization};

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
    serde_json::from_value(json!({"object": "list", "data": data, "list_metadata": {}})).unwrap()
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
    serde_json::from_value(json!({"object": "list", "data": data, "list_metadata": {}})).unwrap()
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
        "2 connections active: Okta SAML and Microsoft Entra ID SAML."
    );
    let broken = sso(&connections(&[("OktaSAML", "inactive")]));
    assert_eq!(broken.setup, Some(Setup::NeedsAttention));
    assert_eq!(
        broken.summary,
        "Okta SAML has been inactive since 27 Nov 2026: nobody can sign in through it."
    );
    let unknown = sso(&connections(&[("BrandNewSAML", "active")]));
    assert_eq!(
        unknown.summary, "BrandNewSAML is active.",
        "unknown types still read"
    );
}

fn read_directories(list: &List<Directory>) -> super::reading::Reading {
    read_directories_with(list, &DirectoryActivities::new())
}

#[test]
fn a_directory_says_its_last_change_and_needs_attention_after_a_quiet_day() {
    let okta = directories(&[("okta scim v2.0", "linked", Some((120, 8)))]);
    let id = okta.data[0].id.clone();
    let at = |ago: time::Duration| {
        let format = time::format_description::well_known::Rfc3339;
        (time::OffsetDateTime::now_utc() - ago)
            .format(&format)
            .unwrap()
    };
    let activity = |last_change: String| {
        let seen = DirectoryActivity {
            last_change,
            ..Default::default()
        };
        DirectoryActivities::from([(id.clone(), seen)])
    };
    let recent = read_directories_with(&okta, &activity(at(time::Duration::hours(2))));
    assert_eq!(recent.setup, Some(Setup::Active));
    assert!(recent
        .summary
        .starts_with("Okta is syncing (120 users, 8 groups); last change "));
    let quiet = read_directories_with(&okta, &activity(at(time::Duration::hours(30))));
    assert_eq!(quiet.setup, Some(Setup::NeedsAttention));
    assert!(
        quiet
            .summary
            .starts_with("Okta has synced no change since ")
            && quiet.summary.ends_with(": check that it still syncs."),
        "{}",
        quiet.summary
    );
}

#[test]
fn directories_report_sync_and_counts() {
    assert_eq!(
        read_directories(&directories(&[])).setup,
        Some(Setup::NotConfigured)
    );
    let linked = read_directories(&directories(&[(
        "okta scim v2.0",
        "linked",
        Some((120, 8)),
    )]));
    assert_eq!(linked.setup, Some(Setup::Active));
    assert_eq!(linked.summary, "Okta is syncing (120 users, 8 groups).");
    let no_counts = read_directories(&directories(&[("bamboohr", "linked", None)]));
    assert_eq!(no_counts.summary, "BambooHR is syncing.");
    let broken = read_directories(&directories(&[(
        "azure scim v2.0",
        "invalid_credentials",
        None,
    )]));
    assert_eq!(broken.setup, Some(Setup::NeedsAttention));
    let waiting = read_directories(&directories(&[("workday", "validating", None)]));
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
    // One verified and one still waiting: the area is not done, and says how far it got.
    let mixed = domains(&org(json!([
        domain("globex-widgets.example", "verified"),
        domain("globex.example", "pending")
    ])));
    assert_eq!(mixed.setup, Some(Setup::InProgress));
    assert_eq!(
        mixed.summary,
        "1 of 2 domains verified; globex.example is waiting for its DNS record."
    );

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
        "WorkOS keeps your audit log events 30 days."
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
        "ada@acme.example started this setup on 7 Nov 2026."
    );
    assert_eq!(
        what_portico_knows(&opened, Intent::BringYourOwnKey, Role::Member),
        "An admin started this setup on 7 Nov 2026.",
        "members are not shown admins' emails"
    );
    assert_eq!(
        what_portico_knows(&opened, Intent::CertificateRenewal, Role::Admin),
        "Nobody has started this setup yet."
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
