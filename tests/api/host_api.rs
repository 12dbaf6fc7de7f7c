//! The host API over HTTP: keys and scopes, every endpoint with its errors, idempotent
//! creation, per-key limits, a row per call, and the OpenAPI document naming every route.

use crate::{emulator_get, TestApp};
use portico::server::{api_keys, config::values::List};
use reqwest::{header, Client, Method, Response};
use serde_json::{json, Value};

async fn key(app: &TestApp, name: &str, scopes: &str) -> String {
    let scopes = api_keys::parse_scopes(scopes).unwrap();
    api_keys::create(&app.running.state.db, name, &scopes, "tests")
        .await
        .unwrap()
}

const ALL: &str = "organizations:read,organizations:write,members:write,embed:write";

async fn call(
    app: &TestApp,
    key: &str,
    method: Method,
    path: &str,
    body: Option<Value>,
) -> Response {
    let mut request = Client::new()
        .request(method, app.url(&format!("/api/v1{path}")))
        .bearer_auth(key);
    if let Some(body) = body {
        request = request.json(&body);
    }
    request.send().await.unwrap()
}

async fn json_of(response: Response) -> (u16, Value) {
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

async fn embedding_app() -> TestApp {
    crate::spawn_app_with(tempfile::tempdir().unwrap(), |config| {
        config.embed.hosts = List(vec!["host-product".to_owned()]);
        config.embed.origins = List(vec!["https://app.host.example".to_owned()]);
    })
    .await
}

#[tokio::test]
async fn calls_without_a_good_key_are_refused_in_the_one_error_shape() {
    let app = crate::spawn_app().await;
    let bare = Client::new()
        .get(app.url("/api/v1/organizations"))
        .send()
        .await
        .unwrap();
    let (status, body) = json_of(bare).await;
    assert_eq!(status, 401);
    assert_eq!(body["kind"], "unauthorized");
    assert!(
        body["message"]
            .as_str()
            .unwrap()
            .contains("Authorization: Bearer pk_live_"),
        "{body}"
    );
    assert!(
        body["request_id"].as_str().is_some_and(|id| !id.is_empty()),
        "{body}"
    );
    let unknown = call(&app, "pk_live_0000", Method::GET, "/organizations", None).await;
    assert_eq!(
        json_of(unknown).await.1["message"],
        "This API key is not known."
    );

    let reader = key(&app, "reader", "organizations:read").await;
    assert!(
        reader.starts_with("pk_live_") && reader.len() > 40,
        "{reader}"
    );
    let listed = call(&app, &reader, Method::GET, "/organizations", None).await;
    assert_eq!(listed.status(), 200);
    // A scope it lacks.
    let create = call(
        &app,
        &reader,
        Method::POST,
        "/organizations",
        Some(json!({"name": "Initech"})),
    )
    .await;
    let (status, body) = json_of(create).await;
    assert_eq!(
        (status, body["message"].as_str().unwrap()),
        (403, "This key does not have the organizations:write scope.")
    );
    // Revoked: refused from then on.
    api_keys::revoke(&app.running.state.db, "reader")
        .await
        .unwrap();
    let after = call(&app, &reader, Method::GET, "/organizations", None).await;
    let (status, body) = json_of(after).await;
    assert_eq!(status, 401);
    assert!(
        body["message"]
            .as_str()
            .unwrap()
            .starts_with("This API key was revoked on"),
        "{body}"
    );
    // The key's name is in the trail with each call.
    let rows: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT actor_email, outcome, detail FROM audit_events WHERE action = 'api.call' ORDER BY id",
    )
    .fetch_all(&app.running.state.db)
    .await
    .unwrap();
    assert_eq!(
        rows[0],
        (
            "API key (reader)".into(),
            "succeeded".into(),
            "GET /api/v1/organizations → 200".into()
        )
    );
    assert_eq!(
        rows[1],
        (
            "API key (reader)".into(),
            "refused".into(),
            "POST /api/v1/organizations → 403".into()
        )
    );
}

