//! `GET /api/status_stream`: the settings page's status, sent as it changes.

use crate::{spawn_app_with_secrets, TestApp, ADMIN};
use futures::StreamExt;
use portico::server::config::values::Bounded;
use reqwest::{Client, Response};
use serde_json::Value;
use std::time::Duration;

/// One Server-Sent Event: its name, id and data.
#[derive(Debug)]
struct Sent {
    event: String,
    id: String,
    data: String,
}

/// Reads the stream's events as they come.
struct Events {
    body: futures::stream::BoxStream<'static, reqwest::Result<Vec<u8>>>,
    buffer: String,
}

impl Events {
    fn of(response: Response) -> Events {
        Events {
            body: response
                .bytes_stream()
                .map(|c| c.map(|b| b.to_vec()))
                .boxed(),
            buffer: String::new(),
        }
    }

    /// The next event (heartbeat comments skipped), if one comes within `wait`.
    async fn next(&mut self, wait: Duration) -> Option<Sent> {
        let deadline = tokio::time::Instant::now() + wait;
        loop {
            if let Some(end) = self.buffer.find("\n\n") {
                let block: String = self.buffer.drain(..end + 2).collect();
                let field = |name: &str| {
                    block
                        .lines()
                        .filter_map(|line| line.strip_prefix(name))
                        .map(|v| v.trim_start().to_owned())
                        .collect::<Vec<_>>()
                        .join("\n")
                };
                let sent = Sent {
                    event: field("event:"),
                    id: field("id:"),
                    data: field("data:"),
                };
                if sent.event.is_empty() {
                    continue; // a heartbeat
                }
                return Some(sent);
            }
            let chunk = tokio::time::timeout_at(deadline, self.body.next())
                .await
                .ok()??;
            self.buffer.push_str(&String::from_utf8_lossy(&chunk.ok()?));
        }
    }
}

async fn follow(app: &TestApp, browser: &Client, last_seen: Option<&str>) -> Response {
    let mut request = browser.get(app.url("/api/status_stream"));
    if let Some(id) = last_seen {
        request = request.header("Last-Event-ID", id);
    }
    request.send().await.unwrap()
}

fn sso(sent: &Sent) -> String {
    let live: Value = serde_json::from_str(&sent.data).unwrap();
    live["overview"]["statuses"][0]["setup"]
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test]
async fn a_following_page_is_sent_the_status_as_soon_as_an_event_changes_it() {
    let data = tempfile::tempdir().unwrap();
    let app = spawn_app_with_secrets(data, |_| {}, |s| s.webhook_secret = None).await;
    let admin = app.signed_in(ADMIN).await;
    let response = follow(&app, &admin, None).await;
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()["content-type"].to_str().unwrap(),
        "text/event-stream"
    );
    let mut events = Events::of(response);
    let first = events
        .next(Duration::from_secs(5))
        .await
        .expect("the status at once");
    assert_eq!(first.event, "status");
    assert_eq!(sso(&first), "not_configured");

    app.finish_setup(&admin, "sso", "OktaSAML").await;
    let changed = events
        .next(Duration::from_secs(2))
        .await
        .expect("sent within 2 s of WorkOS's event");
    assert_eq!(sso(&changed), "active");
    assert_ne!(changed.id, first.id);
    // The card in the words the page shows: the browser only puts them in place.
    let live: Value = serde_json::from_str(&changed.data).unwrap();
    let card = &live["cards"][0];
    assert_eq!(card["intent"], "sso");
    assert_eq!(card["badge"], "Active");
    assert_eq!(card["badge_class"], "badge on");
    assert_eq!(card["action"], "Manage SSO");
    assert_eq!(card["button_class"], "secondary");
    assert_eq!(card["icon_light"], "/icons/light/oktasaml.svg");
    assert_eq!(card["banner_headline"], "Single sign-on setup is complete.");
    assert!(
        card["announcement"]
            .as_str()
            .unwrap()
            .starts_with("Single sign-on: Active. "),
        "{card}"
    );

    // Reconnecting with what it shows, the page is sent nothing until it changes.
    let again = follow(&app, &admin, Some(&changed.id)).await;
    let mut quiet = Events::of(again);
    assert!(quiet.next(Duration::from_millis(500)).await.is_none());
    // With an older id it is sent the status at once.
    let stale = follow(&app, &admin, Some(&first.id)).await;
    let caught_up = Events::of(stale)
        .next(Duration::from_secs(5))
        .await
        .unwrap();
    assert_eq!(sso(&caught_up), "active");
}

