//! Inline domain verification through the server functions the settings page posts to.

use crate::{error_body, spawn_app, ADMIN, MEMBER};
use workos::types::CreateOrganization;

/// The demo organization's domains as the settings page gets them.
async fn domains(app: &crate::TestApp, client: &reqwest::Client) -> Vec<(String, String)> {
    let overview = app.get_json(client, "/api/organization").await;
    overview["domains"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["domain"].as_str().unwrap().to_owned(),
                d["state"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[tokio::test]
async fn an_admin_claims_checks_and_removes_a_domain_and_each_step_is_audited() {
    let app = spawn_app().await;
    let admin = app.signed_in(ADMIN).await;
    assert_eq!(
        domains(&app, &admin).await,
        [("acme.example".to_owned(), "pending".to_owned())]
    );

    let response = app
        .post(
            &admin,
            "/api/add_domain",
            &[("domain", " Widgets.Example. ")],
        )
        .await;
    assert_eq!(response.status(), 200);
    let listed = domains(&app, &admin).await;
    assert!(
        listed.contains(&("widgets.example".to_owned(), "pending".to_owned())),
        "shown at once, not after the status cache expires: {listed:?}"
    );

    let overview = app.get_json(&admin, "/api/organization").await;
    let widgets = overview["domains"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["domain"] == "widgets.example")
        .unwrap()
        .clone();
    let id = widgets["id"].as_str().unwrap();
    assert_eq!(
        widgets["record"][0].as_str(),
        Some("_workos-challenge.widgets.example")
    );

    let response = app.post(&admin, "/api/verify_domain", &[("id", id)]).await;
    assert_eq!(response.status(), 200);
    assert!(domains(&app, &admin)
        .await
        .contains(&("widgets.example".to_owned(), "failed".to_owned())));

    let response = app.post(&admin, "/api/remove_domain", &[("id", id)]).await;
    assert_eq!(response.status(), 200);
    assert!(!domains(&app, &admin)
        .await
        .iter()
        .any(|(d, _)| d == "widgets.example"));

    let actions = app.audit_actions().await;
    for action in ["domain.add", "domain.verify", "domain.remove"] {
        assert!(actions.iter().any(|a| a == action), "{action}: {actions:?}");
    }
}

#[tokio::test]
async fn bad_domains_are_refused_before_workos_is_asked() {
    let app = spawn_app().await;
    let admin = app.signed_in(ADMIN).await;
    let calls = app.workos_calls().await;
    for (typed, says) in [
        ("", "Enter a domain, such as acme.com."),
        ("https://acme.example", "Enter just the domain"),
        ("acme", "needs a dot"),
        ("10.1.2.3", "is an IP address"),
    ] {
        let response = app
            .post(&admin, "/api/add_domain", &[("domain", typed)])
            .await;
        let (status, kind, message) = error_body(response).await;
        assert_eq!((status, kind.as_str()), (400, "bad_request"), "{typed:?}");
        assert!(message.contains(says), "{typed:?}: {message}");
    }
    assert_eq!(app.workos_calls().await, calls, "WorkOS was not asked");

    // Typed with a space, it says so, not that it "has more than a domain".
    let response = app
        .post(&admin, "/api/add_domain", &[("domain", "not a domain")])
        .await;
    let (_, _, message) = error_body(response).await;
    assert_eq!(
        message,
        "\"not a domain\" has spaces in it. Enter just the domain, such as acme.com."
    );

    // The organization's own domain, still waiting for DNS: it is on the page already.
    let response = app
        .post(&admin, "/api/add_domain", &[("domain", "acme.example")])
        .await;
    let (status, _, message) = error_body(response).await;
    assert_eq!(status, 409);
    assert!(
        message
            .starts_with("acme.example is already one of your domains, waiting for its DNS record"),
        "{message}"
    );

    // Another organization's domain at WorkOS: that one is for WorkOS to sort out.
    let workos = &app.running.state.workos;
    let other = workos
        .create_organization(&CreateOrganization {
            name: "Initech".into(),
            ..Default::default()
        })
        .await
        .unwrap();
    workos
        .create_organization_domain(&other.id, "initech.example")
        .await
        .unwrap();
    let response = app
        .post(&admin, "/api/add_domain", &[("domain", "initech.example")])
        .await;
    let (status, _, message) = error_body(response).await;
    assert_eq!(status, 409);
    assert!(
        message.contains("initech.example is already claimed by an organization at WorkOS"),
        "{message}"
    );
}

#[tokio::test]
async fn members_cannot_touch_domains_and_nobody_reaches_another_organizations() {
    let app = spawn_app().await;
    let member = app.signed_in(MEMBER).await;
    let response = app
        .post(&member, "/api/add_domain", &[("domain", "member.example")])
        .await;
    assert_eq!(response.status(), 403);
    let overview = app.get_json(&member, "/api/organization").await;
    assert_eq!(
        overview["domains"],
        serde_json::json!([]),
        "no DNS records for members"
    );

    // Another WorkOS organization's domain, by its real id.
    let workos = &app.running.state.workos;
    let other = workos
        .create_organization(&CreateOrganization {
            name: "Initech".into(),
            ..Default::default()
        })
        .await
        .unwrap();
    let theirs = workos
        .create_organization_domain(&other.id, "initech.example")
        .await
        .unwrap();
    let admin = app.signed_in(ADMIN).await;
    for path in ["/api/verify_domain", "/api/remove_domain"] {
        let response = app.post(&admin, path, &[("id", theirs.id.as_str())]).await;
        let (status, _, message) = error_body(response).await;
        assert_eq!(status, 404, "{path}");
        assert!(
            message.contains("not one of your organization's"),
            "{message}"
        );
    }
    let after = workos.get_organization_domain(&theirs.id).await.unwrap();
    assert_eq!(after.state, "pending", "neither checked nor removed");

    // An id that is not WorkOS's never leaves Portico.
    let calls = app.workos_calls().await;
    let response = app
        .post(
            &admin,
            "/api/verify_domain",
            &[("id", "../organizations/x")],
        )
        .await;
    assert_eq!(response.status(), 404);
    assert_eq!(app.workos_calls().await, calls);

    let signed_out = crate::client();
    let response = app
        .post(&signed_out, "/api/add_domain", &[("domain", "x.example")])
        .await;
    assert_eq!(response.status(), 401);
}