#[tokio::test]
async fn an_organization_is_created_once_per_idempotency_key_in_workos_and_portico() {
    let app = crate::spawn_app().await;
    let key = key(&app, "backend", ALL).await;
    let create = |body: Value, idempotency: &'static str| {
        Client::new()
            .post(app.url("/api/v1/organizations"))
            .bearer_auth(&key)
            .header("Idempotency-Key", idempotency)
            .json(&body)
            .send()
    };
    let body =
        json!({"name": "Initech", "domains": ["initech.example"], "areas": ["sso", "dsync"]});
    let (status, first) = json_of(create(body.clone(), "create-initech").await.unwrap()).await;
    assert_eq!(status, 201, "{first}");
    assert_eq!(first["name"], "Initech");
    assert_eq!(first["areas"], json!(["sso", "dsync"]));
    let workos_id = first["workos_organization_id"].as_str().unwrap().to_owned();
    let emulator = app.running.emulator.as_ref().unwrap();
    let at_workos = emulator_get(emulator, &format!("/organizations/{workos_id}")).await;
    assert_eq!(at_workos["domains"][0]["domain"], "initech.example");
    // The retry gets the same answer, and no second organization.
    let retry = create(body.clone(), "create-initech").await.unwrap();
    assert_eq!(retry.headers()["idempotent-replayed"], "true");
    assert_eq!(json_of(retry).await, (201, first.clone()));
    let listed = emulator_get(emulator, "/organizations?limit=100").await;
    let named: Vec<&Value> = listed["data"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| o["name"] == "Initech")
        .collect();
    assert_eq!(named.len(), 1, "{listed}");
    // The same key for another request is refused.
    let other = create(json!({"name": "Globochem"}), "create-initech")
        .await
        .unwrap();
    assert_eq!(other.status(), 409);
    // Bad input, each with its sentence; nothing is made.
    for (bad, says) in [
        (
            json!({"name": "  "}),
            "`name` must have 1 to 200 characters",
        ),
        (
            json!({"name": "X", "domains": ["not a domain"]}),
            "not a domain",
        ),
        (json!({"name": "X", "areas": ["saml"]}), "saml"),
        (json!({"name": "X", "owner": "me"}), "unknown field `owner`"),
    ] {
        let (status, error) = json_of(
            call(
                &app,
                &key,
                Method::POST,
                "/organizations",
                Some(bad.clone()),
            )
            .await,
        )
        .await;
        assert_eq!(status, 400, "{bad}: {error}");
        assert!(
            error["message"].as_str().unwrap().contains(says),
            "{bad}: {error}"
        );
    }
}

#[tokio::test]
async fn organizations_are_listed_read_planned_and_deleted() {
    let app = crate::spawn_app().await;
    let key = key(&app, "backend", ALL).await;
    let (_, page) =
        json_of(call(&app, &key, Method::GET, "/organizations?limit=1", None).await).await;
    assert_eq!(page["data"][0]["name"], "Acme");
    let after = page["next_after"].as_i64().unwrap();
    let (_, next) = json_of(
        call(
            &app,
            &key,
            Method::GET,
            &format!("/organizations?limit=1&after={after}"),
            None,
        )
        .await,
    )
    .await;
    assert_eq!(next["data"][0]["name"], "Globex");
    assert!(next["next_after"].is_null(), "{next}");
    let bad_limit = call(&app, &key, Method::GET, "/organizations?limit=0", None).await;
    assert_eq!(bad_limit.status(), 400);

    let acme = page["data"][0].clone();
    let by_workos = acme["workos_organization_id"].as_str().unwrap();
    let (status, got) = json_of(
        call(
            &app,
            &key,
            Method::GET,
            &format!("/organizations/{by_workos}"),
            None,
        )
        .await,
    )
    .await;
    assert_eq!((status, &got), (200, &acme));
    let missing = call(&app, &key, Method::GET, "/organizations/999999", None).await;
    assert_eq!(json_of(missing).await.0, 404);

    let id = acme["id"].as_i64().unwrap();
    let (status, status_body) = json_of(
        call(
            &app,
            &key,
            Method::GET,
            &format!("/organizations/{id}/status"),
            None,
        )
        .await,
    )
    .await;
    assert_eq!(status, 200, "{status_body}");
    assert_eq!(status_body["areas"].as_array().unwrap().len(), 7);
    assert_eq!(status_body["areas"][0]["area"], "sso");
    assert_eq!(status_body["areas"][0]["setup"], "not_configured");

    let plan = json!({"areas": ["sso", "audit_logs"]});
    let (status, planned) = json_of(
        call(
            &app,
            &key,
            Method::PUT,
            &format!("/organizations/{id}/plan"),
            Some(plan),
        )
        .await,
    )
    .await;
    assert_eq!(
        (status, &planned["areas"]),
        (200, &json!(["sso", "audit_logs"]))
    );
    let bad_plan = call(
        &app,
        &key,
        Method::PUT,
        &format!("/organizations/{id}/plan"),
        Some(json!({"areas": ["everything"]})),
    )
    .await;
    assert_eq!(bad_plan.status(), 400);

    let globex = next["data"][0]["id"].as_i64().unwrap();
    let deleted = call(
        &app,
        &key,
        Method::DELETE,
        &format!("/organizations/{globex}"),
        None,
    )
    .await;
    assert_eq!(deleted.status(), 204);
    let gone = call(
        &app,
        &key,
        Method::GET,
        &format!("/organizations/{globex}"),
        None,
    )
    .await;
    assert_eq!(gone.status(), 404);
}

