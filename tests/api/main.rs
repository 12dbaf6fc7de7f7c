//! Portico's integration tests, one binary: each test starts the real app on port 0
//! with its own data directory and embedded WorkOS emulator.

mod activity;
mod auth;
mod bad_input;
mod cli;
mod console;
mod doctor;
mod domains;
mod embed;
mod events_api;
mod fuzz;
mod host_api;
mod host_webhooks;
mod http;
mod icons;
mod it_admins;
mod languages;
mod lifecycle;
mod live_status;
mod load_balanced;
mod members;
mod notifications;
mod operations;
mod pages;
mod plans;
mod portal;
mod security;
mod shared_instances;
mod sso;
mod staff;
mod status;
mod webhooks;
mod workos_contract;

use portico::server::{
    self,
    config::{
        values::{Dir, ListenAddr},
        Config,
    },
    Running, Secrets,
};
use reqwest::{header, redirect::Policy, Client, Response};
use serde_json::Value;
use std::net::SocketAddr;
use workos_emulator::RunningEmulator;

pub const PASSWORD: &str = "integration-test-password";
pub const ADMIN: &str = "ada@acme.example";
pub const MEMBER: &str = "max@acme.example";
/// What test hosts sign embed tokens with (the app's `PORTICO_EMBED_SECRET`).
pub const EMBED_SECRET: &str = "integration-test-embed-secret-32-bytes-or-more";
/// What the test WorkOS signs webhook deliveries with (the app's `WORKOS_WEBHOOK_SECRET`).
pub const WEBHOOK_SECRET: &str = "whsec_integration_test_secret";

pub struct TestApp {
    pub base: String,
    pub running: Running,
    pub data: tempfile::TempDir,
}

pub fn loopback_any_port() -> SocketAddr {
    SocketAddr::from(([127, 0, 0, 1], 0))
}

/// Loopback on free ports, everything stored under `data_dir`.
pub fn config_in(data_dir: &std::path::Path) -> Config {
    let mut config = Config::default();
    config.http.addr = ListenAddr(loopback_any_port());
    config.workos.emulator_addr = ListenAddr(loopback_any_port());
    config.paths.data_dir = Dir(data_dir.to_path_buf());
    // Each test's own (empty) site, never the shared build.
    config.paths.site_dir = Dir(data_dir.join("site"));
    config
}

/// The PostgreSQL server the suite also runs on (`scripts/test` starts a throw-away one
/// and sets `PORTICO_TEST_POSTGRES_URL`); unset: SQLite in each data directory.
pub fn postgres_server() -> Option<String> {
    std::env::var("PORTICO_TEST_POSTGRES_URL")
        .ok()
        .filter(|url| !url.trim().is_empty())
}

/// The database of the Portico data directory `data_dir` in this run: on the suite's
/// PostgreSQL server, a database of its own, made on first use and named in a file
/// in it (so a restart finds it); `None`: SQLite in the data directory.
pub async fn database_for(data_dir: &std::path::Path) -> Option<String> {
    use sqlx::{Connection, Executor};
    let server = postgres_server()?;
    let named = data_dir.join(".postgres-url");
    if let Ok(url) = std::fs::read_to_string(&named) {
        return Some(url);
    }
    let name = format!("portico_{}", ulid::Ulid::new().to_string().to_lowercase());
    let mut admin = sqlx::PgConnection::connect(&server)
        .await
        .expect("the suite's PostgreSQL server");
    admin
        .execute(format!("CREATE DATABASE {name}").as_str())
        .await
        .expect("a test database");
    let mut url = url::Url::parse(&server).expect("PORTICO_TEST_POSTGRES_URL is a URL");
    url.set_path(&name);
    std::fs::create_dir_all(data_dir).expect("the data directory");
    std::fs::write(&named, url.as_str()).expect("the test database's name");
    Some(url.to_string())
}

/// The database [`database_for`] made for `data_dir`, for a command run beside a served
/// app (`PORTICO_DATABASE_URL`); `None` with SQLite.
pub fn database_of(data_dir: &std::path::Path) -> Option<(&'static str, String)> {
    let url = std::fs::read_to_string(data_dir.join(".postgres-url")).ok()?;
    Some(("PORTICO_DATABASE_URL", url))
}

/// The database of a Portico data directory, on whichever engine this run uses, as the
/// served app left it.
pub async fn open_database(data_dir: &std::path::Path) -> portico::server::db::Pool {
    let url = database_of(data_dir).map(|(_, url)| url);
    portico::server::db::connect(data_dir, url.as_deref())
        .await
        .expect("the app's database")
}

pub async fn spawn_app() -> TestApp {
    spawn_app_in(tempfile::tempdir().expect("temp dir")).await
}

/// Starts the app on `data`, which may already hold files (e.g. a built site in `site/`).
pub async fn spawn_app_in(data: tempfile::TempDir) -> TestApp {
    spawn_app_with(data, |_| {}).await
}

