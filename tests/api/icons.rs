//! Provider icons: served from Portico's origin, fetched from the CDN (here the
//! emulator) once, revalidated, and drawn by Portico when the CDN cannot help.

use crate::{client, spawn_app};
use axum::{
    http::{header, HeaderMap, StatusCode},
    response::IntoResponse,
    routing::get,
    Router,
};
use portico::{
    model::{provider_for_icon, IconTheme},
    server::http::icons::ProviderIcons,
};
use std::{
    sync::{
        atomic::{AtomicUsize, Ordering},
        Arc,
    },
    time::Duration,
};

#[tokio::test]
async fn icons_come_from_portico_s_own_origin_with_a_monogram_where_the_cdn_has_none() {
    let app = spawn_app().await;
    let browser = client();

    let okta = browser
        .get(app.url("/icons/light/oktasaml.svg"))
        .send()
        .await
        .unwrap();
    assert_eq!(okta.status(), 200);
    assert_eq!(okta.headers()["content-type"], "image/svg+xml");
    assert_eq!(okta.headers()["x-content-type-options"], "nosniff");
    let policy = okta.headers()["content-security-policy"].to_str().unwrap();
    assert!(
        policy.contains("default-src 'none'") && policy.contains("sandbox"),
        "{policy}"
    );
    let etag = okta.headers()["etag"].clone();
    let body = okta.text().await.unwrap();
    assert!(
        body.contains(r#"data-source="workos-emulator""#) && body.contains(r#"data-icon="okta""#),
        "the CDN's (emulator's) icon, served by Portico: {body}"
    );
    let directory = browser
        .get(app.url("/icons/dark/okta-scim-v2-0.svg"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(directory.contains(r#"data-icon="okta""#));
    assert_ne!(directory, body, "dark and light differ");

    let again = browser
        .get(app.url("/icons/light/oktasaml.svg"))
        .header("if-none-match", etag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 304);

    // No CDN icon for AD FS: Portico draws its initials.
    let adfs = browser
        .get(app.url("/icons/light/adfssaml.svg"))
        .send()
        .await
        .unwrap();
    assert_eq!(adfs.status(), 200);
    let adfs = adfs.text().await.unwrap();
    assert!(
        adfs.contains(r#"data-source="portico""#) && adfs.contains(">AF<"),
        "{adfs}"
    );

    for missing in [
        "/icons/light/nope.svg",
        "/icons/sepia/oktasaml.svg",
        "/icons/light/oktasaml.png",
        "/icons/light/..%2F..%2Fetc%2Fpasswd.svg",
    ] {
        let response = browser.get(app.url(missing)).send().await.unwrap();
        assert_eq!(response.status(), 404, "{missing}");
    }
}

#[tokio::test]
async fn an_unreachable_cdn_gives_a_monogram_not_an_error() {
    // Nothing listens on port 1.
    let icons = ProviderIcons::new(
        "http://127.0.0.1:1".parse().unwrap(),
        Duration::from_secs(60),
    );
    let okta = provider_for_icon("oktasaml").unwrap();
    let icon = icons.get(okta, IconTheme::Dark).await;
    assert!(!icon.from_cdn);
    let svg = String::from_utf8(icon.svg.to_vec()).unwrap();
    assert!(
        svg.contains(r#"data-source="portico""#) && svg.contains(">OS<"),
        "{svg}"
    );
}

/// A CDN that counts requests, answers 304 to its own ETag, and serves HTML for Google.
async fn counting_cdn() -> (String, Arc<AtomicUsize>, Arc<AtomicUsize>) {
    let requests = Arc::new(AtomicUsize::new(0));
    let conditional = Arc::new(AtomicUsize::new(0));
    let (all, revalidations) = (requests.clone(), conditional.clone());
    let okta = get(move |headers: HeaderMap| {
        let (all, revalidations) = (all.clone(), revalidations.clone());
        async move {
            all.fetch_add(1, Ordering::SeqCst);
            if headers
                .get(header::IF_NONE_MATCH)
                .is_some_and(|v| v == "\"v1\"")
            {
                revalidations.fetch_add(1, Ordering::SeqCst);
                return StatusCode::NOT_MODIFIED.into_response();
            }
            (
                [
                    (header::ETAG, "\"v1\""),
                    (header::CONTENT_TYPE, "image/svg+xml"),
                ],
                "<svg data-test=\"cdn\"/>",
            )
                .into_response()
        }
    });
    let app = Router::new()
        .route("/provider-icons/light/okta.svg", okta)
        .route(
            "/provider-icons/light/google.svg",
            get(|| async { "<html><script>alert(1)</script></html>" }),
        );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    (base, requests, conditional)
}

#[tokio::test]
async fn icons_are_kept_then_revalidated_with_the_cdn_s_etag() {
    let (base, requests, conditional) = counting_cdn().await;
    let okta = provider_for_icon("oktasaml").unwrap();

    let kept = ProviderIcons::new(base.parse().unwrap(), Duration::from_secs(3600));
    for _ in 0..3 {
        assert!(kept.get(okta, IconTheme::Light).await.from_cdn);
    }
    assert_eq!(
        requests.load(Ordering::SeqCst),
        1,
        "fetched once while fresh"
    );

    let stale_at_once = ProviderIcons::new(base.parse().unwrap(), Duration::ZERO);
    let first = stale_at_once.get(okta, IconTheme::Light).await;
    let second = stale_at_once.get(okta, IconTheme::Light).await;
    assert_eq!(requests.load(Ordering::SeqCst), 3);
    assert_eq!(
        conditional.load(Ordering::SeqCst),
        1,
        "the second asks with If-None-Match"
    );
    assert!(second.from_cdn);
    assert_eq!(first.svg, second.svg, "a 304 keeps the copy");
    assert_eq!(&second.svg[..], b"<svg data-test=\"cdn\"/>");

    // Something that is not an SVG is never passed on.
    let google = provider_for_icon("googlesaml").unwrap();
    let icon = kept.get(google, IconTheme::Light).await;
    assert!(!icon.from_cdn);
    assert!(!String::from_utf8_lossy(&icon.svg).contains("script"));
}
