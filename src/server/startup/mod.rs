//! Start-up: bind, connect WorkOS (or start the emulator), open the database, seed the
//! demo, build the state and serve, each step a function of its own; then the jobs that
//! run beside the server, and a clean stop.

mod emulator_endpoint;
mod error;
mod jobs;
mod workos_connection;

pub use emulator_endpoint::EmulatorEndpoint;
pub use error::StartError;

use workos_connection::{connect_workos, hear_emulator, icon_base, mailer, sso_client_id};

use crate::server::{
    auth::{self, throttle::SignInThrottle, Auth},
    config::{Config, EmbedSecret, MetricsToken, Secrets, SigningKey, WebhookSecret},
    db,
    http::{self, assets::Assets, icons::ProviderIcons, serve},
    mail::Mailer,
    metrics,
    render_memo::RenderMemo,
    seed,
    state::{AppState, Services},
    status::{FreshReads, LivePages, StatusCache},
};
use leptos::config::LeptosOptions;
use std::{net::SocketAddr, sync::Arc};
use tokio::net::TcpListener;
use url::Url;
use workos::WorkosClient;
use workos_emulator::RunningEmulator;

/// A started Portico: where it listens and what it set up.
pub struct Running {
    pub addr: SocketAddr,
    /// Where `/metrics` is served on its own, when `operations.metrics_addr` is set.
    pub metrics_addr: Option<SocketAddr>,
    pub public_url: Url,
    /// Set when the embedded emulator stands in for WorkOS.
    pub emulator: Option<RunningEmulator>,
    pub demo: Option<seed::DemoReport>,
    pub state: AppState,
    /// Ends once the server has stopped (on SIGTERM or Ctrl-C).
    pub server: tokio::task::JoinHandle<()>,
}

/// Binds, opens storage, connects WorkOS (or starts the emulator), seeds the demo and
/// serves in the background. Returns once requests can be answered.
pub async fn start(config: Config, secrets: Secrets) -> Result<Running, StartError> {
    // Installed first, so the first request's figures are kept.
    metrics::recorder();
    let keys = Keys {
        embed_secret: secrets.embed_secret.map(EmbedSecret::new).transpose()?,
        metrics_token: secrets.metrics_token,
        webhook_secret: secrets.webhook_secret,
        mailer: Mailer::new(None, config.notifications.mail_from.0.clone())?,
        sso_client_id: None,
    };
    let (listener, addr) = bind(config.http.addr.0).await?;
    let metrics_listener = match config.operations.metrics_addr.0 {
        Some(metrics_addr) => Some(bind(metrics_addr).await?),
        None => None,
    };
    let public_url = config
        .http
        .public_url
        .0
        .clone()
        .unwrap_or_else(|| derived_public_url(addr));
    // An https address is a deployment: the emulator's demo there only on purpose.
    let public = public_url.scheme() == "https";
    if public && secrets.workos_api_key.is_none() && !config.workos.demo {
        let public_url = public_url.to_string();
        return Err(StartError::PublicWithoutWorkos { public_url });
    }
    let (workos, emulator) = connect_workos(&config, secrets.workos_api_key, &public_url).await?;
    let keys = Keys {
        sso_client_id: sso_client_id(&config, emulator.as_ref()),
        webhook_secret: keys
            .webhook_secret
            .or_else(|| hear_emulator(&emulator, &public_url)),
        mailer: mailer(&config, secrets.smtp_url.as_deref(), emulator.as_ref())?,
        ..keys
    };
    let database_url = secrets.database_url.as_deref();
    let db = db::connect(&config.paths.data_dir.0, database_url)
        .await
        .map_err(|e| match database_url {
            Some(url) => StartError::SharedDatabase {
                place: db::location(&config.paths.data_dir.0, Some(url)),
                reason: e.to_string(),
            },
            None => StartError::database(&config.paths.data_dir.0, e),
        })?;
    // Demo data lands in a real WorkOS account only when asked for.
    let with_demo = emulator.is_some() || config.workos.demo;
    let demo = match with_demo {
        true => seed::ensure_demo(&db, &workos, secrets.demo_password.as_deref()).await?,
        false => None,
    };
    log_mode(&workos, emulator.is_some(), with_demo);
    let session_store = db::sessions::store(&db, auth::session_owner);
    db::sessions::spawn_expired_cleanup(session_store.clone());
    let site = Site::load(&config, addr)?;
    let icons = ProviderIcons::from_cdn(icon_base(&config, emulator.as_ref()));
    let state = build_state(config, db, workos, public_url, site.leptos_options, keys).await?;
    jobs::start(&state);
    let metrics_addr = metrics_listener.map(|(listener, metrics_addr)| {
        let scrape = http::scrape_router(state.clone());
        tokio::spawn(async move { axum::serve(listener, scrape).await });
        metrics_addr
    });
    let app = http::router(state.clone(), session_store, site.assets, icons);
    let server = tokio::spawn(serve_until_stopped(listener, app, &state));
    Ok(Running {
        addr,
        metrics_addr,
        public_url: state.public_url.clone(),
        emulator,
        demo,
        state,
        server,
    })
}

async fn bind(addr: SocketAddr) -> Result<(TcpListener, SocketAddr), StartError> {
    let failed = |e: std::io::Error| StartError::Bind {
        addr,
        reason: e.to_string(),
    };
    let listener = TcpListener::bind(addr).await.map_err(failed)?;
    let bound = listener.local_addr().map_err(failed)?;
    Ok((listener, bound))
}

