//! The routes: WorkOS's API behind the key check, the hosted portal pages (public, like
//! WorkOS's), and the emulator-only `/__emulator/` controls when enabled.

use crate::{
    api::{
        audit_logs, connections, controls, directories, domains, events, it_contacts,
        organizations, portal as portal_api, responses, sso, webhook_endpoints,
    },
    control,
    emulator::Emulator,
    icons, idp, portal,
};
use axum::{
    extract::{Request, State},
    http::{header::AUTHORIZATION, HeaderValue, StatusCode},
    middleware::{self, Next},
    response::{IntoResponse, Response},
    routing::{delete, get, patch, post, put},
    Json, Router,
};
use std::sync::atomic::Ordering;

/// All routes: the WorkOS API, the hosted portal, and (when enabled) the controls.
pub fn router(emulator: Emulator) -> Router {
    let api = with_test_doubles(workos_api(), &emulator);
    let api = if emulator.controls_enabled {
        api.merge(control_routes())
    } else {
        api
    };
    let keyed = api
        .fallback(responses::not_found)
        .layer(middleware::from_fn_with_state(
            emulator.clone(),
            require_key,
        ));
    // SSO's OAuth endpoints check the client's credentials or an access token, not the
    // API key header; WorkOS's faults and rate limit apply to them too.
    let oauth = with_test_doubles(
        Router::new()
            .route("/sso/token", post(sso::token))
            .route("/sso/profile", get(sso::profile)),
        &emulator,
    );
    portal_routes()
        .merge(oauth)
        .merge(keyed)
        .with_state(emulator)
        .layer(middleware::from_fn(request_id))
}

/// WorkOS's own paths, at the root as WorkOS serves them.
fn workos_api() -> Router<Emulator> {
    organization_routes()
        .route("/portal/generate_link", post(portal_api::generate_link))
        .route("/portal/revoke_link", post(portal_api::revoke_link))
        .route("/organization_domains", post(domains::create_domain))
        .route(
            "/organization_domains/{id}",
            get(domains::get_domain).delete(domains::delete_domain),
        )
        .route(
            "/organization_domains/{id}/verify",
            post(domains::verify_domain),
        )
        .route("/events", get(events::list_events))
        .route(
            "/webhook_endpoints",
            get(webhook_endpoints::list_webhook_endpoints)
                .post(webhook_endpoints::create_webhook_endpoint),
        )
        .route(
            "/webhook_endpoints/{id}",
            patch(webhook_endpoints::update_webhook_endpoint)
                .delete(webhook_endpoints::delete_webhook_endpoint),
        )
        .route("/connections", get(connections::list_connections))
        .route(
            "/connections/{id}",
            get(connections::get_connection).delete(connections::delete_connection),
        )
        .route("/directories", get(directories::list_directories))
        .route(
            "/directories/{id}",
            get(directories::get_directory).delete(directories::delete_directory),
        )
}

/// `/organizations/…`: organizations, their audit log configuration and IT contacts.
fn organization_routes() -> Router<Emulator> {
    Router::new()
        .route(
            "/organizations",
            post(organizations::create_organization).get(organizations::list_organizations),
        )
        .route(
            "/organizations/{id}",
            get(organizations::get_organization)
                .put(organizations::update_organization)
                .delete(organizations::delete_organization),
        )
        .route(
            "/organizations/external_id/{external_id}",
            get(organizations::get_organization_by_external_id),
        )
        .route(
            "/organizations/{id}/audit_log_configuration",
            get(audit_logs::audit_log_configuration),
        )
        .route(
            "/organizations/{id}/it_contacts",
            get(it_contacts::list_it_contacts).post(it_contacts::create_it_contact),
        )
        .route(
            "/organizations/{id}/it_contacts/{contact_id}",
            delete(it_contacts::delete_it_contact),
        )
        .route(
            "/organizations/{id}/it_contacts/{contact_id}/invite",
            post(it_contacts::invite_it_contact),
        )
        .route(
            "/organizations/{id}/it_contacts/{contact_id}/revoke",
            post(it_contacts::revoke_it_contact),
        )
}

/// Wraps the API's routes (not the fallback, nor routes merged later) in what makes the
/// emulator a test double.
fn with_test_doubles(api: Router<Emulator>, emulator: &Emulator) -> Router<Emulator> {
    // Innermost first: idempotency replay, then faults, then the rate limit.
    api.route_layer(middleware::from_fn_with_state(
        emulator.controls.clone(),
        control::idempotency,
    ))
    .route_layer(middleware::from_fn_with_state(
        emulator.controls.clone(),
        control::faults,
    ))
    .route_layer(middleware::from_fn_with_state(
        emulator.controls.clone(),
        control::rate_limit,
    ))
}

/// The emulator-only routes a test drives: faults, rate limit, clock, DNS, events,
/// reset, and what the emulator recorded.
fn control_routes() -> Router<Emulator> {
    Router::new()
        .route(
            "/__emulator/faults",
            post(controls::add_fault).delete(controls::clear_faults),
        )
        .route("/__emulator/rate_limit", put(controls::set_rate_limit))
        .route("/__emulator/clock", post(controls::advance_clock))
        .route("/__emulator/dns", post(controls::publish_txt))
        .route("/__emulator/events", post(controls::emit_event))
        .route(
            "/__emulator/events/certificate_expiring",
            post(controls::certificate_expiring),
        )
        .route(
            "/__emulator/events/directory_credentials_revoked",
            post(controls::directory_credentials_revoked),
        )
        .route("/__emulator/events/sso_failed", post(controls::sso_failed))
        .route(
            "/__emulator/webhook_endpoints",
            post(webhook_endpoints::control_create_webhook_endpoint),
        )
        .route(
            "/__emulator/webhooks/deliveries",
            get(controls::list_deliveries),
        )
        .route(
            "/__emulator/webhooks/deliveries/{id}/replay",
            post(controls::replay_delivery),
        )
        .route(
            "/__emulator/webhooks/paused",
            put(controls::pause_deliveries),
        )
        .route("/__emulator/reset", post(controls::reset))
        .route("/__emulator/completions", get(controls::list_completions))
        .route("/__emulator/outbox", get(controls::list_outbox))
        .route("/__emulator/mailbox", get(controls::list_mailbox))
        .route("/__emulator/stats", get(controls::stats))
}

/// The provider icons, the hosted portal pages and SSO's sign-in pages: public, no API
/// key.
fn portal_routes() -> Router<Emulator> {
    Router::new()
        .route("/provider-icons.json", get(icons::list))
        .route("/provider-icons/{theme}/{file}", get(icons::icon))
        .route("/portal/launch", get(portal::launch))
        .route(
            "/portal/session/{id}",
            get(portal::show).post(portal::complete),
        )
        .route("/sso/authorize", get(idp::authorize))
        .route("/sso/idp/{id}", get(idp::show).post(idp::answer))
}

/// Exactly `Authorization: Bearer <key>`, as WorkOS checks it.
async fn require_key(State(emulator): State<Emulator>, request: Request, next: Next) -> Response {
    let given = request
        .headers()
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    if given.is_some_and(|key| emulator.is_api_key(key)) {
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

/// Every response carries an `X-Request-ID`, as WorkOS's do.
async fn request_id(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let id = ulid::Ulid::new().to_string().to_lowercase();
    if let Ok(value) = HeaderValue::from_str(&id) {
        response.headers_mut().insert("x-request-id", value);
    }
    response
}
