//! What operators watch: `/metrics` (only for them), in Prometheus text, counting what
//! people did.

use crate::{client, spawn_app, spawn_app_with, spawn_app_with_secrets, ADMIN, MEMBER};
use portico::server::config::{values::OptionalListenAddr, MetricsToken};
use reqwest::header;

const TOKEN: &str = "scraper-token-for-the-tests";

/// The sum of the samples of `name` whose labels include every one of `labels`.
fn sample(text: &str, name: &str, labels: &[(&str, &str)]) -> f64 {
    text.lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| line.rsplit_once(' '))
        .filter(|(series, _)| {
            let (metric, rest) = series.split_once('{').unwrap_or((series, ""));
            metric == name
                && labels
                    .iter()
                    .all(|(key, value)| rest.contains(&format!("{key}=\"{value}\"")))
        })
        .map(|(_, value)| value.parse::<f64>().expect("a sample's value"))
        .sum()
}

#[tokio::test]
async fn metrics_are_for_operators_only() {
    // No listener and no token: the public listener has no metrics.
    let app = spawn_app().await;
    let none = client().get(app.url("/metrics")).send().await.unwrap();
    assert_eq!(none.status(), 404);

    // With a token: only its bearer reads them.
    let data = tempfile::tempdir().unwrap();
    let app = spawn_app_with_secrets(
        data,
        |_| {},
        |secrets| secrets.metrics_token = Some(MetricsToken(TOKEN.to_owned())),
    )
    .await;
    let anonymous = client().get(app.url("/metrics")).send().await.unwrap();
    assert_eq!(anonymous.status(), 401);
    assert_eq!(
        anonymous.headers()[header::WWW_AUTHENTICATE],
        "Bearer realm=\"metrics\""
    );
    let wrong = client()
        .get(app.url("/metrics"))
        .bearer_auth("scraper-token-for-the-test")
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), 401);
    // A signed-in admin is not an operator.
    let admin = app.signed_in(ADMIN).await;
    let signed_in = admin.get(app.url("/metrics")).send().await.unwrap();
    assert_eq!(signed_in.status(), 401);
    let operator = client()
        .get(app.url("/metrics"))
        .bearer_auth(TOKEN)
        .send()
        .await
        .unwrap();
    assert_eq!(operator.status(), 200);
    assert!(operator.headers()[header::CONTENT_TYPE]
        .to_str()
        .unwrap()
        .starts_with("text/plain; version=0.0.4"));
    let text = operator.text().await.unwrap();
    assert!(
        text.contains("# TYPE portico_http_requests_total counter"),
        "{text}"
    );
}

#[tokio::test]
async fn metrics_count_requests_workos_calls_the_cache_the_trail_and_refusals() {
    let data = tempfile::tempdir().unwrap();
    let app = spawn_app_with(data, |config| {
        config.operations.metrics_addr = OptionalListenAddr(Some(crate::loopback_any_port()));
    })
    .await;
    let scrape_url = format!(
        "http://{}/metrics",
        app.running.metrics_addr.expect("a metrics listener")
    );
    let scrape = || async {
        let response = client().get(&scrape_url).send().await.unwrap();
        assert_eq!(response.status(), 200);
        response.text().await.unwrap()
    };
    // The metrics listener serves nothing else.
    let other = client()
        .get(scrape_url.replace("/metrics", "/settings"))
        .send()
        .await
        .unwrap();
    assert_eq!(other.status(), 404);

    // Tests share the process's recorder: each figure is read as what this test added.
    let before = scrape().await;
    let admin = app.signed_in(ADMIN).await;
    let link = app
        .post(&admin, "/api/portal_link", &[("intent", "sso")])
        .await;
    assert_eq!(link.status(), 200);
    for _ in 0..2 {
        let page = admin.get(app.url("/settings")).send().await.unwrap();
        assert_eq!(page.status(), 200);
    }
    let refused = app
        .post(
            &client(),
            "/api/login",
            &[("email", MEMBER), ("password", "not the password")],
        )
        .await;
    assert_eq!(refused.status(), 401);
    let after = scrape().await;
    let added = |name: &str, labels: &[(&str, &str)]| {
        sample(&after, name, labels) - sample(&before, name, labels)
    };

    let link_route = [("route", "/api/portal_link"), ("method", "POST")];
    assert!(
        added(
            "portico_http_requests_total",
            &[link_route[0], link_route[1], ("status", "200")]
        ) >= 1.0,
        "{after}"
    );
    assert!(added("portico_http_request_duration_seconds_count", &link_route) >= 1.0);
    assert!(
        added(
            "portico_http_requests_total",
            &[("route", "/settings"), ("method", "GET"), ("status", "200")]
        ) >= 2.0
    );
    assert!(
        added(
            "workos_calls_total",
            &[
                ("endpoint", "POST /portal/generate_link"),
                ("outcome", "ok")
            ]
        ) >= 1.0
    );
    // The second view of the page found the status cached.
    assert!(added("portico_status_cache_lookups_total", &[("result", "hit")]) >= 1.0);
    assert!(added("portico_status_cache_lookups_total", &[("result", "miss")]) >= 1.0);
    // Sign-in, the link and the refused sign-in: three rows at least.
    assert!(added("portico_audit_rows_written_total", &[]) >= 3.0);
    assert!(added("portico_audit_batch_rows_count", &[]) >= 1.0);
    assert!(
        added(
            "portico_sign_in_refusals_total",
            &[("reason", "wrong_password")]
        ) >= 1.0
    );
    // Read from this instance's own database and pool when scraped.
    assert_eq!(sample(&after, "portico_sessions_active", &[]), 1.0);
    assert!(sample(&after, "portico_db_pool_connections", &[]) >= 1.0);
    // No id ever becomes a label.
    assert!(!after.contains("org_"), "{after}");
}
