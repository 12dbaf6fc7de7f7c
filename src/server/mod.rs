//! Everything that never reaches the browser.

pub mod activity;
pub mod api_context;
mod assets;
pub mod audit;
pub mod auth;
pub mod db;
pub mod doctor;
pub mod domains;
pub mod embed;
pub mod embedding;
pub mod errors;
pub mod form_errors;
mod form_fields;
pub mod headers;
pub mod icons;
pub mod it_admins;
mod limits;
pub mod members;
pub mod portal;
pub mod seed;
mod serve;
pub mod settings;
pub mod state;
pub mod status;

use crate::app::{shell, App};
use auth::origin_check::PublicOrigin;
use axum::{
    body::Body,
    extract::{Request, State},
    http::HeaderValue,
    middleware,
    response::{IntoResponse, Redirect},
    routing::{any, get},
    Router,
};
use leptos::prelude::provide_context;
use leptos_axum::{
    generate_route_list, handle_server_fns_with_context, AxumRouteListing, LeptosRoutes,
};
use settings::Settings;
use state::AppState;
use std::{
    net::SocketAddr,
    sync::{Arc, OnceLock},
};
use tower_http::{
    compression::CompressionLayer,
    request_id::{MakeRequestId, PropagateRequestIdLayer, RequestId, SetRequestIdLayer},
    services::ServeDir,
    trace::{DefaultOnFailure, TraceLayer},
};
use tower_sessions::CachingSessionStore;
use tower_sessions::{cookie::SameSite, Expiry, SessionManagerLayer};
use tower_sessions_moka_store::MokaStore;
use tower_sessions_sqlx_store::SqliteStore;
use url::Url;
use workos::{ApiKey, WorkosClient};

/// Secrets, read only from the environment. Never printed (see `Debug`).
#[derive(Clone, Default)]
pub struct Secrets {
    pub workos_api_key: Option<ApiKey>,
    pub demo_password: Option<String>,
    /// `PORTICO_EMBED_SECRET`: what host products sign embed tokens with.
    pub embed_secret: Option<String>,
}

impl std::fmt::Debug for Secrets {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let set = |value: bool| if value { "<set>" } else { "<unset>" };
        f.debug_struct("Secrets")
            .field("workos_api_key", &set(self.workos_api_key.is_some()))
            .field("demo_password", &set(self.demo_password.is_some()))
            .field("embed_secret", &set(self.embed_secret.is_some()))
            .finish()
    }
}