#[tokio::test]
async fn members_are_added_changed_and_removed_with_the_last_admin_kept() {
    let app = crate::spawn_app().await;
    let key = key(&app, "backend", "organizations:read,members:write").await;
    let (_, page) =
        json_of(call(&app, &key, Method::GET, "/organizations?limit=1", None).await).await;
    let id = page["data"][0]["id"].as_i64().unwrap();
    let members = format!("/organizations/{id}/members");
    let (status, added) = json_of(
        call(
            &app,
            &key,
            Method::POST,
            &members,
            Some(json!({"email": "Joan@Acme.Example", "role": "member"})),
        )
        .await,
    )
    .await;
    assert_eq!(
        (status, &added),
        (
            201,
            &json!({"email": "joan@acme.example", "role": "member"})
        )
    );
    let again = call(
        &app,
        &key,
        Method::POST,
        &members,
        Some(json!({"email": "joan@acme.example", "role": "member"})),
    )
    .await;
    assert_eq!(again.status(), 409);
    let bad = call(
        &app,
        &key,
        Method::POST,
        &members,
        Some(json!({"email": "joan", "role": "member"})),
    )
    .await;
    assert_eq!(bad.status(), 400);
    let bad_role = call(
        &app,
        &key,
        Method::POST,
        &members,
        Some(json!({"email": "kim@acme.example", "role": "owner"})),
    )
    .await;
    assert_eq!(bad_role.status(), 400);
    let (status, changed) = json_of(
        call(
            &app,
            &key,
            Method::PATCH,
            &format!("{members}/joan@acme.example"),
            Some(json!({"role": "admin"})),
        )
        .await,
    )
    .await;
    assert_eq!((status, &changed["role"]), (200, &json!("admin")));
    let (_, listed) = json_of(call(&app, &key, Method::GET, &members, None).await).await;
    assert!(
        listed
            .as_array()
            .unwrap()
            .contains(&json!({"email": "joan@acme.example", "role": "admin"})),
        "{listed}"
    );
    let removed = call(
        &app,
        &key,
        Method::DELETE,
        &format!("{members}/joan@acme.example"),
        None,
    )
    .await;
    assert_eq!(removed.status(), 204);
    let not_member = call(
        &app,
        &key,
        Method::DELETE,
        &format!("{members}/joan@acme.example"),
        None,
    )
    .await;
    assert_eq!(not_member.status(), 404);
    let last_admin = call(
        &app,
        &key,
        Method::PATCH,
        &format!("{members}/ada@acme.example"),
        Some(json!({"role": "member"})),
    )
    .await;
    let (status, error) = json_of(last_admin).await;
    assert_eq!(status, 409, "{error}");
    // The trail names the key.
    let actions = app.audit_actions().await;
    assert!(
        actions.contains(&"membership.add".to_owned())
            && actions.contains(&"membership.remove".to_owned()),
        "{actions:?}"
    );
}

