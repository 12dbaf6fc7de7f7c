//! The emulator over real HTTP: one test binary, each test with its own emulator.

mod basics;
mod fidelity;
mod sso;
mod webhooks;

use reqwest::{header, redirect::Policy, Client, Method};
use serde_json::Value;
use std::{collections::HashMap, net::SocketAddr};
use workos_emulator::{Options, RateLimit, RunningEmulator};

pub const KEY: &str = "sk_test_emulator_integration_key";

/// A standalone emulator on a free loopback port, in memory, with WorkOS's rate limit.
pub async fn emulator() -> RunningEmulator {
    workos_emulator::spawn(Options {
        rate_limit: Some(RateLimit::WORKOS),
        ..Options::new(SocketAddr::from(([127, 0, 0, 1], 0)), KEY)
    })
    .await
    .expect("emulator starts")
}

/// A browser-like client: keeps cookies, does not follow redirects.
pub fn client() -> Client {
    Client::builder()
        .cookie_store(true)
        .redirect(Policy::none())
        .build()
        .expect("client")
}

/// One API call: status, JSON body (null when none) and X-Request-ID.
pub async fn call(
    e: &RunningEmulator,
    method: Method,
    path: &str,
    key: &str,
    body: Option<Value>,
) -> (u16, Value, Option<String>) {
    let mut request = Client::new()
        .request(method, e.base_url.join(path).expect("path"))
        .bearer_auth(key);
    if let Some(body) = body {
        request = request.json(&body);
    }
    let response = request.send().await.expect("request");
    let status = response.status().as_u16();
    let request_id = response
        .headers()
        .get("x-request-id")
        .map(|v| v.to_str().expect("ascii").to_owned());
    let body = response.json().await.unwrap_or(Value::Null);
    (status, body, request_id)
}

pub async fn get(e: &RunningEmulator, path: &str) -> (u16, Value, Option<String>) {
    call(e, Method::GET, path, KEY, None).await
}

pub async fn post(e: &RunningEmulator, path: &str, body: Value) -> (u16, Value, Option<String>) {
    call(e, Method::POST, path, KEY, Some(body)).await
}

pub async fn delete(e: &RunningEmulator, path: &str) -> u16 {
    call(e, Method::DELETE, path, KEY, None).await.0
}

/// Calls one of the emulator's own `/__emulator/` control routes.
pub async fn control(e: &RunningEmulator, method: Method, path: &str, body: Value) {
    let (status, _, _) = call(e, method, path, KEY, Some(body)).await;
    assert!((200..300).contains(&status), "{path}: {status}");
}

/// Opens a portal link the way a person would and lands on the session page.
pub async fn open_portal(browser: &Client, e: &RunningEmulator, link: &str) -> reqwest::Url {
    let launched = browser.get(link).send().await.expect("launch");
    assert_eq!(launched.status(), 303, "link launches");
    let session = launched.headers()[header::LOCATION]
        .to_str()
        .expect("ascii")
        .to_owned();
    e.base_url.join(&session).expect("session URL")
}

/// Completes a hosted-portal flow: open the link, pick `choice`.
pub async fn complete_portal(e: &RunningEmulator, link: &str, choice: &str) -> reqwest::Response {
    let browser = client();
    let session = open_portal(&browser, e, link).await;
    browser
        .post(session)
        .form(&[("choice", choice)])
        .send()
        .await
        .expect("complete")
}

/// A new organization's id.
pub async fn organization(e: &RunningEmulator, name: &str) -> String {
    let (status, org, _) = post(e, "/organizations", serde_json::json!({ "name": name })).await;
    assert_eq!(status, 201);
    org["id"].as_str().expect("id").to_owned()
}

/// A fresh portal link for one organization and intent.
pub async fn link(e: &RunningEmulator, body: Value) -> String {
    let (status, answer, _) = post(e, "/portal/generate_link", body).await;
    assert_eq!(status, 201, "{answer}");
    answer["link"].as_str().expect("link").to_owned()
}
