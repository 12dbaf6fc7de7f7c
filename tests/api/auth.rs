//! Signing in and out, sessions, switching organization, and the same-origin check.

use crate::{client, error_body, spawn_app, ADMIN, PASSWORD};
use portico::server::config::values::OptionalUrl;
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
async fn an_https_public_url_makes_the_session_cookie_secure() {
    let data = tempfile::tempdir().unwrap();
    let mut config = crate::config_in(data.path());
    config.http.public_url = OptionalUrl(Some("https://portico.example".parse().unwrap()));
    // The emulator's demo on an https address, on purpose.
    config.workos.demo = true;
    let secrets = portico::server::Secrets {
        demo_password: Some(PASSWORD.into()),
        ..Default::default()
    };
    let running = portico::server::start(config, secrets).await.unwrap();
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

/// Red team (info): a public `https` address with no WorkOS key silently ran the
/// emulator, with demo accounts, for whoever reached it.
#[tokio::test]
async fn a_public_address_without_a_workos_key_does_not_start_unless_the_demo_is_asked_for() {
    let data = tempfile::tempdir().unwrap();
    let mut config = crate::config_in(data.path());
    config.http.public_url = OptionalUrl(Some("https://portico.example".parse().unwrap()));
    let secrets = || portico::server::Secrets {
        demo_password: Some(PASSWORD.into()),
        ..Default::default()
    };
    let refused = portico::server::start(config.clone(), secrets()).await;
    let message = refused.err().expect("refused to start").to_string();
    assert!(
        message.contains("WORKOS_API_KEY is not set") && message.contains("PORTICO_DEMO=true"),
        "{message}"
    );
    config.workos.demo = true;
    let running = portico::server::start(config, secrets()).await.unwrap();
    running.server.abort();
}