#[tokio::test]
async fn an_embed_url_opens_the_embedded_settings_once() {
    let app = embedding_app().await;
    let key = key(&app, "backend", "organizations:read,embed:write").await;
    let (_, page) =
        json_of(call(&app, &key, Method::GET, "/organizations?limit=1", None).await).await;
    let id = page["data"][0]["id"].as_i64().unwrap();
    let wanted = json!({"user_id": "u-42", "email": "ada@acme.example", "role": "admin"});
    let (status, minted) = json_of(
        call(
            &app,
            &key,
            Method::POST,
            &format!("/organizations/{id}/embed_url"),
            Some(wanted),
        )
        .await,
    )
    .await;
    assert_eq!(status, 201, "{minted}");
    let url = minted["url"].as_str().unwrap();
    assert!(url.starts_with(&app.url("/embed?token=")), "{url}");
    let browser = crate::client();
    let opened = browser.get(url).send().await.unwrap();
    assert_eq!(opened.status(), 303, "{:?}", opened.text().await);
    let twice = browser.get(url).send().await.unwrap();
    assert_ne!(twice.status(), 303, "a token works once");
    let bad = call(
        &app,
        &key,
        Method::POST,
        &format!("/organizations/{id}/embed_url"),
        Some(json!({"user_id": "", "email": "x@y.example", "role": "admin"})),
    )
    .await;
    assert_eq!(bad.status(), 400);
    // Without embed hosts configured, it says what to set up.
    let plain = crate::spawn_app().await;
    let plain_key = self::key(&plain, "backend", "organizations:read,embed:write").await;
    let (_, page) = json_of(
        call(
            &plain,
            &plain_key,
            Method::GET,
            "/organizations?limit=1",
            None,
        )
        .await,
    )
    .await;
    let id = page["data"][0]["id"].as_i64().unwrap();
    let wanted = json!({"user_id": "u-42", "email": "ada@acme.example", "role": "admin"});
    let (status, error) = json_of(
        call(
            &plain,
            &plain_key,
            Method::POST,
            &format!("/organizations/{id}/embed_url"),
            Some(wanted),
        )
        .await,
    )
    .await;
    assert_eq!(status, 409);
    assert!(
        error["message"].as_str().unwrap().contains("embed.hosts"),
        "{error}"
    );
}

#[tokio::test]
async fn each_key_is_held_to_its_rate() {
    let app = crate::spawn_app_with(tempfile::tempdir().unwrap(), |config| {
        config.host_api.calls_per_minute_per_key = portico::server::config::values::Bounded::new(2);
    })
    .await;
    let busy = key(&app, "busy", "organizations:read").await;
    let calm = key(&app, "calm", "organizations:read").await;
    let mut statuses = Vec::new();
    for _ in 0..3 {
        statuses.push(
            call(&app, &busy, Method::GET, "/organizations", None)
                .await
                .status()
                .as_u16(),
        );
    }
    assert_eq!(statuses, [200, 200, 429]);
    let limited = call(&app, &busy, Method::GET, "/organizations", None).await;
    assert!(limited.headers().contains_key(header::RETRY_AFTER));
    assert_eq!(
        call(&app, &calm, Method::GET, "/organizations", None)
            .await
            .status(),
        200,
        "another key has its own"
    );
}

#[tokio::test]
async fn the_openapi_document_names_every_route_and_its_scopes() {
    let app = crate::spawn_app().await;
    let document: Value = Client::new()
        .get(app.url("/api/v1/openapi.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(document["openapi"], "3.1.0");
    let paths = document["paths"].as_object().unwrap();
    let mut operations: Vec<String> = paths
        .iter()
        .flat_map(|(path, item)| {
            item.as_object()
                .unwrap()
                .keys()
                .map(move |method| format!("{} {path}", method.to_uppercase()))
        })
        .collect();
    operations.sort();
    assert_eq!(
        operations,
        [
            "DELETE /organizations/{organization}",
            "DELETE /organizations/{organization}/members/{email}",
            "DELETE /webhook_endpoints/{id}",
            "GET /organizations",
            "GET /organizations/{organization}",
            "GET /organizations/{organization}/members",
            "GET /organizations/{organization}/status",
            "GET /webhook_endpoints",
            "PATCH /organizations/{organization}/members/{email}",
            "POST /organizations",
            "POST /organizations/{organization}/embed_url",
            "POST /organizations/{organization}/members",
            "POST /webhook_endpoints",
            "PUT /organizations/{organization}/plan",
        ]
    );
    // Each is a real route: called without a key, it asks for one (not 404).
    for operation in &operations {
        let (method, path) = operation.split_once(' ').unwrap();
        let path = path
            .replace("{organization}", "1")
            .replace("{email}", "ada@acme.example");
        let response = Client::new()
            .request(
                Method::from_bytes(method.as_bytes()).unwrap(),
                app.url(&format!("/api/v1{path}")),
            )
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 401, "{operation}");
    }
    assert_eq!(
        document["components"]["securitySchemes"]["api_key"]["scheme"],
        "bearer"
    );
}
