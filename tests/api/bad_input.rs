//! Every endpoint against inputs it must refuse: a clear 4xx, nothing written, no panic.

use crate::{spawn_app, ADMIN};
use reqwest::header;

/// A form's fields.
type Form = &'static [(&'static str, &'static str)];

/// (method, path, a valid form for it)
const ENDPOINTS: &[(&str, &str, Form)] = &[
    ("POST", "/api/login", &[("email", ADMIN), ("password", "x")]),
    ("POST", "/api/portal_link", &[("intent", "sso")]),
    (
        "POST",
        "/api/choose_provider",
        &[("intent", "sso"), ("provider", "OktaSAML")],
    ),
    ("POST", "/api/switch_organization", &[("organization", "1")]),
    ("POST", "/api/add_domain", &[("domain", "x.example")]),
    ("POST", "/api/verify_domain", &[("id", "org_domain_1")]),
    ("POST", "/api/remove_domain", &[("id", "org_domain_1")]),
    (
        "POST",
        "/api/invite_it_admin",
        &[("email", "it@x.example"), ("areas[]", "sso")],
    ),
    ("GET", "/api/organization", &[("fresh", "true")]),
    ("GET", "/api/activity", &[("before", "1")]),
];

#[tokio::test]
async fn bad_inputs_get_a_clear_4xx_and_change_nothing() {
    let app = spawn_app().await;
    let admin = app.signed_in(ADMIN).await;
    let audit_before = app.audit_actions().await.len();
    let calls_before = app.workos_calls().await;
    let mut seen = Vec::new();
    for (method, path, valid) in ENDPOINTS {
        let form = |pairs: &[(&str, &str)]| {
            url::form_urlencoded::Serializer::new(String::new())
                .extend_pairs(pairs)
                .finish()
        };
        let first = valid.first().map(|(k, _)| *k).unwrap_or("x");
        let huge = "y".repeat(200 * 1024);
        let cases: Vec<(&str, Vec<u8>, &str)> = vec![
            ("empty", Vec::new(), "application/x-www-form-urlencoded"),
            (
                "huge",
                form(&[(first, huge.as_str())]).into_bytes(),
                "application/x-www-form-urlencoded",
            ),
            (
                "wrong type",
                b"{\"intent\": \"sso\"}".to_vec(),
                "application/json",
            ),
            (
                "broken UTF-8",
                [first.as_bytes(), b"=%FF%FE\xff\xfe"].concat(),
                "application/x-www-form-urlencoded",
            ),
            (
                "repeated",
                form(&[valid.to_vec(), valid.to_vec()].concat()).into_bytes(),
                "application/x-www-form-urlencoded",
            ),
            (
                "unknown field",
                form(&[valid.to_vec(), vec![("organization_id", "org_other")]].concat())
                    .into_bytes(),
                "application/x-www-form-urlencoded",
            ),
        ];
        for (case, body, content_type) in cases {
            if *method == "GET" && matches!(case, "huge" | "wrong type" | "empty") {
                continue;
            }
            let request = match *method {
                "GET" => admin.get(format!(
                    "{}?{}",
                    app.url(path),
                    String::from_utf8_lossy(&body)
                )),
                _ => admin.post(app.url(path)).body(body),
            };
            let response = request
                .header(header::ORIGIN, &app.base)
                .header(header::CONTENT_TYPE, content_type)
                .send()
                .await
                .unwrap();
            let status = response.status().as_u16();
            let body = response.text().await.unwrap_or_default();
            seen.push(format!(
                "{path} {case}: {status} {}",
                body.chars().take(120).collect::<String>()
            ));
        }
    }
    let not_refused: Vec<&String> = seen
        .iter()
        .filter(|line| {
            let status: u16 = line
                .split(": ")
                .nth(1)
                .and_then(|rest| rest.split(' ').next())
                .and_then(|s| s.parse().ok())
                .unwrap_or(0);
            !(400..500).contains(&status) || !line.contains("\"kind\":")
        })
        .collect();
    assert!(
        not_refused.is_empty(),
        "answered other than a clear 4xx: {not_refused:#?}"
    );
    assert_eq!(
        app.audit_actions().await.len(),
        audit_before,
        "nothing written"
    );
    assert_eq!(app.workos_calls().await, calls_before, "WorkOS never asked");
    let alive = admin.get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(alive.status(), 200);
}

/// Red team: unknown fields were refused only under one exact `Content-Type`: sent as
/// `text/plain`, in mixed case, or with no type at all, `organization_id=2` got a 200.
#[tokio::test]
async fn an_unknown_field_is_refused_whatever_the_content_type_says() {
    let app = spawn_app().await;
    let admin = app.signed_in(ADMIN).await;
    let audit_before = app.audit_actions().await.len();
    let body = "intent=sso&provider=OktaSAML&organization_id=2";
    for (content_type, status) in [
        (Some("text/plain"), 415),
        (Some("text/plain; charset=utf-8"), 415),
        (Some("application/json"), 415),
        (None, 415),
        (Some("Application/X-WWW-Form-Urlencoded"), 400),
        (
            Some("APPLICATION/x-www-form-urlencoded ; charset=UTF-8"),
            400,
        ),
    ] {
        let mut request = admin
            .post(app.url("/api/choose_provider"))
            .header(header::ORIGIN, &app.base)
            .body(body);
        if let Some(content_type) = content_type {
            request = request.header(header::CONTENT_TYPE, content_type);
        }
        let response = request.send().await.unwrap();
        let answered = response.status();
        let answer: serde_json::Value = response.json().await.unwrap();
        assert_eq!(answered, status, "{content_type:?}: {answer}");
        let kind = if status == 415 {
            "unsupported_media_type"
        } else {
            "bad_request"
        };
        assert_eq!(answer["kind"], kind, "{content_type:?}: {answer}");
    }
    assert_eq!(
        app.audit_actions().await.len(),
        audit_before,
        "nothing happened"
    );
    // The same fields, well sent, still work, in any case of the type.
    let response = admin
        .post(app.url("/api/choose_provider"))
        .header(header::ORIGIN, &app.base)
        .header(header::CONTENT_TYPE, "Application/X-WWW-Form-Urlencoded")
        .body("intent=sso&provider=OktaSAML")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
}
