//! `POST /webhooks/workos`: WorkOS's signed deliveries, checked before anything is read,
//! stored once by event id.

use crate::{client, spawn_app, spawn_app_with_secrets, TestApp, WEBHOOK_SECRET};
use reqwest::{header, StatusCode};
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
async fn without_a_webhook_secret_the_route_is_not_there() {
    let data = tempfile::tempdir().unwrap();
    let app = spawn_app_with_secrets(data, |_| {}, |secrets| secrets.webhook_secret = None).await;
    let body = activated("event_01OFF");
    let signature = Some(signature_header(WEBHOOK_SECRET, now_ms(), body.as_bytes()));
    let (status, _) = deliver(&app, &body, signature).await;
    assert_eq!(status, 404);
    assert!(stored(&app).await.is_empty());
}
