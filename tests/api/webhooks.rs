//! `POST /webhooks/workos`: WorkOS's signed deliveries, checked before anything is read,
//! stored once by event id.

use crate::{client, control, spawn_app, spawn_app_with_secrets, TestApp, WEBHOOK_SECRET};
use reqwest::{header, Client, StatusCode};
use serde_json::Value;
use workos::webhooks::signature_header;

fn now_ms() -> i64 {
    let since_epoch = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap();
    i64::try_from(since_epoch.as_millis()).unwrap()
}

fn activated(id: &str) -> String {
    serde_json::json!({
        "object": "event",
        "id": id,
        "event": "connection.activated",
        "data": {
            "object": "connection",
            "id": "conn_01TEST",
            "organization_id": "org_01TEST",
            "connection_type": "OktaSAML",
            "state": "active",
            "updated_at": "2026-12-03T10:00:00.000Z"
        },
        "created_at": "2026-12-03T10:00:00.000Z"
    })
    .to_string()
}

/// Posts `body` with `signature` (if any): status and JSON answer.
async fn deliver(app: &TestApp, body: &str, signature: Option<String>) -> (StatusCode, Value) {
    let mut request = client()
        .post(format!("{}/webhooks/workos", app.base))
        .header(header::CONTENT_TYPE, "application/json")
        // A delivery comes from WorkOS's servers, never from a page: no Origin of ours.
        .header(header::ORIGIN, "https://api.workos.com")
        .body(body.to_owned());
    if let Some(signature) = signature {
        request = request.header("WorkOS-Signature", signature);
    }
    let response = request.send().await.unwrap();
    let status = response.status();
    (status, response.json().await.unwrap_or(Value::Null))
}

async fn stored(app: &TestApp) -> Vec<(String, String, Option<String>, String)> {
    sqlx::query_as(
        "SELECT id, event, workos_organization_id, source FROM workos_events ORDER BY id",
    )
    .fetch_all(&app.running.state.db)
    .await
    .unwrap()
}

#[tokio::test]
async fn a_signed_delivery_is_stored_once_and_a_replay_changes_nothing() {
    let app = spawn_app().await;
    let body = activated("event_01SIGNED");
    let signed = || Some(signature_header(WEBHOOK_SECRET, now_ms(), body.as_bytes()));
    let (status, answer) = deliver(&app, &body, signed()).await;
    assert_eq!(status, 200, "{answer}");
    assert_eq!(answer["new"], true);
    // WorkOS retries, and a replayed delivery is signed afresh: taken, stored once.
    let (status, answer) = deliver(&app, &body, signed()).await;
    assert_eq!(status, 200, "{answer}");
    assert_eq!(answer["new"], false);
    assert_eq!(
        stored(&app).await,
        [(
            "event_01SIGNED".to_owned(),
            "connection.activated".to_owned(),
            Some("org_01TEST".to_owned()),
            "webhook".to_owned()
        )]
    );
    // Only this path is outside the Origin check: a server function is still guarded.
    let refused = client()
        .post(format!("{}/api/portal_link", app.base))
        .header(header::ORIGIN, "https://api.workos.com")
        .form(&[("intent", "sso")])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 403);
}

#[tokio::test]
async fn each_bad_delivery_is_refused_with_its_reason_and_nothing_is_stored() {
    let app = spawn_app().await;
    let body = activated("event_01REFUSED");
    let at = |ms: i64| Some(signature_header(WEBHOOK_SECRET, ms, body.as_bytes()));
    let now = now_ms();
    let mut tampered = body.clone().into_bytes();
    tampered[20] ^= 1;
    let cases: Vec<(&str, Option<String>, &str, u16, &str)> = vec![
        ("missing", None, &body, 401, "header is missing"),
        (
            "malformed",
            Some("v1=abc".into()),
            &body,
            401,
            "is not \"t=",
        ),
        (
            "no space after the comma",
            at(now).map(|s| s.replace(", ", ",")),
            &body,
            401,
            "is not \"t=",
        ),
        (
            "stale",
            at(now - 181_000),
            &body,
            401,
            "more than the 180 s",
        ),
        (
            "from the future",
            at(now + 181_000),
            &body,
            401,
            "in the future",
        ),
        (
            "another secret",
            Some(signature_header("whsec_other", now, body.as_bytes())),
            &body,
            401,
            "does not match",
        ),
    ];
    for (case, signature, body, status, reason) in cases {
        let (got, answer) = deliver(&app, body, signature).await;
        assert_eq!(got.as_u16(), status, "{case}: {answer}");
        let message = answer["message"].as_str().unwrap_or_default();
        assert!(message.contains(reason), "{case}: {message}");
    }
    // Signed for other bytes than those sent.
    let tampered = String::from_utf8(tampered).unwrap();
    let (got, answer) = deliver(&app, &tampered, at(now)).await;
    assert_eq!(got, 401, "{answer}");
    // Rightly signed, but not an event.
    for not_an_event in ["not json", r#"{"object":"organization","id":"org_1"}"#] {
        let signature = Some(signature_header(
            WEBHOOK_SECRET,
            now,
            not_an_event.as_bytes(),
        ));
        let (got, answer) = deliver(&app, not_an_event, signature).await;
        assert_eq!(got, 400, "{not_an_event}: {answer}");
        assert!(answer["message"]
            .as_str()
            .unwrap_or_default()
            .starts_with("The body is not a WorkOS event"));
    }
    assert!(stored(&app).await.is_empty());
}

