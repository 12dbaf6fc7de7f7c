//! The web layer: the router and every layer a request passes (limits, request ids,
//! security headers, sessions, origin checks, compression), how connections are served,
//! what server functions reach of the request (`context`), error answers, forms, and the
//! site's static files and provider icons. The top of the house: it may use everything,
//! and nothing imports it but start-up and the server functions.

pub mod argument_fields;
pub mod assets;
pub mod client_address;
pub mod context;
mod errors;
pub mod form_errors;
mod form_fields;
pub mod headers;
mod health;
pub mod icons;
pub mod language;
mod limits;
mod metrics;
mod request;
mod routes;
pub use metrics::scrape_router;
pub mod serve;
mod sessions;
pub mod settings_page;
pub mod sso_pages;
pub mod staff_pages;

use crate::{
    app::{shell, App},
    server::{
        auth::{self, origin_check::PublicOrigin},
        db, embed, events, host_api, sso,
        state::AppState,
    },
};
use axum::{
    body::Body,
    extract::Request,
    middleware,
    response::Redirect,
    routing::{any, get, post},
    Extension, Router,
};
use leptos::prelude::provide_context;
use leptos_axum::{generate_route_list, AxumRouteListing, LeptosRoutes};
use std::sync::OnceLock;
use tower_http::{
    compression::CompressionLayer,
    request_id::{PropagateRequestIdLayer, SetRequestIdLayer},
    services::ServeDir,
    trace::{DefaultOnFailure, TraceLayer},
};

/// The whole app: pages, server functions, the embed's routes and static files, each
/// request in the session of its kind (standalone or embedded), inside the layers that
/// every answer passes.
pub fn router(
    state: AppState,
    sessions: db::sessions::SessionStore,
    assets: assets::Assets,
    icons: icons::ProviderIcons,
) -> Router {
    let pages = pages(&state)
        .layer(Extension(assets))
        .layer(Extension(icons));
    // One router, three session cookies: an embedded page's requests use the embed one,
    // the staff console's its own, so that neither kind of session opens the other's pages.
    let cookies = sessions::layers(&state, sessions::store(sessions, db::Engine::of(&state.db)));
    let standalone = pages.clone().layer(cookies.standalone);
    let staff = pages.clone().layer(cookies.staff);
    let embedded = pages
        .layer(cookies.embedded)
        .layer(middleware::from_fn(embed::embedded_answers));
    let steered = tower::service_fn(move |request: Request<Body>| {
        let chosen = if sessions::is_staff_path(request.uri().path()) {
            staff.clone()
        } else if embed::is_embedded(&request) {
            embedded.clone()
        } else {
            standalone.clone()
        };
        tower::ServiceExt::oneshot(chosen, request)
    });
    // WorkOS's webhook deliveries carry no session and no browser's Origin: their
    // signature is their check, so this one path is outside both.
    // Likewise the host API: its calls carry an API key, no session and no Origin.
    let webhooks = Router::new()
        .route("/webhooks/workos", post(events::receive))
        .with_state(state.clone())
        .merge(host_api::router(state.clone()))
        .route_layer(middleware::from_fn(metrics::note_route));
    outer_layers(webhooks.fallback_service(steered), state)
}

