//! A WorkOS API emulator, faithful enough that WorkOS's official SDKs (Node, Python)
//! work against it unchanged: same paths at the root, JSON shapes, status codes and
//! error bodies, plus hosted Admin Portal pages a person can click through, and
//! emulator-only control routes under `/__emulator/` for tests (faults, rate limit,
//! clock, outbox, reset). See the crate's README.

#![warn(missing_docs)]

mod api;
pub mod cli;
mod control;
mod icons;
mod portal;
mod store;

pub use control::{Fault, RateLimit};
pub use store::{
    random_password, Completion, Email, Store, StoreError, LINK_LIFETIME, VERIFICATION_PREFIX,
};

use axum::{
    extract::{Request, State},
    http::{header::AUTHORIZATION, HeaderValue, StatusCode},
    middleware::{self, Next},
    response::{IntoResponse, Response},
    routing::{delete, get, post, put},
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

/// The emulator's shared state, handed to every route.
#[derive(Clone)]
pub struct Emulator {
    /// Objects, links and sessions.
    pub store: Arc<Store>,
    controls: Arc<control::Controls>,
    /// WorkOS API calls answered (past the key check), for tests and `/__emulator/stats`.
    api_requests: Arc<AtomicU64>,
    key: Arc<str>,
    /// Where people's browsers reach the hosted portal pages.
    pub public_url: Url,
    /// Whether the `/__emulator/` control routes are served.
    controls_enabled: bool,
}

impl Emulator {
    /// The portal address that launches the link with this secret.
    fn link(&self, secret: String) -> String {
        let mut link = self
            .public_url
            .join("/portal/launch")
            .expect("constant path");
        link.query_pairs_mut().append_pair("secret", &secret);
        link.into()
    }
}

/// How to run an emulator.
#[derive(Clone, Debug)]
pub struct Options {
    /// Where to listen (port 0 picks a free one).
    pub addr: SocketAddr,
    /// The one API key it accepts (`Authorization: Bearer …`).
    pub api_key: String,
    /// Keep objects in this JSON file across restarts (memory only without it).
    pub state_file: Option<PathBuf>,
    /// Per-key rate limit; WorkOS's own is 6000 requests per 60 s.
    pub rate_limit: Option<RateLimit>,
    /// Serve the `/__emulator/` control routes (faults, clock, reset, outbox...).
    pub control_routes: bool,
}

impl Options {
    /// Loopback on `addr`, memory only, no rate limit, control routes on.
    pub fn new(addr: SocketAddr, api_key: impl Into<String>) -> Options {
        Options {
            addr,
            api_key: api_key.into(),
            state_file: None,
            rate_limit: None,
            control_routes: true,
        }
    }
}

/// A started emulator.
pub struct RunningEmulator {
    /// Where it listens.
    pub addr: SocketAddr,
    /// The one key it accepts.
    pub api_key: String,
    /// `http://{addr}`: the API base URL and the portal's origin.
    pub base_url: Url,
    /// The server task.
    pub task: tokio::task::JoinHandle<()>,
}

/// Why the emulator could not start.
#[derive(Debug, thiserror::Error)]
pub enum EmulatorError {
    /// The address is taken or not ours.
    #[error("cannot listen on {addr}: {reason}. Fix: pick a free HOST:PORT (port 0 picks one)")]
    Bind {
        /// The address asked for.
        addr: SocketAddr,
        /// What the system said.
        reason: String,
    },
    /// The state file is unreadable.
    #[error(transparent)]
    Store(#[from] store::StoreError),
}

/// Binds and serves the emulator in the background.
pub async fn spawn(options: Options) -> Result<RunningEmulator, EmulatorError> {
    let Options {
        addr,
        api_key: key,
        state_file,
        rate_limit,
        control_routes,
    } = options;
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
        key: Arc::from(key.as_str()),
        public_url: base_url.clone(),
        controls_enabled: control_routes,
    };
    let app = router(emulator);
    let task = tokio::spawn(async move {
        if let Err(error) = axum::serve(without_delay(listener), app).await {
            tracing::error!(%error, "emulator stopped");
        }
    });
    Ok(RunningEmulator {
        addr: bound,
        api_key: key,
        base_url,
        task,
    })
}

/// Sets TCP_NODELAY on every accepted connection. Without it a response written in two
/// parts (headers, then body) waits for the peer's delayed ACK: ~40 ms per request.
/// The concrete type, so axum can still give handlers the peer address (`ConnectInfo`).
pub fn without_delay(
    listener: tokio::net::TcpListener,
) -> axum::serve::TapIo<tokio::net::TcpListener, fn(&mut tokio::net::TcpStream)> {
    use axum::serve::ListenerExt;
    fn no_delay(tcp: &mut tokio::net::TcpStream) {
        if let Err(error) = tcp.set_nodelay(true) {
            tracing::debug!(%error, "could not set TCP_NODELAY");
        }
    }
    listener.tap_io(no_delay as fn(&mut tokio::net::TcpStream))
}

/// All routes: the WorkOS API, the hosted portal, and (when enabled) the controls.
pub fn router(emulator: Emulator) -> Router {
    let api = Router::new()
        .route("/portal/generate_link", post(api::portal::generate_link))
        .route("/portal/revoke_link", post(api::portal::revoke_link))
        .route(
            "/organizations",
            post(api::organizations::create_organization)
                .get(api::organizations::list_organizations),
        )
        .route(
            "/organizations/{id}",
            get(api::organizations::get_organization)
                .put(api::organizations::update_organization)
                .delete(api::organizations::delete_organization),
        )
        .route(
            "/organizations/external_id/{external_id}",
            get(api::organizations::get_organization_by_external_id),
        )
        .route(
            "/organizations/{id}/audit_log_configuration",
            get(api::audit_logs::audit_log_configuration),
        )
        .route(
            "/organizations/{id}/it_contacts",
            get(api::it_contacts::list_it_contacts).post(api::it_contacts::create_it_contact),
        )
        .route(
            "/organizations/{id}/it_contacts/{contact_id}",
            delete(api::it_contacts::delete_it_contact),
        )
        .route(
            "/organizations/{id}/it_contacts/{contact_id}/invite",
            post(api::it_contacts::invite_it_contact),
        )
        .route(
            "/organizations/{id}/it_contacts/{contact_id}/revoke",
            post(api::it_contacts::revoke_it_contact),
        )
        .route("/organization_domains", post(api::domains::create_domain))
        .route(
            "/organization_domains/{id}",
            get(api::domains::get_domain).delete(api::domains::delete_domain),
        )
        .route(
            "/organization_domains/{id}/verify",
            post(api::domains::verify_domain),
        )
        .route("/events", get(api::events::list_events))
        .route("/connections", get(api::connections::list_connections))
        .route(
            "/connections/{id}",
            get(api::connections::get_connection).delete(api::connections::delete_connection),
        )
        .route("/directories", get(api::directories::list_directories))
        .route(
            "/directories/{id}",
            get(api::directories::get_directory).delete(api::directories::delete_directory),
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
        .route("/__emulator/dns", post(control::publish_txt))
        .route("/__emulator/events", post(control::emit_event))
        .route("/__emulator/reset", post(control::reset))
        .route(
            "/__emulator/completions",
            get(api::controls::list_completions),
        )
        .route("/__emulator/outbox", get(api::controls::list_outbox))
        .route("/__emulator/stats", get(stats));
    let api = if emulator.controls_enabled {
        api.merge(controls)
    } else {
        api
    };
    let keyed = api
        .fallback(api::responses::not_found)
        .layer(middleware::from_fn_with_state(
            emulator.clone(),
            require_key,
        ));
    let portal = Router::new()
        .route("/provider-icons.json", get(icons::list))
        .route("/provider-icons/{theme}/{file}", get(icons::icon))
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
    let expected = format!("Bearer {}", emulator.key);
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