/// Starts the app with the configuration changed by `change`.
pub async fn spawn_app_with(data: tempfile::TempDir, change: impl FnOnce(&mut Config)) -> TestApp {
    spawn_app_with_secrets(data, change, |_| {}).await
}

/// Starts the app with the configuration and the test secrets changed.
pub async fn spawn_app_with_secrets(
    data: tempfile::TempDir,
    change: impl FnOnce(&mut Config),
    change_secrets: impl FnOnce(&mut Secrets),
) -> TestApp {
    let mut config = config_in(data.path());
    change(&mut config);
    let mut secrets = Secrets {
        workos_api_key: None,
        demo_password: Some(PASSWORD.to_owned()),
        embed_secret: Some(EMBED_SECRET.to_owned()),
        database_url: database_for(&config.paths.data_dir.0).await,
        metrics_token: None,
        webhook_secret: Some(portico::server::config::WebhookSecret(
            WEBHOOK_SECRET.to_owned(),
        )),
        smtp_url: None,
    };
    change_secrets(&mut secrets);
    let running = server::start(config, secrets).await.expect("app starts");
    let base = running.public_url.as_str().trim_end_matches('/').to_owned();
    TestApp {
        base,
        running,
        data,
    }
}

/// The session cookie an answer sets, as a `Cookie` header sends it back (`name=value`).
pub fn set_cookie(response: &Response) -> String {
    let cookie = response.headers()[header::SET_COOKIE]
        .to_str()
        .expect("a Set-Cookie header");
    cookie.split(';').next().unwrap_or_default().to_owned()
}

/// A browser-like client: keeps cookies, does not follow redirects.
pub fn client() -> Client {
    Client::builder()
        .cookie_store(true)
        .redirect(Policy::none())
        .build()
        .expect("client")
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// POSTs a form the way Portico's own pages do (same Origin).
    pub async fn post(&self, client: &Client, path: &str, form: &[(&str, &str)]) -> Response {
        post_form(client, &self.base, path, form).await
    }

    pub async fn get_text(&self, client: &Client, path: &str) -> String {
        let response = client.get(self.url(path)).send().await.expect("request");
        response.text().await.expect("body")
    }

    pub async fn get_json(&self, client: &Client, path: &str) -> Value {
        let response = client.get(self.url(path)).send().await.expect("request");
        response.json().await.expect("JSON body")
    }

    pub async fn sign_in(&self, client: &Client, email: &str) -> Response {
        self.post(
            client,
            "/api/login",
            &[("email", email), ("password", PASSWORD)],
        )
        .await
    }

    pub async fn signed_in(&self, email: &str) -> Client {
        let client = client();
        let response = self.sign_in(&client, email).await;
        assert_eq!(response.status(), 200, "sign-in as {email}");
        client
    }

    /// Finishes a setup at the embedded emulator as an admin does: asks Portico for the
    /// portal link for `intent`, then picks `choice` there and is sent back.
    pub async fn finish_setup(&self, admin: &Client, intent: &str, choice: &str) {
        let emulator = self.running.emulator.as_ref().expect("embedded emulator");
        let link: String = self
            .post(admin, "/api/portal_link", &[("intent", intent)])
            .await
            .json()
            .await
            .expect("a portal link");
        let done = complete_portal(emulator, &link, choice).await;
        assert_eq!(done.status(), 303, "{intent} set up as {choice}");
    }

    /// The trail's actions, oldest first, each followed by its outcome unless it
    /// succeeded: `user.sign_in`, `user.sign_in refused`.
    pub async fn audit_actions(&self) -> Vec<String> {
        let rows: Vec<(String, String)> =
            sqlx::query_as("SELECT action, outcome FROM audit_events ORDER BY id")
                .fetch_all(&self.running.state.db)
                .await
                .expect("audit rows");
        rows.into_iter()
            .map(|(action, outcome)| match outcome.as_str() {
                "succeeded" => action,
                _ => format!("{action} {outcome}"),
            })
            .collect()
    }

    /// The request id of the newest audit row.
    pub async fn last_audit_request_id(&self) -> String {
        let (id,): (Option<String>,) =
            sqlx::query_as("SELECT request_id FROM audit_events ORDER BY id DESC LIMIT 1")
                .fetch_one(&self.running.state.db)
                .await
                .expect("an audit row");
        id.unwrap_or_default()
    }

    /// How many WorkOS API calls the embedded emulator has answered.
    pub async fn workos_calls(&self) -> u64 {
        emulator_calls(self.running.emulator.as_ref().expect("embedded emulator")).await
    }
}

/// Reads a server function's JSON error body.
pub async fn error_body(response: Response) -> (u16, String, String) {
    let status = response.status().as_u16();
    let body: Value = response.json().await.expect("JSON error body");
    (
        status,
        body["kind"].as_str().unwrap_or_default().to_owned(),
        body["message"].as_str().unwrap_or_default().to_owned(),
    )
}

pub const EMULATOR_KEY: &str = "sk_test_emulator_integration_key";

