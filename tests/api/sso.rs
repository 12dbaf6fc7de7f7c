//! SSO sign-in through the embedded emulator's identity provider: an admin's test of the
//! connection, signing in to Portico with it, Require SSO, and what must be refused.

use crate::*;
use reqwest::header;

/// Acme with a verified domain and an active Okta connection, mirrored; its admin's client.
async fn acme_with_sso(app: &TestApp) -> Client {
    let admin = app.signed_in(ADMIN).await;
    app.finish_setup(&admin, "domain_verification", "acme.example")
        .await;
    app.finish_setup(&admin, "sso", "OktaSAML").await;
    // Back on the settings page, as the portal sends the admin: a fresh read, mirrored.
    let page = admin
        .get(app.url("/settings?configured=sso"))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    admin
}

/// A plain form post from one of Portico's pages (the sign-in page for the sign-in's
/// own function, else the settings page), as a browser sends it.
async fn form_post(app: &TestApp, browser: &Client, path: &str, form: &[(&str, &str)]) -> Response {
    let from = match path {
        "/api/sign_in_continue" => "/sign-in",
        _ => "/settings",
    };
    browser
        .post(app.url(path))
        .header(header::ORIGIN, &app.base)
        .header(header::ACCEPT, "text/html")
        .header(header::REFERER, app.url(from))
        .form(form)
        .send()
        .await
        .unwrap()
}

fn location(response: &Response) -> String {
    response.headers()[header::LOCATION]
        .to_str()
        .unwrap()
        .to_owned()
}

/// Follows Portico's redirect to WorkOS's authorize URL, answers the identity
/// provider's form with `form`, and returns where the browser is sent back.
async fn at_identity_provider(
    app: &TestApp,
    browser: &Client,
    authorize: &str,
    form: &[(&str, &str)],
) -> String {
    let emulator = app.running.emulator.as_ref().unwrap();
    let started = browser.get(authorize).send().await.unwrap();
    assert_eq!(started.status(), 303, "{authorize}");
    let page = emulator.base_url.join(&location(&started)).unwrap();
    let answered = browser.post(page).form(form).send().await.unwrap();
    assert_eq!(answered.status(), 303);
    location(&answered)
}

/// Where a started sign-in's own page (`/sso/go`) sends the browser: WorkOS's
/// authorization URL.
async fn authorization_url(app: &TestApp, browser: &Client, started: &Response) -> String {
    let go = location(started);
    assert!(go.starts_with("/sso/go?state="), "{go}");
    let page = browser
        .get(app.url(&go))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let href = page
        .split("<a href=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    href.replace("&amp;", "&")
}

async fn start_test(app: &TestApp, admin: &Client) -> String {
    let started = form_post(app, admin, "/api/sso_test", &[]).await;
    assert!(started.status().is_redirection(), "{}", started.status());
    let authorize = authorization_url(app, admin, &started).await;
    assert!(authorize.contains("/sso/authorize?"), "{authorize}");
    assert!(
        authorize.contains("code_challenge_method=S256"),
        "PKCE: {authorize}"
    );
    assert!(authorize.contains("state="), "{authorize}");
    authorize
}

/// The page a form's redirect leads `browser` to.
async fn page_after(app: &TestApp, browser: &Client, response: &Response) -> String {
    let page = browser.get(app.url(&location(response))).send().await;
    page.unwrap().text().await.unwrap()
}

async fn detail_of(app: &TestApp, action: &str) -> Vec<(String, String)> {
    sqlx::query_as("SELECT outcome, detail FROM audit_events WHERE action = $1 ORDER BY id")
        .bind(action)
        .fetch_all(&app.running.state.db)
        .await
        .unwrap()
}

#[tokio::test]
async fn an_admin_tests_the_connection_and_sees_what_arrives_and_what_is_missing() {
    let app = spawn_app().await;
    let admin = acme_with_sso(&app).await;
    let authorize = start_test(&app, &admin).await;
    let back = at_identity_provider(
        &app,
        &admin,
        &authorize,
        &[
            ("email", ADMIN),
            ("first_name", "Ada"),
            ("groups", "Engineering"),
            ("department", "R&D"),
            ("outcome", "sign_in"),
        ],
    )
    .await;
    assert!(back.starts_with(&app.url("/sso/callback?code=")), "{back}");
    let page = admin.get(&back).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains("Test sign-in worked"), "{html}");
    assert!(
        html.contains("Engineering") && html.contains("R&amp;D"),
        "attributes shown"
    );
    assert!(
        html.contains("Missing: last_name"),
        "what is missing is said"
    );
    assert!(html.contains("acme.example is one of your verified domains"));
    let rows = detail_of(&app, "sso.tested").await;
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].0, "succeeded");
    assert!(
        rows[0].1.contains("groups") && !rows[0].1.contains("Engineering"),
        "names, not values: {}",
        rows[0].1
    );

    // The same address again: the sign-in was taken once.
    let again = admin.get(&back).send().await.unwrap().text().await.unwrap();
    assert!(again.contains("finished already"), "{again}");
    assert_eq!(detail_of(&app, "sso.tested").await.len(), 1);
}