/// The sign-in limits: counted in memory by one instance, in the database when several
/// share it (PostgreSQL).
fn sign_in_throttle(config: &Config, db: &db::Pool) -> SignInThrottle {
    let throttle = SignInThrottle::new(
        config.sign_in.attempts_per_account.get(),
        config.sign_in.attempts_per_address.get(),
        config.sign_in.password_checks_at_once.get(),
    );
    match db::Engine::of(db) {
        db::Engine::Sqlite => throttle,
        db::Engine::Postgres => throttle.counted_in(db.clone()),
    }
}

fn log_mode(workos: &WorkosClient, emulated: bool, with_demo: bool) {
    tracing::info!(
        workos = %workos.base_url(),
        emulator = emulated,
        demo = with_demo,
        "mode: {}, {}",
        if emulated { "embedded WorkOS emulator" } else { "WorkOS API" },
        if with_demo { "demo data on" } else { "no demo data" },
    );
}

/// The built site: its `/pkg` files in memory, and Leptos's options pointing at them.
struct Site {
    assets: Assets,
    leptos_options: LeptosOptions,
}

impl Site {
    fn load(config: &Config, addr: SocketAddr) -> Result<Site, StartError> {
        // The build's options (output name, pkg dir) as cargo-leptos compiled them in;
        // where the site lives and where it listens are Portico's own configuration.
        let mut leptos_options = leptos::config::get_configuration(None)
            .map_err(|e| StartError::Leptos(e.to_string()))?
            .leptos_options;
        leptos_options.site_root = config.paths.site_dir.0.display().to_string().into();
        leptos_options.site_addr = addr;
        let site_pkg = config.paths.site_dir.0.join("pkg");
        let assets = Assets::load(&site_pkg).map_err(|e| StartError::Site {
            dir: site_pkg.display().to_string(),
            reason: e.to_string(),
        })?;
        // Pages link the build's fingerprinted names (cached for a year, see assets.rs).
        leptos_options.output_name = assets.stem(&leptos_options.output_name).into();
        Ok(Site {
            assets,
            leptos_options,
        })
    }
}

/// The keys from the environment that the state keeps.
struct Keys {
    embed_secret: Option<EmbedSecret>,
    metrics_token: Option<MetricsToken>,
    webhook_secret: Option<WebhookSecret>,
    mailer: Mailer,
    sso_client_id: Option<String>,
}

async fn build_state(
    config: Config,
    db: db::Pool,
    workos: WorkosClient,
    public_url: Url,
    leptos_options: LeptosOptions,
    keys: Keys,
) -> Result<AppState, StartError> {
    let Keys {
        embed_secret,
        metrics_token,
        webhook_secret,
        mailer,
        sso_client_id,
    } = keys;
    let dummy_password_hash = auth::hash_password("portico-timing-equalizer")
        .await
        .map_err(seed::SeedError::from)?;
    let audit = db::audit::AuditWriter::start(db.clone());
    let auth = Auth {
        db: db.clone(),
        memberships: db::users::Memberships::new(&db),
        audit: audit.clone(),
        throttle: Arc::new(sign_in_throttle(&config, &db)),
        dummy_password_hash: dummy_password_hash.into(),
        session_lifetime: config.session.lifetime_minutes.get(),
        session_absolute_lifetime: config.session.absolute_hours.get(),
    };
    // The mirror stands in for WorkOS only while WorkOS's events keep it current.
    let events_arrive = webhook_secret.is_some() || config.workos.events.polls();
    let full_read_every = events_arrive.then(|| config.status.mirror_full_read_hours.get());
    let status_cache = StatusCache::new(
        workos.clone(),
        db.clone(),
        config.plans.upgrade_url.0.clone(),
        (
            config.status.cache_seconds.get(),
            config.status.cache_entries.get(),
        ),
        FreshReads::new(
            config.status.fresh_reads_per_user.get(),
            config.status.fresh_reads_per_organization.get(),
        ),
    )
    .mirrored(full_read_every);
    let live_pages = Arc::new(LivePages::new(
        config.status.live_pages_per_organization.get(),
        config.status.live_pages.get(),
    ));
    Ok(AppState::new(Services {
        status_cache,
        auth,
        audit,
        db,
        workos,
        config: Arc::new(config),
        public_url,
        leptos_options,
        // Derived from the embed secret when there is one, so every instance sharing it
        // accepts the hand-offs any of them signed; without embedding, nothing is handed off.
        signing_key: embed_secret
            .as_ref()
            .map_or_else(SigningKey::random, SigningKey::derived_from),
        embed_secret,
        metrics_token,
        webhook_secret,
        render_memo: RenderMemo::default(),
        live_pages,
        mailer,
        sso_client_id,
    }))
}

/// Serves until SIGTERM or Ctrl-C: then stops accepting, lets in-flight requests finish
/// (their audit rows are committed before they answer) for at most the grace period.
fn serve_until_stopped(
    listener: TcpListener,
    app: axum::Router,
    state: &AppState,
) -> impl std::future::Future<Output = ()> {
    let data_dir = state.config.paths.data_dir.0.clone();
    let options = serve::ServeOptions {
        header_read_timeout: state.config.http.header_read_timeout_seconds.get(),
        grace: state.config.http.shutdown_grace_seconds.get(),
    };
    let live_pages = state.live_pages.clone();
    async move {
        let stop = async {
            jobs::shutdown_signal().await;
            tracing::info!("stopping: finishing the requests in flight");
            live_pages.close_all();
        };
        serve::serve(listener, app, options, stop).await;
        EmulatorEndpoint::withdraw(&data_dir);
    }
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