/// A standalone emulator with WorkOS's own rate limit, in memory.
pub async fn spawn_emulator() -> RunningEmulator {
    workos_emulator::spawn(workos_emulator::Options {
        rate_limit: Some(workos_emulator::RateLimit::WORKOS),
        ..workos_emulator::Options::new(loopback_any_port(), EMULATOR_KEY)
    })
    .await
    .expect("emulator starts")
}

/// Reads `path` of the emulator's WorkOS API with its key.
pub async fn emulator_get(emulator: &RunningEmulator, path: &str) -> Value {
    Client::new()
        .get(emulator.base_url.join(path).unwrap())
        .bearer_auth(&emulator.api_key)
        .send()
        .await
        .expect("emulator answers")
        .json()
        .await
        .expect("emulator's JSON")
}

/// Calls one of the emulator's own `/__emulator/` control routes.
pub async fn control(emulator: &RunningEmulator, method: reqwest::Method, path: &str, body: Value) {
    let response = Client::new()
        .request(method, emulator.base_url.join(path).unwrap())
        .bearer_auth(&emulator.api_key)
        .json(&body)
        .send()
        .await
        .expect("control request");
    assert!(
        response.status().is_success(),
        "{path}: {}",
        response.status()
    );
}

pub async fn inject_fault(emulator: &RunningEmulator, fault: Value) {
    control(emulator, reqwest::Method::POST, "/__emulator/faults", fault).await;
}

/// WorkOS API calls the emulator has answered so far.
pub async fn emulator_calls(emulator: &RunningEmulator) -> u64 {
    let stats: Value = Client::new()
        .get(emulator.base_url.join("/__emulator/stats").unwrap())
        .bearer_auth(&emulator.api_key)
        .send()
        .await
        .expect("stats")
        .json()
        .await
        .expect("stats json");
    stats["api_requests"].as_u64().expect("api_requests")
}

/// Follows a portal link as a browser does: the browser, and its portal session's URL.
pub async fn launch_portal(emulator: &RunningEmulator, link: &str) -> (Client, reqwest::Url) {
    let browser = client();
    let launched = browser.get(link).send().await.expect("launch");
    assert_eq!(launched.status(), 303, "link launches");
    let session = launched.headers()[header::LOCATION]
        .to_str()
        .unwrap()
        .to_owned();
    (browser, emulator.base_url.join(&session).unwrap())
}

/// Completes a hosted-portal flow the way a person would: open the link, pick `choice`.
pub async fn complete_portal(
    emulator: &RunningEmulator,
    link: &str,
    choice: &str,
) -> reqwest::Response {
    let (browser, session) = launch_portal(emulator, link).await;
    browser
        .post(session)
        .form(&[("choice", choice)])
        .send()
        .await
        .expect("complete")
}

/// POSTs a form to the Portico at `base` the way its own pages do (same Origin): for a
/// `serve_process` one as [`TestApp::post`] is for an in-process one.
pub async fn post_form(client: &Client, base: &str, path: &str, form: &[(&str, &str)]) -> Response {
    client
        .post(format!("{base}{path}"))
        .header(header::ORIGIN, base)
        .form(form)
        .send()
        .await
        .expect("request")
}

/// `portico serve` as its own process, on a fresh data directory under `data`, with the
/// demo password and `env` set (anything else from this process's environment that
/// names Portico or WorkOS is removed). Its output goes to `out.txt` and `log.txt`
/// there (files, not pipes: nothing must block it when nobody reads). Returns it and its
/// base URL once it listens.
pub async fn serve_process(
    data: &std::path::Path,
    env: &[(&str, &str)],
) -> (std::process::Child, String) {
    std::fs::create_dir_all(data.join("site/pkg")).expect("site dir");
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_portico"));
    command.arg("serve").current_dir(data);
    for (name, _) in std::env::vars() {
        if name.starts_with("PORTICO_") || name.starts_with("WORKOS_") {
            command.env_remove(name);
        }
    }
    command
        .env("PORTICO_ADDR", "127.0.0.1:0")
        .env("PORTICO_DATA_DIR", data.join("data"))
        .env("PORTICO_SITE_DIR", data.join("site"))
        .env("PORTICO_DEMO_PASSWORD", PASSWORD)
        .envs(
            database_for(&data.join("data"))
                .await
                .map(|url| ("PORTICO_DATABASE_URL", url)),
        )
        .envs(env.iter().copied())
        .stdout(std::fs::File::create(data.join("out.txt")).expect("out.txt"))
        .stderr(std::fs::File::create(data.join("log.txt")).expect("log.txt"));
    let mut child = command.spawn().expect("portico serve");
    for _ in 0..300 {
        let out = std::fs::read_to_string(data.join("out.txt")).unwrap_or_default();
        if let Some(url) = out
            .split("open ")
            .nth(1)
            .and_then(|rest| rest.split("/settings").next())
        {
            return (child, url.to_owned());
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let _ = child.kill();
    let _ = child.wait();
    let out = std::fs::read_to_string(data.join("out.txt")).unwrap_or_default();
    panic!("portico serve did not start: {out}");
}