#[tokio::test]
async fn open_streams_are_bounded_and_a_signed_out_page_is_refused() {
    let data = tempfile::tempdir().unwrap();
    let app = spawn_app_with_secrets(
        data,
        |config| config.status.live_pages_per_organization = Bounded::new(2),
        |_| {},
    )
    .await;
    let admin = app.signed_in(ADMIN).await;
    let one = follow(&app, &admin, None).await;
    let two = follow(&app, &admin, None).await;
    assert_eq!((one.status().as_u16(), two.status().as_u16()), (200, 200));
    let three = follow(&app, &admin, None).await;
    assert_eq!(three.status(), 503);
    let refusal: Value = three.json().await.unwrap();
    assert_eq!(
        refusal["message"],
        "Too many pages are following this organization's status right now. Reload the page to see changes."
    );
    // A page that goes away makes room.
    drop(one);
    let mut reopened = follow(&app, &admin, None).await;
    for _ in 0..20 {
        if reopened.status() == 200 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
        reopened = follow(&app, &admin, None).await;
    }
    assert_eq!(reopened.status(), 200);

    let stranger = follow(&app, &crate::client(), None).await;
    assert_eq!(stranger.status(), 401);
}

/// A stream never ends by itself: when the instance stops, each open one ends at once (its
/// page reconnects, to another instance behind a load balancer), so stopping takes no
/// longer for a page left open.
#[tokio::test]
async fn stopping_the_instance_ends_open_streams_instead_of_waiting_out_the_grace() {
    let data = tempfile::tempdir().unwrap();
    let grace = "120";
    let (mut child, base) =
        crate::serve_process(data.path(), &[("PORTICO_SHUTDOWN_GRACE_SECONDS", grace)]).await;
    let browser = crate::client();
    let signed_in = browser
        .post(format!("{base}/api/login"))
        .header(reqwest::header::ORIGIN, &base)
        .form(&[("email", ADMIN), ("password", crate::PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(signed_in.status(), 200);
    let stream = browser
        .get(format!("{base}/api/status_stream"))
        .send()
        .await
        .unwrap();
    assert_eq!(stream.status(), 200);
    let mut events = Events::of(stream);
    assert!(events.next(Duration::from_secs(5)).await.is_some());

    let stopped = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(stopped.success());
    let mut body = events.body;
    let ended = tokio::time::timeout(Duration::from_secs(30), async {
        while let Some(chunk) = body.next().await {
            if chunk.is_err() {
                break;
            }
        }
    })
    .await;
    assert!(
        ended.is_ok(),
        "the stream was still open 30 s after SIGTERM"
    );
    let exit = tokio::task::spawn_blocking(move || child.wait().unwrap())
        .await
        .unwrap();
    assert!(exit.success(), "exit status {exit:?}");
    let log = std::fs::read_to_string(data.path().join("log.txt")).unwrap();
    assert!(
        !log.contains("requests still in flight at the end of the grace period"),
        "{log}"
    );
}

/// A page past the bound re-reads the same message once in a while: the session's
/// organization only, and nothing for a visitor who is signed out.
#[tokio::test]
async fn the_status_message_once_is_the_sessions_and_refused_when_signed_out() {
    let app = crate::spawn_app().await;
    let signed_out = crate::client()
        .get(app.url("/api/live_status"))
        .send()
        .await
        .unwrap();
    assert_eq!(signed_out.status(), 401);

    let admin = app.signed_in(ADMIN).await;
    let live = app.get_json(&admin, "/api/live_status").await;
    assert_eq!(live["overview"]["user"]["organization_name"], "Acme");
    let intents: Vec<&str> = live["cards"]
        .as_array()
        .unwrap()
        .iter()
        .map(|card| card["intent"].as_str().unwrap())
        .collect();
    assert!(
        intents.contains(&"sso") && intents.contains(&"dsync"),
        "{intents:?}"
    );
    assert_eq!(live["cards"][0]["action"], "Configure SSO");
}

/// A page says when its status was read: its stream sends nothing it already shows (so
/// opening it costs no WorkOS read), and what changed since, at once.
#[tokio::test]
async fn a_page_is_sent_only_what_changed_since_it_was_read() {
    let data = tempfile::tempdir().unwrap();
    let app = spawn_app_with_secrets(data, |_| {}, |s| s.webhook_secret = None).await;
    let admin = app.signed_in(ADMIN).await;
    let now = || portico::server::clock::unix_ms();
    let read_at = now();
    app.get_json(&admin, "/api/organization").await;
    let calls = app.workos_calls().await;
    let path = |since: i64| format!("/api/status_stream?since={since}");
    let opened = admin.get(app.url(&path(read_at))).send().await.unwrap();
    assert_eq!(opened.status(), 200);
    let mut quiet = Events::of(opened);
    assert!(quiet.next(Duration::from_millis(500)).await.is_none());
    assert_eq!(
        app.workos_calls().await,
        calls,
        "no read to open the stream"
    );

    let before_change = now();
    app.finish_setup(&admin, "sso", "OktaSAML").await;
    let changed = quiet
        .next(Duration::from_secs(2))
        .await
        .expect("the change");
    assert_eq!(sso(&changed), "active");
    // A page read before the change, opening its stream after it, is sent it at once.
    let late = admin
        .get(app.url(&path(before_change)))
        .send()
        .await
        .unwrap();
    let caught_up = Events::of(late)
        .next(Duration::from_secs(2))
        .await
        .expect("at once");
    assert_eq!(sso(&caught_up), "active");
}
