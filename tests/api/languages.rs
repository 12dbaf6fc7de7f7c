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
