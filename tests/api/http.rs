//! What every answer carries and how failures read: request ids, fixed sentences, forms
//! sent back to their page, and the site's assets.

use crate::{client, spawn_app, ADMIN};
use reqwest::header;

#[tokio::test]
async fn a_failed_plain_html_form_goes_back_to_its_page_with_the_message() {
    let app = spawn_app().await;
    let browser = client();
    let response = browser
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
    // The address names the message; it carries neither the words nor what was typed.
    assert!(
        location.starts_with("/sign-in?next=%2Fsettings&notice=")
            && !location.contains("Wrong")
            && !location.contains("ada")
            && !location.contains("password"),
        "{location}"
    );
    // The page shows the server's sentence, with the email typed back in its field...
    let page = app.get_text(&browser, &location).await;
    assert!(page.contains("Wrong email or password."), "message shown");
    assert!(
        page.contains(&format!("value=\"{ADMIN}\"")),
        "email refilled"
    );
    // ...once: a reload shows the page without it.
    let again = app.get_text(&browser, &location).await;
    assert!(!again.contains("Wrong email or password."), "said once");
    // The old way of saying things in the address says nothing.
    let crafted = "/sign-in?error=Call+support+at+%2B1+555+0100&email=x%40evil.example";
    let page = app.get_text(&browser, crafted).await;
    assert!(!page.contains("Call support") && !page.contains("evil.example"));
}

/// Red team 1: anyone who is an admin anywhere could put their own words on someone
/// else's page. A refused request's signed link showed the attacker's text (an intent of
/// "Portico moved…", a domain of "SECURITY NOTICE…") on another person's page.
#[tokio::test]
async fn a_refused_form_cannot_put_its_senders_words_on_another_persons_page() {
    let app = spawn_app().await;
    let attacker = app.signed_in(crate::ADMIN).await;
    let victim = app.signed_in(crate::MEMBER).await;
    let lure = "SECURITY NOTICE: your SSO is suspended. Call +1-555-0100 to restore it.";
    let moved = "Portico moved. Sign in at https://evil.example/portico";
    for (path, form) in [
        ("/api/add_domain", vec![("domain", lure)]),
        ("/api/portal_link", vec![("intent", moved)]),
        ("/api/login", vec![("email", lure), ("password", "x")]),
    ] {
        let refused = attacker
            .post(app.url(path))
            .header(header::ORIGIN, &app.base)
            .header(header::ACCEPT, "text/html")
            .header(header::REFERER, app.url("/settings"))
            .form(&form)
            .send()
            .await
            .unwrap();
        assert!(refused.status().is_redirection(), "{path}");
        let link = refused.headers()[header::LOCATION]
            .to_str()
            .unwrap()
            .to_owned();
        assert!(link.contains("notice="), "{path}: {link}");
        // The sender sees the sentence, with what they typed as a short quoted value...
        let own = app.get_text(&attacker, &link).await;
        // (An error about a field is beside it; others are alerts.)
        let alert = ["role=\"alert\"", "field-error\""]
            .iter()
            .find_map(|marker| own.split(marker).nth(1))
            .and_then(|rest| rest.split("</p>").next())
            .unwrap_or_else(|| panic!("{path}: the sender's page has the error"));
        assert!(
            !alert.contains("+1-555-0100") && !alert.contains("evil.example/portico"),
            "{path}: only a clipped value of what was typed: {alert}"
        );
        // ...and the same link shows nothing to anyone else, signed in or not.
        for other in [&victim, &client()] {
            let page = app.get_text(other, &link).await;
            assert!(
                !page.contains("SECURITY NOTICE") && !page.contains("Portico moved"),
                "{path}: {link}"
            );
        }
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

/// Red team: a caller's `X-Request-ID` was stored verbatim, up to 512 characters, in
/// every audit row and log line of the request.
#[tokio::test]
async fn a_callers_request_id_is_kept_only_if_short_and_plain() {
    let app = spawn_app().await;
    let admin = app.signed_in(crate::ADMIN).await;
    let long = "a".repeat(65);
    for (given, kept) in [
        ("caller-trace-42", true),
        ("v1.2_3-x", true),
        (long.as_str(), false),
        ("two words", false),
        ("id\"; level=ERROR msg=\"forged", false),
    ] {
        let response = admin
            .post(app.url("/api/choose_provider"))
            .header(reqwest::header::ORIGIN, app.url(""))
            .header("x-request-id", given)
            .form(&[("intent", "sso"), ("provider", "OktaSAML")])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200, "{given}");
        let answered = response.headers()["x-request-id"]
            .to_str()
            .unwrap()
            .to_owned();
        if kept {
            assert_eq!(answered, given);
        } else {
            assert_eq!(answered.len(), 26, "replaced by a new id: {answered}");
        }
        let stored = app.last_audit_request_id().await;
        assert_eq!(stored, answered, "the trail keeps the id the answer names");
    }
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

/// Red team (info): pages and API answers holding DNS tokens and IT contacts' emails
/// carried no `Cache-Control`, so a shared cache or the browser's disk could keep them.
#[tokio::test]
async fn pages_and_api_answers_are_never_stored_by_a_cache() {
    let app = spawn_app().await;
    let admin = app.signed_in(ADMIN).await;
    for path in [
        "/settings",
        "/sign-in",
        "/api/organization",
        "/api/activity",
        "/api/audit_events?format=csv",
        "/api/nope",
    ] {
        let response = admin.get(app.url(path)).send().await.unwrap();
        assert_eq!(
            response
                .headers()
                .get(header::CACHE_CONTROL)
                .map(|v| v.to_str().unwrap()),
            Some("no-store"),
            "{path}: {}",
            response.status()
        );
    }
}

/// Readiness for load balancers: ready while the database answers and is migrated; WorkOS
/// is reported but never makes an instance unready.
#[tokio::test]
async fn readiness_follows_the_database_and_reports_workos() {
    let app = spawn_app().await;
    let ready = client().get(app.url("/readyz")).send().await.unwrap();
    assert_eq!(ready.status(), 200);
    let body: serde_json::Value = ready.json().await.unwrap();
    assert_eq!(body["database"], "ready");
    assert_eq!(body["workos"], "reachable");

    // A migration that has not run: not ready, and the fix named.
    let db = &app.running.state.db;
    sqlx::query(
        "DELETE FROM _sqlx_migrations WHERE version = (SELECT MAX(version) FROM _sqlx_migrations)",
    )
    .execute(db)
    .await
    .unwrap();
    let behind = client().get(app.url("/readyz")).send().await.unwrap();
    assert_eq!(behind.status(), 503);
    let body: serde_json::Value = behind.json().await.unwrap();
    assert_eq!(
        body["database"],
        "the database is not migrated (1 to go): run `portico migrate`"
    );

    // The database gone: not ready; the process itself is still alive.
    db.close().await;
    let gone = client().get(app.url("/readyz")).send().await.unwrap();
    assert_eq!(gone.status(), 503);
    let body: serde_json::Value = gone.json().await.unwrap();
    assert!(
        body["database"]
            .as_str()
            .unwrap()
            .starts_with("the database does not answer"),
        "{body}"
    );
    let alive = client().get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(alive.status(), 200);
}
