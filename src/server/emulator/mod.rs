//! A WorkOS API emulator, faithful enough that WorkOS's official SDKs work against it:
//! same paths at the root, JSON shapes, status codes and error bodies, plus hosted
//! Admin Portal pages a person can click through. Runs inside `portico serve` when no
//! `WORKOS_API_KEY` is set, or alone as `portico emulator`.

mod api;
mod control;
mod portal;
mod store;

pub use control::{Fault, RateLimit};
pub use store::Store;

/// A random password a person can type (letters and digits).
pub fn random_password() -> String {
    store::random_secret(16)
}

use crate::server::workos::ApiKey;
use axum::{
    extract::{Request, State},
    http::{header::AUTHORIZATION, HeaderValue, StatusCode},
    middleware::{self, Next},
    response::{IntoResponse, Response},
    routing::{get, post, put},
    Json, Router,
};
use std::{
    net::SocketAddr,
    path::PathBuf,
    sync::{
        atomic::{AtomicU64, Ordering},
        Arc,
    },
};
use url::Url;

#[derive(Clone)]
pub struct Emulator {
    pub store: Arc<Store>,
    controls: Arc<control::Controls>,
    /// WorkOS API calls answered (past the key check), for tests and `/__emulator/stats`.
    api_requests: Arc<AtomicU64>,
    key: Arc<ApiKey>,
    /// Where people's browsers reach the hosted portal pages.
    pub public_url: Url,
}

pub struct RunningEmulator {
    pub addr: SocketAddr,
    /// The one key it accepts.
    pub key: ApiKey,
    pub base_url: Url,
    pub task: tokio::task::JoinHandle<()>,
}

#[derive(Debug, thiserror::Error)]
pub enum EmulatorError {
    #[error("cannot listen on {addr}: {reason}. Fix: pick a free HOST:PORT (port 0 picks one)")]
    Bind { addr: SocketAddr, reason: String },
    #[error(transparent)]
    Store(#[from] store::StoreError),
}

/// Binds `addr` and serves the emulator in the background.
pub async fn spawn(
    addr: SocketAddr,
    key: ApiKey,
    state_file: Option<PathBuf>,
    rate_limit: Option<RateLimit>,
) -> Result<RunningEmulator, EmulatorError> {
    let store = Arc::new(Store::open(state_file)?);
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| EmulatorError::Bind {
            addr,
            reason: e.to_string(),
        })?;
    let bound = listener.local_addr().map_err(|e| EmulatorError::Bind {
        addr,
        reason: e.to_string(),
    })?;
    let base_url =
        Url::parse(&format!("http://{bound}")).expect("socket address is a valid URL host");
    let emulator = Emulator {
        store,
        controls: Arc::new(control::Controls::new(rate_limit)),
        api_requests: Arc::default(),
        key: Arc::new(key.clone()),
        public_url: base_url.clone(),
    };
    let app = router(emulator);
    let task = tokio::spawn(async move {
        if let Err(error) = axum::serve(crate::server::without_delay(listener), app).await {
            tracing::error!(%error, "emulator stopped");
        }
    });
    Ok(RunningEmulator {
        addr: bound,
        key,
        base_url,
        task,
    })
}

pub fn router(emulator: Emulator) -> Router {
    let api = Router::new()
        .route("/portal/generate_link", post(api::generate_link))
        .route(
            "/organizations",
            post(api::create_organization).get(api::list_organizations),
        )
        .route(
            "/organizations/{id}",
            get(api::get_organization)
                .put(api::update_organization)
                .delete(api::delete_organization),
        )
        .route(
            "/organizations/external_id/{external_id}",
            get(api::get_organization_by_external_id),
        )
        .route("/organization_domains", post(api::create_domain))
        .route(
            "/organization_domains/{id}",
            get(api::get_domain).delete(api::delete_domain),
        )
        .route(
            "/organization_domains/{id}/verify",
            post(api::verify_domain),
        )
        .route("/connections", get(api::list_connections))
        .route(
            "/connections/{id}",
            get(api::get_connection).delete(api::delete_connection),
        )
        .route("/directories", get(api::list_directories))
        .route(
            "/directories/{id}",
            get(api::get_directory).delete(api::delete_directory),
        )
        // Innermost first: idempotency replay, then faults, then the rate limit.
        .route_layer(middleware::from_fn_with_state(
            emulator.clone(),
            control::idempotency,
        ))
        .route_layer(middleware::from_fn_with_state(
            emulator.clone(),
            control::faults,
        ))
        .route_layer(middleware::from_fn_with_state(
            emulator.clone(),
            control::rate_limit,
        ));
    let controls = Router::new()
        .route(
            "/__emulator/faults",
            post(control::add_fault).delete(control::clear_faults),
        )
        .route("/__emulator/rate_limit", put(control::set_rate_limit))
        .route("/__emulator/clock", post(control::advance_clock))
        .route("/__emulator/completions", get(api::list_completions))
        .route("/__emulator/stats", get(stats));
    let keyed = api
        .merge(controls)
        .fallback(api::not_found)
        .layer(middleware::from_fn_with_state(
            emulator.clone(),
            require_key,
        ));
    let portal = Router::new()
        .route("/portal/launch", get(portal::launch))
        .route(
            "/portal/session/{id}",
            get(portal::show).post(portal::complete),
        );
    portal
        .merge(keyed)
        .with_state(emulator)
        .layer(middleware::from_fn(request_id))
}

/// Exactly `Authorization: Bearer <key>`, as WorkOS checks it.
async fn require_key(State(emulator): State<Emulator>, request: Request, next: Next) -> Response {
    let expected = format!("Bearer {}", emulator.key.expose());
    let given = request
        .headers()
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok());
    if given == Some(expected.as_str()) {
        if !request.uri().path().starts_with("/__emulator/") {
            emulator.api_requests.fetch_add(1, Ordering::Relaxed);
        }
        next.run(request).await
    } else {
        (
            StatusCode::UNAUTHORIZED,
            Json(serde_json::json!({"message": "Unauthorized"})),
        )
            .into_response()
    }
}

/// Emulator-only: counters a test can read.
async fn stats(State(emulator): State<Emulator>) -> Json<serde_json::Value> {
    Json(serde_json::json!({ "api_requests": emulator.api_requests.load(Ordering::Relaxed) }))
}

/// Every response carries an `X-Request-ID`, as WorkOS's do.
async fn request_id(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let id = ulid::Ulid::new().to_string().to_lowercase();
    if let Ok(value) = HeaderValue::from_str(&id) {
        response.headers_mut().insert("x-request-id", value);
    }
    response
}
