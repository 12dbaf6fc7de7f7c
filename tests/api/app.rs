//! The app over real HTTP: sign-in, portal links, refusals, the settings page.

use crate::{client, error_body, spawn_app, ADMIN, MEMBER, PASSWORD};
use reqwest::header;

#[tokio::test]
async fn sign_in_with_the_right_password_starts_a_hardened_session() {
    let app = spawn_app().await;
    let client = client();
    let response = app.sign_in(&client, ADMIN).await;
    assert_eq!(response.status(), 200);
    let cookie = response
        .headers()
        .get(header::SET_COOKIE)
        .expect("session cookie")
        .to_str()
        .unwrap()
        .to_owned();
    assert!(cookie.starts_with("portico_session="), "{cookie}");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    assert!(
        !cookie.contains("Secure"),
        "plain-http public URL: {cookie}"
    );

    let me: serde_json::Value = app.get_json(&client, "/api/me").await;
    assert_eq!(me["email"], ADMIN);
    assert_eq!(me["role"], "admin");
    assert_eq!(me["organization_name"], "Acme");

    // Signing in again on the same browser gets a new session id.
    let again = app.sign_in(&client, ADMIN).await;
    let second = again
        .headers()
        .get(header::SET_COOKIE)
        .unwrap()
        .to_str()
        .unwrap();
    assert_ne!(cookie.split(';').next(), second.split(';').next());
    assert_eq!(app.audit_actions().await, ["user.sign_in", "user.sign_in"]);
}

#[tokio::test]
async fn wrong_or_missing_credentials_are_refused_without_a_session() {
    let app = spawn_app().await;
    for (email, password) in [
        (ADMIN, "not the password"),
        ("nobody@acme.example", PASSWORD),
    ] {
        let client = client();
        let response = app
            .post(
                &client,
                "/api/login",
                &[("email", email), ("password", password)],
            )
            .await;
        assert!(response.headers().get(header::SET_COOKIE).is_none());
        let (status, kind, message) = error_body(response).await;
        assert_eq!((status, kind.as_str()), (401, "unauthorized"));
        // Same words for unknown users and wrong passwords: no account probing.
        assert_eq!(message, "Wrong email or password.");
        let me = app.get_text(&client, "/api/me").await;
        assert_eq!(me, "null");
    }
    let (status, _, message) = error_body(
        app.post(
            &client(),
            "/api/login",
            &[("email", ADMIN), ("password", "")],
        )
        .await,
    )
    .await;
    assert_eq!(status, 400);
    assert_eq!(message, "Enter your email and password.");
    assert_eq!(
        app.audit_actions().await,
        ["user.sign_in refused", "user.sign_in refused"]
    );
    // A known account's failure is filed under its organization (its admins see it); an
    // unknown one keeps what was typed, under no organization.
    let rows: Vec<(Option<String>, Option<String>, String)> = sqlx::query_as(
        "SELECT actor_email, organization_name, detail FROM audit_events ORDER BY id",
    )
    .fetch_all(&app.running.state.db)
    .await
    .unwrap();
    assert_eq!(
        rows,
        [
            (
                Some(ADMIN.to_owned()),
                Some("Acme".to_owned()),
                "wrong password".to_owned()
            ),
            (None, None, "unknown account nobody@acme.example".to_owned()),
        ]
    );
}

#[tokio::test]
async fn an_admin_gets_a_one_time_portal_link_with_server_built_return_urls() {
    let app = spawn_app().await;
    let admin = app.signed_in(ADMIN).await;
    let calls_before = app.workos_calls().await;
    let response = app
        .post(&admin, "/api/portal_link", &[("intent", "sso")])
        .await;
    assert_eq!(response.status(), 200);
    let link: String = response.json().await.unwrap();
    let emulator = app.running.emulator.as_ref().unwrap();
    assert!(
        link.starts_with(&format!("{}portal/launch?secret=", emulator.base_url)),
        "{link}"
    );
    assert_eq!(app.workos_calls().await, calls_before + 1);
    assert_eq!(
        app.audit_actions().await.last().unwrap(),
        "portal_link.create"
    );

    // The link opens the hosted portal once; a second launch is expired.
    let browser = client();
    let first = browser.get(&link).send().await.unwrap();
    assert_eq!(first.status(), 303);
    let second = browser.get(&link).send().await.unwrap();
    assert_eq!(second.status(), 410);
    assert!(second
        .text()
        .await
        .unwrap()
        .contains("This setup link has expired"));
}