#[tokio::test]
async fn with_workos_and_no_webhook_secret_the_route_is_not_there() {
    let workos = crate::spawn_emulator().await;
    let data = tempfile::tempdir().unwrap();
    let app = spawn_app_with_secrets(
        data,
        |config| {
            config.workos.api_base_url =
                portico::server::config::values::HttpUrl(workos.base_url.clone());
        },
        |secrets| {
            secrets.workos_api_key = Some(workos::ApiKey::new(crate::EMULATOR_KEY));
            secrets.webhook_secret = None;
        },
    )
    .await;
    assert!(app.running.emulator.is_none());
    let body = activated("event_01OFF");
    let signature = Some(signature_header(WEBHOOK_SECRET, now_ms(), body.as_bytes()));
    let (status, _) = deliver(&app, &body, signature).await;
    assert_eq!(status, 404);
    assert!(stored(&app).await.is_empty());
}

/// With the embedded emulator and no secret set, Portico registers its own endpoint
/// there: the emulator's events reach it with nothing to configure.
#[tokio::test]
async fn the_embedded_emulator_delivers_to_portico_with_nothing_configured() {
    let app = heard_by_the_emulator().await;
    let admin = app.signed_in(crate::ADMIN).await;
    app.finish_setup(&admin, "sso", "OktaSAML").await;
    let taken = delivered(&app, 1).await;
    assert_eq!(taken[0]["event"], "connection.activated");
    assert_eq!(
        taken[0]["endpoint_url"],
        format!("{}/webhooks/workos", app.base)
    );
    let rows = stored(&app).await;
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].1, "connection.activated");

    // Recent activity says what WorkOS reported, by WorkOS, with the event's id kept.
    let mut newest = Value::Null;
    for _ in 0..40 {
        newest = app.get_json(&admin, "/api/activity").await["entries"][0].clone();
        if newest["who"] == "WorkOS" {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(newest["who"], "WorkOS", "{newest}");
    assert_eq!(newest["what"], "Reported a change");
    assert_eq!(newest["detail"], "Single sign-on became active (Okta SAML)");
    let kept: Option<String> = sqlx::query_scalar(
        "SELECT workos_request_id FROM audit_events WHERE action = 'workos.change'",
    )
    .fetch_one(&app.running.state.db)
    .await
    .unwrap();
    assert_eq!(kept.as_deref(), Some(rows[0].0.as_str()));
}

/// What the embedded emulator's deliveries say, oldest first.
async fn deliveries(app: &TestApp) -> Vec<Value> {
    let emulator = app.running.emulator.as_ref().expect("embedded emulator");
    let list: Value = reqwest::Client::new()
        .get(
            emulator
                .base_url
                .join("/__emulator/webhooks/deliveries")
                .unwrap(),
        )
        .bearer_auth(&emulator.api_key)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    list["data"].as_array().unwrap().clone()
}

/// Waits (up to 3 s) until `count` deliveries have all been taken.
async fn delivered(app: &TestApp, count: usize) -> Vec<Value> {
    for _ in 0..60 {
        let all = deliveries(app).await;
        if all.len() == count && all.iter().all(|d| d["state"] == "delivered") {
            return all;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("not delivered: {:?}", deliveries(app).await);
}

#[tokio::test]
async fn the_emulator_delivers_events_that_portico_takes_and_stores_once() {
    let app = spawn_app().await;
    let emulator = app.running.emulator.as_ref().expect("embedded emulator");
    let endpoint = serde_json::json!({
        "endpoint_url": format!("{}/webhooks/workos", app.base),
        "events": ["connection.activated", "organization_domain.verified"],
        "secret": WEBHOOK_SECRET,
    });
    control(
        emulator,
        reqwest::Method::POST,
        "/__emulator/webhook_endpoints",
        endpoint,
    )
    .await;
    let event = serde_json::json!({
        "event": "organization_domain.verified",
        "data": { "object": "organization_domain", "id": "org_domain_01", "organization_id": "org_01DELIVERED",
                  "domain": "acme.example", "state": "verified" },
    });
    control(emulator, reqwest::Method::POST, "/__emulator/events", event).await;
    let first = delivered(&app, 1).await;
    assert_eq!(first[0]["attempts"], 1, "{first:?}");
    let rows = stored(&app).await;
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].1, "organization_domain.verified");
    assert_eq!(rows[0].2.as_deref(), Some("org_01DELIVERED"));

    // WorkOS may deliver the same event again: taken, and still stored once.
    let path = format!(
        "/__emulator/webhooks/deliveries/{}/replay",
        first[0]["id"].as_str().unwrap()
    );
    control(
        emulator,
        reqwest::Method::POST,
        &path,
        serde_json::json!({}),
    )
    .await;
    delivered(&app, 2).await;
    assert_eq!(stored(&app).await, rows);
}

/// WorkOS has no read of a customer's key: its events are what the card shows.
#[tokio::test]
async fn bring_your_own_key_gets_its_badge_from_the_key_event() {
    let app = heard_by_the_emulator().await;
    let admin = app.signed_in(crate::ADMIN).await;
    let byok_card = |overview: &Value| {
        overview["statuses"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["intent"] == "bring_your_own_key")
            .cloned()
            .unwrap()
    };
    let before = byok_card(&app.get_json(&admin, "/api/organization").await);
    assert!(before["setup"].is_null(), "nothing known yet: {before}");

    app.finish_setup(&admin, "bring_your_own_key", "configured")
        .await;
    delivered(&app, 1).await;
    let mut card = Value::Null;
    for _ in 0..40 {
        card = byok_card(&app.get_json(&admin, "/api/organization").await);
        if card["setup"] == "active" {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(card["setup"], "active", "{card}");
    let summary = card["summary"].as_str().unwrap();
    assert!(
        summary.starts_with("Your key in AWS KMS was verified on "),
        "{summary}"
    );
}

/// An app whose embedded emulator delivers its events to it (Portico registers itself).
async fn heard_by_the_emulator() -> TestApp {
    let data = tempfile::tempdir().unwrap();
    spawn_app_with_secrets(data, |_| {}, |secrets| secrets.webhook_secret = None).await
}

/// The directory sync card once `shown` holds for it (or as it is after three seconds).
async fn dsync_card_when(app: &TestApp, admin: &Client, shown: impl Fn(&Value) -> bool) -> Value {
    let mut dsync = Value::Null;
    for _ in 0..60 {
        dsync = app.get_json(admin, "/api/organization").await["statuses"][1].clone();
        if shown(&dsync) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    dsync
}

/// The card that needs attention, found from the event alone: no portal return, no
/// "Try again".
#[tokio::test]
async fn revoked_directory_credentials_show_on_the_card_from_the_event() {
    let app = heard_by_the_emulator().await;
    let emulator = app.running.emulator.as_ref().expect("embedded emulator");
    let admin = app.signed_in(crate::ADMIN).await;
    app.finish_setup(&admin, "dsync", "okta scim v2.0").await;
    let dsync = dsync_card_when(&app, &admin, |card| card["setup"] == "active").await;
    assert_eq!(dsync["intent"], "dsync");
    assert_eq!(dsync["setup"], "active", "{dsync}");
    let directories = crate::emulator_get(emulator, "/directories").await;
    let directory = directories["data"][0]["id"].as_str().unwrap();
    let revoke = serde_json::json!({ "directory_id": directory });
    let path = "/__emulator/events/directory_credentials_revoked";
    control(emulator, reqwest::Method::POST, path, revoke).await;
    let dsync = dsync_card_when(&app, &admin, |card| card["setup"] == "needs_attention").await;
    assert_eq!(dsync["setup"], "needs_attention", "{dsync}");
    // What is wrong, and since when.
    let summary = dsync["summary"].as_str().unwrap();
    assert!(
        summary.contains("WorkOS has not been able to sign in to the directory since "),
        "{summary}"
    );
    // Its trail row is written right after the change is applied. (The admins'
    // notification email follows it.) The activation's own row by WorkOS may land
    // just before it, so the revocation is looked for among WorkOS's rows.
    let revoked = "The directory's credentials were revoked";
    let mut by_workos = Vec::new();
    for _ in 0..40 {
        let entries = app.get_json(&admin, "/api/activity").await["entries"].clone();
        by_workos = entries
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["who"] == "WorkOS")
            .map(|e| e["detail"].clone())
            .collect::<Vec<_>>();
        if by_workos.iter().any(|detail| detail == revoked) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(by_workos.contains(&Value::from(revoked)), "{by_workos:?}");
}

/// A directory's user and group events tell when it last synced a change (WorkOS's
/// directory object has no such time): the card says so.
#[tokio::test]
async fn a_directorys_user_events_date_its_last_change_on_the_card() {
    let app = heard_by_the_emulator().await;
    let emulator = app.running.emulator.as_ref().expect("embedded emulator");
    let admin = app.signed_in(crate::ADMIN).await;
    app.finish_setup(&admin, "dsync", "okta scim v2.0").await;
    let before = dsync_card_when(&app, &admin, |_| true).await;
    assert!(
        !before["summary"].as_str().unwrap().contains("last change"),
        "{before}"
    );
    let directories = crate::emulator_get(emulator, "/directories").await;
    let directory = directories["data"][0]["id"].as_str().unwrap();
    let user = serde_json::json!({
        "event": "dsync.user.created",
        "data": { "object": "directory_user", "id": "directory_user_01NEW", "directory_id": directory,
                  "organization_id": directories["data"][0]["organization_id"], "state": "active",
                  "email": "new.hire@acme.example" },
    });
    control(emulator, reqwest::Method::POST, "/__emulator/events", user).await;
    let dsync = dsync_card_when(&app, &admin, |card| {
        card["summary"].as_str().unwrap().contains("last change")
    })
    .await;
    assert_eq!(dsync["setup"], "active", "{dsync}");
    let summary = dsync["summary"].as_str().unwrap();
    assert!(
        summary.starts_with("Okta is syncing") && summary.contains("; last change "),
        "{summary}"
    );
}

/// The organization deleted at WorkOS: its mirror goes (the next view asks WorkOS, which
/// says so), and its trail says what happened.
#[tokio::test]
async fn an_organization_deleted_at_workos_is_forgotten_and_said_in_its_trail() {
    let app = heard_by_the_emulator().await;
    let emulator = app.running.emulator.as_ref().expect("embedded emulator");
    let admin = app.signed_in(crate::ADMIN).await;
    app.get_json(&admin, "/api/organization").await;
    let acme: String =
        sqlx::query_scalar("SELECT workos_organization_id FROM organizations WHERE name = 'Acme'")
            .fetch_one(&app.running.state.db)
            .await
            .unwrap();
    let mirrored = |db: &portico::server::db::Pool, id: String| {
        let db = db.clone();
        async move {
            sqlx::query_scalar::<_, i64>(
                // Forgotten: kept for the console's health, but never read again as is.
                "SELECT COUNT(*) FROM status_mirror WHERE workos_organization_id = $1 AND read_at <> ''",
            )
            .bind(id)
            .fetch_one(&db)
            .await
            .unwrap()
        }
    };
    assert_eq!(mirrored(&app.running.state.db, acme.clone()).await, 1);
    let deleted = client()
        .delete(
            emulator
                .base_url
                .join(&format!("/organizations/{acme}"))
                .unwrap(),
        )
        .bearer_auth(&emulator.api_key)
        .send()
        .await
        .unwrap();
    assert!(deleted.status().is_success(), "{}", deleted.status());
    let mut said = false;
    for _ in 0..60 {
        let details: Vec<String> =
            sqlx::query_scalar("SELECT detail FROM audit_events WHERE action = 'workos.change'")
                .fetch_all(&app.running.state.db)
                .await
                .unwrap();
        if details
            .iter()
            .any(|d| d == "The organization was deleted at WorkOS")
        {
            said = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(said, "the trail says so");
    assert_eq!(mirrored(&app.running.state.db, acme).await, 0);
}
