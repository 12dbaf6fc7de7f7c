//! Secrets stay on the server: not in the built site, not in pages, not in errors.

use portico::server::config::values::{Bounded, HttpUrl};
#[tokio::test]
async fn pages_and_api_answers_never_carry_the_workos_key() {
    let app = crate::spawn_app().await;
    let key = app.running.emulator.as_ref().unwrap().api_key.clone();
    let admin = app.signed_in(crate::ADMIN).await;
    let mut seen = String::new();
    for path in [
        "/settings",
        "/sign-in",
        "/api/me",
        "/api/organization",
        "/nope",
    ] {
        seen += &app.get_text(&admin, path).await;
    }
    seen += &app
        .post(&admin, "/api/portal_link", &[("intent", "sso")])
        .await
        .text()
        .await
        .unwrap();
    assert!(!seen.is_empty());
    assert!(!seen.contains(&key));
    assert!(!seen.contains("sk_test_"));
}

/// Serves with a real-looking key against a standalone emulator, logging everything at
/// trace level, makes WorkOS calls succeed and fail, and reads the whole log.
#[tokio::test]
async fn the_workos_key_never_reaches_the_logs_and_failures_carry_their_request_id() {
    const KEY: &str = "sk_test_LOGLEAKCANARY0123456789abcdef";
    let emulator = workos_emulator::spawn(workos_emulator::Options::new(
        crate::loopback_any_port(),
        KEY,
    ))
    .await
    .unwrap();
    let data = tempfile::tempdir().unwrap();
    let (mut child, base) = crate::serve_process(
        data.path(),
        &[
            ("WORKOS_API_KEY", KEY),
            ("WORKOS_API_BASE_URL", emulator.base_url.as_str()),
            ("PORTICO_DEMO", "true"),
            ("PORTICO_LOG", "trace"),
        ],
    )
    .await;

    let browser = crate::client();
    let credentials = [("email", crate::ADMIN), ("password", crate::PASSWORD)];
    assert_eq!(
        crate::post_form(&browser, &base, "/api/login", &credentials)
            .await
            .status(),
        200
    );
    let sso = [("intent", "sso")];
    assert_eq!(
        crate::post_form(&browser, &base, "/api/portal_link", &sso)
            .await
            .status(),
        200
    );
    crate::inject_fault(
        &emulator,
        serde_json::json!({"route": "POST /portal/generate_link", "status": 503, "count": 3}),
    )
    .await;
    let failed = crate::post_form(&browser, &base, "/api/portal_link", &sso).await;
    assert_eq!(failed.status(), 502);
    let request_id = failed.headers()["x-request-id"]
        .to_str()
        .unwrap()
        .to_owned();
    let body: serde_json::Value = failed.json().await.unwrap();
    assert_eq!(
        body["request_id"],
        request_id.as_str(),
        "the user can quote it"
    );

    // A failure while a page renders (its server functions run on the renderer's tasks).
    crate::inject_fault(
        &emulator,
        serde_json::json!({"route": "GET /connections", "status": 503, "count": 3}),
    )
    .await;
    let page = browser
        .get(format!("{base}/settings"))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    let page_request_id = page.headers()["x-request-id"].to_str().unwrap().to_owned();

    child.kill().unwrap();
    child.wait().unwrap();
    let log = std::fs::read_to_string(data.path().join("log.txt")).unwrap();
    let render_failure = log
        .lines()
        .find(|line| line.contains("could not read live status"))
        .expect("the render's failure was logged");
    assert!(
        render_failure.contains(&format!("id={page_request_id}")),
        "a render's log line carries its request id: {render_failure}"
    );
    let failure = log
        .lines()
        .find(|line| line.contains("WorkOS call failed"))
        .expect("the failure was logged");
    assert!(
        failure.contains(&format!("id={request_id}")),
        "the log line carries the request id: {failure}"
    );
    assert!(log.contains("retrying WorkOS call"), "the log was captured");
    assert!(log.lines().count() > 50, "trace logging was on");
    assert!(
        !log.contains("LOGLEAKCANARY"),
        "the key leaked into the log"
    );
}

