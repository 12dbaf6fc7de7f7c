//! Pages in the person's language: chosen from the browser, then kept when they choose
//! one, on their account once signed in; Arabic right to left.

use crate::{client, spawn_app, ADMIN};
use reqwest::header;

async fn page(client: &reqwest::Client, url: String, accept: &str) -> (String, String) {
    let response = client
        .get(url)
        .header(header::ACCEPT_LANGUAGE, accept)
        .send()
        .await
        .unwrap();
    let language = response.headers()[header::CONTENT_LANGUAGE]
        .to_str()
        .unwrap()
        .to_owned();
    (language, response.text().await.unwrap())
}

/// Posts the picker's form as a browser does without JavaScript, from `page`.
async fn choose(
    app: &crate::TestApp,
    client: &reqwest::Client,
    page: &str,
    form: &[(&str, &str)],
) -> reqwest::Response {
    client
        .post(app.url("/api/set_language"))
        .header(header::ORIGIN, &app.base)
        .header(header::ACCEPT, "text/html")
        .header(header::REFERER, page)
        .form(form)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn the_sign_in_page_speaks_the_browsers_language_and_arabic_runs_right_to_left() {
    let app = spawn_app().await;
    let browser = client();
    let cases = [
        ("de-CH, en;q=0.5", "de", "ltr", "Anmelden"),
        ("fr", "fr", "ltr", "Connexion"),
        ("ja-JP", "ja", "ltr", "サインイン"),
        ("ar-EG", "ar", "rtl", "تسجيل الدخول"),
        ("es, pt;q=0.9", "en", "ltr", "Sign in"),
    ];
    for (accept, lang, dir, heading) in cases {
        let (language, html) = page(&browser, app.url("/sign-in"), accept).await;
        assert_eq!(language, lang, "{accept}");
        assert!(
            html.contains(&format!(r#"<html lang="{lang}" dir="{dir}""#)),
            "{accept}: {}",
            &html[..200.min(html.len())]
        );
        assert!(html.contains(&format!("<h1>{heading}</h1>")), "{accept}");
    }
}

#[tokio::test]
async fn a_chosen_language_beats_the_browsers_and_is_kept_on_the_account() {
    let app = spawn_app().await;
    let browser = client();
    // Chosen on the sign-in page, before signing in: the session keeps it.
    let sign_in = app.url("/sign-in?next=%2Fsettings");
    let chosen = choose(&app, &browser, &sign_in, &[("lang", "fr")]).await;
    assert!(
        chosen.status().is_redirection(),
        "a plain form goes back to its page"
    );
    assert_eq!(
        chosen.headers()[header::LOCATION],
        "/sign-in?next=%2Fsettings"
    );
    let (language, html) = page(&browser, app.url("/sign-in"), "de").await;
    assert_eq!(language, "fr");
    assert!(
        html.contains(r#"<option value="fr" lang="fr" selected"#),
        "the picker shows it"
    );

    // Signed in, a choice is saved on the account: a new browser gets it at sign-in.
    let ada = app.signed_in(ADMIN).await;
    let saved = choose(&app, &ada, &app.url("/settings"), &[("lang", "ja")]).await;
    assert!(saved.status().is_redirection());
    assert_eq!(saved.headers()[header::LOCATION], "/settings");
    let elsewhere = app.signed_in(ADMIN).await;
    let (language, _) = page(&elsewhere, app.url("/settings"), "de").await;
    assert_eq!(language, "ja");
}

#[tokio::test]
async fn a_language_portico_does_not_speak_is_refused_and_changes_nothing() {
    let app = spawn_app().await;
    let browser = client();
    choose(&app, &browser, &app.url("/sign-in"), &[("lang", "de")]).await;
    for bad in ["es", "", "de-DE", "<script>"] {
        let refused = browser
            .post(app.url("/api/set_language"))
            .header(header::ORIGIN, &app.base)
            .header(header::ACCEPT, "application/json")
            .form(&[("lang", bad)])
            .send()
            .await
            .unwrap();
        assert_eq!(refused.status(), 400, "{bad:?}");
        let body: serde_json::Value = refused.json().await.unwrap();
        assert_eq!(
            body["message"], "Wählen Sie eine der aufgeführten Sprachen.",
            "{bad:?}"
        );
    }
    let (language, _) = page(&browser, app.url("/sign-in"), "en").await;
    assert_eq!(language, "de", "the earlier choice stands");
    // Never to another site afterwards, whatever the page said it came from.
    let evil = "https://evil.example//evil.example/x";
    let away = choose(&app, &browser, evil, &[("lang", "en")]).await;
    assert_eq!(away.headers()[header::LOCATION], "/settings");
}

/// Every message id, from the English files: what a lookup that failed would show.
fn message_ids() -> Vec<String> {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/en");
    let mut ids = Vec::new();
    for file in std::fs::read_dir(folder).unwrap() {
        let text = std::fs::read_to_string(file.unwrap().path()).unwrap();
        for line in text.lines() {
            let Some((id, _)) = line.split_once(" =") else {
                continue;
            };
            if id.contains('-') && id.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
                ids.push(id.to_owned());
            }
        }
    }
    ids
}

/// The text a person reads in `html`: what lies between its tags.
fn visible_text(html: &str) -> Vec<&str> {
    html.split('>')
        .filter_map(|part| part.split('<').next())
        .map(str::trim)
        .filter(|text| !text.is_empty())
        .collect()
}

/// Every page, in every language: the words are its language's, never a message id (a
/// lookup that failed), and the page says which language and direction it is in.
#[tokio::test]
async fn every_page_renders_in_every_language_with_no_missing_message() {
    let app = spawn_app().await;
    let ids = message_ids();
    assert!(ids.len() > 200, "{}", ids.len());
    for lang in ["en", "de", "fr", "ja", "ar"] {
        let ada = app.signed_in(ADMIN).await;
        let max = app.signed_in(crate::MEMBER).await;
        let signed_out = client();
        let pages = [
            (&signed_out, "/sign-in"),
            (&signed_out, "/sign-in/password"),
            (&signed_out, "/no-such-page"),
            (&signed_out, "/sso/callback"),
            (&ada, "/settings"),
            (&ada, "/settings?configured=sso"),
            (&max, "/settings"),
        ];
        for (browser, path) in pages {
            let response = browser
                .get(app.url(path))
                .header(header::ACCEPT_LANGUAGE, lang)
                .send()
                .await
                .unwrap();
            let html = response.text().await.unwrap();
            let dir = if lang == "ar" { "rtl" } else { "ltr" };
            assert!(
                html.contains(&format!(r#"<html lang="{lang}" dir="{dir}""#)),
                "{lang} {path}"
            );
            for text in visible_text(&html) {
                let shown_id = ids
                    .iter()
                    .find(|id| text.split_whitespace().any(|w| w == id.as_str()));
                assert!(
                    shown_id.is_none(),
                    "{lang} {path}: {text:?} shows a message id"
                );
            }
        }
    }
}

/// WCAG 3.1.2: a trail row's reason is stored in English; on a page in another language
/// it says so (`lang="en"`), so a screen reader reads it as English. What the page's
/// own messages say around it, and an English page, carry no mark.
#[tokio::test]
async fn an_english_reason_in_a_page_of_another_language_is_marked_english() {
    let app = spawn_app().await;
    let db = &app.running.state.db;
    sqlx::query(
        "INSERT INTO audit_events (occurred_at, organization_id, organization_name, \
         action, outcome, detail) SELECT '2026-12-01T09:00:00.000Z', id, name, \
         'user.sign_in', 'refused', 'method=sso: SSO is required for acme.example' \
         FROM organizations WHERE name = 'Acme'",
    )
    .execute(db)
    .await
    .unwrap();
    let ada = app.signed_in(ADMIN).await;
    let reason = "SSO is required for acme.example";
    for (lang, lead) in [
        ("de", "Über Single Sign-on: "),
        ("ar", "عبر تسجيل الدخول الموحّد: \u{2068}"),
    ] {
        let (_, html) = page(&ada, app.url("/settings"), lang).await;
        assert!(
            html.contains(&format!(r#"{lead}<span lang="en">{reason}</span>"#)),
            "{lang}: {}",
            &html[html.find("activity-entry-0").unwrap_or(0)..][..600.min(html.len())]
        );
    }
    let (_, html) = page(&ada, app.url("/settings"), "en").await;
    assert!(html.contains(&format!("Through single sign-on: {reason}")));
    assert!(!html.contains(&format!(r#"<span lang="en">{reason}"#)));
}