#[tokio::test]
async fn a_failed_test_shows_the_error_its_meaning_and_the_fix() {
    let app = spawn_app().await;
    let admin = acme_with_sso(&app).await;
    let authorize = start_test(&app, &admin).await;
    let back = at_identity_provider(
        &app,
        &admin,
        &authorize,
        &[("email", ADMIN), ("outcome", "access_denied")],
    )
    .await;
    assert!(back.contains("error=access_denied"), "{back}");
    let html = admin.get(&back).send().await.unwrap().text().await.unwrap();
    assert!(html.contains("Test sign-in failed"));
    assert!(
        html.contains("assign the person (or a group they are in) to the application"),
        "the fix: {html}"
    );
    // WorkOS's own description, in English whatever the page's language (WCAG 3.1.2).
    assert!(
        html.contains(r#"<dt>WorkOS said</dt><dd lang="en">"#),
        "WorkOS's words: {html}"
    );
    assert_eq!(
        detail_of(&app, "sso.tested").await,
        [("refused".to_owned(), "failed: access_denied".to_owned())]
    );
}

#[tokio::test]
async fn a_member_and_a_new_colleague_sign_in_through_sso() {
    let app = spawn_app().await;
    acme_with_sso(&app).await;
    for (email, role) in [(MEMBER, "member"), ("nia@acme.example", "member")] {
        let browser = client();
        let started = form_post(&app, &browser, "/api/sign_in_continue", &[("email", email)]).await;
        let authorize = authorization_url(&app, &browser, &started).await;
        assert!(
            authorize.contains("/sso/authorize?") && authorize.contains("login_hint="),
            "{authorize}"
        );
        let back = at_identity_provider(
            &app,
            &browser,
            &authorize,
            &[("email", email), ("outcome", "sign_in")],
        )
        .await;
        let landed = browser.get(&back).send().await.unwrap();
        assert_eq!(landed.status(), 303);
        assert_eq!(location(&landed), "/settings");
        let me = app.get_json(&browser, "/api/me").await;
        assert_eq!(
            (me["email"].as_str(), me["role"].as_str()),
            (Some(email), Some(role)),
            "{me}"
        );
    }
    let sign_ins = detail_of(&app, "user.sign_in").await;
    assert!(
        sign_ins
            .iter()
            .filter(|(o, d)| o == "succeeded" && d == "method=sso (Okta SAML)")
            .count()
            == 2,
        "{sign_ins:?}"
    );
    let added = detail_of(&app, "membership.add").await;
    assert_eq!(
        added,
        [(
            "succeeded".to_owned(),
            "nia@acme.example as member".to_owned()
        )]
    );
}

#[tokio::test]
async fn an_email_without_sso_goes_to_the_password_step_with_the_email_kept() {
    let app = spawn_app().await;
    let browser = client();
    let started = form_post(
        &app,
        &browser,
        "/api/sign_in_continue",
        &[("email", "someone@elsewhere.example")],
    )
    .await;
    let step = location(&started);
    assert!(step.starts_with("/sign-in/password"), "{step}");
    let html = browser
        .get(app.url(&step))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        html.contains("someone@elsewhere.example"),
        "the email is kept"
    );
    assert!(html.contains("type=\"password\""));
    let bad = form_post(
        &app,
        &browser,
        "/api/sign_in_continue",
        &[("email", "not an email")],
    )
    .await;
    assert!(
        location(&bad).starts_with("/sign-in?"),
        "back to the email step with why"
    );
}