/// Every answer says what the browser may do with it; pages allow only scripts carrying
/// their own render's nonce.
#[tokio::test]
async fn every_answer_carries_security_headers_and_pages_a_nonce_policy() {
    let app = crate::spawn_app().await;
    let admin = app.signed_in(crate::ADMIN).await;
    let mut nonces = Vec::new();
    for path in ["/sign-in", "/settings"] {
        let response = admin.get(app.url(path)).send().await.unwrap();
        let headers = response.headers().clone();
        let policy = headers["content-security-policy"]
            .to_str()
            .unwrap()
            .to_owned();
        let html = response.text().await.unwrap();
        let nonce = policy
            .split("'nonce-")
            .nth(1)
            .and_then(|rest| rest.split('\'').next())
            .unwrap_or_else(|| panic!("{path}: no nonce in {policy}"))
            .to_owned();
        assert!(
            html.contains(&format!("nonce=\"{nonce}\"")),
            "{path}: the page's scripts carry the policy's nonce"
        );
        assert!(!policy.contains("unsafe-inline"), "{policy}");
        assert!(policy.contains("frame-ancestors 'none'"), "{policy}");
        assert_eq!(headers["x-content-type-options"], "nosniff");
        assert_eq!(headers["referrer-policy"], "same-origin");
        assert!(
            headers.get("strict-transport-security").is_none(),
            "plain http here"
        );
        nonces.push(nonce);
    }
    assert_ne!(nonces[0], nonces[1], "a new nonce per page");

    for path in ["/api/organization", "/api/me", "/healthz"] {
        let response = admin.get(app.url(path)).send().await.unwrap();
        assert_eq!(
            response.headers()["content-security-policy"],
            "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
            "{path}"
        );
        assert_eq!(response.headers()["x-content-type-options"], "nosniff");
    }
}

/// With a real WorkOS key, starting Portico creates nothing in the WorkOS account unless
/// demo data is asked for.
#[tokio::test]
async fn with_a_workos_key_no_demo_data_is_created_unless_asked_for() {
    use portico::server::{self, Secrets};
    use workos::types::{ListOptions, OrganizationFilter};
    const KEY: &str = "sk_test_nodemo0123456789abcdefghij";
    let emulator = workos_emulator::spawn(workos_emulator::Options::new(
        crate::loopback_any_port(),
        KEY,
    ))
    .await
    .unwrap();
    let organizations = |running: &server::Running| {
        let workos = running.state.workos.clone();
        async move {
            workos
                .list_organizations(&OrganizationFilter::default(), &ListOptions::default())
                .await
                .unwrap()
                .data
                .len()
        }
    };
    let start = |demo: bool, data: &std::path::Path| {
        let mut config = crate::config_in(data);
        config.workos.api_base_url = HttpUrl(emulator.base_url.clone());
        config.workos.demo = demo;
        server::start(
            config,
            Secrets {
                workos_api_key: Some(workos::ApiKey::new(KEY)),
                demo_password: Some(crate::PASSWORD.to_owned()),
                embed_secret: None,
                database_url: None,
                metrics_token: None,
                webhook_secret: None,
                smtp_url: None,
            },
        )
    };
    let quiet = tempfile::tempdir().unwrap();
    let running = start(false, quiet.path()).await.unwrap();
    assert!(running.demo.is_none());
    assert_eq!(
        organizations(&running).await,
        0,
        "nothing created at WorkOS"
    );
    let (users,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM users")
        .fetch_one(&running.state.db)
        .await
        .unwrap();
    assert_eq!(users, 0);

    let asked = tempfile::tempdir().unwrap();
    let running = start(true, asked.path()).await.unwrap();
    assert!(running.demo.is_some());
    assert_eq!(organizations(&running).await, 2, "Acme and Globex");
}

/// Password guessing is slowed to the configured pace per account, with the same answer
/// for accounts that exist and those that do not, and a time to come back.
#[tokio::test]
async fn sign_in_attempts_are_limited_per_account_with_retry_after() {
    // Three a minute: one attempt comes back every 20 s, far longer than this test takes
    // however slow the machine (at ten a minute one came back every 6 s).
    let app = crate::spawn_app_with(tempfile::tempdir().unwrap(), |config| {
        config.sign_in.attempts_per_account = Bounded::new(3)
    })
    .await;
    let guesser = crate::client();
    let attempt = |email: &'static str, password: &'static str| {
        let (app, guesser) = (&app, &guesser);
        async move {
            app.post(
                guesser,
                "/api/login",
                &[("email", email), ("password", password)],
            )
            .await
        }
    };
    // Wrong passwords are told so...
    for _ in 0..3 {
        assert_eq!(attempt(crate::ADMIN, "guess").await.status(), 401);
    }
    // ...then even the right one waits, and says how long.
    let limited = attempt(crate::ADMIN, crate::PASSWORD).await;
    assert_eq!(limited.status(), 429);
    let retry_after: u64 = limited.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&retry_after), "{retry_after}");
    let (_, kind, message) = crate::error_body(limited).await;
    assert_eq!(kind, "throttled", "Portico's own limit, not WorkOS's");
    assert!(
        message.starts_with("Too many sign-in attempts. Try again in"),
        "{message}"
    );

    // An account that does not exist is limited the same way.
    for _ in 0..3 {
        assert_eq!(attempt("nobody@acme.example", "guess").await.status(), 401);
    }
    assert_eq!(attempt("nobody@acme.example", "guess").await.status(), 429);
    // Another account is not affected.
    assert_eq!(
        app.sign_in(&crate::client(), crate::MEMBER).await.status(),
        200
    );
}