impl Secrets {
    pub fn from_env() -> Secrets {
        let non_empty = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        Secrets {
            workos_api_key: non_empty("WORKOS_API_KEY").map(ApiKey::new),
            demo_password: non_empty("PORTICO_DEMO_PASSWORD"),
            embed_secret: non_empty("PORTICO_EMBED_SECRET"),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(
        "cannot listen on {addr}: {reason}. Fix: set PORTICO_ADDR (or --addr) to a free HOST:PORT"
    )]
    Bind { addr: SocketAddr, reason: String },
    #[error("{0}")]
    Emulator(#[from] workos_emulator::EmulatorError),
    #[error("cannot open the database in {dir}: {reason}. Fix: set PORTICO_DATA_DIR to a writable directory")]
    Database { dir: String, reason: String },
    #[error("{0}")]
    Seed(#[from] seed::SeedError),
    #[error("cannot read the built site in {dir}: {reason}. Fix: rebuild it (scripts/run does), or set PORTICO_SITE_DIR")]
    Site { dir: String, reason: String },
    #[error("the build's Leptos options are invalid: {0}")]
    Leptos(String),
    #[error("cannot set up the WorkOS client: {0}")]
    Workos(#[from] workos::WorkosError),
    #[error(transparent)]
    EmbedSecret(#[from] embed::ShortSecret),
}

/// A started Portico: where it listens and what it set up.
pub struct Running {
    pub addr: SocketAddr,
    pub public_url: Url,
    /// Set when the embedded emulator stands in for WorkOS.
    pub emulator: Option<workos_emulator::RunningEmulator>,
    pub demo: Option<seed::DemoReport>,
    pub state: AppState,
    /// Ends once the server has stopped (on SIGTERM or Ctrl-C).
    pub server: tokio::task::JoinHandle<()>,
}

/// The first `chars` characters of `text`: what a message or a record keeps of something
/// typed or sent, however long it was.
pub(crate) fn clipped(text: &str, chars: usize) -> String {
    text.chars().take(chars).collect()
}

/// How to reach the emulator embedded in a running `portico serve`, kept beside its
/// database while it runs: command-line tools on the same data directory (`portico user
/// set-role`) use it to end the links that emulator issued. Only an emulator's throwaway
/// key is in it, and only its owner may read it.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub struct EmulatorEndpoint {
    pub base_url: String,
    pub api_key: String,
}

impl EmulatorEndpoint {
    const FILE: &str = "emulator-endpoint.json";

    fn publish(&self, data_dir: &std::path::Path) {
        use std::{io::Write, os::unix::fs::OpenOptionsExt};
        let written = std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(0o600)
            .open(data_dir.join(Self::FILE))
            .and_then(|mut file| file.write_all(&serde_json::to_vec(self).unwrap_or_default()));
        if let Err(error) = written {
            tracing::warn!(%error, "could not write the emulator's address for command-line tools");
        }
    }

    fn withdraw(data_dir: &std::path::Path) {
        let _ = std::fs::remove_file(data_dir.join(Self::FILE));
    }

    /// The running embedded emulator's address and key, if one is running on `data_dir`.
    pub fn read(data_dir: &std::path::Path) -> Option<EmulatorEndpoint> {
        let bytes = std::fs::read(data_dir.join(Self::FILE)).ok()?;
        serde_json::from_slice(&bytes).ok()
    }
}

/// Binds, opens storage, connects WorkOS (or starts the emulator), seeds the demo and
/// serves in the background. Returns once requests can be answered.
pub async fn start(settings: Settings, secrets: Secrets) -> Result<Running, StartError> {
    let embed_secret = secrets
        .embed_secret
        .map(embed::EmbedSecret::new)
        .transpose()?;
    let listener = tokio::net::TcpListener::bind(settings.addr)
        .await
        .map_err(|e| StartError::Bind {
            addr: settings.addr,
            reason: e.to_string(),
        })?;
    let addr = listener.local_addr().map_err(|e| StartError::Bind {
        addr: settings.addr,
        reason: e.to_string(),
    })?;
    let public_url = settings
        .public_url
        .clone()
        .unwrap_or_else(|| derived_public_url(addr));

    let (workos, emulator) = match secrets.workos_api_key {
        Some(key) => (
            WorkosClient::new(
                settings.workos_api_base_url.clone(),
                key,
                settings.workos.clone(),
            )?,
            None,
        ),
        None => {
            let key = ApiKey::random_test_key();
            let state_file = settings.data_dir.join("emulator.json");
            std::fs::create_dir_all(&settings.data_dir).map_err(|e| StartError::Database {
                dir: settings.data_dir.display().to_string(),
                reason: e.to_string(),
            })?;
            let running = workos_emulator::spawn(workos_emulator::Options {
                state_file: Some(state_file),
                ..workos_emulator::Options::new(settings.emulator_addr, key.expose())
            })
            .await?;
            EmulatorEndpoint {
                base_url: running.base_url.to_string(),
                api_key: key.expose().to_owned(),
            }
            .publish(&settings.data_dir);
            (
                WorkosClient::new(running.base_url.clone(), key, settings.workos.clone())?,
                Some(running),
            )
        }
    };

    // Provider icons: the setting, else the embedded emulator (offline), else WorkOS's CDN.
    let icon_base = match (&settings.provider_icons_url, &emulator) {
        (Some(url), _) => url.clone(),
        (None, Some(running)) => running.base_url.clone(),
        (None, None) => Url::parse(settings::WORKOS_ICON_CDN).expect("constant URL"),
    };
    let db = db::connect(&settings.data_dir)
        .await
        .map_err(|e| StartError::Database {
            dir: settings.data_dir.display().to_string(),
            reason: e.to_string(),
        })?;
    // Demo data lands in a real WorkOS account only when asked for.
    let with_demo = emulator.is_some() || settings.demo;
    let demo = if with_demo {
        seed::ensure_demo(&db, &workos, secrets.demo_password.as_deref()).await?
    } else {
        None
    };
    tracing::info!(
        workos = %workos.base_url(),
        emulator = emulator.is_some(),
        demo = with_demo,
        "mode: {}, {}",
        match &emulator {
            Some(_) => "embedded WorkOS emulator",
            None => "WorkOS API",
        },
        if with_demo { "demo data on" } else { "no demo data" },
    );

    let session_store = SqliteStore::new(db.clone())
        .with_table_name("sessions")
        .expect("constant table name");
    session_store
        .migrate()
        .await
        .map_err(|e| StartError::Database {
            dir: settings.data_dir.display().to_string(),
            reason: e.to_string(),
        })?;
    spawn_session_cleanup(session_store.clone());

    // The build's options (output name, pkg dir) as cargo-leptos compiled them in; where
    // the site lives and where it listens are Portico's own settings.
    let mut leptos_options = leptos::config::get_configuration(None)
        .map_err(|e| StartError::Leptos(e.to_string()))?
        .leptos_options;
    leptos_options.site_root = settings.site_dir.display().to_string().into();
    leptos_options.site_addr = addr;
    let dummy_password_hash = auth::hash_password("portico-timing-equalizer")
        .await
        .map_err(seed::SeedError::from)?;
    let site_pkg = settings.site_dir.join("pkg");
    let assets = assets::Assets::load(&site_pkg).map_err(|e| StartError::Site {
        dir: site_pkg.display().to_string(),
        reason: e.to_string(),
    })?;
    // Pages link the build's fingerprinted names (cached for a year, see assets.rs).
    leptos_options.output_name = assets.stem(&leptos_options.output_name).into();
    let status_cache =
        status::StatusCache::new(settings.status_cache_ttl, settings.status_cache_entries);
    let sign_in_throttle = auth::throttle::SignInThrottle::new(
        settings.sign_in_attempts_per_account,
        settings.sign_in_attempts_per_address,
        settings.password_checks_at_once,
    );
    let state = AppState::new(state::Services {
        icons: icons::ProviderIcons::from_cdn(icon_base),
        status_cache,
        assets,
        audit: db::audit::AuditWriter::start(db.clone()),
        db,
        workos,
        settings: Arc::new(settings),
        public_url,
        leptos_options,
        dummy_password_hash: dummy_password_hash.into(),
        sign_in_throttle,
        form_error_key: form_errors::FormErrorKey::random(),
        embed_secret,
    });
    // Sessions are read on every request: served from memory, written through to SQLite
    // so they survive a restart. The memory copy is bounded (least recently used go).
    let sessions =
        CachingSessionStore::new(MokaStore::new(Some(SESSION_CACHE_ENTRIES)), session_store);
    spawn_throttle_cleanup(state.clone());
    activity::spawn_daily_purge(state.clone());
    let app = router(state.clone(), sessions);
    let data_dir = state.settings.data_dir.clone();
    let options = serve::ServeOptions {
        header_read_timeout: state.settings.header_read_timeout,
        grace: state.settings.shutdown_grace,
    };
    // On SIGTERM or Ctrl-C: stop accepting, let in-flight requests finish (their audit
    // rows are committed before they answer), for at most the grace period.
    let server = tokio::spawn(async move {
        let stop = async {
            shutdown_signal().await;
            tracing::info!("stopping: finishing the requests in flight");
        };
        serve::serve(listener, app, options, stop).await;
        EmulatorEndpoint::withdraw(&data_dir);
    });
    Ok(Running {
        addr,
        public_url: state.public_url.clone(),
        emulator,
        demo,
        state,
        server,
    })
}

fn derived_public_url(addr: SocketAddr) -> Url {
    let host = if addr.ip().is_unspecified() {
        "127.0.0.1".to_owned()
    } else {
        addr.ip().to_string()
    };
    let host = if addr.is_ipv6() && !addr.ip().is_unspecified() {
        format!("[{host}]")
    } else {
        host
    };
    Url::parse(&format!("http://{host}:{}", addr.port())).expect("socket address makes a valid URL")
}

/// The `Origin` browsers send for pages served from `url`.
fn origin_of(url: &Url) -> String {
    url.origin().ascii_serialization()
}

/// The app's routes, generated once per process. Generating them sets a process-wide
/// flag in Leptos that leaves any resource first polled meanwhile pending forever, so
/// it must never overlap a render (it did when several servers started in one process).
fn route_list() -> Vec<AxumRouteListing> {
    static ROUTES: OnceLock<Vec<AxumRouteListing>> = OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(App)).clone()
}

/// Sessions kept in memory at most; the rest are read from SQLite when they come back.
const SESSION_CACHE_ENTRIES: u64 = 10_000;

type SessionStore = CachingSessionStore<MokaStore, SqliteStore>;

fn router(state: AppState, session_store: SessionStore) -> Router {
    let options = state.leptos_options.clone();
    let routes = route_list();
    let context_state = state.clone();
    let context = move || provide_context(context_state.clone());
    let shell_options = options.clone();
    let render = move || shell(shell_options.clone());

    let not_found = any(leptos_axum::render_app_to_stream_with_context(
        context.clone(),
        render.clone(),
    ));
    let site_root = std::path::PathBuf::from(options.site_root.as_ref());
    let public_files = ServeDir::new(&site_root).not_found_service(not_found);

    let secure = state.public_url.scheme() == "https";
    let idle = Expiry::OnInactivity(time::Duration::seconds(
        state.settings.session_lifetime.as_secs() as i64,
    ));
    let sessions = SessionManagerLayer::new(session_store.clone())
        .with_name("portico_session")
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(secure)
        .with_expiry(idle);
    // Embedded pages live in a cross-site frame: their cookie must be sent there
    // (SameSite=None, which needs Secure; browsers accept Secure on http://localhost and
    // 127.0.0.1 too) and is kept in the host's partition.
    let embedded_sessions = SessionManagerLayer::new(session_store)
        .with_name(embedding::COOKIE)
        .with_http_only(true)
        .with_same_site(SameSite::None)
        .with_secure(true)
        .with_expiry(idle);
    let origin = PublicOrigin(origin_of(&state.public_url));

    let pages = Router::new()
        .route("/", get(|| async { Redirect::to("/settings") }))
        // Liveness for load balancers and the benchmark's ceiling: no session, no database.
        .route("/healthz", get(|| async { "ok" }))
        .route("/api/audit_events", get(activity::export))
        .route("/api/{*fn_name}", any(server_fn_handler))
        .route("/embed", get(embedding::start))
        .route("/embed/done", get(embedding::done))
        .route("/embed/portal", axum::routing::post(embedding::portal))
        .leptos_routes_with_context(&state, routes, context, render)
        .route("/pkg/{name}", get(assets::serve))
        .route("/icons/{theme}/{file}", get(icons::serve))
        .fallback_service(public_files)
        .layer(middleware::from_fn(auth::require_signed_in_page))
        // Server functions are routed by `leptos_routes` too: checked for every path.
        .layer(middleware::from_fn(form_fields::refuse_unknown_fields))
        .layer(middleware::from_fn_with_state(
            origin,
            auth::require_same_origin,
        ))
        .with_state(state.clone());
    // One router, two session cookies: an embedded page's requests use the embed one.
    let standalone = pages.clone().layer(sessions);
    let embedded = pages
        .layer(embedded_sessions)
        .layer(middleware::from_fn(embedding::embedded_answers));
    let steered = tower::service_fn(move |request: Request<Body>| {
        let chosen = if embedding::is_embedded(&request) {
            embedded.clone()
        } else {
            standalone.clone()
        };
        tower::ServiceExt::oneshot(chosen, request)
    });

    Router::new()
        .fallback_service(steered)
        .layer(middleware::from_fn(errors::finish_api_errors))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            audit::note_request,
        ))
        .layer(CompressionLayer::new())
        // Every request gets an id (a caller's own X-Request-ID is kept), every log line
        // inside it carries the id, and the answer echoes it.
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(request_span)
                // Failures are logged once, where they are handled, with their cause.
                .on_failure(DefaultOnFailure::new().level(tracing::Level::DEBUG)),
        )
        .layer(SetRequestIdLayer::x_request_id(MakeRequestUlid))
        // Outermost: what one request may take, each limit's answer explained.
        .layer(tower_http::limit::RequestBodyLimitLayer::new(
            state.settings.max_body_bytes,
        ))
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(
            axum::http::StatusCode::SERVICE_UNAVAILABLE,
            state.settings.request_timeout,
        ))
        .layer(
            tower::ServiceBuilder::new()
                .layer(axum::error_handling::HandleErrorLayer::new(
                    |_: tower::BoxError| async { limits::busy() },
                ))
                .load_shed()
                // Global: one count for every route (a router layer is cloned per route).
                .layer(tower::limit::GlobalConcurrencyLimitLayer::new(
                    state.settings.max_concurrent_requests,
                )),
        )
        .layer(middleware::from_fn(limits::explain_limits))
        .layer(middleware::from_fn_with_state(
            state,
            headers::security_headers,
        ))
}

