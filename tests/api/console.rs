//! The staff console over HTTP: two-step sign-in with its own cookie, the list from the
//! status mirror, and actions on a customer's behalf in the customer's own trail.

use crate::{client, TestApp, PASSWORD};
use portico::server::staff::second_factor;
use reqwest::{header, Client};

/// The demo's staff: an owner and a support person (the demo password is `PASSWORD`).
pub const OWNER: &str = "hana@host.example";
pub const SUPPORT: &str = "sven@host.example";

fn now() -> u64 {
    u64::try_from(portico::server::clock::unix_ms() / 1000).unwrap()
}

fn location(response: &reqwest::Response) -> String {
    response.headers()[header::LOCATION]
        .to_str()
        .unwrap()
        .to_owned()
}

/// The secret the enrolment page shows as text.
fn secret_on(page: &str) -> String {
    let start = page
        .find(r#"data-testid="totp-secret""#)
        .expect("the secret on the page");
    let rest = &page[start..];
    let text = &rest[rest.find('>').unwrap() + 1..rest.find("</code>").unwrap()];
    text.replace(' ', "")
}

/// Signs a demo staff member in as a person does: password, then the first sign-in's
/// enrolment. Returns the client and the secret (the "phone").
pub async fn staff_signed_in(app: &TestApp, email: &str) -> (Client, String) {
    let browser = client();
    let password = app
        .post(
            &browser,
            "/staff/api/login",
            &[("email", email), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(password.status(), 200, "{email}'s password");
    let enrol = app.get_text(&browser, "/staff/enrol").await;
    let secret = secret_on(&enrol);
    let code = second_factor::code_at(&secret, now()).unwrap();
    let confirmed = app
        .post(&browser, "/staff/api/enrol", &[("code", &code)])
        .await;
    assert_eq!(confirmed.status(), 200, "{email}'s enrolment");
    (browser, secret)
}

async fn organization_id(app: &TestApp, name: &str) -> i64 {
    let (id,): (i64,) = sqlx::query_as("SELECT id FROM organizations WHERE name = $1")
        .bind(name)
        .fetch_one(&app.running.state.db)
        .await
        .unwrap();
    id
}

#[tokio::test]
async fn staff_sign_in_takes_a_password_then_a_code_and_its_session_never_opens_customer_pages() {
    let app = crate::spawn_app().await;
    let browser = client();
    // Signed out: the console sends people to sign in.
    let signed_out = browser.get(app.url("/staff")).send().await.unwrap();
    assert_eq!(signed_out.status(), 303);
    assert_eq!(location(&signed_out), "/staff/sign-in");

    let (staff_browser, secret) = staff_signed_in(&app, OWNER).await;
    // The recovery codes are shown once.
    let codes = app.get_text(&staff_browser, "/staff/recovery-codes").await;
    assert_eq!(
        codes.matches("<li><code>").count(),
        second_factor::RECOVERY_CODES,
        "{codes}"
    );
    let again = staff_browser
        .get(app.url("/staff/recovery-codes"))
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 303, "shown once");
    let console = app.get_text(&staff_browser, "/staff").await;
    assert!(
        console.contains("Acme") && console.contains("Globex"),
        "{console}"
    );

    // The staff session is not a customer's, and a customer's is not a staff one.
    let settings = staff_browser
        .get(app.url("/settings"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        settings.status(),
        303,
        "a staff session on the settings page"
    );
    let ada = app.signed_in("ada@acme.example").await;
    let console_as_ada = ada.get(app.url("/staff")).send().await.unwrap();
    assert_eq!(location(&console_as_ada), "/staff/sign-in");
    let customer_function = app
        .post(&staff_browser, "/api/portal_link", &[("intent", "sso")])
        .await;
    assert_eq!(customer_function.status(), 401);

    // A second sign-in asks for the code; a wrong or reused code is refused.
    let second = client();
    app.post(
        &second,
        "/staff/api/login",
        &[("email", OWNER), ("password", PASSWORD)],
    )
    .await;
    let wrong = app
        .post(&second, "/staff/api/code", &[("code", "000000")])
        .await;
    assert_eq!(wrong.status(), 401);
    let code = second_factor::code_at(&secret, now() + 30).unwrap();
    let right = app
        .post(&second, "/staff/api/code", &[("code", &code)])
        .await;
    assert_eq!(right.status(), 200);
    let replay = client();
    app.post(
        &replay,
        "/staff/api/login",
        &[("email", OWNER), ("password", PASSWORD)],
    )
    .await;
    let reused = app
        .post(&replay, "/staff/api/code", &[("code", &code)])
        .await;
    assert_eq!(reused.status(), 401, "a code works once");

    // Signing out ends it.
    app.post(&second, "/staff/api/logout", &[]).await;
    let after = second.get(app.url("/staff")).send().await.unwrap();
    assert_eq!(location(&after), "/staff/sign-in");
    let actions = app.audit_actions().await;
    assert!(actions.contains(&"staff.sign_in".to_owned()), "{actions:?}");
    assert!(
        actions.contains(&"staff.sign_in refused".to_owned()),
        "{actions:?}"
    );
}

#[tokio::test]
async fn the_staff_cookie_is_only_for_the_console() {
    let app = crate::spawn_app().await;
    let response = app
        .post(
            &client(),
            "/staff/api/login",
            &[("email", OWNER), ("password", PASSWORD)],
        )
        .await;
    let cookie = response.headers()[header::SET_COOKIE]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(cookie.starts_with("portico_staff="), "{cookie}");
    for attribute in ["HttpOnly", "SameSite=Strict", "Path=/staff"] {
        assert!(cookie.contains(attribute), "{attribute} in {cookie}");
    }
}

#[tokio::test]
async fn guessing_codes_meets_the_sign_in_limit() {
    let app = crate::spawn_app_with(tempfile::tempdir().unwrap(), |config| {
        config.sign_in.attempts_per_account = portico::server::config::values::Bounded::new(3);
    })
    .await;
    let guesser = client();
    let first = app
        .post(
            &guesser,
            "/staff/api/login",
            &[("email", OWNER), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(first.status(), 200);
    app.get_text(&guesser, "/staff/enrol").await;
    let mut statuses = Vec::new();
    for guess in ["111111", "222222", "333333"] {
        let response = app
            .post(&guesser, "/staff/api/enrol", &[("code", guess)])
            .await;
        statuses.push(response.status().as_u16());
    }
    // The password was the first attempt of three: the third guess is throttled.
    assert_eq!(statuses, [401, 401, 429], "each code attempt counts");
}

#[tokio::test]
async fn an_invitation_sent_for_a_customer_is_in_its_trail_with_the_reason() {
    let app = crate::spawn_app().await;
    let (browser, _) = staff_signed_in(&app, SUPPORT).await;
    let acme = organization_id(&app, "Acme").await.to_string();
    let sent = app
        .post(
            &browser,
            "/staff/api/invite_it_contact",
            &[
                ("organization", acme.as_str()),
                ("email", "it@acme.example"),
                ("areas[]", "sso"),
                ("reason", "Ada asked on the phone, ticket 4411"),
            ],
        )
        .await;
    assert_eq!(sent.status(), 200, "{:?}", sent.text().await);
    let admin = app.signed_in("ada@acme.example").await;
    let activity = app.get_json(&admin, "/api/activity").await;
    let entries = activity["entries"].as_array().unwrap();
    let entry = entries
        .iter()
        .find(|e| e["what"] == "Sent setup to an IT admin")
        .unwrap_or_else(|| panic!("{activity}"));
    assert_eq!(entry["who"], "Support (sven@host.example)", "{activity}");
    let detail = entry["detail"].as_str().unwrap();
    assert!(
        detail.contains("it@acme.example")
            && detail.ends_with("Reason: Ada asked on the phone, ticket 4411"),
        "{detail}"
    );

    // No reason, no action.
    let without = app
        .post(
            &browser,
            "/staff/api/invite_it_contact",
            &[
                ("organization", acme.as_str()),
                ("email", "it@acme.example"),
                ("areas[]", "sso"),
                ("reason", "  "),
            ],
        )
        .await;
    assert_eq!(without.status(), 400);
    // Support people cannot change members.
    let change = app
        .post(
            &browser,
            "/staff/api/change_member",
            &[
                ("organization", acme.as_str()),
                ("email", "max@acme.example"),
                ("change", "admin"),
                ("reason", "They asked"),
            ],
        )
        .await;
    assert_eq!(change.status(), 403);
    let team = browser.get(app.url("/staff/team")).send().await.unwrap();
    assert!(team
        .text()
        .await
        .unwrap()
        .contains("Only an owner can do this."));
    let actions = app.audit_actions().await;
    assert!(
        actions.contains(&"membership.set_role refused".to_owned()),
        "{actions:?}"
    );
}

#[tokio::test]
async fn the_list_filters_searches_and_pages_from_the_mirror() {
    let app = crate::spawn_app().await;
    let db = &app.running.state.db;
    portico::server::seed::bench_data(
        db,
        portico::server::seed::BenchData {
            organizations: 130,
            users: 0,
            audit_rows: 0,
        },
    )
    .await
    .unwrap();
    let (browser, _) = staff_signed_in(&app, SUPPORT).await;
    let all = app.get_text(&browser, "/staff").await;
    assert!(
        all.contains("132 organizations"),
        "130 and the two demo ones"
    );
    // Keyset pages: 50, 50, 32, each organization once.
    let mut seen = std::collections::BTreeSet::new();
    let mut page = Some("/staff".to_owned());
    let mut pages = 0;
    while let Some(path) = page {
        let html = app.get_text(&browser, &path).await;
        for name in html.split("data-organization=\"").skip(1) {
            assert!(
                seen.insert(name[..name.find('"').unwrap()].to_owned()),
                "repeated"
            );
        }
        page = html
            .split("rel=\"next\"")
            .next()
            .and_then(|head| head.rsplit("href=\"").next())
            .filter(|_| html.contains("rel=\"next\""))
            .map(|href| href[..href.find('"').unwrap()].replace("&amp;", "&"));
        pages += 1;
    }
    assert_eq!((pages, seen.len()), (3, 132));
    // Every tenth synthetic organization's SSO fails; search finds by domain.
    let failing = app.get_text(&browser, "/staff?show=sso_failing").await;
    assert!(failing.contains("13 organizations"), "{failing:.300}");
    let by_domain = app.get_text(&browser, "/staff?q=bench17.example").await;
    assert!(by_domain.contains("1 organization<"), "{by_domain:.300}");
    // Certificates expiring within 10 days: every seventh, due in i % 60 days.
    let expiring = app.get_text(&browser, "/staff?show=expiring&days=10").await;
    let expected = (0..130).filter(|i| i % 7 == 0 && i % 60 <= 10).count();
    assert!(
        expiring.contains(&format!("{expected} organizations")),
        "{expected}"
    );
    // The CSV export holds the same list, formulas defused.
    let csv = browser
        .get(app.url("/staff/organizations.csv?show=sso_failing"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        csv.headers()[header::CONTENT_TYPE],
        "text/csv; charset=utf-8"
    );
    let body = csv.text().await.unwrap();
    assert_eq!(body.lines().count(), 14, "a header and 13 rows");
}

#[tokio::test]
async fn an_owner_hands_over_a_link_revokes_links_changes_the_plan_and_a_member() {
    let app = crate::spawn_app().await;
    let (owner, _) = staff_signed_in(&app, OWNER).await;
    let acme = organization_id(&app, "Acme").await.to_string();
    let act = |path: &'static str, fields: Vec<(&'static str, &'static str)>| {
        let mut form = vec![("organization", acme.as_str()), ("reason", "Ticket 77")];
        form.extend(fields);
        let owner = owner.clone();
        let app = &app;
        async move { app.post(&owner, path, &form).await }
    };
    // A link to hand over: shown once on the organization's page.
    let handed = act("/staff/api/hand_over_link", vec![("area", "sso")]).await;
    assert_eq!(handed.status(), 200);
    let page = app
        .get_text(&owner, &format!("/staff/organizations/{acme}"))
        .await;
    assert!(
        page.contains("data-testid=\"handed-link\"") && page.contains("/portal/launch?secret="),
        "the link"
    );
    let again = app
        .get_text(&owner, &format!("/staff/organizations/{acme}"))
        .await;
    assert!(!again.contains("data-testid=\"handed-link\""), "shown once");
    assert!(
        again.contains("Single sign-on: handed over by Owner (hana@host.example)"),
        "listed as handed over"
    );
    // Revoked at WorkOS.
    let revoked = act("/staff/api/revoke_links", vec![("whose", "handed_over")]).await;
    assert_eq!(revoked.status(), 200);
    // The plan's areas change what Acme's admins can set up.
    let planned = act(
        "/staff/api/set_plan",
        vec![("areas[]", "sso"), ("areas[]", "audit_logs")],
    )
    .await;
    assert_eq!(planned.status(), 200);
    let admin = app.signed_in("ada@acme.example").await;
    let refused = app
        .post(&admin, "/api/portal_link", &[("intent", "dsync")])
        .await;
    assert_eq!(refused.status(), 403, "directory sync left the plan");
    let unknown = act("/staff/api/set_plan", vec![("areas[]", "saml")]).await;
    assert_eq!(unknown.status(), 400);
    // An owner may change members; the last admin stays.
    let promoted = act(
        "/staff/api/change_member",
        vec![("email", "max@acme.example"), ("change", "admin")],
    )
    .await;
    assert_eq!(promoted.status(), 200);
    let demoted = act(
        "/staff/api/change_member",
        vec![("email", "ada@acme.example"), ("change", "member")],
    )
    .await;
    assert_eq!(demoted.status(), 200);
    let last = act(
        "/staff/api/change_member",
        vec![("email", "max@acme.example"), ("change", "remove")],
    )
    .await;
    assert_eq!(last.status(), 409, "Max is the last admin now");
    // Each is in Acme's trail under the owner's name, with the reason.
    let rows: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT action, actor_email, detail FROM audit_events \
         WHERE actor_email LIKE 'Owner (%' AND outcome = 'succeeded' \
           AND organization_id IS NOT NULL ORDER BY id",
    )
    .fetch_all(&app.running.state.db)
    .await
    .unwrap();
    let actions: Vec<&str> = rows.iter().map(|(a, _, _)| a.as_str()).collect();
    for expected in [
        "portal_link.create",
        "portal_link.revoke",
        "organization.set_features",
        "membership.set_role",
    ] {
        assert!(actions.contains(&expected), "{expected} in {actions:?}");
    }
    assert!(
        rows.iter()
            .all(|(_, who, detail)| who == "Owner (hana@host.example)"
                && detail.ends_with("Reason: Ticket 77")),
        "{rows:?}"
    );
}

#[tokio::test]
async fn five_wrong_codes_in_a_row_refuse_codes_for_an_hour() {
    let app = crate::spawn_app_with(tempfile::tempdir().unwrap(), |config| {
        config.sign_in.attempts_per_account = portico::server::config::values::Bounded::new(100);
    })
    .await;
    let (_, secret) = staff_signed_in(&app, SUPPORT).await;
    let guesser = client();
    app.post(
        &guesser,
        "/staff/api/login",
        &[("email", SUPPORT), ("password", PASSWORD)],
    )
    .await;
    let mut statuses = Vec::new();
    for guess in ["111111", "222222", "333333", "444444", "555555"] {
        let response = app
            .post(&guesser, "/staff/api/code", &[("code", guess)])
            .await;
        statuses.push(response.status().as_u16());
    }
    assert_eq!(
        statuses,
        [401, 401, 401, 401, 429],
        "the fifth wrong code locks"
    );
    // The pending sign-in ended; a new one, even with the right code, is refused for now.
    let again = client();
    app.post(
        &again,
        "/staff/api/login",
        &[("email", SUPPORT), ("password", PASSWORD)],
    )
    .await;
    let code = second_factor::code_at(&secret, now() + 30).unwrap();
    let refused = app
        .post(&again, "/staff/api/code", &[("code", &code)])
        .await;
    assert_eq!(refused.status(), 429);
    let (_, _, message) = crate::error_body(refused).await;
    assert!(message.contains("Too many wrong codes"), "{message}");
}
