//! Starting and stopping: the demo survives a restart, and SIGTERM during a load finishes
//! what was accepted and exits cleanly.

use crate::{client, spawn_app, ADMIN, PASSWORD};
use portico::server::config::values::Bounded;
use reqwest::header;
use std::{process::Command, time::Duration};

#[tokio::test]
async fn sigterm_during_a_load_loses_no_accepted_request_and_exits_cleanly() {
    let data = tempfile::tempdir().unwrap();
    let (mut child, base) = crate::serve_process(data.path(), &[]).await;
    let admin = crate::client();
    let signed_in = admin
        .post(format!("{base}/api/login"))
        .header(reqwest::header::ORIGIN, &base)
        .form(&[("email", crate::ADMIN), ("password", crate::PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(signed_in.status(), 200);

    // Eight clients ask for portal links as fast as they can until the server is gone.
    let workers: Vec<_> = (0..8)
        .map(|_| {
            let (admin, base) = (admin.clone(), base.clone());
            tokio::spawn(async move {
                let mut answered = Vec::new();
                let until = tokio::time::Instant::now() + Duration::from_secs(5);
                while tokio::time::Instant::now() < until {
                    let sent = admin
                        .post(format!("{base}/api/portal_link"))
                        .header(reqwest::header::ORIGIN, &base)
                        .form(&[("intent", "sso")])
                        .send()
                        .await;
                    match sent {
                        Ok(response) => answered.push(response.status().as_u16()),
                        // Not accepted (the listener is closed): nothing to lose.
                        Err(_) => break,
                    }
                }
                answered
            })
        })
        .collect();
    tokio::time::sleep(Duration::from_millis(700)).await;
    let killed = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let mut answered = Vec::new();
    for worker in workers {
        answered.extend(worker.await.unwrap());
    }
    let exit = tokio::task::spawn_blocking(move || child.wait().unwrap())
        .await
        .unwrap();
    assert!(exit.success(), "exit status {exit:?}");

    let ok = answered.iter().filter(|s| **s == 200).count();
    assert!(ok > 0, "links were made before the signal");
    assert!(
        answered.iter().all(|s| *s == 200),
        "every accepted request was answered in full: {answered:?}"
    );
    let db = crate::open_database(&data.path().join("data")).await;
    let (rows,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM audit_events WHERE action = 'portal_link.create'")
            .fetch_one(&db)
            .await
            .unwrap();
    assert_eq!(rows as usize, ok, "one audit row per link handed out");
    let log = std::fs::read_to_string(data.path().join("log.txt")).unwrap();
    assert!(
        log.contains("stopping: finishing the requests in flight"),
        "{log}"
    );
}

/// A load balancer keeps idle connections to reuse. After SIGTERM the instance takes no
/// new connection, but one kept open still gets its next request answered, told
/// `Connection: close`, rather than closed under the request.
#[tokio::test]
async fn after_sigterm_a_kept_alive_connection_gets_its_next_answer_and_then_closes() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let data = tempfile::tempdir().unwrap();
    let (mut child, base) = crate::serve_process(data.path(), &[]).await;
    let addr = base.trim_start_matches("http://").to_owned();
    let request = format!("GET /healthz HTTP/1.1\r\nHost: {addr}\r\n\r\n");
    let mut kept = tokio::net::TcpStream::connect(&addr).await.unwrap();
    kept.write_all(request.as_bytes()).await.unwrap();
    let mut first = Vec::new();
    while !first.ends_with(b"\r\n\r\nok") {
        let mut chunk = [0; 4096];
        let read = kept.read(&mut chunk).await.unwrap();
        assert!(read > 0, "closed before the first answer");
        first.extend_from_slice(&chunk[..read]);
    }
    let first = String::from_utf8_lossy(&first).to_lowercase();
    assert!(first.starts_with("http/1.1 200"), "{first}");
    assert!(!first.contains("connection: close"), "{first}");

    let killed = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    // Stopped accepting: a new connection is refused.
    let mut refused = false;
    for _ in 0..100 {
        if tokio::net::TcpStream::connect(&addr).await.is_err() {
            refused = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(refused, "the listener still accepts after SIGTERM");

    kept.write_all(request.as_bytes()).await.unwrap();
    let mut second = Vec::new();
    tokio::time::timeout(Duration::from_secs(5), kept.read_to_end(&mut second))
        .await
        .expect("the connection closes after its answer")
        .unwrap();
    let second = String::from_utf8_lossy(&second).to_lowercase();
    assert!(second.starts_with("http/1.1 200"), "{second}");
    assert!(second.contains("connection: close"), "{second}");
    assert!(second.ends_with("\r\n\r\nok"), "{second}");
    let exit = tokio::task::spawn_blocking(move || child.wait().unwrap())
        .await
        .unwrap();
    assert!(exit.success(), "exit status {exit:?}");
}

/// A session ends after its idle timeout (activity moves it on) and after its absolute
/// lifetime however active; without "keep me signed in" its cookie ends with the browser.
#[tokio::test]
async fn sessions_end_when_idle_or_too_old_and_only_remembered_ones_outlive_the_browser() {
    let app = crate::spawn_app_with(tempfile::tempdir().unwrap(), |s| {
        s.session.lifetime_minutes = Bounded::exactly(Duration::from_secs(2));
        s.session.absolute_hours = Bounded::exactly(Duration::from_secs(5));
    })
    .await;
    let sign_in = |remember: bool| {
        let app = &app;
        async move {
            let client = crate::client();
            let mut form = vec![("email", crate::ADMIN), ("password", crate::PASSWORD)];
            if remember {
                form.push(("remember", "1"));
            }
            let response = app.post(&client, "/api/login", &form).await;
            assert_eq!(response.status(), 200);
            let cookie = response.headers()[reqwest::header::SET_COOKIE]
                .to_str()
                .unwrap()
                .to_owned();
            (client, cookie)
        }
    };
    let status = |client: &reqwest::Client| {
        let request = client.get(app.url("/api/organization"));
        async move { request.send().await.unwrap().status().as_u16() }
    };

    let (_, remembered) = sign_in(true).await;
    assert!(remembered.contains("Max-Age="), "{remembered}");
    let (active, cookie) = sign_in(false).await;
    assert!(
        !cookie.contains("Max-Age=") && !cookie.contains("Expires="),
        "ends with the browser: {cookie}"
    );

    // Active every 0.7 s: still signed in after more than the 2 s idle timeout...
    let started = tokio::time::Instant::now();
    while started.elapsed() < Duration::from_millis(3500) {
        assert_eq!(status(&active).await, 200, "at {:?}", started.elapsed());
        tokio::time::sleep(Duration::from_millis(700)).await;
    }
    // ...but not past the 5 s absolute lifetime.
    while started.elapsed() < Duration::from_millis(5300) {
        tokio::time::sleep(Duration::from_millis(500)).await;
        if started.elapsed() < Duration::from_millis(4800) {
            status(&active).await;
        }
    }
    assert_eq!(status(&active).await, 401, "absolute lifetime");

    let (idle, _) = sign_in(false).await;
    assert_eq!(status(&idle).await, 200);
    tokio::time::sleep(Duration::from_millis(2600)).await;
    assert_eq!(status(&idle).await, 401, "idle timeout");
}

#[tokio::test]
async fn the_demo_survives_a_restart_with_its_workos_organization() {
    let app = spawn_app().await;
    let data_dir = app.data.path().to_path_buf();
    app.running.server.abort();
    if let Some(emulator) = &app.running.emulator {
        emulator.task.abort();
    }
    let config = crate::config_in(&data_dir);
    let secrets = portico::server::Secrets {
        database_url: crate::database_of(&data_dir).map(|(_, url)| url),
        ..Default::default()
    };
    let again = portico::server::start(config, secrets)
        .await
        .expect("restart");
    let demo = again.demo.expect("demo exists");
    assert!(!demo.created && demo.password.is_none());
    let base = again.public_url.as_str().trim_end_matches('/').to_owned();
    let browser = client();
    let signed_in = browser
        .post(format!("{base}/api/login"))
        .header(header::ORIGIN, &base)
        .form(&[("email", ADMIN), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(signed_in.status(), 200);
    let link = browser
        .post(format!("{base}/api/portal_link"))
        .header(header::ORIGIN, &base)
        .form(&[("intent", "sso")])
        .send()
        .await
        .unwrap();
    assert_eq!(
        link.status(),
        200,
        "the WorkOS organization still exists after restart"
    );
}

/// Red team: signing in without "Keep me signed in" gave a browser-session cookie, but
/// the first save of the session after it (about a minute later) sent `Max-Age`, so the
/// cookie outlived the browser after all.
#[tokio::test]
async fn a_session_not_kept_still_ends_with_the_browser_after_its_cookie_is_refreshed() {
    let app = crate::spawn_app_with(tempfile::tempdir().unwrap(), |s| {
        // Saved again every half second of activity (a quarter of the idle timeout).
        s.session.lifetime_minutes = Bounded::exactly(Duration::from_secs(2));
    })
    .await;
    for remember in [false, true] {
        let client = crate::client();
        let mut form = vec![("email", crate::ADMIN), ("password", crate::PASSWORD)];
        if remember {
            form.push(("remember", "1"));
        }
        assert_eq!(app.post(&client, "/api/login", &form).await.status(), 200);
        tokio::time::sleep(Duration::from_millis(700)).await;
        let refreshed = client
            .get(app.url("/api/organization"))
            .send()
            .await
            .unwrap();
        assert_eq!(refreshed.status(), 200);
        let cookie = refreshed.headers()[reqwest::header::SET_COOKIE]
            .to_str()
            .unwrap()
            .to_owned();
        assert_eq!(
            cookie.contains("Max-Age=") || cookie.contains("Expires="),
            remember,
            "remember={remember}: {cookie}"
        );
    }
}

/// Red team: after a new `PORTICO_DEMO_PASSWORD` the old cookie still worked, and after
/// `portico user remove` and `user add` again an unused old cookie was valid again.
#[tokio::test]
async fn a_password_change_or_a_removal_ends_the_users_sessions() {
    let data = tempfile::tempdir().unwrap();
    let sign_in = |base: String| async move {
        let form = [("email", crate::MEMBER), ("password", crate::PASSWORD)];
        let response = crate::post_form(&crate::client(), &base, "/api/login", &form).await;
        assert_eq!(response.status(), 200);
        crate::set_cookie(&response)
    };
    let status_with = |base: String, cookie: String| async move {
        let response = crate::client()
            .get(format!("{base}/api/organization"))
            .header(reqwest::header::COOKIE, cookie)
            .send()
            .await
            .unwrap();
        response.status().as_u16()
    };
    let demo = [("PORTICO_DEMO", "true")];
    let (mut first, base) = crate::serve_process(data.path(), &demo).await;
    let kept = sign_in(base.clone()).await;
    let changed = sign_in(base.clone()).await;
    assert_eq!(status_with(base.clone(), kept.clone()).await, 200);
    assert_eq!(member_sessions_stored(data.path()).await, 2);
    first.kill().unwrap();
    first.wait().unwrap();

    // The same password at the next start: sessions go on.
    let (mut second, base) = crate::serve_process(data.path(), &demo).await;
    assert_eq!(
        status_with(base.clone(), kept.clone()).await,
        200,
        "same password"
    );
    second.kill().unwrap();
    second.wait().unwrap();

    // A new demo password: every session of the old one has ended.
    let new_password = [
        ("PORTICO_DEMO", "true"),
        ("PORTICO_DEMO_PASSWORD", "a-new-password-42"),
    ];
    let (mut third, base) = crate::serve_process(data.path(), &new_password).await;
    assert_eq!(
        member_sessions_stored(data.path()).await,
        0,
        "deleted with the password change, not only refused"
    );
    assert_eq!(
        status_with(base.clone(), changed).await,
        401,
        "after a password change"
    );
    third.kill().unwrap();
    third.wait().unwrap();

    // Removed and added again with the command line (beside the running server, whose
    // emulator ends the person's portal links): the unused old cookie is dead.
    let (mut fourth, base) = crate::serve_process(data.path(), &demo).await;
    let unused = sign_in(base.clone()).await;
    let data_dir = data.path().join("data");
    for args in [
        vec!["user", "remove", crate::MEMBER, "--org", "Acme"],
        vec![
            "user",
            "add",
            crate::MEMBER,
            "--org",
            "Acme",
            "--role",
            "member",
        ],
    ] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_portico"))
            .args(&args)
            .env("PORTICO_DATA_DIR", &data_dir)
            .envs(crate::database_of(&data_dir))
            .env_remove("WORKOS_API_KEY")
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{args:?}: {stderr}");
    }
    assert_eq!(
        member_sessions_stored(data.path()).await,
        0,
        "deleted with the removal"
    );
    assert_eq!(
        status_with(base.clone(), unused).await,
        401,
        "after remove and add"
    );
    // Signing in again works.
    let fresh = sign_in(base.clone()).await;
    assert_eq!(status_with(base.clone(), fresh).await, 200);
    fourth.kill().unwrap();
    fourth.wait().unwrap();
}

/// How many sessions the database under `data` keeps for the demo member.
async fn member_sessions_stored(data: &std::path::Path) -> i64 {
    let db = crate::open_database(&data.join("data")).await;
    let (count,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM session_records s JOIN users u ON u.id = s.user_id WHERE u.email = $1",
    )
    .bind(crate::MEMBER)
    .fetch_one(&db)
    .await
    .unwrap();
    db.close().await;
    count
}

/// A failed sign-in's message is kept in a session of its own: one that lives only as
/// long as the message (attempts must not fill the store), which the sign-in that follows
/// turns into a full one.
#[tokio::test]
async fn a_failed_sign_in_leaves_a_short_lived_session_that_signing_in_makes_whole() {
    let app = spawn_app().await;
    let browser = client();
    let max_age = |response: &reqwest::Response| -> Option<i64> {
        let cookie = response.headers().get(header::SET_COOKIE)?.to_str().ok()?;
        let value = cookie.split("Max-Age=").nth(1)?.split(';').next()?;
        value.trim().parse().ok()
    };
    let page = app.url("/sign-in");
    let attempt = |password: &'static str| {
        browser
            .post(app.url("/api/login"))
            .header(header::ORIGIN, &app.base)
            .header(header::ACCEPT, "text/html")
            .header(header::REFERER, &page)
            .form(&[("email", ADMIN), ("password", password), ("remember", "1")])
            .send()
    };
    let failed = attempt("wrong").await.unwrap();
    assert_eq!(failed.status(), 302);
    assert_eq!(max_age(&failed), Some(300), "the message's five minutes");
    let signed_in = attempt(PASSWORD).await.unwrap();
    assert_eq!(signed_in.status(), 302);
    let kept = max_age(&signed_in).expect("a remembered session's cookie");
    assert!(
        kept > 3600,
        "the configured idle timeout, not the notice's: {kept}"
    );
    let settings = browser
        .get(app.url("/api/organization"))
        .send()
        .await
        .unwrap();
    assert_eq!(settings.status(), 200);
}

/// With `PORTICO_LOG_FORMAT=json` every log line is one JSON object, and a request's
/// lines carry its request id.
#[tokio::test]
async fn json_logs_are_one_object_a_line_with_the_request_id() {
    let data = tempfile::tempdir().unwrap();
    let json = [
        ("PORTICO_DEMO", "true"),
        ("PORTICO_LOG_FORMAT", "json"),
        // Refusals are logged at debug.
        ("PORTICO_LOG", "portico=debug,warn"),
    ];
    let (mut child, base) = crate::serve_process(data.path(), &json).await;
    // A refused sign-in is logged under its request.
    let refused = crate::post_form(
        &client(),
        &base,
        "/api/login",
        &[("email", ADMIN), ("password", "wrong")],
    )
    .await;
    let request_id = refused.headers()["x-request-id"]
        .to_str()
        .unwrap()
        .to_owned();
    child.kill().unwrap();
    child.wait().unwrap();
    let log = std::fs::read_to_string(data.path().join("log.txt")).unwrap();
    let lines: Vec<serde_json::Value> = log
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}")))
        .collect();
    assert!(lines.len() > 1, "{log}");
    assert!(
        lines
            .iter()
            .any(|line| line["span"]["id"] == request_id.as_str()),
        "a line names request {request_id}: {log}"
    );
}