/// A new request id: a ULID, sortable by time like WorkOS's own.
#[derive(Clone, Copy)]
struct MakeRequestUlid;

impl MakeRequestId for MakeRequestUlid {
    fn make_request_id<B>(&mut self, _: &Request<B>) -> Option<RequestId> {
        let id = ulid::Ulid::new().to_string().to_lowercase();
        HeaderValue::from_str(&id).ok().map(RequestId::new)
    }
}

fn request_span<B>(request: &Request<B>) -> tracing::Span {
    let id = request
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("-");
    tracing::info_span!("request", id = %id, method = %request.method(), path = %request.uri().path())
}

async fn server_fn_handler(
    State(state): State<AppState>,
    request: Request<Body>,
) -> axum::response::Response {
    let known =
        leptos::server_fn::axum::server_fn_paths().any(|(path, _)| path == request.uri().path());
    if !known {
        // JSON like every other API error; not the library's plain-text 400.
        let error = crate::domain::AppError::new(
            crate::domain::ErrorKind::NotFound,
            format!("There is no API function at {}.", request.uri().path()),
        );
        return (axum::http::StatusCode::NOT_FOUND, axum::Json(error)).into_response();
    }
    handle_server_fns_with_context(move || provide_context(state.clone()), request)
        .await
        .into_response()
}

fn spawn_session_cleanup(store: SqliteStore) {
    use tower_sessions::ExpiredDeletion;
    tokio::spawn(async move {
        let mut every = tokio::time::interval(std::time::Duration::from_secs(600));
        loop {
            every.tick().await;
            if let Err(error) = store.delete_expired().await {
                tracing::warn!(%error, "could not delete expired sessions");
            }
        }
    });
}

/// Once a minute, forgets sign-in counters that have refilled.
fn spawn_throttle_cleanup(state: AppState) {
    tokio::spawn(async move {
        let mut every = tokio::time::interval(std::time::Duration::from_secs(60));
        loop {
            every.tick().await;
            state.sign_in_throttle.forget_idle();
        }
    });
}

/// Ctrl-C, or SIGTERM (what service managers and container runtimes send).
async fn shutdown_signal() {
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut sigterm) => {
                sigterm.recv().await;
            }
            Err(error) => {
                tracing::warn!(%error, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        _ = terminate => {}
    }
}