#[tokio::test]
async fn finishing_sso_in_the_portal_returns_to_settings_and_shows_the_live_connection() {
    let app = spawn_app().await;
    let admin = app.signed_in(ADMIN).await;
    let link: String = app
        .post(&admin, "/api/portal_link", &[("intent", "sso")])
        .await
        .json()
        .await
        .unwrap();
    let (browser, page_url) =
        crate::launch_portal(app.running.emulator.as_ref().unwrap(), &link).await;
    let page = browser
        .get(page_url.clone())
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("Choose your identity provider") && page.contains("Okta SAML"));

    let bad = browser
        .post(page_url.clone())
        .form(&[("choice", "MadeUpSAML")])
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), 400);
    let done = browser
        .post(page_url)
        .form(&[("choice", "OktaSAML")])
        .send()
        .await
        .unwrap();
    assert_eq!(done.status(), 303);
    assert_eq!(
        done.headers()[header::LOCATION],
        app.url("/settings?configured=sso").as_str()
    );

    let overview: serde_json::Value = app.get_json(&admin, "/api/organization").await;
    let sso = &overview["statuses"][0];
    assert_eq!(sso["intent"], "sso");
    assert_eq!(sso["setup"], "active");
    assert_eq!(sso["summary"], "Okta SAML is active.");
    assert_eq!(sso["provider"], "OktaSAML");

    let html = app.get_text(&admin, "/settings?configured=sso").await;
    assert!(
        html.contains("Single sign-on setup is complete."),
        "banner rendered on the server"
    );
}

#[tokio::test]
async fn the_page_says_when_an_area_was_last_opened_as_soon_as_it_was() {
    let app = spawn_app().await;
    let admin = app.signed_in(ADMIN).await;
    let member = app.signed_in(MEMBER).await;
    let summary = |overview: &serde_json::Value, intent: &str| {
        overview["statuses"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["intent"] == intent)
            .map(|s| s["summary"].as_str().unwrap().to_owned())
            .unwrap()
    };
    // Seen once, so what the page shows is cached.
    let before = app.get_json(&member, "/api/organization").await;
    assert_eq!(
        summary(&before, "bring_your_own_key"),
        "Not opened from Portico yet."
    );

    let response = app
        .post(
            &admin,
            "/api/portal_link",
            &[("intent", "bring_your_own_key")],
        )
        .await;
    assert_eq!(response.status(), 200);
    let today = time::OffsetDateTime::now_utc().date();
    let day = format!(
        "{} {} {}",
        today.day(),
        &today.month().to_string()[..3],
        today.year()
    );
    let after = app.get_json(&member, "/api/organization").await;
    assert_eq!(
        summary(&after, "bring_your_own_key"),
        format!("Admin Portal opened by an admin on {day}."),
        "when, at once, not after the cache expires; members are not shown who"
    );
    let seen_by_admin = app.get_json(&admin, "/api/organization").await;
    assert_eq!(
        summary(&seen_by_admin, "bring_your_own_key"),
        format!("Admin Portal opened by {ADMIN} on {day}.")
    );
    assert_eq!(
        summary(&after, "certificate_renewal"),
        "WorkOS reported no expiring certificate in the last 30 days. Not opened from Portico yet."
    );
}

