//! The emulator over real HTTP, checked against WorkOS's documented shapes, and the
//! `workos` client against it.

use crate::{call, client, complete_portal, control, emulator, get, post, KEY};
use reqwest::Client;
use serde_json::{json, Value};
use workos::{
    types::{ConnectionFilter, CreateOrganization, GenerateLink, ListOptions},
    ApiKey, ClientOptions, PortalIntent, WorkosClient, WorkosError,
};

#[tokio::test]
async fn a_wrong_or_missing_key_gets_workos_401() {
    let e = emulator().await;
    let (status, body, request_id) = call(
        &e,
        reqwest::Method::GET,
        "/organizations",
        "sk_test_wrong",
        None,
    )
    .await;
    assert_eq!((status, body), (401, json!({"message": "Unauthorized"})));
    assert!(request_id.is_some(), "X-Request-ID on errors too");
    let response = Client::new()
        .get(e.base_url.join("/organizations").unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 401);
}

#[tokio::test]
async fn organizations_are_created_read_and_listed_in_workos_shape() {
    let e = emulator().await;
    let (status, org, _) = post(&e, "/organizations", json!({"name": "Globex", "domain_data": [{"domain": "globex.example", "state": "verified"}]}))
    .await;
    assert_eq!(status, 201);
    assert_eq!(org["object"], "organization");
    let id = org["id"].as_str().unwrap();
    assert!(id.starts_with("org_") && id.len() == 30, "{id}");
    assert_eq!(org["domains"][0]["object"], "organization_domain");
    assert_eq!(org["domains"][0]["state"], "verified");
    assert!(org["created_at"].as_str().unwrap().ends_with('Z'));

    let (status, fetched, _) = get(&e, &format!("/organizations/{id}")).await;
    assert_eq!((status, &fetched), (200, &org));

    let (status, list, _) = get(&e, "/organizations?limit=5&order=desc").await;
    assert_eq!(status, 200);
    assert_eq!(list["object"], "list");
    assert_eq!(list["data"][0]["id"], id);
    assert_eq!(
        list["list_metadata"],
        json!({"before": null, "after": null})
    );

    let (status, body, _) = get(&e, "/organizations/org_01NOTTHERE0000000000000000").await;
    assert_eq!(status, 404);
    assert_eq!(body["code"], "entity_not_found");
    assert_eq!(body["entity_id"], "org_01NOTTHERE0000000000000000");

    let (status, body, _) = post(&e, "/organizations", json!({"name": ""})).await;
    assert_eq!(status, 422);
    assert_eq!(body["errors"][0]["field"], "name");
    let (status, body, _) = get(&e, "/organizations?limit=500").await;
    assert_eq!(
        (status, body["errors"][0]["field"].as_str()),
        (422, Some("limit"))
    );
}