/// The routes, with the checks every one of them makes: signed in where a page needs it,
/// no unknown form fields, same-origin state changes.
fn pages(state: &AppState) -> Router {
    let routes = route_list();
    let context_state = state.clone();
    let context = move || {
        provide_context(context_state.clone());
        language::provide();
        settings_page::provide();
        staff_pages::provide();
        sso_pages::provide();
    };
    let shell_options = state.leptos_options.clone();
    let render = move || shell(shell_options.clone());
    let not_found = any(leptos_axum::render_app_to_stream_with_context(
        context.clone(),
        render.clone(),
    ));
    let site_root = std::path::PathBuf::from(state.leptos_options.site_root.as_ref());
    // No directory answers: a directory is not found, never redirected to its `/` form.
    let public_files = ServeDir::new(&site_root)
        .append_index_html_on_directories(false)
        .not_found_service(not_found);
    let origin = PublicOrigin(state.public_url.origin().ascii_serialization());
    Router::new()
        .route("/", get(|| async { Redirect::to("/settings") }))
        // Liveness for load balancers and the benchmark's ceiling: no session, no database.
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(health::readiness))
        .route("/metrics", get(metrics::public_metrics))
        .route("/api/audit_events", get(routes::audit_export))
        .route("/api/status_stream", get(events::status_stream))
        .route("/api/{*fn_name}", any(routes::server_fn))
        .route("/staff/api/{*fn_name}", any(routes::server_fn))
        .route("/staff/organizations.csv", get(staff_pages::export))
        .route(sso::GO_PATH, get(sso_pages::go))
        .route(
            sso::EMBED_TEST_PATH,
            get(embed::start_sso_test).post(embed::open_sso_test),
        )
        .route("/embed", get(embed::start))
        .route("/embed/done", get(embed::done))
        .route("/embed/portal", post(embed::portal))
        .leptos_routes_with_context(state, routes, context, render)
        .route("/pkg/{name}", get(assets::serve))
        .route("/icons/{theme}/{file}", get(icons::serve))
        .route_layer(middleware::from_fn(metrics::note_route))
        .fallback_service(public_files)
        .layer(middleware::from_fn_with_state(
            state.clone(),
            settings_page::read_before_render,
        ))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            staff_pages::read_before_render,
        ))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            sso_pages::read_before_render,
        ))
        .layer(middleware::from_fn(form_errors::bring_back))
        .layer(middleware::from_fn(sessions::charge_workos_calls))
        .layer(middleware::from_fn(auth::require_signed_in_page))
        // Server functions are routed by `leptos_routes` too: checked for every path.
        .layer(middleware::from_fn(form_fields::refuse_unknown_fields))
        .layer(middleware::from_fn_with_state(
            origin,
            auth::require_same_origin,
        ))
        // Outermost: every answer inside, and the reads before a render, are in the
        // request's language.
        .layer(middleware::from_fn(language::choose))
        .with_state(state.clone())
}

/// What every answer passes, innermost first: API errors finished, the request's audit
/// facts noted, compression, request ids and tracing, then the limits (each answer
/// explained), the security headers, and outermost the request metrics.
fn outer_layers(app: Router, state: AppState) -> Router {
    app.layer(middleware::from_fn(errors::finish_api_errors))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            request::note_request,
        ))
        .layer(middleware::from_fn(routes::canonical_path))
        .layer(CompressionLayer::new())
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(request::request_span)
                // Failures are logged once, where they are handled, with their cause.
                .on_failure(DefaultOnFailure::new().level(tracing::Level::DEBUG)),
        )
        .layer(SetRequestIdLayer::x_request_id(request::MakeRequestUlid))
        .layer(middleware::from_fn(request::keep_only_plain_request_ids))
        .layer(tower_http::limit::RequestBodyLimitLayer::new(
            state.config.http.max_body_kb.get(),
        ))
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(
            axum::http::StatusCode::SERVICE_UNAVAILABLE,
            state.config.http.request_timeout_seconds.get(),
        ))
        .layer(
            tower::ServiceBuilder::new()
                .layer(axum::error_handling::HandleErrorLayer::new(
                    |_: tower::BoxError| async { limits::busy() },
                ))
                .load_shed()
                // Global: one count for every route (a router layer is cloned per route).
                .layer(tower::limit::GlobalConcurrencyLimitLayer::new(
                    state.config.http.max_concurrent_requests.get(),
                )),
        )
        .layer(middleware::from_fn(limits::explain_limits))
        .layer(middleware::from_fn_with_state(
            state,
            headers::security_headers,
        ))
        .layer(middleware::from_fn(metrics::measure))
}

/// The app's routes, generated once per process. Generating them sets a process-wide
/// flag in Leptos that leaves any resource first polled meanwhile pending forever, so
/// it must never overlap a render (it did when several servers started in one process).
fn route_list() -> Vec<AxumRouteListing> {
    static ROUTES: OnceLock<Vec<AxumRouteListing>> = OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(App)).clone()
}
