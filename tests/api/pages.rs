//! Pages as a person's browser gets them: a page that renders answers 200 whoever looks,
//! one address per page, and the words on its buttons.

use crate::{client, spawn_app, ADMIN, MEMBER};
use reqwest::header;

#[tokio::test]
async fn a_page_that_renders_answers_200_for_members_too() {
    let app = spawn_app().await;
    // The admins-only activity list is refused to a member while the page renders; the
    // page itself is fine and says so with its status.
    let member = app.signed_in(MEMBER).await;
    let page = member.get(app.url("/settings")).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains("To change them, ask an admin of Acme."));
    assert!(!html.contains("Recent activity"), "no activity for members");

    // Ada administers Acme and is a member of Globex: her view of Globex is a page too.
    let ada = app.signed_in(ADMIN).await;
    let overview = app.get_json(&ada, "/api/organization").await;
    let globex = overview["organizations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o[1] == "Globex")
        .map(|o| o[0].as_i64().unwrap())
        .expect("Ada is in Globex");
    let switched = app
        .post(
            &ada,
            "/api/switch_organization",
            &[("organization", &globex.to_string())],
        )
        .await;
    assert_eq!(switched.status(), 200);
    let page = ada.get(app.url("/settings")).send().await.unwrap();
    assert_eq!(page.status(), 200);
    assert!(page
        .text()
        .await
        .unwrap()
        .contains("ask an admin of Globex"));
}

#[tokio::test]
async fn a_page_asked_for_with_a_trailing_slash_goes_to_its_one_address() {
    let app = spawn_app().await;
    let admin = app.signed_in(ADMIN).await;
    for (asked, canonical) in [
        ("/settings/", "/settings"),
        ("/settings//", "/settings"),
        ("/settings/?configured=sso", "/settings?configured=sso"),
        ("/sign-in/", "/sign-in"),
    ] {
        let response = admin.get(app.url(asked)).send().await.unwrap();
        assert_eq!(response.status(), 308, "{asked}");
        assert_eq!(response.headers()[header::LOCATION], canonical, "{asked}");
    }
    // Never to another site: `//host/` is not a path to trim.
    let response = client()
        .get(app.url("//evil.example/"))
        .send()
        .await
        .unwrap();
    let location = response
        .headers()
        .get(header::LOCATION)
        .map(|l| l.to_str().unwrap().to_owned());
    assert!(
        location.as_deref().is_none_or(|l| !l.starts_with("//")),
        "{location:?}"
    );
    // The page at its address is the page.
    let page = admin.get(app.url("/settings")).send().await.unwrap();
    assert_eq!(page.status(), 200);
}

/// Red team: `GET //pkg` answered `307 Location: //pkg/` (the host `pkg` to a browser),
/// and a form post with `Referer: http://host//evil.example/sign-in` was sent back to
/// `//evil.example/sign-in?…`.
#[tokio::test]
async fn no_redirect_leads_to_another_host() {
    let app = spawn_app().await;
    let location = |response: &reqwest::Response| {
        response
            .headers()
            .get(header::LOCATION)
            .map(|l| l.to_str().unwrap().to_owned())
    };
    for asked in ["//pkg", "//pkg/", "///settings", "/pkg", "/pkg/"] {
        let response = client().get(app.url(asked)).send().await.unwrap();
        let to = location(&response);
        assert!(
            to.as_deref()
                .is_none_or(|l| l.starts_with('/') && !l.starts_with("//")),
            "{asked}: {} {to:?}",
            response.status()
        );
    }
    // A directory of the site is not a page: not found, not redirected to its `/` form.
    let response = client().get(app.url("/pkg")).send().await.unwrap();
    assert_eq!(response.status(), 404);
    let response = client().get(app.url("//pkg")).send().await.unwrap();
    assert_eq!(location(&response).as_deref(), Some("/pkg"));

    for referer in [
        app.url("//evil.example/sign-in"),
        app.url("/\\evil.example/sign-in"),
        "http://evil.example/sign-in".to_owned(),
    ] {
        let response = client()
            .post(app.url("/api/login"))
            .header(header::ORIGIN, &app.base)
            .header(header::ACCEPT, "text/html")
            .header(header::REFERER, &referer)
            .form(&[("email", ADMIN), ("password", "wrong")])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 302, "{referer}");
        let to = location(&response).unwrap();
        assert!(
            to.starts_with('/') && !to.starts_with("//") && !to.contains("evil.example"),
            "{referer}: {to}"
        );
    }
}

#[tokio::test]
async fn the_sso_card_asks_to_configure_sso() {
    let app = spawn_app().await;
    let admin = app.signed_in(ADMIN).await;
    let html = app.get_text(&admin, "/settings").await;
    assert!(html.contains(">Configure SSO<"), "the SSO card's button");
    assert!(!html.contains(">Set up SSO<"));
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
    assert!(html.contains("To change them, ask an admin of Acme."));
    for admin_only in [
        ">Configure SSO<",
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
        ">Configure SSO<",
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
async fn unknown_pages_are_404_and_the_root_goes_to_settings() {
    let app = spawn_app().await;
    let missing = client().get(app.url("/no-such-page")).send().await.unwrap();
    assert_eq!(missing.status(), 404);
    assert!(missing.text().await.unwrap().contains("Page not found"));
    let root = client().get(app.url("/")).send().await.unwrap();
    assert_eq!(root.headers()[header::LOCATION], "/settings");
}
