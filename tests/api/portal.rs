//! Opening the Admin Portal: one-time links with server-built return URLs, refusals, the
//! provider the admins picked, and the way back to the settings page.

use crate::{client, error_body, spawn_app, ADMIN, MEMBER};
use reqwest::header;

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
    assert_eq!(message, "Only an admin of Acme can open a setup.");
    // Each refusal says what was refused: reading the activity, say.
    let (status, _, message) =
        error_body(member.get(app.url("/api/activity")).send().await.unwrap()).await;
    assert_eq!(status, 403);
    assert_eq!(message, "Only an admin of Acme can see its activity.");

    let admin = app.signed_in(ADMIN).await;
    let (status, kind, message) = error_body(
        app.post(&admin, "/api/portal_link", &[("intent", "saml")])
            .await,
    )
    .await;
    assert_eq!((status, kind.as_str()), (400, "bad_request"));
    assert!(
        message.contains("\"saml\" is not an area Portico knows")
            && message.contains("bring_your_own_key"),
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
async fn a_picked_identity_provider_workos_does_not_take_in_the_link_still_opens_sso_setup() {
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

    // WorkOS takes no provider but Google Workspace SAML in the link: with Okta picked the
    // setup still opens (the emulator, like WorkOS, refuses the link for any other value),
    // without a suggestion; the pick stays on Portico's card.
    let emulator = app.running.emulator.as_ref().unwrap();
    let portal_page = |link: String| async move {
        let (browser, session) = crate::launch_portal(emulator, &link).await;
        let page = browser.get(session).send().await.unwrap();
        page.text().await.unwrap()
    };
    let link = app
        .post(&admin, "/api/portal_link", &[("intent", "sso")])
        .await;
    assert_eq!(link.status(), 200);
    let page = portal_page(link.json().await.unwrap()).await;
    assert!(page.contains("Okta SAML"), "{page}");
    assert!(!page.contains("(suggested)"), "{page}");
    let overview = app.get_json(&admin, "/api/organization").await;
    assert_eq!(overview["statuses"][0]["chosen_provider"], "OktaSAML");

    // Google Workspace SAML is passed on, and the portal opens with it first.
    let response = app
        .post(
            &admin,
            "/api/choose_provider",
            &[("intent", "sso"), ("provider", "GoogleSAML")],
        )
        .await;
    assert_eq!(response.status(), 200);
    let link = app
        .post(&admin, "/api/portal_link", &[("intent", "sso")])
        .await;
    assert_eq!(link.status(), 200);
    let page = portal_page(link.json().await.unwrap()).await;
    assert!(page.contains("Google Workspace SAML (suggested)"), "{page}");
}

/// Red team (info): a WorkOS 429 was passed on without `Retry-After`, so a script had no
/// wait to honour.
#[tokio::test]
async fn a_workos_rate_limit_is_passed_on_with_its_wait() {
    let app = spawn_app().await;
    let admin = app.signed_in(ADMIN).await;
    let emulator = app.running.emulator.as_ref().unwrap();
    for (fault, wait) in [
        (
            serde_json::json!({"route": "POST /portal/generate_link", "status": 429, "retry_after": 30, "count": 9}),
            "30",
        ),
        (
            serde_json::json!({"route": "POST /portal/generate_link", "status": 429, "count": 9}),
            "60",
        ),
    ] {
        crate::inject_fault(emulator, fault).await;
        let response = app
            .post(&admin, "/api/portal_link", &[("intent", "sso")])
            .await;
        assert_eq!(response.status(), 429);
        assert_eq!(response.headers()["retry-after"], wait);
        crate::control(
            emulator,
            reqwest::Method::DELETE,
            "/__emulator/faults",
            serde_json::Value::Null,
        )
        .await;
    }
}