/// The peak memory of a server answering 300 simultaneous sign-ins stays bounded: at most
/// `password_checks_at_once` Argon2 checks (about 19 MiB each) run at once.
#[tokio::test]
async fn three_hundred_parallel_sign_ins_keep_memory_bounded() {
    // Stated in SECURITY.md: 4 checks × 19 MiB, with room.
    // What the burst adds over the idle process (the debug binary's own size varies with
    // the code it holds; four Argon2 checks at ~19 MiB each are the burst's share).
    const BOUND_KB: u64 = 150 * 1024;

    let data = tempfile::tempdir().unwrap();
    let (mut child, base) = crate::serve_process(
        data.path(),
        &[
            // All from one address: only the check slots are under test here.
            ("PORTICO_SIGN_IN_ATTEMPTS_PER_ADDRESS", "100000"),
            ("PORTICO_PASSWORD_CHECKS_AT_ONCE", "4"),
        ],
    )
    .await;
    let peak_kb = |pid: u32| -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
        status
            .lines()
            .find_map(|l| l.strip_prefix("VmHWM:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap()
    };
    let before = peak_kb(child.id());

    let client = reqwest::Client::new();
    let attempts = (0..300).map(|i| {
        let (client, base) = (client.clone(), base.clone());
        tokio::spawn(async move {
            client
                .post(format!("{base}/api/login"))
                .header(reqwest::header::ORIGIN, &base)
                .form(&[
                    ("email", format!("guess{i}@acme.example")),
                    ("password", "wrong".to_owned()),
                ])
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        })
    });
    let mut answers = std::collections::BTreeMap::<u16, usize>::new();
    for attempt in attempts.collect::<Vec<_>>() {
        *answers.entry(attempt.await.unwrap()).or_default() += 1;
    }
    let peak = peak_kb(child.id());
    eprintln!("peak RSS {peak} kB, before the burst {before} kB, answers {answers:?}");
    child.kill().unwrap();
    child.wait().unwrap();

    assert!(
        answers.keys().all(|s| *s == 401 || *s == 503),
        "wrong passwords, or busy: {answers:?}"
    );
    assert!(answers.get(&401).is_some_and(|n| *n >= 4), "{answers:?}");
    assert!(
        peak.saturating_sub(before) < BOUND_KB,
        "the burst added {} kB (peak {peak} kB, before {before} kB), over {BOUND_KB} kB: {answers:?}",
        peak.saturating_sub(before)
    );
}

/// A body over the limit, a request over its time, and requests past the limit at once
/// each get a clear answer, not a stalled or crashed server.
#[tokio::test]
async fn oversized_slow_and_excess_requests_get_clear_answers() {
    let app = crate::spawn_app_with(tempfile::tempdir().unwrap(), |s| {
        s.http.max_body_kb = Bounded::new(16);
        s.http.request_timeout_seconds = Bounded::new(2);
        s.http.max_concurrent_requests = Bounded::new(2);
    })
    .await;
    let admin = app.signed_in(crate::ADMIN).await;

    let huge = "x".repeat(64 * 1024);
    let response = app
        .post(&admin, "/api/add_domain", &[("domain", huge.as_str())])
        .await;
    assert_eq!(response.status(), 413);
    let (_, kind, message) = crate::error_body(response).await;
    assert_eq!(kind, "too_large");
    assert!(
        message.starts_with("That request is larger than Portico accepts."),
        "{message}"
    );

    let unknown = admin
        .get(app.url("/api/no_such_function"))
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.status(), 404);
    assert_eq!(unknown.headers()["content-type"], "application/json");

    // WorkOS takes 5 s to answer: the request is answered after 2 s.
    let emulator = app.running.emulator.as_ref().unwrap();
    crate::inject_fault(
        emulator,
        serde_json::json!({"route": "POST /portal/generate_link", "delay_ms": 5000, "count": 3}),
    )
    .await;
    let started = std::time::Instant::now();
    let slow = app
        .post(&admin, "/api/portal_link", &[("intent", "sso")])
        .await;
    assert_eq!(slow.status(), 503);
    assert!(started.elapsed() < std::time::Duration::from_secs(4));
    assert_eq!(slow.headers()["retry-after"], "5");

    // Two slow requests in flight: a third is turned away at once.
    let in_flight: Vec<_> = (0..2)
        .map(|_| {
            let (admin, url, base) = (admin.clone(), app.url("/api/portal_link"), app.base.clone());
            tokio::spawn(async move {
                admin
                    .post(url)
                    .header(reqwest::header::ORIGIN, base)
                    .form(&[("intent", "sso")])
                    .send()
                    .await
                    .unwrap()
                    .status()
            })
        })
        .collect();
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let turned_away = admin.get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(turned_away.status(), 503);
    assert_eq!(turned_away.headers()["retry-after"], "5");
    assert!(turned_away.text().await.unwrap().contains("too busy"));
    for request in in_flight {
        request.await.unwrap();
    }
    assert_eq!(
        admin
            .get(app.url("/healthz"))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
}

/// Makes every audit write fail, as a full disk would (a trigger in each engine's words).
async fn refuse_audit_writes(db: &portico::server::db::Pool) {
    use portico::server::db::Engine;
    let statements: &[&str] = match Engine::of(db) {
        Engine::Sqlite => &["CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_events \
             BEGIN SELECT RAISE(ABORT, 'the disk is full'); END"],
        Engine::Postgres => &[
            "CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS \
             $$ BEGIN RAISE EXCEPTION 'the disk is full'; END $$",
            "CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_events \
             FOR EACH ROW EXECUTE FUNCTION refuse_audit()",
        ],
    };
    for statement in statements {
        sqlx::query(statement).execute(db).await.unwrap();
    }
}

/// A portal link is handed out only once its audit row is committed; a sign-in or a
/// change whose row cannot be written is refused too.
#[tokio::test]
async fn a_link_whose_audit_row_cannot_be_written_is_not_handed_out() {
    let app = crate::spawn_app().await;
    let admin = app.signed_in(crate::ADMIN).await;
    let db = &app.running.state.db;
    refuse_audit_writes(db).await;
    let refused = app
        .post(&admin, "/api/portal_link", &[("intent", "sso")])
        .await;
    assert_eq!(refused.status(), 503);
    assert!(refused.headers().get("retry-after").is_some());
    let body = refused.text().await.unwrap();
    assert!(!body.contains("/portal/launch"), "no link: {body}");
    assert!(
        body.contains("could not record this in its audit trail"),
        "{body}"
    );
    // A sign-in is refused the same way; a change WorkOS already made is answered as
    // unrecorded (and logged in full).
    let newcomer = crate::client();
    let sign_in = app.sign_in(&newcomer, crate::ADMIN).await;
    assert_eq!(sign_in.status(), 503, "a sign-in that cannot be recorded");
    assert_eq!(
        app.get_json(&newcomer, "/api/me").await,
        serde_json::Value::Null
    );
    let domain = app
        .post(
            &admin,
            "/api/add_domain",
            &[("domain", "unrecorded.example")],
        )
        .await;
    assert_eq!(domain.status(), 503, "a change that cannot be recorded");

    let drop_trigger = match portico::server::db::Engine::of(db) {
        portico::server::db::Engine::Sqlite => "DROP TRIGGER refuse_audit",
        portico::server::db::Engine::Postgres => "DROP TRIGGER refuse_audit ON audit_events",
    };
    sqlx::query(drop_trigger).execute(db).await.unwrap();
    let handed = app
        .post(&admin, "/api/portal_link", &[("intent", "sso")])
        .await;
    assert_eq!(handed.status(), 200);
    let rows = app
        .audit_actions()
        .await
        .into_iter()
        .filter(|a| a == "portal_link.create")
        .count();
    assert_eq!(rows, 1, "one link handed out, one row");
}

/// Signing out is never refused: the session ends even when its row cannot be written.
#[tokio::test]
async fn signing_out_works_even_when_the_trail_cannot_be_written() {
    let app = crate::spawn_app().await;
    let admin = app.signed_in(crate::ADMIN).await;
    let db = &app.running.state.db;
    refuse_audit_writes(db).await;
    let sign_out = app.post(&admin, "/api/logout", &[]).await;
    assert_eq!(sign_out.status(), 200);
    assert_eq!(
        app.get_json(&admin, "/api/me").await,
        serde_json::Value::Null
    );
}

/// Each audit row says where the action came from: the client's address, its browser and
/// the request id its log lines carry.
#[tokio::test]
async fn audit_rows_record_the_client_address_browser_and_request_id() {
    let app = crate::spawn_app().await;
    let admin = app.signed_in(crate::ADMIN).await;
    let response = admin
        .post(app.url("/api/portal_link"))
        .header(reqwest::header::ORIGIN, &app.base)
        .header(
            reqwest::header::USER_AGENT,
            "AuditTest/1.0 (an admin's browser)",
        )
        .form(&[("intent", "sso")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let request_id = response.headers()["x-request-id"]
        .to_str()
        .unwrap()
        .to_owned();
    let row: (
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
    ) = sqlx::query_as(
        "SELECT client_ip, user_agent, request_id, workos_request_id FROM audit_events \
         WHERE action = 'portal_link.create'",
    )
    .fetch_one(&app.running.state.db)
    .await
    .unwrap();
    let workos_request_id = row
        .3
        .clone()
        .expect("WorkOS's X-Request-ID of generate_link");
    assert_eq!(
        (row.0, row.1, row.2),
        (
            Some("127.0.0.1".to_owned()),
            Some("AuditTest/1.0 (an admin's browser)".to_owned()),
            Some(request_id)
        )
    );
    // One id: the emulator's (a ULID), as WorkOS support would be asked about.
    assert_eq!(workos_request_id.len(), 26, "{workos_request_id}");
    let (sign_in_workos_id,): (Option<String>,) =
        sqlx::query_as("SELECT workos_request_id FROM audit_events WHERE action = 'user.sign_in'")
            .fetch_one(&app.running.state.db)
            .await
            .unwrap();
    assert_eq!(sign_in_workos_id, None, "signing in calls no WorkOS API");
}

/// Deleting a user or an organization keeps their rows, with the names they had.
#[tokio::test]
async fn audit_rows_keep_the_names_of_deleted_users_and_organizations() {
    let app = crate::spawn_app().await;
    let db = &app.running.state.db;
    let admin = app.signed_in(crate::ADMIN).await;
    let link = app
        .post(&admin, "/api/portal_link", &[("intent", "sso")])
        .await;
    assert_eq!(link.status(), 200);
    let (workos_org,): (String,) =
        sqlx::query_as("SELECT workos_organization_id FROM organizations WHERE name = 'Acme'")
            .fetch_one(db)
            .await
            .unwrap();
    let before = app.audit_actions().await;
    sqlx::query("DELETE FROM users WHERE email = $1")
        .bind(crate::ADMIN)
        .execute(db)
        .await
        .unwrap();
    sqlx::query("DELETE FROM organizations WHERE name = 'Acme'")
        .execute(db)
        .await
        .unwrap();
    assert_eq!(app.audit_actions().await, before, "no row lost");
    type Row = (Option<i64>, String, Option<i64>, String, String);
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT actor_user_id, actor_email, organization_id, organization_name, \
         workos_organization_id FROM audit_events WHERE action IN ('user.sign_in', 'portal_link.create')",
    )
    .fetch_all(db)
    .await
    .unwrap();
    assert_eq!(rows.len(), 2);
    for row in rows {
        assert_eq!(
            row,
            (
                None,
                crate::ADMIN.to_owned(),
                None,
                "Acme".to_owned(),
                workos_org.clone()
            )
        );
    }
}

/// A client sending its headers slowly (a slow-loris) is cut off after
/// `header_read_timeout`, while one that sends them in time is served.
#[tokio::test]
async fn a_client_that_sends_its_headers_too_slowly_is_disconnected() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let app = crate::spawn_app_with(tempfile::tempdir().unwrap(), |config| {
        config.http.header_read_timeout_seconds = Bounded::new(1);
    })
    .await;
    let addr = app.running.addr;
    let mut slow = tokio::net::TcpStream::connect(addr).await.unwrap();
    slow.write_all(b"GET /healthz HTTP/1.1\r\nHost: portico\r\n")
        .await
        .unwrap();
    let started = std::time::Instant::now();
    let mut answer = Vec::new();
    let read = tokio::time::timeout(
        std::time::Duration::from_secs(10),
        slow.read_to_end(&mut answer),
    )
    .await;
    assert!(read.is_ok(), "still connected after 10 s");
    let waited = started.elapsed();
    assert!(
        waited >= std::time::Duration::from_millis(900),
        "closed after {waited:?}"
    );
    let answer = String::from_utf8_lossy(&answer);
    assert!(
        answer.is_empty() || answer.starts_with("HTTP/1.1 408"),
        "{answer}"
    );

    let mut prompt = tokio::net::TcpStream::connect(addr).await.unwrap();
    prompt
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: portico\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    let mut answer = Vec::new();
    prompt.read_to_end(&mut answer).await.unwrap();
    assert!(String::from_utf8_lossy(&answer).starts_with("HTTP/1.1 200"));
}

/// Red team: each throttled sign-in was a WARN line saying "WorkOS call failed", so a
/// password-guessing run filled the log with false alarms about WorkOS.
#[tokio::test]
async fn a_flood_of_throttled_sign_ins_is_logged_at_debug_not_as_workos_failures() {
    let data = tempfile::tempdir().unwrap();
    let (mut child, base) = crate::serve_process(data.path(), &[("PORTICO_DEMO", "true")]).await;
    let browser = crate::client();
    let mut throttled = 0;
    for _ in 0..25 {
        let guess = [("email", crate::ADMIN), ("password", "guess")];
        let answer = crate::post_form(&browser, &base, "/api/login", &guess).await;
        throttled += usize::from(answer.status() == 429);
    }
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(throttled >= 10, "the guesses were throttled: {throttled}");
    let log = std::fs::read_to_string(data.path().join("log.txt")).unwrap();
    assert!(log.contains("mode:"), "the log was captured: {log}");
    assert!(!log.contains("WorkOS call failed"), "{log}");
    assert!(!log.contains("WARN"), "{log}");
}

/// Red team: under umask 022 the data files were readable by every local user; one read
/// of `portico.db` as `nobody` gave a live session id, and `emulator.json` holds IT
/// contacts' setup links.
#[cfg(unix)]
#[tokio::test]
async fn the_data_files_are_private_to_portico_whatever_the_umask() {
    use std::os::unix::fs::PermissionsExt;
    let data = tempfile::tempdir().unwrap();
    let dir = data.path().join("data");
    // As an earlier version left them: a world-readable directory and database.
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::write(dir.join("portico.db"), b"").unwrap();
    std::fs::set_permissions(
        dir.join("portico.db"),
        std::fs::Permissions::from_mode(0o644),
    )
    .unwrap();
    let (mut child, base) = crate::serve_process(data.path(), &[("PORTICO_DEMO", "true")]).await;
    let browser = crate::client();
    let credentials = [("email", crate::ADMIN), ("password", crate::PASSWORD)];
    assert_eq!(
        crate::post_form(&browser, &base, "/api/login", &credentials)
            .await
            .status(),
        200
    );
    // The emulator saves its state (emulator.json) when a link is made.
    let sso = [("intent", "sso")];
    assert_eq!(
        crate::post_form(&browser, &base, "/api/portal_link", &sso)
            .await
            .status(),
        200
    );
    child.kill().unwrap();
    child.wait().unwrap();

    let mode =
        |path: &std::path::Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&dir), 0o700, "the data directory");
    let files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .filter(|e| e.file_type().unwrap().is_file())
        .map(|e| e.path())
        .collect();
    for name in ["portico.db", "emulator.json"] {
        assert!(
            files.iter().any(|f| f.ends_with(name)),
            "{name} in {files:?}"
        );
    }
    for file in &files {
        assert_eq!(
            mode(file) & 0o077,
            0,
            "{} is {:o}",
            file.display(),
            mode(file)
        );
    }
}