#[tokio::test]
async fn when_workos_stops_answering_the_page_shows_the_last_status_with_its_age() {
    let app = spawn_app().await;
    let admin = app.signed_in(ADMIN).await;
    let before = app.get_json(&admin, "/api/organization").await;
    assert!(before["status_error"].is_null(), "{before}");
    let sso_before = before["statuses"][0].clone();
    assert_eq!(sso_before["setup"], "not_configured");

    // Every attempt (with its retries) at the connections fails from now on.
    crate::inject_fault(
        app.running.emulator.as_ref().unwrap(),
        serde_json::json!({"route": "GET /connections", "status": 503, "count": 3}),
    )
    .await;
    let after = app.get_json(&admin, "/api/organization?fresh=true").await;
    assert_eq!(
        after["statuses"][0], sso_before,
        "the last known SSO status, not a blank"
    );
    let notice = after["status_error"].as_str().unwrap();
    assert!(
        notice.starts_with("WorkOS is not responding right now.")
            && notice.ends_with("Showing what WorkOS reported less than a minute ago."),
        "{notice}"
    );

    // With nothing earlier to show, the page says so instead of guessing.
    let fresh_app = spawn_app().await;
    let admin = fresh_app.signed_in(ADMIN).await;
    crate::inject_fault(
        fresh_app.running.emulator.as_ref().unwrap(),
        serde_json::json!({"route": "GET /connections", "status": 503, "count": 3}),
    )
    .await;
    let blank = fresh_app.get_json(&admin, "/api/organization").await;
    assert!(blank["statuses"][0]["setup"].is_null());
    assert_eq!(
        blank["statuses"][0]["summary"],
        "Status unavailable right now."
    );
}

#[tokio::test]
async fn portal_link_refusals_make_no_workos_call_and_are_audited_as_refused() {
    let app = spawn_app().await;
    let calls = app.workos_calls().await;

    let (status, kind, message) = error_body(
        app.post(&client(), "/api/portal_link", &[("intent", "sso")])
            .await,
    )
    .await;
    assert_eq!(
        (status, kind.as_str(), message.as_str()),
        (401, "unauthorized", "Please sign in first.")
    );

    let member = app.signed_in(MEMBER).await;
    let (status, kind, message) = error_body(
        app.post(&member, "/api/portal_link", &[("intent", "sso")])
            .await,
    )
    .await;
    assert_eq!((status, kind.as_str()), (403, "forbidden"));
    assert_eq!(message, "Only an admin of Acme can change these settings.");

    let admin = app.signed_in(ADMIN).await;
    let (status, kind, message) = error_body(
        app.post(&admin, "/api/portal_link", &[("intent", "saml")])
            .await,
    )
    .await;
    assert_eq!((status, kind.as_str()), (400, "bad_request"));
    assert!(
        message.contains("unknown intent 'saml'") && message.contains("bring_your_own_key"),
        "{message}"
    );
    let (status, _, _) = error_body(app.post(&admin, "/api/portal_link", &[]).await).await;
    assert_eq!(status, 400, "missing intent");

    let cross_site = admin
        .post(app.url("/api/portal_link"))
        .header(header::ORIGIN, "https://evil.example")
        .form(&[("intent", "sso")])
        .send()
        .await
        .unwrap();
    let (status, kind, message) = error_body(cross_site).await;
    assert_eq!((status, kind.as_str()), (403, "forbidden"));
    assert!(message.contains("https://evil.example"), "{message}");
    let no_origin = admin
        .post(app.url("/api/portal_link"))
        .form(&[("intent", "sso")])
        .send()
        .await
        .unwrap();
    let (status, _, message) = error_body(no_origin).await;
    assert_eq!(status, 403);
    assert!(
        message.contains(&format!("Origin: {}", app.base)),
        "{message}"
    );

    assert_eq!(app.workos_calls().await, calls);
    // The member's and the unknown intent are in the trail as refused; a request that
    // never reached a signed-in check (signed out, cross-site, unreadable) is not.
    let links: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT actor_email, outcome, detail FROM audit_events \
         WHERE action = 'portal_link.create' ORDER BY id",
    )
    .fetch_all(&app.running.state.db)
    .await
    .unwrap();
    assert_eq!(links.len(), 2, "{links:?}");
    assert_eq!(
        (links[0].0.as_str(), links[0].1.as_str()),
        (MEMBER, "refused")
    );
    assert!(links[0].2.starts_with("sso: only an admin"), "{links:?}");
    assert_eq!(
        (links[1].0.as_str(), links[1].1.as_str()),
        (ADMIN, "refused")
    );
    assert!(links[1].2.starts_with("saml: "), "{links:?}");
}

