//! Webhooks to the host: a change of a customer's setup reaches the host's endpoint,
//! signed so that it verifies, retried after a failure, never sent to a private address
//! unless allowed; the example host verifies and shows them.

use crate::TestApp;
use portico::server::{api_keys, config::values::List, host_webhooks};
use reqwest::{Client, Method};
use serde_json::{json, Value};
use std::sync::{Arc, Mutex};

/// What a receiver was sent: (signature header, body).
type Received = Arc<Mutex<Vec<(String, String)>>>;

/// A host's endpoint on loopback that answers `statuses` in turn (then 200).
async fn receiver(statuses: Vec<u16>) -> (String, Received) {
    let received: Received = Arc::default();
    let answers = Arc::new(Mutex::new(statuses.into_iter()));
    let kept = received.clone();
    let app = axum::Router::new().route(
        "/hook",
        axum::routing::post(move |headers: axum::http::HeaderMap, body: String| {
            let kept = kept.clone();
            let answers = answers.clone();
            async move {
                let signature = headers
                    .get("portico-signature")
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or_default()
                    .to_owned();
                kept.lock().unwrap().push((signature, body));
                let status = answers.lock().unwrap().next().unwrap_or(200);
                axum::http::StatusCode::from_u16(status).unwrap()
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hook", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (url, received)
}

async fn app_allowing_loopback_endpoints() -> TestApp {
    crate::spawn_app_with(tempfile::tempdir().unwrap(), |config| {
        config.host_api.webhooks_to_private_addresses = true;
        config.embed.hosts = List(vec!["host-product".to_owned()]);
    })
    .await
}

async fn register(app: &TestApp, url: &str) -> (u16, Value) {
    let scopes = api_keys::parse_scopes("webhooks:write").unwrap();
    let key = api_keys::create(&app.running.state.db, "hooks", &scopes, "tests")
        .await
        .unwrap();
    let response = Client::new()
        .request(Method::POST, app.url("/api/v1/webhook_endpoints"))
        .bearer_auth(key)
        .json(&json!({"url": url}))
        .send()
        .await
        .unwrap();
    (response.status().as_u16(), response.json().await.unwrap())
}

/// Acme's admin sets up SSO through the portal: the mirror sees SSO turn active.
async fn acme_sets_up_sso(app: &TestApp) {
    let admin = app.signed_in("ada@acme.example").await;
    app.get_text(&admin, "/settings").await; // the mirror's first read
    app.finish_setup(&admin, "sso", "OktaSAML").await;
    app.get_text(&admin, "/settings?configured=sso").await; // read afresh: the change
}

/// Runs the webhook work until `received` has `count` requests (or fails after a while).
async fn until_received(app: &TestApp, received: &Received, count: usize) {
    for _ in 0..100 {
        host_webhooks::work_once(&app.running.state).await.unwrap();
        if received.lock().unwrap().len() >= count {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!(
        "the endpoint got {} of {count} requests",
        received.lock().unwrap().len()
    );
}

#[tokio::test]
async fn a_setup_change_reaches_the_host_signed_and_is_retried_after_a_500() {
    let app = app_allowing_loopback_endpoints().await;
    let (url, received) = receiver(vec![500]).await;
    let (status, endpoint) = register(&app, &url).await;
    assert_eq!(status, 201, "{endpoint}");
    let secret = endpoint["secret"].as_str().unwrap().to_owned();
    assert!(secret.starts_with("whsec_"));
    acme_sets_up_sso(&app).await;

    // Two events (the change, and the hand-off it completed); the first answer is a 500.
    until_received(&app, &received, 2).await;
    let retried_before: usize = received.lock().unwrap().len();
    // The failed one waits 10 s: let that time pass.
    sqlx::query("UPDATE webhook_deliveries SET next_attempt_at = 0 WHERE delivered_at IS NULL")
        .execute(&app.running.state.db)
        .await
        .unwrap();
    until_received(&app, &received, retried_before + 1).await;

    let got = received.lock().unwrap().clone();
    let now = portico::server::clock::unix_ms();
    let mut events = Vec::new();
    for (signature, body) in &got {
        workos::webhooks::verify(
            Some(signature),
            body.as_bytes(),
            &secret,
            now,
            std::time::Duration::from_secs(300),
        )
        .unwrap_or_else(|e| panic!("{e}: {signature} {body}"));
        let event: Value = serde_json::from_str(body).unwrap();
        events.push(event);
    }
    let changed = events
        .iter()
        .find(|e| e["event"] == "organization.status_changed" && e["data"]["area"] == "sso")
        .expect("SSO's change");
    assert_eq!(changed["data"]["from"], "not_configured");
    assert_eq!(changed["data"]["to"], "active");
    assert_eq!(changed["data"]["organization"]["name"], "Acme");
    assert_eq!(changed["object"], "event");
    let handoff = events
        .iter()
        .find(|e| e["event"] == "handoff.completed")
        .expect("the hand-off");
    assert_eq!(handoff["data"]["via"], "portal_link");
    // The retry carried the same event (a host can drop what it has seen by id).
    let first_id = &events[0]["id"];
    assert_eq!(
        events.iter().filter(|e| e["id"] == *first_id).count(),
        2,
        "{events:?}"
    );
    let (attempts, delivered): (i64, Option<String>) =
        sqlx::query_as("SELECT attempts, delivered_at FROM webhook_deliveries WHERE event_id = $1")
            .bind(first_id.as_str().unwrap())
            .fetch_one(&app.running.state.db)
            .await
            .unwrap();
    assert_eq!(attempts, 2);
    assert!(delivered.is_some());
}

#[tokio::test]
async fn an_endpoint_on_a_private_address_is_refused() {
    let app = crate::spawn_app().await;
    for private in [
        "http://127.0.0.1:9/hook",
        "http://169.254.169.254/latest/meta-data",
        "http://localhost:9/",
        "http://[::1]:9/",
    ] {
        let (status, error) = register(&app, private).await;
        assert_eq!(status, 400, "{private}: {error}");
        assert!(
            error["message"]
                .as_str()
                .unwrap()
                .contains("private, loopback or link-local"),
            "{error}"
        );
        sqlx::query("DELETE FROM api_keys")
            .execute(&app.running.state.db)
            .await
            .unwrap();
    }
    let (status, error) = register(&app, "ftp://files.example/x").await;
    assert_eq!(status, 400, "{error}");
    sqlx::query("DELETE FROM api_keys")
        .execute(&app.running.state.db)
        .await
        .unwrap();
    let (status, error) = register(&app, "https://user:secret@93.184.216.34/hook").await;
    assert_eq!(status, 400, "{error}");
    assert!(
        error["message"]
            .as_str()
            .unwrap()
            .contains("user name or password"),
        "{error}"
    );
}

#[tokio::test]
async fn the_example_host_verifies_portico_s_webhooks_and_shows_them() {
    let app = app_allowing_loopback_endpoints().await;
    let scopes = api_keys::parse_scopes("webhooks:write").unwrap();
    let key = api_keys::create(&app.running.state.db, "example host", &scopes, "tests")
        .await
        .unwrap();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut host = tokio::process::Command::new("node")
        .arg(root.join("examples/host/server.mjs"))
        .env("PORTICO_URL", &app.base)
        .env("PORTICO_EMBED_SECRET", crate::EMBED_SECRET)
        .env("HOST_ORGANIZATION", "org_example")
        .env("PORTICO_API_KEY", &key)
        .env("PORT", "0")
        .stdout(std::process::Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .expect("node runs the example host");
    let mut out = tokio::io::BufReader::new(host.stdout.take().unwrap());
    let mut line = String::new();
    let mut host_url = String::new();
    while host_url.is_empty() {
        line.clear();
        let read = tokio::io::AsyncBufReadExt::read_line(&mut out, &mut line)
            .await
            .unwrap();
        assert!(read > 0, "the example host stopped before it registered");
        if let Some(rest) = line.strip_prefix("Registered for Portico's webhooks at ") {
            host_url = rest.trim().to_owned();
        }
    }
    acme_sets_up_sso(&app).await;
    let shown = Client::new();
    let mut page = String::new();
    for _ in 0..100 {
        host_webhooks::work_once(&app.running.state).await.unwrap();
        page = shown
            .get(format!("{host_url}/webhooks"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        if page.contains("organization.status_changed") {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(
        page.contains("organization.status_changed") && page.contains("signature verified"),
        "{page}"
    );
    // A delivery with a wrong signature is refused by the host.
    let forged = shown
        .post(format!("{host_url}/webhooks/portico"))
        .header("Portico-Signature", "t=1, v1=00")
        .body(r#"{"id":"event_forged","event":"organization.status_changed"}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 401);
}