/// Red team: one read of `portico.db` was enough to become its users, because the
/// sessions table held the cookies' ids. Now it holds their SHA-256 only.
#[tokio::test]
async fn a_copy_of_the_database_is_not_enough_to_become_someone() {
    use sha2::Digest;
    let app = crate::spawn_app().await;
    let response = app.sign_in(&crate::client(), crate::ADMIN).await;
    assert_eq!(response.status(), 200);
    let cookie = crate::set_cookie(&response);
    let id = cookie.split_once('=').unwrap().1.to_owned();
    let rows: Vec<(String, String)> = sqlx::query_as("SELECT id_hash, data FROM session_records")
        .fetch_all(&app.running.state.db)
        .await
        .unwrap();
    assert_eq!(rows.len(), 1, "{rows:?}");
    let (id_hash, data) = &rows[0];
    assert!(!id_hash.contains(&id) && !data.contains(&id), "{rows:?}");
    assert_eq!(*id_hash, hex::encode(sha2::Sha256::digest(id.as_bytes())));
    // What the table holds does not work as a cookie; the cookie itself still does.
    for (presented, status) in [(format!("portico_session={id_hash}"), 401), (cookie, 200)] {
        let answer = crate::client()
            .get(app.url("/api/organization"))
            .header(reqwest::header::COOKIE, &presented)
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), status, "{presented}");
    }
}