#[tokio::test]
async fn same_origin_fetch_metadata_is_accepted_without_an_origin_header() {
    let app = spawn_app().await;
    let admin = app.signed_in(ADMIN).await;
    let response = admin
        .post(app.url("/api/portal_link"))
        .header("sec-fetch-site", "same-origin")
        .form(&[("intent", "dsync")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let cross = admin
        .post(app.url("/api/portal_link"))
        .header("sec-fetch-site", "cross-site")
        .form(&[("intent", "dsync")])
        .send()
        .await
        .unwrap();
    assert_eq!(cross.status(), 403);
}

#[tokio::test]
async fn members_see_the_page_read_only_and_signed_out_visitors_are_sent_to_sign_in() {
    let app = spawn_app().await;
    let response = client()
        .get(app.url("/settings?configured=sso"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    assert_eq!(
        response.headers()[header::LOCATION],
        "/sign-in?next=%2Fsettings%3Fconfigured%3Dsso"
    );

    let member = app.signed_in(MEMBER).await;
    let html = app.get_text(&member, "/settings").await;
    assert!(html.contains("Only admins of Acme can change them."));
    for admin_only in [
        ">Set up SSO<",
        "/api/portal_link",
        "/api/choose_provider",
        "/api/add_domain",
        "_workos-challenge",
        ADMIN,
    ] {
        assert!(
            !html.contains(admin_only),
            "no setup buttons, pickers, DNS records or admins' emails for members: {admin_only}"
        );
    }

    let admin = app.signed_in(ADMIN).await;
    let html = app.get_text(&admin, "/settings").await;
    // One action per card, named for where the area stands (the demo's domain waits for
    // its DNS record; audit logs are on).
    for label in [
        ">Set up SSO<",
        ">Set up directory sync<",
        ">Verify in the Admin Portal<",
        ">Verify now<",
        ">View audit logs<",
        ">Set up a log stream<",
        ">Renew certificate<",
        ">Set up your key<",
    ] {
        assert!(html.contains(label), "{label}");
    }
    assert!(
        !html.contains("portal/launch"),
        "links are made on click, never at render"
    );
}

#[tokio::test]
async fn sign_out_ends_the_session() {
    let app = spawn_app().await;
    let admin = app.signed_in(ADMIN).await;
    assert_eq!(app.post(&admin, "/api/logout", &[]).await.status(), 200);
    let (status, _, _) = error_body(
        app.post(&admin, "/api/portal_link", &[("intent", "sso")])
            .await,
    )
    .await;
    assert_eq!(status, 401);
}

#[tokio::test]
async fn unknown_pages_are_404_and_the_root_goes_to_settings() {
    let app = spawn_app().await;
    let missing = client().get(app.url("/no-such-page")).send().await.unwrap();
    assert_eq!(missing.status(), 404);
    assert!(missing.text().await.unwrap().contains("Page not found"));
    let root = client().get(app.url("/")).send().await.unwrap();
    assert_eq!(root.headers()[header::LOCATION], "/settings");
}

#[tokio::test]
async fn the_demo_survives_a_restart_with_its_workos_organization() {
    let app = spawn_app().await;
    let data_dir = app.data.path().to_path_buf();
    app.running.server.abort();
    if let Some(emulator) = &app.running.emulator {
        emulator.task.abort();
    }
    let settings = crate::settings_in(&data_dir);
    let again = portico::server::start(settings, Default::default())
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

#[tokio::test]
async fn an_https_public_url_makes_the_session_cookie_secure() {
    let data = tempfile::tempdir().unwrap();
    let settings = portico::server::settings::Settings {
        public_url: Some("https://portico.example".parse().unwrap()),
        ..crate::settings_in(data.path())
    };
    let secrets = portico::server::Secrets {
        demo_password: Some(PASSWORD.into()),
        ..Default::default()
    };
    let running = portico::server::start(settings, secrets).await.unwrap();
    let response = client()
        .post(format!("http://{}/api/login", running.addr))
        .header(header::ORIGIN, "https://portico.example")
        .form(&[("email", ADMIN), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let cookie = response.headers()[header::SET_COOKIE].to_str().unwrap();
    assert!(cookie.contains("; Secure"), "{cookie}");
}

#[tokio::test]
async fn a_failed_plain_html_form_goes_back_to_its_page_with_the_message() {
    let app = spawn_app().await;
    let response = client()
        .post(app.url("/api/login"))
        .header(header::ORIGIN, &app.base)
        .header(header::ACCEPT, "text/html")
        .header(header::REFERER, app.url("/sign-in?next=%2Fsettings"))
        .form(&[("email", ADMIN), ("password", "wrong")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 302);
    let location = response.headers()[header::LOCATION]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        location.starts_with("/sign-in?next=%2Fsettings&error=Wrong+email+or+password.&sig=")
            && location.ends_with("&email=ada%40acme.example")
            && !location.contains("password="),
        "back to the form with the email typed (never the password): {location}"
    );
    // The page shows the server's sentence it signed...
    let page = app.get_text(&client(), &location).await;
    assert!(
        page.contains("Wrong email or password."),
        "signed message shown"
    );
    // ...and nothing a crafted link says, signed or not.
    let forged = location.replace("Wrong+email+or+password.", "Call+support+at+%2B1+555+0100");
    for crafted in [
        "/sign-in?error=Call+support+at+%2B1+555+0100".to_owned(),
        forged,
    ] {
        let page = app.get_text(&client(), &crafted).await;
        assert!(!page.contains("Call support"), "{crafted}");
    }
}

#[tokio::test]
async fn an_internal_failure_shows_a_fixed_sentence_and_the_request_id_never_the_detail() {
    let app = spawn_app().await;
    let browser = client();
    // The database goes away under the running app.
    app.running.state.db.close().await;
    let response = app.sign_in(&browser, ADMIN).await;
    let header_id = response.headers()["x-request-id"]
        .to_str()
        .unwrap()
        .to_owned();
    assert_eq!(response.status(), 500);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["kind"], "internal");
    assert_eq!(body["request_id"], header_id.as_str());
    let message = body["message"].as_str().unwrap();
    assert!(
        message.starts_with("Something went wrong on our side."),
        "{message}"
    );
    for detail in ["pool", "sqlx", "database", "closed"] {
        assert!(!message.to_lowercase().contains(detail), "{message}");
    }
}

#[tokio::test]
async fn every_answer_carries_a_request_id_and_a_callers_own_is_kept() {
    let app = spawn_app().await;
    let browser = client();
    let mut seen = std::collections::HashSet::new();
    for path in ["/sign-in", "/api/me", "/pkg/does-not-exist.css", "/nope"] {
        let response = browser.get(app.url(path)).send().await.unwrap();
        let id = response.headers()["x-request-id"]
            .to_str()
            .unwrap()
            .to_owned();
        assert_eq!(id.len(), 26, "{path}: {id}");
        assert!(seen.insert(id), "ids are unique");
    }
    let response = browser
        .get(app.url("/api/me"))
        .header("x-request-id", "caller-trace-42")
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["x-request-id"], "caller-trace-42");
}

#[tokio::test]
async fn when_each_area_was_last_opened_is_found_however_long_the_audit_trail() {
    use portico::server::db::audit::{self, NewEvent};
    let app = spawn_app().await;
    let db = &app.running.state.db;
    let writer = &app.running.state.audit;
    let org: (i64,) = sqlx::query_as("SELECT id FROM organizations LIMIT 1")
        .fetch_one(db)
        .await
        .unwrap();
    let event = |action: &'static str, detail: &str| NewEvent {
        organization_id: Some(org.0),
        action,
        detail: detail.into(),
        ..Default::default()
    };
    writer
        .write(event("portal_link.create", "sso"))
        .await
        .unwrap();
    // Much newer activity must not push the older answer out of sight.
    for _ in 0..300 {
        writer.write(event("sign_in", "")).await.unwrap();
    }
    writer
        .write(event("portal_link.create", "dsync"))
        .await
        .unwrap();
    let latest = audit::latest_by_detail(
        db,
        org.0,
        "portal_link.create",
        &["sso", "dsync", "audit_logs"],
    )
    .await
    .unwrap();
    let areas: Vec<&str> = latest.iter().map(|l| l.detail.as_str()).collect();
    assert_eq!(areas, ["sso", "dsync"]);
}

#[tokio::test]
async fn assets_are_sent_precompressed_by_accept_encoding_and_vary_on_it() {
    let data = tempfile::tempdir().unwrap();
    let pkg = data.path().join("site/pkg");
    std::fs::create_dir_all(&pkg).unwrap();
    std::fs::write(pkg.join("app.css"), "body { color: red }").unwrap();
    std::fs::write(pkg.join("app.css.br"), "brotli bytes").unwrap();
    std::fs::write(pkg.join("app.css.gz"), "gzip bytes").unwrap();
    let app = crate::spawn_app_in(data).await;
    let browser = client();
    for (accept, encoding, body) in [
        ("br, gzip", Some("br"), "brotli bytes"),
        ("gzip", Some("gzip"), "gzip bytes"),
        ("identity", None, "body { color: red }"),
    ] {
        let response = browser
            .get(app.url("/pkg/app.css"))
            .header("accept-encoding", accept)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200, "{accept}");
        assert_eq!(
            response
                .headers()
                .get("content-encoding")
                .map(|v| v.to_str().unwrap()),
            encoding,
            "{accept}"
        );
        assert_eq!(response.headers()["vary"], "accept-encoding");
        assert_eq!(
            response.headers()["content-type"],
            "text/css; charset=utf-8"
        );
        let etag = response.headers()["etag"].to_str().unwrap().to_owned();
        assert_eq!(response.bytes().await.unwrap(), body.as_bytes(), "{accept}");

        // A browser that has this version is told so, with no body.
        let again = browser
            .get(app.url("/pkg/app.css"))
            .header("accept-encoding", accept)
            .header("if-none-match", &etag)
            .send()
            .await
            .unwrap();
        assert_eq!(again.status(), 304);
        assert!(again.bytes().await.unwrap().is_empty());
    }
    let missing = browser.get(app.url("/pkg/nope.js")).send().await.unwrap();
    assert_eq!(missing.status(), 404);
}

#[tokio::test]
async fn pages_link_fingerprinted_assets_that_browsers_may_keep_for_a_year() {
    let data = tempfile::tempdir().unwrap();
    let pkg = data.path().join("site/pkg");
    std::fs::create_dir_all(&pkg).unwrap();
    for (name, body) in [
        ("portico.css", "body { color: red }"),
        ("portico.js", "export default function init() {}"),
        ("portico.wasm", "\0asm"),
    ] {
        std::fs::write(pkg.join(name), body).unwrap();
    }
    let app = crate::spawn_app_in(data).await;
    let browser = client();
    let page = app.get_text(&browser, "/sign-in").await;
    let linked: Vec<String> = ["css", "js", "wasm"]
        .iter()
        .map(|ext| {
            let end = page
                .find(&format!(".{ext}\""))
                .unwrap_or_else(|| panic!("the page links no .{ext}: {page}"));
            let start = page[..end].rfind("/pkg/").unwrap();
            page[start..end + ext.len() + 1].to_owned()
        })
        .collect();
    let stems: std::collections::HashSet<&str> = linked
        .iter()
        .map(|l| l.rsplit_once('.').unwrap().0)
        .collect();
    assert_eq!(stems.len(), 1, "one fingerprint for the build: {linked:?}");
    let stem = stems.into_iter().next().unwrap();
    let fingerprint = stem.strip_prefix("/pkg/portico.").unwrap();
    assert!(
        fingerprint.len() == 16 && fingerprint.chars().all(|c| c.is_ascii_hexdigit()),
        "{stem}"
    );
    for path in &linked {
        let response = browser.get(app.url(path)).send().await.unwrap();
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(
            response.headers()["cache-control"],
            "public, max-age=31536000, immutable",
            "{path}"
        );
    }
    // The plain name still works, but is revalidated: it changes with every build.
    let plain = browser
        .get(app.url("/pkg/portico.css"))
        .send()
        .await
        .unwrap();
    assert_eq!(plain.status(), 200);
    assert_eq!(plain.headers()["cache-control"], "no-cache");
    assert_eq!(plain.text().await.unwrap(), "body { color: red }");
}

#[tokio::test]
async fn concurrent_audit_writes_are_each_committed_once() {
    use portico::server::db::audit::NewEvent;
    let app = spawn_app().await;
    let writer = app.running.state.audit.clone();
    let before = app.audit_actions().await.len();
    let writes = (0..500).map(|i| {
        let writer = writer.clone();
        tokio::spawn(async move {
            writer
                .write(NewEvent {
                    action: "test.burst",
                    detail: i.to_string(),
                    ..Default::default()
                })
                .await
        })
    });
    for write in writes.collect::<Vec<_>>() {
        write.await.unwrap().expect("committed");
    }
    let actions = app.audit_actions().await;
    assert_eq!(actions.len() - before, 500);
    let details: std::collections::HashSet<String> = sqlx::query_as::<_, (String,)>(
        "SELECT detail FROM audit_events WHERE action = 'test.burst'",
    )
    .fetch_all(&app.running.state.db)
    .await
    .unwrap()
    .into_iter()
    .map(|(d,)| d)
    .collect();
    assert_eq!(details.len(), 500, "each exactly once");
}

#[tokio::test]
async fn fifty_simultaneous_settings_views_make_one_round_of_workos_calls() {
    let app = spawn_app().await;
    let admin = app.signed_in(ADMIN).await;
    let before = app.workos_calls().await;
    let views = (0..50).map(|_| {
        let admin = admin.clone();
        let url = app.url("/settings");
        tokio::spawn(async move { admin.get(url).send().await.unwrap().status() })
    });
    for view in views.collect::<Vec<_>>() {
        assert_eq!(view.await.unwrap(), 200);
    }
    assert_eq!(
        app.workos_calls().await - before,
        5,
        "connections, directories, the organization, its audit log configuration and its certificate events, read once"
    );

    // Back from the portal the page asks for a fresh read.
    let fresh = app.get_json(&admin, "/api/organization?fresh=true").await;
    assert_eq!(fresh["user"]["email"], ADMIN);
    assert_eq!(app.workos_calls().await - before, 10);
}

#[tokio::test]
async fn bench_seed_adds_exactly_what_it_says_and_the_demo_still_signs_in() {
    use portico::server::seed::{bench_data, BenchData};
    let app = spawn_app().await;
    let db = &app.running.state.db;
    let count = |table: &'static str| async move {
        let (n,): (i64,) = sqlx::query_as(&format!("SELECT COUNT(*) FROM {table}"))
            .fetch_one(db)
            .await
            .unwrap();
        n
    };
    let (orgs, users, memberships, rows) = (
        count("organizations").await,
        count("users").await,
        count("memberships").await,
        count("audit_events").await,
    );
    let wanted = BenchData {
        organizations: 5,
        users: 20,
        audit_rows: 100,
    };
    assert_eq!(bench_data(db, wanted).await.unwrap(), wanted);
    assert_eq!(count("organizations").await - orgs, 5);
    assert_eq!(count("users").await - users, 20);
    assert_eq!(count("memberships").await - memberships, 20);
    assert_eq!(count("audit_events").await - rows, 100);
    // A second run adds more, with names of its own.
    bench_data(db, wanted).await.unwrap();
    assert_eq!(count("organizations").await - orgs, 10);
    let admin = app.signed_in(ADMIN).await;
    assert_eq!(app.get_json(&admin, "/api/me").await["email"], ADMIN);
}

#[tokio::test]
async fn an_admin_picks_an_identity_provider_and_the_sso_setup_opens_with_it() {
    let app = spawn_app().await;
    let admin = app.signed_in(ADMIN).await;
    let member = app.signed_in(MEMBER).await;

    // Only listed providers, only for areas that have them, only by admins.
    for (who, form, status) in [
        (&admin, [("intent", "sso"), ("provider", "NoSuchSAML")], 400),
        (
            &admin,
            [("intent", "audit_logs"), ("provider", "OktaSAML")],
            400,
        ),
        (&member, [("intent", "sso"), ("provider", "OktaSAML")], 403),
        (
            &client(),
            [("intent", "sso"), ("provider", "OktaSAML")],
            401,
        ),
    ] {
        let response = app.post(who, "/api/choose_provider", &form).await;
        assert_eq!(response.status(), status, "{form:?}");
    }
    let response = app
        .post(
            &admin,
            "/api/choose_provider",
            &[("intent", "sso"), ("provider", "OktaSAML")],
        )
        .await;
    assert_eq!(response.status(), 200);
    let overview = app.get_json(&member, "/api/organization").await;
    assert_eq!(overview["statuses"][0]["chosen_provider"], "OktaSAML");
    assert!(app
        .audit_actions()
        .await
        .contains(&"provider.choose".to_owned()));

    // The portal opens SSO with the pick first.
    let link: String = app
        .post(&admin, "/api/portal_link", &[("intent", "sso")])
        .await
        .json()
        .await
        .unwrap();
    let (browser, session) =
        crate::launch_portal(app.running.emulator.as_ref().unwrap(), &link).await;
    let page = browser
        .get(session)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("Okta SAML (suggested)"), "{page}");
}

#[tokio::test]
async fn a_user_in_two_organizations_switches_and_only_to_their_own() {
    use portico::server::db::{organizations, users};
    let app = spawn_app().await;
    let db = &app.running.state.db;
    // The demo puts Ada in Acme (admin) and Globex (member).
    let ada = users::find_by_email(db, ADMIN).await.unwrap().unwrap().id;
    let globex = users::organizations_of(db, ada)
        .await
        .unwrap()
        .into_iter()
        .find(|(_, name)| name == "Globex")
        .unwrap()
        .0;
    let initech = organizations::insert(db, "Initech", "org_initech_not_in_workos")
        .await
        .unwrap();

    let admin = app.signed_in(ADMIN).await;
    let overview = app.get_json(&admin, "/api/organization").await;
    assert_eq!(overview["user"]["organization_name"], "Acme");
    let names: Vec<&str> = overview["organizations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o[1].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Acme", "Globex"], "only her own organizations");

    // Not hers: refused, and the session stays where it was.
    let refused = app
        .post(
            &admin,
            "/api/switch_organization",
            &[("organization", &initech.to_string())],
        )
        .await;
    assert_eq!(refused.status(), 403);
    let still = app.get_json(&admin, "/api/organization").await;
    assert_eq!(still["user"]["organization_name"], "Acme");
    let signed_out = app
        .post(
            &client(),
            "/api/switch_organization",
            &[("organization", &globex.to_string())],
        )
        .await;
    assert_eq!(signed_out.status(), 401);

    let switched = app
        .post(
            &admin,
            "/api/switch_organization",
            &[("organization", &globex.to_string())],
        )
        .await;
    assert_eq!(switched.status(), 200);
    let cookie = switched
        .headers()
        .get(header::SET_COOKIE)
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    assert!(
        cookie.starts_with("portico_session="),
        "a new session id: {cookie}"
    );
    let now = app.get_json(&admin, "/api/organization").await;
    assert_eq!(now["user"]["organization_name"], "Globex");
    assert_eq!(now["user"]["role"], "member");
    // Links and status follow the session's organization: a member of Globex gets none.
    let link = app
        .post(&admin, "/api/portal_link", &[("intent", "sso")])
        .await;
    assert_eq!(link.status(), 403);
    assert!(app
        .audit_actions()
        .await
        .contains(&"organization.switch".to_owned()));
}
