//! Embedding over HTTP: a token starts a session in its own cross-site cookie, once; the
//! records follow the token; only the embed origins may frame the embedded pages.

use crate::{client, EMBED_SECRET};
use jsonwebtoken::{encode, EncodingKey, Header};
use portico::server::config::values::List;
use reqwest::header;
use serde_json::{json, Value};

const HOST_ORIGIN: &str = "https://app.host.example";

async fn embedding_app() -> crate::TestApp {
    crate::spawn_app_with(tempfile::tempdir().unwrap(), |config| {
        config.embed.hosts = List(vec!["host-product".to_owned()]);
        config.embed.origins = List(vec![HOST_ORIGIN.to_owned()]);
    })
    .await
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

fn token(claims: Value) -> String {
    encode(
        &Header::default(),
        &claims,
        &EncodingKey::from_secret(EMBED_SECRET.as_bytes()),
    )
    .unwrap()
}

fn claims(org: &str, email: &str, role: &str, jti: &str) -> Value {
    json!({
        "iss": "host-product", "aud": "portico", "sub": format!("host-{email}"),
        "email": email, "org": org, "org_name": "Initech", "role": role,
        "iat": now(), "exp": now() + 120, "jti": jti,
    })
}

async fn open(app: &crate::TestApp, browser: &reqwest::Client, token: &str) -> reqwest::Response {
    browser
        .get(app.url(&format!("/embed?token={token}")))
        .header(header::REFERER, format!("{HOST_ORIGIN}/settings/security"))
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn a_token_starts_an_embedded_session_once_in_a_cross_site_cookie() {
    let app = embedding_app().await;
    let browser = client();
    let token = token(claims(
        "org_01HINITECH",
        "Pat@Initech.Example",
        "admin",
        "one",
    ));
    let started = open(&app, &browser, &token).await;
    assert_eq!(started.status(), 303);
    assert_eq!(started.headers()[header::LOCATION], "/embed/settings");
    let cookie = started.headers()[header::SET_COOKIE]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(cookie.starts_with("portico_embed="), "{cookie}");
    for part in ["HttpOnly", "SameSite=None", "Secure", "Partitioned"] {
        assert!(cookie.contains(part), "{part} in {cookie}");
    }

    // The embedded page: framable by the host only, the portal in a new tab.
    let page = browser
        .get(app.url("/embed/settings"))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    let policy = page.headers()[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        policy.ends_with(&format!("frame-ancestors {HOST_ORIGIN}")),
        "{policy}"
    );
    let html = page.text().await.unwrap();
    assert!(html.contains("Initech settings"));
    assert!(html.contains(&format!("data-parent-origin=\"{HOST_ORIGIN}\"")));
    assert!(html.contains("action=\"/embed/portal\"") && html.contains("target=\"_blank\""));
    assert!(!html.contains("Sign out"));
    // The standalone page stays unframable.
    let standalone = client().get(app.url("/sign-in")).send().await.unwrap();
    let policy = standalone.headers()[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap();
    assert!(policy.ends_with("frame-ancestors 'none'"), "{policy}");

    // Once only.
    let again = open(&app, &client(), &token).await;
    assert_eq!(again.status(), 401);
    let body = again.text().await.unwrap();
    assert!(body.contains("this token was used already"), "{body}");
    assert!(!body.contains(&token));

    // A form in the frame lands back in the frame, not on the unframable /settings.
    let added = browser
        .post(app.url("/api/choose_provider"))
        .header(header::ORIGIN, &app.base)
        .header(header::REFERER, app.url("/embed/settings"))
        .header(header::ACCEPT, "text/html")
        .form(&[("intent", "sso"), ("provider", "OktaSAML")])
        .send()
        .await
        .unwrap();
    assert!(added.status().is_redirection(), "{}", added.status());
    assert_eq!(added.headers()[header::LOCATION], "/embed/settings#sso");
}

#[tokio::test]
async fn the_token_decides_the_organization_the_role_and_the_plan() {
    let app = embedding_app().await;
    let db = &app.running.state.db;
    // Ada is Acme's admin; the host says she is a member, on a plan with SSO only.
    let (acme,): (String,) =
        sqlx::query_as("SELECT workos_organization_id FROM organizations WHERE name = 'Acme'")
            .fetch_one(db)
            .await
            .unwrap();
    let mut member = claims(&acme, crate::ADMIN, "member", "two");
    member["org_name"] = json!("Acme Corp");
    member["features"] = json!(["sso"]);
    let browser = client();
    assert_eq!(open(&app, &browser, &token(member)).await.status(), 303);
    // A member's embedded page renders (read-only) and answers 200.
    let page = browser
        .get(app.url("/embed/settings"))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    let overview = app.get_json(&browser, "/api/organization").await;
    assert_eq!(overview["user"]["role"], "member");
    assert_eq!(overview["user"]["organization_name"], "Acme Corp");
    let included: Vec<&str> = overview["statuses"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["included"] == true)
        .map(|s| s["intent"].as_str().unwrap())
        .collect();
    assert_eq!(included, ["sso"]);
    // An account an embed made cannot sign in with a password.
    assert_eq!(
        open(
            &app,
            &client(),
            &token(claims("org_01HNEW", "new@host.example", "admin", "three"))
        )
        .await
        .status(),
        303
    );
    let response = app
        .post(
            &client(),
            "/api/login",
            &[("email", "new@host.example"), ("password", "!embedded")],
        )
        .await;
    assert_eq!(response.status(), 401);
    let rows: Vec<(String, String)> = sqlx::query_as(
        "SELECT actor_email, detail FROM audit_events WHERE action = 'user.sign_in' AND detail LIKE 'embedded%'",
    )
    .fetch_all(db)
    .await
    .unwrap();
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert_eq!(
        rows[0],
        (
            crate::ADMIN.to_owned(),
            "embedded by host-product as member".to_owned()
        )
    );
}

#[tokio::test]
async fn without_a_secret_or_from_an_unlisted_page_nothing_is_embedded() {
    // No PORTICO_EMBED_SECRET: /embed says so.
    let data = tempfile::tempdir().unwrap();
    let config = crate::config_in(data.path());
    let running = portico::server::start(
        config,
        portico::server::Secrets {
            demo_password: Some(crate::PASSWORD.into()),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let response = client()
        .get(format!("{}embed?token=x", running.public_url))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 404);
    assert!(response
        .text()
        .await
        .unwrap()
        .contains("Embedding is not set up"));

    // Two embed origins and a Referer naming neither: Portico cannot tell whom to talk to.
    let app = crate::spawn_app_with(tempfile::tempdir().unwrap(), |config| {
        config.embed.hosts = List(vec!["host-product".to_owned()]);
        config.embed.origins = List(vec![
            HOST_ORIGIN.to_owned(),
            "https://other.example".to_owned(),
        ]);
    })
    .await;
    let response = client()
        .get(app.url(&format!(
            "/embed?token={}",
            token(claims("org_01HX", "a@b.example", "admin", "four"))
        )))
        .header(header::REFERER, "https://evil.example/")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
    assert!(response
        .text()
        .await
        .unwrap()
        .contains("cannot tell which site embeds it"));
}

#[tokio::test]
async fn a_short_embed_secret_stops_start_up_with_the_fix() {
    let data = tempfile::tempdir().unwrap();
    let refused = portico::server::start(
        crate::config_in(data.path()),
        portico::server::Secrets {
            embed_secret: Some("too-short".into()),
            ..Default::default()
        },
    )
    .await
    .err()
    .expect("start-up refuses");
    let message = refused.to_string();
    assert!(
        message.contains("PORTICO_EMBED_SECRET is 9 bytes long; it must be at least 32"),
        "{message}"
    );
    assert!(
        message.contains("Fix:") && !message.contains("too-short"),
        "{message}"
    );
}

/// The host's `locale` comes first, over the browser's language; a language Portico does
/// not speak leaves the choice to the browser; a tag that is not one is refused.
#[tokio::test]
async fn the_hosts_locale_chooses_the_embedded_pages_language() {
    let app = embedding_app().await;
    let embedded_language = |locale: Value, jti: &'static str| {
        let app = &app;
        async move {
            let mut with_locale = claims("org_01HINITECH", "pat@initech.example", "admin", jti);
            with_locale["locale"] = locale;
            let browser = client();
            let started = open(app, &browser, &token(with_locale)).await;
            if started.status() != 303 {
                return Err(started.text().await.unwrap());
            }
            let page = browser
                .get(app.url("/embed/settings"))
                .header(header::ACCEPT_LANGUAGE, "fr")
                .send()
                .await
                .unwrap();
            let html = page.text().await.unwrap();
            let lang = html.split("<html lang=\"").nth(1).unwrap_or_default();
            Ok(lang.split('"').next().unwrap_or_default().to_owned())
        }
    };
    assert_eq!(embedded_language(json!("ja-JP"), "l1").await.unwrap(), "ja");
    assert_eq!(embedded_language(json!("ar"), "l2").await.unwrap(), "ar");
    assert_eq!(embedded_language(json!("es-MX"), "l3").await.unwrap(), "fr");
    assert_eq!(embedded_language(Value::Null, "l4").await.unwrap(), "fr");
    let refused = embedded_language(json!("de;DROP"), "l5").await.unwrap_err();
    assert!(refused.contains("locale"), "{refused}");
    let refused = embedded_language(json!(7), "l6").await.unwrap_err();
    assert!(refused.contains("locale"), "{refused}");
}

/// A refusal's reason is for the host's developers, in English as the API's words are: on
/// a page in another language it says so (`lang="en"`, WCAG 3.1.2); the page's own words
/// around it are the reader's.
#[tokio::test]
async fn a_refusals_english_reason_is_marked_english_on_a_page_in_another_language() {
    let app = embedding_app().await;
    let mut wrong_role = claims("org_01HINITECH", "pat@initech.example", "admin", "r1");
    wrong_role["role"] = json!("owner");
    let page = client()
        .get(app.url(&format!("/embed?token={}", token(wrong_role))))
        .header(header::REFERER, format!("{HOST_ORIGIN}/settings/security"))
        .header(header::ACCEPT_LANGUAGE, "de")
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 401);
    let html = page.text().await.unwrap();
    assert!(html.contains(r#"<html lang="de""#), "{html}");
    assert!(
        html.contains(
            r#"abgelehnt: <span lang="en">the token's role &quot;owner&quot; is neither admin nor member</span>. Laden"#
        ),
        "{html}"
    );
}
