//! Two instances on one PostgreSQL database, as a multi-instance install runs them: what
//! one knows, the other does too. PostgreSQL only (`scripts/test` runs this module in the
//! PostgreSQL pass); with SQLite, Portico is one instance.

use crate::{client, ADMIN};
use portico::server::config::{values::Bounded, Config};

/// A second instance beside `first`, on the same database (its own data directory and
/// embedded emulator).
async fn beside(first: &crate::TestApp) -> crate::TestApp {
    beside_with(first, |_| {}).await
}

/// Like `beside`, with the configuration changed by `change`.
async fn beside_with(first: &crate::TestApp, change: impl FnOnce(&mut Config)) -> crate::TestApp {
    assert!(
        crate::postgres_server().is_some(),
        "these tests need PORTICO_TEST_POSTGRES_URL (scripts/test sets it)"
    );
    let (_, url) = crate::database_of(first.data.path()).expect("the first instance's database");
    let data = tempfile::tempdir().unwrap();
    std::fs::write(data.path().join(".postgres-url"), url).unwrap();
    crate::spawn_app_with(data, change).await
}

#[tokio::test]
async fn a_session_from_one_instance_works_on_the_other_until_it_signs_out_there() {
    let one = crate::spawn_app().await;
    let other = beside(&one).await;
    let signed_in = one.sign_in(&client(), ADMIN).await;
    assert_eq!(signed_in.status(), 200);
    let cookie = crate::set_cookie(&signed_in);
    let read = |app: &crate::TestApp| {
        let url = app.url("/api/organization");
        let cookie = cookie.clone();
        async move {
            client()
                .get(url)
                .header(reqwest::header::COOKIE, cookie)
                .send()
                .await
                .unwrap()
                .status()
        }
    };
    assert_eq!(
        read(&other).await,
        200,
        "the other instance knows the session"
    );
    assert_eq!(read(&one).await, 200);
    // Signed out on the other instance: the first one, which served it a moment ago,
    // must not serve it from memory.
    let signed_out = client()
        .post(other.url("/api/logout"))
        .header(reqwest::header::ORIGIN, &other.base)
        .header(reqwest::header::COOKIE, &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(signed_out.status(), 200);
    assert_eq!(read(&one).await, 401, "ended on every instance");
    assert_eq!(read(&other).await, 401);
}

#[tokio::test]
async fn sign_in_attempts_spread_over_both_instances_meet_one_limit() {
    // Three a minute per account: one attempt comes back every 20 s, far longer than
    // this test takes.
    let three_a_minute =
        |config: &mut Config| config.sign_in.attempts_per_account = Bounded::new(3);
    let one = crate::spawn_app_with(tempfile::tempdir().unwrap(), three_a_minute).await;
    let other = beside_with(&one, three_a_minute).await;
    let wrong = [("email", ADMIN), ("password", "not-the-password")];
    let mut answers = Vec::new();
    for attempt in 0..5 {
        let app = if attempt % 2 == 0 { &one } else { &other };
        answers.push(
            app.post(&client(), "/api/login", &wrong)
                .await
                .status()
                .as_u16(),
        );
    }
    assert_eq!(&answers[..3], &[401; 3], "{answers:?}");
    assert_eq!(
        &answers[3..],
        &[429, 429],
        "counted across instances: {answers:?}"
    );
}

#[tokio::test]
async fn a_link_made_on_one_instance_shows_on_the_other_within_a_second() {
    let one = crate::spawn_app().await;
    let other = beside(&one).await;
    let admin_one = one.signed_in(ADMIN).await;
    let admin_other = other.signed_in(ADMIN).await;
    let opened = |overview: &serde_json::Value| {
        overview["statuses"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["intent"] == "bring_your_own_key")
            .map(|s| s["summary"].as_str().unwrap().to_owned())
            .unwrap()
    };
    // The other instance has read (and cached) the page.
    let before = other.get_json(&admin_other, "/api/organization").await;
    assert_eq!(opened(&before), "Nobody has started this setup yet.");
    let link = one
        .post(
            &admin_one,
            "/api/portal_link",
            &[("intent", "bring_your_own_key")],
        )
        .await;
    assert_eq!(link.status(), 200);
    let started = std::time::Instant::now();
    loop {
        let now = other.get_json(&admin_other, "/api/organization").await;
        if opened(&now) != "Nobody has started this setup yet." {
            break;
        }
        assert!(
            started.elapsed() < std::time::Duration::from_secs(1),
            "the other instance still shows its cached page after a second"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn instances_migrating_at_once_apply_each_migration_once() {
    assert!(
        crate::postgres_server().is_some(),
        "needs PORTICO_TEST_POSTGRES_URL"
    );
    let data = tempfile::tempdir().unwrap();
    let database = crate::database_for(&data.path().join("data"))
        .await
        .unwrap();
    // Three `portico migrate` at once on a new database, as instances starting together.
    let migrations: Vec<_> = (0..3)
        .map(|_| {
            std::process::Command::new(env!("CARGO_BIN_EXE_portico"))
                .arg("migrate")
                .current_dir(data.path())
                .env("PORTICO_DATA_DIR", data.path().join("data"))
                .env("PORTICO_DATABASE_URL", &database)
                .env_remove("WORKOS_API_KEY")
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for migration in migrations {
        let out = migration.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{stderr}");
    }
    let db = crate::open_database(&data.path().join("data")).await;
    let (applied, distinct): (i64, i64) =
        sqlx::query_as("SELECT COUNT(*), COUNT(DISTINCT version) FROM _sqlx_migrations")
            .fetch_one(&db)
            .await
            .unwrap();
    assert_eq!(applied, distinct, "each migration once");
    assert_eq!(
        portico::server::db::pending_migrations(&db).await.unwrap(),
        0
    );
}

#[tokio::test]
async fn of_two_instances_polling_the_events_api_only_the_lease_holder_reads() {
    use portico::server::events::{Polled, Poller};
    let one = crate::spawn_app().await;
    let other = beside(&one).await;
    let poller = |app: &crate::TestApp, holder: &str| {
        let state = &app.running.state;
        let interval = std::time::Duration::from_secs(1);
        Poller::new(state, holder.into(), interval)
    };
    let (first, second) = (poller(&one, "one"), poller(&other, "other"));
    assert_eq!(first.poll_once().await.unwrap(), Polled::Read(0));
    for _ in 0..3 {
        assert_eq!(second.poll_once().await.unwrap(), Polled::NotHolder);
        assert_eq!(
            first.poll_once().await.unwrap(),
            Polled::Read(0),
            "it renews"
        );
    }
    // The holder stops (cleanly): the other takes over at its next poll.
    first.release().await.unwrap();
    assert_eq!(second.poll_once().await.unwrap(), Polled::Read(0));
    assert_eq!(first.poll_once().await.unwrap(), Polled::NotHolder);
}

#[tokio::test]
async fn an_event_received_by_one_instance_reaches_a_page_following_on_the_other() {
    let one = crate::spawn_app().await;
    let other = beside(&one).await;
    let (acme, mut body, mut seen) = follow_on(&one, &other).await;

    let now = time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap();
    let event = serde_json::json!({
        "object": "event", "id": "event_01ACROSS", "event": "connection.activated",
        "data": { "object": "connection", "id": "conn_01ACROSS", "organization_id": acme,
                  "connection_type": "OktaSAML", "name": "Okta", "state": "active",
                  "status": "linked", "domains": [], "created_at": now, "updated_at": now },
        "created_at": now,
    })
    .to_string();
    deliver(&one, event).await;
    assert!(
        read_until(&mut body, &mut seen, "Okta SAML is active.").await,
        "the page on the other instance was sent the change: {seen}"
    );
}

/// A failed SSO sign-in WorkOS tells one instance of reaches the SSO health panel of a
/// page following on the other (the count is shared; the other is told to re-read).
#[tokio::test]
async fn a_failed_sso_sign_in_told_to_one_instance_reaches_the_health_panel_on_the_other() {
    let one = crate::spawn_app().await;
    let other = beside(&one).await;
    let (acme, mut body, mut seen) = follow_on(&one, &other).await;
    assert!(!seen.contains("access_denied"), "no failure yet: {seen}");

    let now = time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap();
    let event = serde_json::json!({
        "object": "event", "id": "event_01SSOFAILED", "event": "authentication.sso_failed",
        "data": { "type": "sso", "status": "failed", "email": "jane@acme.example",
                  "ip_address": null, "user_agent": null,
                  "error": { "code": "access_denied", "message": "The user was not assigned." },
                  "sso": { "organization_id": acme, "connection_id": "conn_01SSO",
                           "session_id": "sso_session_01SSO" } },
        "created_at": now,
    })
    .to_string();
    deliver(&one, event).await;
    assert!(
        read_until(&mut body, &mut seen, "access_denied").await,
        "the health panel on the other instance was sent the failure: {seen}"
    );
}

type Following =
    std::pin::Pin<Box<dyn futures::Stream<Item = reqwest::Result<axum::body::Bytes>> + Send>>;

/// Acme's admin signs in on `one` (whose first view mirrors the status in the database
/// both share) and follows the page's live status on `other`: Acme's WorkOS id, the
/// stream, and what it sent so far (the status at once).
async fn follow_on(one: &crate::TestApp, other: &crate::TestApp) -> (String, Following, String) {
    let signed_in = one.sign_in(&client(), ADMIN).await;
    let cookie = crate::set_cookie(&signed_in);
    let acme: String =
        sqlx::query_scalar("SELECT workos_organization_id FROM organizations WHERE name = 'Acme'")
            .fetch_one(&one.running.state.db)
            .await
            .unwrap();
    let first = client()
        .get(one.url("/api/organization"))
        .header(reqwest::header::COOKIE, &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(first.status(), 200);
    let stream = client()
        .get(other.url("/api/status_stream"))
        .header(reqwest::header::COOKIE, &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(stream.status(), 200);
    let mut body: Following = Box::pin(stream.bytes_stream());
    let mut seen = String::new();
    assert!(
        read_until(&mut body, &mut seen, "not_configured").await,
        "the status at once"
    );
    (acme, body, seen)
}

/// WorkOS delivers `event` (a JSON text) to `app`'s webhook route, signed.
async fn deliver(app: &crate::TestApp, event: String) {
    let millis = i64::try_from(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_millis(),
    )
    .unwrap();
    let signature =
        workos::webhooks::signature_header(crate::WEBHOOK_SECRET, millis, event.as_bytes());
    let delivered = client()
        .post(app.url("/webhooks/workos"))
        .header("WorkOS-Signature", signature)
        .body(event)
        .send()
        .await
        .unwrap();
    assert_eq!(delivered.status(), 200);
}

/// Reads the stream into `seen` until it holds `needle` (true), or 3 s pass (false).
async fn read_until<S, B>(body: &mut S, seen: &mut String, needle: &str) -> bool
where
    S: futures::Stream<Item = reqwest::Result<B>> + Unpin,
    B: AsRef<[u8]>,
{
    use futures::StreamExt;
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(3);
    while !seen.contains(needle) {
        let Ok(Some(Ok(chunk))) = tokio::time::timeout_at(deadline, body.next()).await else {
            return false;
        };
        seen.push_str(&String::from_utf8_lossy(chunk.as_ref()));
    }
    true
}

/// A language chosen through one instance: the session and the account carry it, so the
/// other instance answers in it too, and a new sign-in there gets it.
#[tokio::test]
async fn a_language_chosen_on_one_instance_is_the_others_too() {
    let one = crate::spawn_app().await;
    let other = beside(&one).await;
    let signed_in = one.sign_in(&client(), ADMIN).await;
    let cookie = crate::set_cookie(&signed_in);
    let chosen = client()
        .post(one.url("/api/set_language"))
        .header(reqwest::header::ORIGIN, &one.base)
        .header(reqwest::header::ACCEPT, "text/html")
        .header(reqwest::header::REFERER, one.url("/settings"))
        .header(reqwest::header::COOKIE, &cookie)
        .form(&[("lang", "de")])
        .send()
        .await
        .unwrap();
    assert!(chosen.status().is_redirection(), "{}", chosen.status());
    let language = |app: &crate::TestApp, cookie: String| {
        let url = app.url("/settings");
        async move {
            let page = client()
                .get(url)
                .header(reqwest::header::COOKIE, cookie)
                .header(reqwest::header::ACCEPT_LANGUAGE, "fr")
                .send()
                .await
                .unwrap();
            let tag = page.headers()[reqwest::header::CONTENT_LANGUAGE]
                .to_str()
                .unwrap()
                .to_owned();
            (tag, page.text().await.unwrap())
        }
    };
    let (tag, html) = language(&other, cookie.clone()).await;
    assert_eq!(tag, "de", "the other instance reads the session's choice");
    assert!(html.contains("lang=\"de\""), "the page in German");
    // A new sign-in on the other instance: the account's choice.
    let again = other.sign_in(&client(), ADMIN).await;
    let (tag, _) = language(&other, crate::set_cookie(&again)).await;
    assert_eq!(tag, "de");
}