#[tokio::test]
async fn require_sso_refuses_a_members_password_but_not_a_break_glass_admins() {
    let app = spawn_app().await;
    let admin = acme_with_sso(&app).await;
    let ada = user_id(&app, ADMIN).await.to_string();
    // A member's session made with a password before SSO was required.
    let member_session = app.signed_in(MEMBER).await;
    assert_eq!(
        app.get_json(&member_session, "/api/me").await["email"],
        MEMBER
    );
    let without_break_glass =
        form_post(&app, &admin, "/api/require_sso", &[("required", "1")]).await;
    let settings = page_after(&app, &admin, &without_break_glass).await;
    assert!(
        settings.contains("Choose at least one admin who keeps password sign-in"),
        "refused with why"
    );
    // Another admin kept, but not Ada, whose own session is a password's: refused, or
    // her save would sign her out.
    let db = &app.running.state.db;
    let bo = portico::server::db::users::insert(db, "bo@acme.example", "$argon2id$made-up")
        .await
        .unwrap();
    let acme = organization_id(&app, "Acme").await;
    portico::server::db::users::set_membership(db, bo, acme, portico::model::Role::Admin)
        .await
        .unwrap();
    let not_herself = form_post(
        &app,
        &admin,
        "/api/require_sso",
        &[("required", "1"), ("break_glass[]", &bo.to_string())],
    )
    .await;
    let settings = page_after(&app, &admin, &not_herself).await;
    assert!(
        settings.contains("Saving this would sign you out"),
        "refused with why"
    );
    assert!(app.get_json(&member_session, "/api/me").await["email"] == MEMBER);
    let set = form_post(
        &app,
        &admin,
        "/api/require_sso",
        &[("required", "1"), ("break_glass[]", &ada)],
    )
    .await;
    assert_eq!(location(&set), "/settings#sso");
    assert!(
        app.get_json(&member_session, "/api/me").await.is_null(),
        "the member's password session ended when SSO became required"
    );
    assert_eq!(
        app.get_json(&admin, "/api/me").await["email"],
        ADMIN,
        "the break-glass admin's own password session goes on"
    );
    let refused = app.sign_in(&client(), MEMBER).await;
    let (status, _, message) = error_body(refused).await;
    assert_eq!(status, 403);
    assert!(
        message.contains("signs in through single sign-on"),
        "{message}"
    );
    assert_eq!(
        app.sign_in(&client(), ADMIN).await.status(),
        200,
        "break-glass keeps the password"
    );
    let changes = detail_of(&app, "organization.require_sso").await;
    assert_eq!(
        changes.last().unwrap(),
        &(
            "succeeded".to_owned(),
            format!("SSO required; password sign-in kept by {ADMIN}")
        )
    );
}

#[tokio::test]
async fn a_wrong_state_a_replayed_code_and_a_changed_challenge_are_refused() {
    let app = spawn_app().await;
    let admin = acme_with_sso(&app).await;
    let authorize = start_test(&app, &admin).await;
    let back = at_identity_provider(
        &app,
        &admin,
        &authorize,
        &[("email", ADMIN), ("outcome", "sign_in")],
    )
    .await;
    // Another browser (an attacker's) bringing the code: no sign-in started there.
    let elsewhere = client()
        .get(&back)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        elsewhere.contains("did not start in this browser"),
        "{elsewhere}"
    );
    let no_state = back.split("&state=").next().unwrap().to_owned();
    let missing = admin
        .get(&no_state)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(missing.contains("did not start in this browser"));
    // The genuine callback still works once, then not again.
    assert!(admin
        .get(&back)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
        .contains("Test sign-in worked"));

    // A challenge swapped in the address: the code cannot be exchanged with the verifier
    // Portico kept.
    let authorize = start_test(&app, &admin).await;
    let swapped = regex_replace(
        &authorize,
        "code_challenge=",
        &workos::pkce::Pkce::generate().challenge,
    );
    let back = at_identity_provider(
        &app,
        &admin,
        &swapped,
        &[("email", ADMIN), ("outcome", "sign_in")],
    )
    .await;
    let html = admin.get(&back).send().await.unwrap().text().await.unwrap();
    assert!(
        html.contains("Test sign-in failed") && html.contains("invalid_grant"),
        "{html}"
    );
}