#[tokio::test]
async fn generate_link_accepts_every_intent_and_refuses_bad_requests_as_documented() {
    let e = emulator().await;
    let (_, org, _) = post(&e, "/organizations", json!({"name": "Initech"})).await;
    let org_id = org["id"].as_str().unwrap();
    for intent in [
        "sso",
        "dsync",
        "audit_logs",
        "log_streams",
        "domain_verification",
        "certificate_renewal",
        "bring_your_own_key",
    ] {
        let (status, body, _) = post(&e, "/portal/generate_link", json!({"organization": org_id, "intent": intent, "success_url": "http://127.0.0.1:1/settings"}))
        .await;
        assert_eq!(status, 201, "{intent}");
        assert!(
            body["link"]
                .as_str()
                .unwrap()
                .contains("/portal/launch?secret="),
            "{intent}"
        );
    }

    let (status, body, _) = post(
        &e,
        "/portal/generate_link",
        json!({"organization": "org_01UNKNOWN00000000000000000", "intent": "sso"}),
    )
    .await;
    assert_eq!(status, 400);
    assert_eq!(
        body,
        json!({"message": "Organization not found: 'org_01UNKNOWN00000000000000000'."})
    );

    let (status, body, _) = post(
        &e,
        "/portal/generate_link",
        json!({"organization": org_id, "intent": "nope", "return_url": "not a url"}),
    )
    .await;
    assert_eq!(status, 422);
    let fields: Vec<&str> = body["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["intent", "return_url"]);
    assert_eq!(body["message"], "Validation failed");

    let contacts: Vec<String> = (0..21).map(|i| format!("it{i}@initech.example")).collect();
    let (status, body, _) = post(
        &e,
        "/portal/generate_link",
        json!({"organization": org_id, "intent": "sso", "it_contact_emails": contacts}),
    )
    .await;
    assert_eq!(
        (status, body["errors"][0]["field"].as_str()),
        (422, Some("it_contact_emails"))
    );
    let (status, _, _) = post(&e, "/portal/generate_link", json!({"organization": org_id, "intent": "sso", "it_contact_emails": ["it@initech.example"]})).await;
    assert_eq!(status, 201);

    let response = Client::new()
        .post(e.base_url.join("/portal/generate_link").unwrap())
        .bearer_auth(KEY)
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
    assert!(response.json::<Value>().await.unwrap()["message"].is_string());
}

#[tokio::test]
async fn portico_client_maps_emulator_answers_to_typed_errors() {
    let e = emulator().await;
    let client = WorkosClient::new(
        e.base_url.clone(),
        ApiKey::new(KEY),
        ClientOptions::default(),
    )
    .unwrap();
    let org = client
        .create_organization(&CreateOrganization {
            name: "Hooli".into(),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(client.get_organization(&org.id).await.unwrap(), org);
    let of_org = ConnectionFilter {
        organization_id: Some(org.id.clone()),
        ..Default::default()
    };
    assert!(client
        .list_connections(&of_org, &ListOptions::default())
        .await
        .unwrap()
        .data
        .is_empty());

    let missing = GenerateLink::new("org_01MISSING00000000000000000", PortalIntent::Sso);
    let error = client.generate_portal_link(&missing).await.unwrap_err();
    assert!(
        matches!(
            error,
            WorkosError::OrganizationNotFound {
                request_id: Some(_),
                ..
            }
        ),
        "{error:?}"
    );
    let error = client
        .get_organization("org_01MISSING00000000000000000")
        .await
        .unwrap_err();
    assert!(
        matches!(error, WorkosError::OrganizationNotFound { .. }),
        "{error:?}"
    );

    let wrong_key = WorkosClient::new(
        e.base_url.clone(),
        ApiKey::new("sk_test_wrong"),
        ClientOptions::default(),
    )
    .unwrap();
    let error = wrong_key.get_organization(&org.id).await.unwrap_err();
    assert!(
        matches!(
            error,
            WorkosError::Unauthorized {
                request_id: Some(_)
            }
        ),
        "{error:?}"
    );

    e.task.abort();
    let _ = e.task.await;
    let error = client.get_organization(&org.id).await.unwrap_err();
    assert!(matches!(error, WorkosError::Unreachable(_)), "{error:?}");
}

#[tokio::test]
async fn links_expire_after_five_minutes_and_work_once() {
    let e = emulator().await;
    let (_, org, _) = post(&e, "/organizations", json!({"name": "Clock"})).await;
    let generate = || async {
        let (status, body, _) = post(
            &e,
            "/portal/generate_link",
            json!({"organization": org["id"], "intent": "sso"}),
        )
        .await;
        assert_eq!(status, 201);
        body["link"].as_str().unwrap().to_owned()
    };
    let browser = client();
    let fresh = generate().await;
    control(
        &e,
        reqwest::Method::POST,
        "/__emulator/clock",
        json!({"advance_seconds": 299}),
    )
    .await;
    let opened = browser.get(&fresh).send().await.unwrap();
    assert_eq!(opened.status(), 303, "still valid just before five minutes");
    assert!(
        opened.headers().contains_key("x-request-id"),
        "portal pages carry X-Request-ID too"
    );
    let reused = browser.get(&fresh).send().await.unwrap();
    assert_eq!(reused.status(), 410);

    let late = generate().await;
    control(
        &e,
        reqwest::Method::POST,
        "/__emulator/clock",
        json!({"advance_seconds": 301}),
    )
    .await;
    let expired = browser.get(&late).send().await.unwrap();
    assert_eq!(expired.status(), 410);
    let page = expired.text().await.unwrap();
    assert!(page.contains("This setup link has expired") && page.contains("start the setup again"));

    let made_up = browser
        .get(e.base_url.join("/portal/launch?secret=nope").unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(made_up.status(), 410);
    let no_secret = browser
        .get(e.base_url.join("/portal/launch").unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(no_secret.status(), 410);
}

#[tokio::test]
async fn every_portal_flow_changes_what_the_api_reports() {
    let e = emulator().await;
    let (_, org, _) = post(&e, "/organizations", json!({"name": "Flows"})).await;
    let org_id = org["id"].as_str().unwrap();
    let link = |intent: &'static str| {
        let e = &e;
        async move {
            let (_, body, _) = call(
                e,
                reqwest::Method::POST,
                "/portal/generate_link",
                KEY,
                Some(json!({"organization": org_id, "intent": intent, "success_url": format!("http://127.0.0.1:9/done?{intent}")})),
            )
            .await;
            body["link"].as_str().unwrap().to_owned()
        }
    };
    for (intent, choice) in [
        ("sso", "GoogleSAML"),
        ("dsync", "workday"),
        ("domain_verification", "flows.example"),
        ("audit_logs", "Splunk"),
        ("log_streams", "Datadog"),
        ("certificate_renewal", "renewed"),
        ("bring_your_own_key", "configured"),
    ] {
        let done = complete_portal(&e, &link(intent).await, choice).await;
        assert_eq!(done.status(), 303, "{intent}");
        assert_eq!(
            done.headers()["location"],
            format!("http://127.0.0.1:9/done?{intent}").as_str()
        );
    }
    let (_, connections, _) = get(&e, &format!("/connections?organization_id={org_id}")).await;
    assert_eq!(connections["data"][0]["connection_type"], "GoogleSAML");
    assert_eq!(connections["data"][0]["state"], "active");
    let (_, directories, _) = get(&e, &format!("/directories?organization_id={org_id}")).await;
    assert_eq!(directories["data"][0]["type"], "workday");
    assert_eq!(directories["data"][0]["state"], "linked");
    let (_, org, _) = get(&e, &format!("/organizations/{org_id}")).await;
    assert_eq!(org["domains"][0]["domain"], "flows.example");
    assert_eq!(org["domains"][0]["state"], "verified");
    let (_, completions, _) = get(
        &e,
        &format!("/__emulator/completions?organization_id={org_id}"),
    )
    .await;
    let recorded: Vec<(&str, &str)> = completions["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["intent"].as_str().unwrap(), c["detail"].as_str().unwrap()))
        .collect();
    assert_eq!(
        recorded,
        [
            ("audit_logs", "Splunk"),
            ("log_streams", "Datadog"),
            ("certificate_renewal", "renewed"),
            ("bring_your_own_key", "configured")
        ]
    );
}

#[tokio::test]
async fn idempotency_keys_replay_the_first_answer_and_refuse_a_different_request() {
    let e = emulator().await;
    let post = |body: serde_json::Value| {
        Client::new()
            .post(e.base_url.join("/organizations").unwrap())
            .bearer_auth(KEY)
            .header("idempotency-key", "same-key-1")
            .json(&body)
            .send()
    };
    let first = post(json!({"name": "Idem"})).await.unwrap();
    assert_eq!(first.status(), 201);
    let first_id = first.headers()["x-request-id"].clone();
    let first: Value = first.json().await.unwrap();
    let again = post(json!({"name": "Idem"})).await.unwrap();
    assert_eq!(again.status(), 201);
    assert_eq!(again.headers()["idempotent-replayed"], "true");
    assert_ne!(
        again.headers()["x-request-id"],
        first_id,
        "each response has its own request id"
    );
    assert_eq!(again.json::<Value>().await.unwrap(), first);
    let different = post(json!({"name": "Other"})).await.unwrap();
    assert_eq!(different.status(), 400);
    assert!(different.json::<Value>().await.unwrap()["message"]
        .as_str()
        .unwrap()
        .contains("Idempotency-Key"));
    let (_, list, _) = get(&e, "/organizations").await;
    assert_eq!(list["data"].as_array().unwrap().len(), 1, "created once");
}

#[tokio::test]
async fn organization_updates_deletes_domains_and_conflicts_follow_workos() {
    let e = emulator().await;
    let (status, org, _) = post(
        &e,
        "/organizations",
        json!({"name": "Up", "external_id": "ext-up", "metadata": {"tier": "gold"}}),
    )
    .await;
    assert_eq!(status, 201);
    assert_eq!(org["metadata"]["tier"], "gold");
    let id = org["id"].as_str().unwrap();
    let (status, body, _) = post(
        &e,
        "/organizations",
        json!({"name": "Dup", "external_id": "ext-up"}),
    )
    .await;
    assert_eq!(
        (status, body["code"].as_str()),
        (400, Some("external_id_already_used"))
    );

    let (status, updated, _) = call(
        &e,
        reqwest::Method::PUT,
        &format!("/organizations/{id}"),
        KEY,
        Some(json!({"domain_data": [{"domain": "up.example", "state": "verified"}]})),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(
        (
            updated["name"].as_str(),
            updated["domains"][0]["state"].as_str()
        ),
        (Some("Up"), Some("verified"))
    );
    let (status, _, _) = call(
        &e,
        reqwest::Method::PUT,
        "/organizations/org_01NOTHERE00000000000000000",
        KEY,
        Some(json!({"name": "x"})),
    )
    .await;
    assert_eq!(status, 404);

    let (status, domain, _) = post(
        &e,
        "/organization_domains",
        json!({"organization_id": id, "domain": "two.example"}),
    )
    .await;
    assert_eq!((status, domain["state"].as_str()), (201, Some("pending")));
    let (status, _, _) = post(
        &e,
        "/organization_domains",
        json!({"organization_id": id, "domain": "two.example"}),
    )
    .await;
    assert_eq!(status, 409, "a domain belongs to one organization");
    let (status, body, _) = post(
        &e,
        "/organization_domains",
        json!({"organization_id": id, "domain": "not a domain"}),
    )
    .await;
    assert_eq!(
        (status, body["errors"][0]["field"].as_str()),
        (422, Some("domain"))
    );

    let response = Client::new()
        .delete(e.base_url.join(&format!("/organizations/{id}")).unwrap())
        .bearer_auth(KEY)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 202);
    let (status, _, _) = get(&e, "/organizations/external_id/ext-up").await;
    assert_eq!(status, 404);
    let (status, _, _) = call(
        &e,
        reqwest::Method::DELETE,
        &format!("/organizations/{id}"),
        KEY,
        None,
    )
    .await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn provider_icons_are_served_like_the_public_cdn_without_a_key() {
    let e = emulator().await;
    let http = Client::new();
    let list: Value = http
        .get(format!("{}provider-icons.json", e.base_url))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let slugs: Vec<&str> = list["icons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["slug"].as_str().unwrap())
        .collect();
    assert!(
        slugs.contains(&"okta") && slugs.contains(&"bamboo-hr"),
        "{slugs:?}"
    );

    let light = http
        .get(format!("{}provider-icons/light/okta.svg", e.base_url))
        .send()
        .await
        .unwrap();
    assert_eq!(light.status(), 200);
    assert_eq!(light.headers()["content-type"], "image/svg+xml");
    let etag = light.headers()["etag"].clone();
    let light = light.text().await.unwrap();
    assert!(light.starts_with("<svg") && light.contains(r#"data-icon="okta""#));
    let dark = http
        .get(format!("{}provider-icons/dark/okta.svg", e.base_url))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_ne!(light, dark, "each theme has its own drawing");

    let again = http
        .get(format!("{}provider-icons/light/okta.svg", e.base_url))
        .header("if-none-match", etag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 304);
    for missing in [
        "provider-icons/light/nope.svg",
        "provider-icons/sepia/okta.svg",
        "provider-icons/light/okta.png",
    ] {
        let response = http
            .get(format!("{}{missing}", e.base_url))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 404, "{missing}");
    }
}
