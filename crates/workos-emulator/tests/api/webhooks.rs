//! Webhook endpoints and signed deliveries, received by a real HTTP server.

use crate::{call, delete, get, post, KEY};
use axum::{
    body::Bytes, extract::State, http::HeaderMap, http::StatusCode, routing::post as on_post,
};
use reqwest::Method;
use serde_json::{json, Value};
use std::{
    net::SocketAddr,
    sync::{Arc, Mutex},
    time::Duration,
};
use workos::webhooks;
use workos_emulator::{Options, RunningEmulator};

#[tokio::test]
async fn endpoints_are_made_listed_changed_and_deleted_as_the_node_sdk_does() {
    let e = crate::emulator().await;
    let (status, made, _) = post(
        &e,
        "/webhook_endpoints",
        json!({ "endpoint_url": "https://app.example.com/webhooks", "events": ["connection.activated"] }),
    )
    .await;
    assert_eq!(status, 201, "{made}");
    assert_eq!(made["object"], "webhook_endpoint");
    assert_eq!(made["status"], "enabled");
    assert!(made["id"].as_str().unwrap().starts_with("we_"));
    assert!(made["secret"].as_str().unwrap().starts_with("whsec_"));
    let id = made["id"].as_str().unwrap().to_owned();

    // What WorkOS refuses: no https, no events, the same URL twice.
    for (body, field, code) in [
        (
            json!({ "endpoint_url": "http://app.example.com/hooks", "events": ["x.y"] }),
            "endpoint_url",
            "invalid_url",
        ),
        (
            json!({ "endpoint_url": "http://127.0.0.1:9/hooks", "events": ["x.y"] }),
            "endpoint_url",
            "invalid_url",
        ),
        (
            json!({ "endpoint_url": "https://app.example.com/other" }),
            "events",
            "required",
        ),
        (
            json!({ "endpoint_url": "https://app.example.com/other", "events": [] }),
            "events",
            "invalid_type",
        ),
        (
            json!({ "endpoint_url": "https://app.example.com/other", "events": [""] }),
            "events",
            "invalid_value",
        ),
        (json!({ "events": ["x.y"] }), "endpoint_url", "required"),
    ] {
        let (status, refusal, _) = post(&e, "/webhook_endpoints", body.clone()).await;
        assert_eq!(status, 422, "{body}: {refusal}");
        assert_eq!(refusal["errors"][0]["field"], field, "{body}");
        assert_eq!(refusal["errors"][0]["code"], code, "{body}");
    }
    let (status, _, _) = post(
        &e,
        "/webhook_endpoints",
        json!({ "endpoint_url": "https://app.example.com/webhooks", "events": ["dsync.activated"] }),
    )
    .await;
    assert_eq!(status, 409);

    let (status, list, _) = get(&e, "/webhook_endpoints").await;
    assert_eq!(status, 200);
    assert_eq!(list["data"].as_array().unwrap().len(), 1);
    assert!(list["list_metadata"].is_object());

    let path = format!("/webhook_endpoints/{id}");
    let (status, changed, _) = call(
        &e,
        Method::PATCH,
        &path,
        KEY,
        Some(json!({ "status": "disabled" })),
    )
    .await;
    assert_eq!(status, 200, "{changed}");
    assert_eq!(changed["status"], "disabled");
    assert_eq!(changed["events"], json!(["connection.activated"]));
    let (status, _, _) = call(
        &e,
        Method::PATCH,
        &path,
        KEY,
        Some(json!({ "status": "off" })),
    )
    .await;
    assert_eq!(status, 422);
    let missing = "/webhook_endpoints/we_01MISSING";
    let (status, _, _) = call(
        &e,
        Method::PATCH,
        missing,
        KEY,
        Some(json!({ "status": "enabled" })),
    )
    .await;
    assert_eq!(status, 404);
    assert_eq!(delete(&e, &path).await, 204);
    assert_eq!(delete(&e, &path).await, 404);
}

/// What a receiver got: each request's signature header and body.
type Received = Arc<Mutex<Vec<(Option<String>, Bytes)>>>;

/// A receiver on loopback that refuses its first `refusals` requests with 500.
async fn receiver(refusals: usize) -> (String, Received) {
    let received: Received = Arc::default();
    let app = axum::Router::new()
        .route(
            "/hooks",
            on_post(move |State(got): State<(Received, usize)>, headers: HeaderMap, body: Bytes| async move {
                let (got, refusals) = got;
                let mut got = got.lock().unwrap();
                let signature = headers
                    .get(webhooks::SIGNATURE_HEADER)
                    .map(|v| v.to_str().unwrap().to_owned());
                got.push((signature, body));
                if got.len() <= refusals {
                    StatusCode::INTERNAL_SERVER_ERROR
                } else {
                    StatusCode::OK
                }
            }),
        )
        .with_state((received.clone(), refusals));
    let listener = tokio::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], 0)))
        .await
        .unwrap();
    let url = format!("http://{}/hooks", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (url, received)
}

