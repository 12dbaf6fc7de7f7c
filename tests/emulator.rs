//! The WorkOS emulator over real HTTP, checked against WorkOS's documented shapes,
//! and Portico's own client against it.

mod common;

use portico::server::{
    emulator::RunningEmulator,
    workos::{
        types::CreateOrganization, types::GenerateLink, ApiKey, ClientOptions, WorkosClient,
        WorkosError,
    },
};
use reqwest::Client;
use serde_json::{json, Value};

const KEY: &str = common::EMULATOR_KEY;

async fn emulator() -> RunningEmulator {
    common::spawn_emulator().await
}

async fn call(
    e: &RunningEmulator,
    method: reqwest::Method,
    path: &str,
    key: &str,
    body: Option<Value>,
) -> (u16, Value, Option<String>) {
    let mut request = Client::new()
        .request(method, e.base_url.join(path).unwrap())
        .bearer_auth(key);
    if let Some(body) = body {
        request = request.json(&body);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let request_id = response
        .headers()
        .get("x-request-id")
        .map(|v| v.to_str().unwrap().to_owned());
    let body = response.json().await.unwrap_or(Value::Null);
    (status, body, request_id)
}

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
    let (status, org, _) = call(
        &e,
        reqwest::Method::POST,
        "/organizations",
        KEY,
        Some(json!({"name": "Globex", "domain_data": [{"domain": "globex.example", "state": "verified"}]})),
    )
    .await;
    assert_eq!(status, 201);
    assert_eq!(org["object"], "organization");
    let id = org["id"].as_str().unwrap();
    assert!(id.starts_with("org_") && id.len() == 30, "{id}");
    assert_eq!(org["domains"][0]["object"], "organization_domain");
    assert_eq!(org["domains"][0]["state"], "verified");
    assert!(org["created_at"].as_str().unwrap().ends_with('Z'));

    let (status, fetched, _) = call(
        &e,
        reqwest::Method::GET,
        &format!("/organizations/{id}"),
        KEY,
        None,
    )
    .await;
    assert_eq!((status, &fetched), (200, &org));

    let (status, list, _) = call(
        &e,
        reqwest::Method::GET,
        "/organizations?limit=5&order=desc",
        KEY,
        None,
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(list["object"], "list");
    assert_eq!(list["data"][0]["id"], id);
    assert_eq!(
        list["list_metadata"],
        json!({"before": null, "after": null})
    );

    let (status, body, _) = call(
        &e,
        reqwest::Method::GET,
        "/organizations/org_01NOTTHERE0000000000000000",
        KEY,
        None,
    )
    .await;
    assert_eq!(status, 404);
    assert_eq!(body["code"], "entity_not_found");
    assert_eq!(body["entity_id"], "org_01NOTTHERE0000000000000000");

    let (status, body, _) = call(
        &e,
        reqwest::Method::POST,
        "/organizations",
        KEY,
        Some(json!({"name": ""})),
    )
    .await;
    assert_eq!(status, 422);
    assert_eq!(body["errors"][0]["field"], "name");
    let (status, body, _) = call(
        &e,
        reqwest::Method::GET,
        "/organizations?limit=500",
        KEY,
        None,
    )
    .await;
    assert_eq!(
        (status, body["errors"][0]["field"].as_str()),
        (422, Some("limit"))
    );
}

#[tokio::test]
async fn generate_link_accepts_every_intent_and_refuses_bad_requests_as_documented() {
    let e = emulator().await;
    let (_, org, _) = call(
        &e,
        reqwest::Method::POST,
        "/organizations",
        KEY,
        Some(json!({"name": "Initech"})),
    )
    .await;
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
        let (status, body, _) = call(
            &e,
            reqwest::Method::POST,
            "/portal/generate_link",
            KEY,
            Some(json!({"organization": org_id, "intent": intent, "success_url": "http://127.0.0.1:1/settings"})),
        )
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

    let (status, body, _) = call(
        &e,
        reqwest::Method::POST,
        "/portal/generate_link",
        KEY,
        Some(json!({"organization": "org_01UNKNOWN00000000000000000", "intent": "sso"})),
    )
    .await;
    assert_eq!(status, 400);
    assert_eq!(
        body,
        json!({"message": "Could not find an organization with the id, org_01UNKNOWN00000000000000000."})
    );

    let (status, body, _) = call(
        &e,
        reqwest::Method::POST,
        "/portal/generate_link",
        KEY,
        Some(json!({"organization": org_id, "intent": "nope", "return_url": "not a url"})),
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
    assert!(client
        .list_connections(&org.id)
        .await
        .unwrap()
        .data
        .is_empty());

    let missing = GenerateLink {
        organization: "org_01MISSING00000000000000000".into(),
        intent: "sso".into(),
        return_url: None,
        success_url: None,
    };
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
