//! Reading WorkOS's Events API: every event stored once, a cursor that survives a
//! restart, and one poller at a time across instances (the lease).

use crate::{control, spawn_app, spawn_app_with, TestApp, ADMIN, WEBHOOK_SECRET};
use portico::server::{
    config::values::{Bounded, EventSource},
    events::{Polled, Poller, LEASE},
};
use serde_json::json;
use std::time::Duration;

fn poller(app: &TestApp, holder: &str) -> Poller {
    let state = &app.running.state;
    let interval = Duration::from_secs(1);
    Poller::new(state, holder.into(), interval)
}

/// Records `count` events at the embedded emulator, as WorkOS would.
async fn emit(app: &TestApp, count: usize, name: &str) {
    let emulator = app.running.emulator.as_ref().expect("embedded emulator");
    for n in 0..count {
        let data = json!({ "id": format!("conn_{n}"), "organization_id": "org_01POLLED" });
        let event = json!({ "event": name, "data": data });
        control(emulator, reqwest::Method::POST, "/__emulator/events", event).await;
    }
}

async fn stored(app: &TestApp) -> Vec<(String, String)> {
    sqlx::query_as("SELECT event, source FROM workos_events ORDER BY id")
        .fetch_all(&app.running.state.db)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_poller_stores_every_page_once_and_the_next_resumes_after_its_cursor() {
    let app = spawn_app().await;
    emit(&app, 105, "connection.activated").await;
    emit(&app, 1, "user.created").await; // not one Portico reads
    let first = poller(&app, "first");
    assert_eq!(
        first.poll_once().await.unwrap(),
        Polled::Read(105),
        "two pages"
    );
    let rows = stored(&app).await;
    assert_eq!(rows.len(), 105);
    assert!(rows
        .iter()
        .all(|(event, source)| event == "connection.activated" && source == "poll"));
    assert_eq!(first.poll_once().await.unwrap(), Polled::Read(0));

    // Another instance's poller waits while the lease is held.
    let second = poller(&app, "second");
    assert_eq!(second.poll_once().await.unwrap(), Polled::NotHolder);
    first.release().await.unwrap();

    // It resumes after the stored cursor: what the first stored is not read again
    // (forgotten here to show it), only what came since.
    sqlx::query("DELETE FROM workos_events")
        .execute(&app.running.state.db)
        .await
        .unwrap();
    emit(&app, 2, "dsync.activated").await;
    assert_eq!(second.poll_once().await.unwrap(), Polled::Read(2));
    assert_eq!(
        stored(&app).await,
        [
            ("dsync.activated".to_owned(), "poll".to_owned()),
            ("dsync.activated".to_owned(), "poll".to_owned())
        ]
    );
    assert_eq!(first.poll_once().await.unwrap(), Polled::NotHolder);
}

#[tokio::test]
async fn with_events_poll_the_running_instance_polls_on_its_own() {
    let data = tempfile::tempdir().unwrap();
    let app = spawn_app_with(data, |config| {
        config.workos.events = EventSource::Poll;
        config.workos.events_poll_seconds = Bounded::new(1);
    })
    .await;
    emit(&app, 1, "organization_domain.verified").await;
    for _ in 0..60 {
        if !stored(&app).await.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(
        stored(&app).await,
        [("organization_domain.verified".to_owned(), "poll".to_owned())]
    );
    let holder: Option<String> = sqlx::query_scalar("SELECT holder FROM leases WHERE name = $1")
        .bind(LEASE)
        .fetch_optional(&app.running.state.db)
        .await
        .unwrap();
    assert!(holder.is_some(), "the instance holds the poller's lease");
}

/// The SSO card's setup and summary, as the page's data says.
fn sso(overview: &serde_json::Value) -> (String, String) {
    let card = &overview["statuses"][0];
    assert_eq!(card["intent"], "sso");
    (
        card["setup"].as_str().unwrap_or_default().to_owned(),
        card["summary"].as_str().unwrap_or_default().to_owned(),
    )
}

#[tokio::test]
async fn views_read_the_mirror_and_a_delivered_event_changes_what_they_show() {
    let data = tempfile::tempdir().unwrap();
    let app = spawn_app_with(data, |config| config.status.cache_seconds = Bounded::new(1)).await;
    let emulator = app.running.emulator.as_ref().expect("embedded emulator");
    let endpoint = json!({
        "endpoint_url": format!("{}/webhooks/workos", app.base),
        "events": portico::server::events::MIRRORED_EVENTS,
        "secret": WEBHOOK_SECRET,
    });
    control(
        emulator,
        reqwest::Method::POST,
        "/__emulator/webhook_endpoints",
        endpoint,
    )
    .await;
    let admin = app.signed_in(ADMIN).await;

    let calls = app.workos_calls().await;
    let first = app.get_json(&admin, "/api/organization").await;
    assert_eq!(sso(&first).0, "not_configured");
    assert_eq!(
        app.workos_calls().await - calls,
        5,
        "the first view reads WorkOS in full"
    );
    // Past the in-memory cache, a view reads the mirror: one WorkOS call, for the one
    // area WorkOS sends no events about (the audit log stream).
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let calls = app.workos_calls().await;
    let second = app.get_json(&admin, "/api/organization").await;
    assert_eq!(sso(&second), sso(&first));
    assert_eq!(app.workos_calls().await - calls, 1, "served by the mirror");

    // The admin finishes SSO at WorkOS; its event, delivered, is what the next view shows.
    app.finish_setup(&admin, "sso", "OktaSAML").await;
    let mut processed = false;
    for _ in 0..60 {
        let waiting: i64 = sqlx::query_scalar(
            // Written once the event's change is applied.
            "SELECT COUNT(*) FROM audit_events WHERE action = 'workos.change'",
        )
        .fetch_one(&app.running.state.db)
        .await
        .unwrap();
        if waiting == 1 {
            processed = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(processed, "the delivery was taken and applied");
    let calls = app.workos_calls().await;
    let third = app.get_json(&admin, "/api/organization").await;
    assert_eq!(
        sso(&third),
        ("active".to_owned(), "Okta SAML is active.".to_owned())
    );
    assert_eq!(
        app.workos_calls().await - calls,
        1,
        "the event, not a read of the connections, brought it"
    );

    // A mirror whose last full read is older than `mirror_full_read_hours` (24) is read
    // in full again, to repair whatever events missed.
    let day_ago = (time::OffsetDateTime::now_utc() - time::Duration::hours(25))
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap();
    sqlx::query("UPDATE status_mirror SET read_at = $1")
        .bind(day_ago)
        .execute(&app.running.state.db)
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let calls = app.workos_calls().await;
    let fourth = app.get_json(&admin, "/api/organization").await;
    assert_eq!(sso(&fourth), sso(&third));
    assert_eq!(app.workos_calls().await - calls, 5, "a full read again");
}

#[tokio::test]
async fn a_cursor_older_than_workos_keeps_events_rereads_all_kept_and_each_status() {
    let app = spawn_app().await;
    emit(&app, 3, "connection.activated").await;
    let only = poller(&app, "only");
    assert_eq!(only.poll_once().await.unwrap(), Polled::Read(3));
    assert_eq!(only.poll_once().await.unwrap(), Polled::Read(0));
    let db = &app.running.state.db;
    let long_ago = (time::OffsetDateTime::now_utc() - time::Duration::days(31))
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap();
    sqlx::query("UPDATE event_cursors SET updated_at = $1")
        .bind(&long_ago)
        .execute(db)
        .await
        .unwrap();
    sqlx::query(
        "INSERT INTO status_mirror (workos_organization_id, snapshot, read_at, version) \
         VALUES ('org_01MIRRORED', '{}', $1, 1)",
    )
    .bind(&long_ago)
    .execute(db)
    .await
    .unwrap();
    assert_eq!(
        only.poll_once().await.unwrap(),
        Polled::Read(3),
        "every event still kept, read again (and stored once)"
    );
    assert_eq!(stored(&app).await.len(), 3);
    let mirrored: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM status_mirror WHERE read_at <> ''")
            .fetch_one(db)
            .await
            .unwrap();
    assert_eq!(
        mirrored, 0,
        "each organization's next view reads WorkOS in full"
    );
}

#[tokio::test]
async fn an_event_stored_but_not_applied_is_taken_up_once_by_the_sweeper() {
    let app = spawn_app().await;
    let db = &app.running.state.db;
    let (acme,): (String,) =
        sqlx::query_as("SELECT workos_organization_id FROM organizations WHERE name = 'Acme'")
            .fetch_one(db)
            .await
            .unwrap();
    // As a process that stopped between storing an event and applying it leaves it.
    let minute_ago = (time::OffsetDateTime::now_utc() - time::Duration::minutes(1))
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap();
    let data = json!({ "organization_id": acme, "key_provider": "GCP_KMS", "verified": true });
    sqlx::query(
        "INSERT INTO workos_events (id, event, workos_organization_id, data, created_at, received_at, source) \
         VALUES ('event_01LEFT', 'vault.byok_key.verification_completed', $1, $2, $3, $3, 'webhook')",
    )
    .bind(&acme)
    .bind(data.to_string())
    .bind(&minute_ago)
    .execute(db)
    .await
    .unwrap();
    let state = &app.running.state;
    assert_eq!(portico::server::events::sweep(state).await, 1);
    assert_eq!(
        portico::server::events::sweep(state).await,
        0,
        "applied once"
    );
    let rows: Vec<(String,)> =
        sqlx::query_as("SELECT detail FROM audit_events WHERE action = 'workos.change'")
            .fetch_all(db)
            .await
            .unwrap();
    assert_eq!(rows, [("Your key was verified".to_owned(),)]);
}