async fn quick_emulator() -> RunningEmulator {
    workos_emulator::spawn(Options {
        webhook_first_retry: Duration::from_millis(50),
        ..Options::new(SocketAddr::from(([127, 0, 0, 1], 0)), KEY)
    })
    .await
    .unwrap()
}

async fn deliveries(e: &RunningEmulator) -> Vec<Value> {
    let (_, list, _) = get(e, "/__emulator/webhooks/deliveries").await;
    list["data"].as_array().unwrap().clone()
}

/// Waits (up to 5 s) until every delivery has ended, then returns them.
async fn settled(e: &RunningEmulator, count: usize) -> Vec<Value> {
    for _ in 0..100 {
        let all = deliveries(e).await;
        if all.len() == count && all.iter().all(|d| d["state"] != "pending") {
            return all;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("deliveries did not settle: {:?}", deliveries(e).await);
}

async fn emit(e: &RunningEmulator, name: &str) -> Value {
    let (status, event, _) = post(
        e,
        "/__emulator/events",
        json!({ "event": name, "data": { "id": "conn_01", "organization_id": "org_01" } }),
    )
    .await;
    assert_eq!(status, 201, "{event}");
    event
}

#[tokio::test]
async fn events_are_delivered_signed_retried_paused_and_replayed() {
    let e = quick_emulator().await;
    let (url, received) = receiver(1).await;
    let secret = "whsec_chosen_by_the_test";
    let (status, endpoint, _) = post(
        &e,
        "/__emulator/webhook_endpoints",
        json!({ "endpoint_url": url, "events": ["connection.activated"], "secret": secret }),
    )
    .await;
    assert_eq!(status, 201, "{endpoint}");

    let event = emit(&e, "connection.activated").await;
    emit(&e, "dsync.activated").await; // not subscribed: never sent
    let settled_now = settled(&e, 1).await;
    let delivery = &settled_now[0];
    assert_eq!(delivery["state"], "delivered", "{delivery}");
    assert_eq!(delivery["attempts"], 2, "refused once, then taken");
    assert_eq!(delivery["event_id"], event["id"]);
    {
        let got = received.lock().unwrap();
        assert_eq!(got.len(), 2);
        let now = i64::try_from(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_millis(),
        )
        .unwrap();
        for (signature, body) in got.iter() {
            let checked = webhooks::construct_event(
                signature.as_deref(),
                body,
                secret,
                now,
                webhooks::DEFAULT_TOLERANCE,
            )
            .expect("a valid signature");
            assert_eq!(checked.id, event["id"].as_str().unwrap());
            assert_eq!(serde_json::from_slice::<Value>(body).unwrap(), event);
        }
    }

    // Paused, deliveries wait; resumed, they go.
    let body = json!({ "paused": true });
    crate::control(&e, Method::PUT, "/__emulator/webhooks/paused", body).await;
    emit(&e, "connection.activated").await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(received.lock().unwrap().len(), 2, "sent while paused");
    let body = json!({ "paused": false });
    crate::control(&e, Method::PUT, "/__emulator/webhooks/paused", body).await;
    settled(&e, 2).await;
    assert_eq!(received.lock().unwrap().len(), 3);

    // A replay is a new delivery of the same event.
    let first = delivery["id"].as_str().unwrap();
    let (status, replay, _) = post(
        &e,
        &format!("/__emulator/webhooks/deliveries/{first}/replay"),
        json!({}),
    )
    .await;
    assert_eq!(status, 201, "{replay}");
    let all = settled(&e, 3).await;
    assert_eq!(all[2]["event_id"], event["id"]);
    assert_eq!(all[2]["state"], "delivered");
    let got = received.lock().unwrap();
    assert_eq!(got.len(), 4);
    assert_eq!(got[3].1, got[1].1, "the same event's JSON");
}

#[tokio::test]
async fn a_delivery_nobody_takes_fails_after_six_attempts() {
    let e = quick_emulator().await;
    let (url, received) = receiver(usize::MAX).await;
    let (status, _, _) = post(
        &e,
        "/__emulator/webhook_endpoints",
        json!({ "endpoint_url": url, "events": ["connection.deleted"] }),
    )
    .await;
    assert_eq!(status, 201);
    emit(&e, "connection.deleted").await;
    // 50 + 100 + 200 + 400 + 800 ms of waits.
    let all = settled(&e, 1).await;
    assert_eq!(all[0]["state"], "failed");
    assert_eq!(all[0]["attempts"], 6);
    assert_eq!(all[0]["last_status"], 500);
    assert_eq!(received.lock().unwrap().len(), 6);
}

#[tokio::test]
async fn each_change_the_api_makes_is_an_event() {
    let e = crate::emulator().await;
    let org = crate::organization(&e, "Evented").await;
    let (status, _, _) = call(
        &e,
        Method::PUT,
        &format!("/organizations/{org}"),
        KEY,
        Some(json!({ "name": "Renamed" })),
    )
    .await;
    assert_eq!(status, 200);
    let (status, domain, _) = post(
        &e,
        "/organization_domains",
        json!({ "organization_id": org, "domain": "evented.example" }),
    )
    .await;
    assert_eq!(status, 201, "{domain}");
    let domain_id = domain["id"].as_str().unwrap();
    assert_eq!(
        delete(&e, &format!("/organization_domains/{domain_id}")).await,
        204
    );
    assert_eq!(delete(&e, &format!("/organizations/{org}")).await, 202);
    let names = "organization.updated,organization_domain.created,organization_domain.deleted,organization.deleted";
    let (status, events, _) = get(&e, &format!("/events?events={names}")).await;
    assert_eq!(status, 200, "{events}");
    let seen: Vec<&str> = events["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|event| event["event"].as_str().unwrap())
        .collect();
    assert_eq!(
        seen,
        [
            "organization.updated",
            "organization_domain.created",
            "organization_domain.deleted",
            "organization.deleted"
        ]
    );
    assert_eq!(events["data"][0]["data"]["name"], "Renamed");
    assert_eq!(events["data"][2]["data"]["domain"], "evented.example");
}

#[tokio::test]
async fn the_controls_send_what_no_portal_flow_causes() {
    let e = crate::emulator().await;
    let org = crate::organization(&e, "Scenarios").await;
    for (intent, choice) in [("sso", "OktaSAML"), ("dsync", "okta scim v2.0")] {
        let link = crate::link(&e, json!({ "organization": org, "intent": intent })).await;
        assert_eq!(
            crate::complete_portal(&e, &link, choice).await.status(),
            200
        );
    }
    let (_, connections, _) = get(&e, &format!("/connections?organization_id={org}")).await;
    let connection = connections["data"][0]["id"].as_str().unwrap().to_owned();
    let (_, directories, _) = get(&e, &format!("/directories?organization_id={org}")).await;
    let directory = directories["data"][0]["id"].as_str().unwrap().to_owned();

    let (status, expiring, _) = post(
        &e,
        "/__emulator/events/certificate_expiring",
        json!({ "connection_id": connection, "days": 14 }),
    )
    .await;
    assert_eq!(status, 201, "{expiring}");
    assert_eq!(
        expiring["event"],
        "connection.saml_certificate_renewal_required"
    );
    assert_eq!(expiring["data"]["days_until_expiry"], 14);
    assert_eq!(expiring["data"]["certificate"]["is_expired"], false);
    assert_eq!(expiring["data"]["connection"]["organization_id"], org);

    let (status, revoked, _) = post(
        &e,
        "/__emulator/events/directory_credentials_revoked",
        json!({ "directory_id": directory }),
    )
    .await;
    assert_eq!(status, 201, "{revoked}");
    assert_eq!(revoked["event"], "dsync.token.revoked");
    assert_eq!(revoked["data"]["directory_id"], directory);
    let (_, now, _) = get(&e, &format!("/directories/{directory}")).await;
    assert_eq!(now["state"], "invalid_credentials");

    let failure = json!({ "connection_id": connection, "email": "ada@acme.example",
                          "code": "invalid_saml_response", "message": "The SAML response was not signed." });
    let (status, failed, _) = post(&e, "/__emulator/events/sso_failed", failure).await;
    assert_eq!(status, 201, "{failed}");
    assert_eq!(failed["event"], "authentication.sso_failed");
    assert_eq!(failed["data"]["error"]["code"], "invalid_saml_response");
    assert_eq!(failed["data"]["sso"]["connection_id"], connection);

    let missing = json!({ "connection_id": "conn_01MISSING", "days": 3 });
    let (status, _, _) = post(&e, "/__emulator/events/certificate_expiring", missing).await;
    assert_eq!(status, 404);
}