#[tokio::test]
async fn a_profile_of_another_organization_and_an_open_redirect_are_refused() {
    let app = spawn_app().await;
    acme_with_sso(&app).await;
    let emulator = app.running.emulator.as_ref().unwrap();
    // Globex, another organization with its own connection and domain.
    let globex = emulator_get(emulator, "/organizations?limit=100").await["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["name"] != "Acme")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let link: Value = Client::new()
        .post(emulator.base_url.join("/portal/generate_link").unwrap())
        .bearer_auth(&emulator.api_key)
        .json(&serde_json::json!({"organization": globex, "intent": "sso"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    complete_portal(emulator, link["link"].as_str().unwrap(), "OktaSAML").await;
    let browser = client();
    let started = form_post(
        &app,
        &browser,
        "/api/sign_in_continue",
        &[("email", MEMBER), ("next", "https://evil.example/x")],
    )
    .await;
    let authorize = authorization_url(&app, &browser, &started).await;
    // The sign-in sent to Globex's connection instead: its profile is Globex's.
    let acme = emulator_get(emulator, "/organizations?limit=100").await["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["name"] == "Acme")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let to_globex = authorize.replace(&acme, &globex);
    let back = at_identity_provider(
        &app,
        &browser,
        &to_globex,
        &[("email", "eve@globex.example"), ("outcome", "sign_in")],
    )
    .await;
    let refused = browser.get(&back).send().await.unwrap();
    assert_eq!(refused.status(), 303);
    assert!(
        location(&refused).starts_with("/sign-in?"),
        "back to sign in, not signed in"
    );
    assert_eq!(
        browser
            .get(app.url("/api/me"))
            .send()
            .await
            .unwrap()
            .json::<Value>()
            .await
            .unwrap(),
        Value::Null
    );
    assert!(detail_of(&app, "user.sign_in")
        .await
        .iter()
        .any(|(o, d)| o == "refused" && d.starts_with("method=sso")));

    // The genuine sign-in with an outside `next` lands on Portico's own page.
    let started = form_post(
        &app,
        &browser,
        "/api/sign_in_continue",
        &[("email", MEMBER), ("next", "//evil.example/x")],
    )
    .await;
    let authorize = authorization_url(&app, &browser, &started).await;
    let back = at_identity_provider(
        &app,
        &browser,
        &authorize,
        &[("email", MEMBER), ("outcome", "sign_in")],
    )
    .await;
    assert_eq!(
        location(&browser.get(&back).send().await.unwrap()),
        "/settings"
    );
    // WorkOS sends the browser back only to Portico's own callback.
    let elsewhere = authorize.replace(
        &urlencoded(&app.url("/sso/callback")),
        &urlencoded("https://evil.example/cb"),
    );
    assert_eq!(browser.get(&elsewhere).send().await.unwrap().status(), 400);
    // And /sso/go sends a browser only to its own session's sign-in.
    let foreign = browser
        .get(app.url("/sso/go?state=not-this-sessions"))
        .send()
        .await
        .unwrap();
    assert_eq!(location(&foreign), "/sign-in");
}

fn urlencoded(text: &str) -> String {
    url::form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

/// `url` with the value of the query parameter starting at `name` replaced by `value`.
fn regex_replace(url: &str, name: &str, value: &str) -> String {
    let start = url.find(name).unwrap() + name.len();
    let end = url[start..].find('&').map_or(url.len(), |e| start + e);
    format!("{}{value}{}", &url[..start], &url[end..])
}

/// The id the one-row, one-column `query` finds for `value`.
async fn id_of(app: &TestApp, query: &str, value: &str) -> i64 {
    let (id,): (i64,) = sqlx::query_as(query)
        .bind(value)
        .fetch_one(&app.running.state.db)
        .await
        .unwrap();
    id
}

async fn organization_id(app: &TestApp, name: &str) -> i64 {
    id_of(app, "SELECT id FROM organizations WHERE name = $1", name).await
}

async fn user_id(app: &TestApp, email: &str) -> i64 {
    id_of(app, "SELECT id FROM users WHERE email = $1", email).await
}

#[tokio::test]
async fn an_organization_that_requires_sso_is_not_entered_by_a_password_session() {
    let app = spawn_app().await;
    let db = &app.running.state.db;
    let (acme, globex) = (
        organization_id(&app, "Acme").await,
        organization_id(&app, "Globex").await,
    );
    // Globex requires SSO; Ada is one of its members, not a break-glass admin.
    portico::server::db::sso::set_required(db, globex, true)
        .await
        .unwrap();
    let ada = app.signed_in(ADMIN).await;
    let switched = app
        .post(
            &ada,
            "/api/switch_organization",
            &[("organization", &globex.to_string())],
        )
        .await;
    let (status, _, message) = error_body(switched).await;
    assert_eq!(status, 403);
    assert!(
        message.contains("Globex signs in through single sign-on"),
        "{message}"
    );
    assert_eq!(
        app.get_json(&ada, "/api/me").await["organization_name"],
        "Acme"
    );
    // Acme requires it too: Ada's password now opens neither (she is no break-glass).
    portico::server::db::sso::set_required(db, acme, true)
        .await
        .unwrap();
    let (status, _, _) = error_body(app.sign_in(&client(), ADMIN).await).await;
    assert_eq!(status, 403);
}

#[tokio::test]
async fn an_account_of_another_organization_is_not_joined_by_an_identity_providers_word() {
    let app = spawn_app().await;
    acme_with_sso(&app).await;
    let db = &app.running.state.db;
    // Zoe's account is Globex's, with an @acme.example address.
    let zoe = portico::server::db::users::insert(db, "zoe@acme.example", "")
        .await
        .unwrap();
    let globex = organization_id(&app, "Globex").await;
    portico::server::db::users::set_membership(db, zoe, globex, portico::model::Role::Admin)
        .await
        .unwrap();
    let browser = client();
    let started = form_post(
        &app,
        &browser,
        "/api/sign_in_continue",
        &[("email", "zoe@acme.example")],
    )
    .await;
    let authorize = authorization_url(&app, &browser, &started).await;
    let back = at_identity_provider(
        &app,
        &browser,
        &authorize,
        &[("email", "zoe@acme.example"), ("outcome", "sign_in")],
    )
    .await;
    let refused = browser.get(&back).send().await.unwrap();
    let page = browser
        .get(app.url(&location(&refused)))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("Ask an admin of Acme to add you"), "{page}");
    assert_eq!(app.get_json(&browser, "/api/me").await, Value::Null);
    let acme = organization_id(&app, "Acme").await;
    assert!(app
        .running
        .state
        .auth
        .memberships
        .of(zoe, acme)
        .await
        .unwrap()
        .is_none());
}

/// An embedded page's Test SSO opens a new top-level tab: the tab carries the page's
/// signed hand-off (no cookie), starts the test in its own session, and shows the result
/// there. A member's or a forged hand-off starts nothing.
#[tokio::test]
async fn an_embedded_pages_test_runs_in_a_new_tab_from_its_hand_off() {
    let app = spawn_app().await;
    acme_with_sso(&app).await;
    let acme = organization_id(&app, "Acme").await;
    let state = &app.running.state;
    let new_tab = client();
    let post = |tab: &Client, handoff: String| {
        tab.post(app.url("/sso/test"))
            .header(header::ORIGIN, &app.base)
            .form(&[("handoff", handoff)])
            .send()
    };
    let ada = portico::server::embed::handoff(state, user_id(&app, ADMIN).await, acme);
    let opened = post(&new_tab, ada.clone()).await.unwrap();
    assert_eq!(opened.status(), 303);
    let start = location(&opened);
    assert!(start.starts_with("/sso/test?start="), "{start}");
    assert!(
        !start.contains(&ada),
        "the hand-off stays out of the address"
    );
    // The pass, linked from another site, starts nothing.
    let linked = client()
        .get(app.url(&start))
        .header("sec-fetch-site", "cross-site")
        .send()
        .await
        .unwrap();
    assert_eq!(linked.status(), 403);
    let started = new_tab.get(app.url(&start)).send().await.unwrap();
    assert_eq!(started.status(), 303);
    let authorize = authorization_url(&app, &new_tab, &started).await;
    let back = at_identity_provider(
        &app,
        &new_tab,
        &authorize,
        &[("email", ADMIN), ("outcome", "sign_in")],
    )
    .await;
    let html = new_tab
        .get(&back)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("Test sign-in worked"), "{html}");
    assert!(html.contains("Close this tab to go back to your product"));
    assert!(
        !html.contains("Test again") && !html.contains("Back to settings"),
        "this tab is not signed in: no way onward but the product"
    );
    let tested = detail_of(&app, "sso.tested").await;
    assert_eq!(tested.len(), 1, "{tested:?}");
    assert_eq!(tested[0].0, "succeeded");

    // A member's hand-off: refused, and the refusal is in the trail.
    let max = portico::server::embed::handoff(state, user_id(&app, MEMBER).await, acme);
    let refused = post(&client(), max).await.unwrap();
    assert_eq!(refused.status(), 403);
    let body = refused.text().await.unwrap();
    assert!(
        body.contains("The test sign-in could not be started"),
        "{body}"
    );
    assert_eq!(
        detail_of(&app, "sso.tested").await.last().unwrap().0,
        "refused"
    );
    // A forged hand-off, and a start pass that is not one.
    let forged = ada.replacen(&format!(".{acme}."), &format!(".{}.", acme + 1), 1);
    assert_ne!(forged, ada);
    assert_eq!(post(&client(), forged).await.unwrap().status(), 401);
    let made_up = client()
        .get(app.url("/sso/test?start=1.1.9999999999.abc"))
        .send()
        .await
        .unwrap();
    assert_eq!(made_up.status(), 401);
    assert!(made_up
        .text()
        .await
        .unwrap()
        .contains("This button has expired"));
    // The hand-off is not a start pass.
    let as_start = client()
        .get(app.url(&format!("/sso/test?start={ada}")))
        .send()
        .await
        .unwrap();
    assert_eq!(as_start.status(), 401);
}
