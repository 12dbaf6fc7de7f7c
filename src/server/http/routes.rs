//! The routes that are not pages: server functions, the audit export, and canonical
//! paths.

use super::context;
use crate::{
    model::{AppError, ErrorKind, Place},
    server::{activity::export, auth, error::ServerError, state::AppState},
};
use axum::{
    body::Body,
    extract::{RawQuery, Request, State},
    http::{header, HeaderMap, Method, StatusCode},
    middleware::Next,
    response::{IntoResponse, Redirect, Response},
    Json,
};
use leptos::prelude::provide_context;
use std::{collections::HashSet, sync::OnceLock};
use tower_sessions::Session;

/// Whether `path` is under an API prefix (the customer side's `/api/`, the staff
/// console's `/staff/api/`): answered as JSON, never as a page.
pub fn is_api(path: &str) -> bool {
    path.starts_with("/api/") || path.starts_with("/staff/api/")
}

/// Whether `path` is a server function's, from the set registered at start, gathered once.
pub fn is_server_fn(path: &str) -> bool {
    static PATHS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    PATHS
        .get_or_init(|| {
            leptos::server_fn::axum::server_fn_paths()
                .map(|(path, _)| path)
                .collect()
        })
        .contains(path)
}

/// `/api/{fn}`: a server function, with the state in its context. Unknown paths answer a
/// JSON 404 like every other API error, not the library's plain-text 400.
pub async fn server_fn(State(state): State<AppState>, request: Request<Body>) -> Response {
    if !is_server_fn(request.uri().path()) {
        let error = AppError::new(
            ErrorKind::NotFound,
            format!("There is no API function at {}.", request.uri().path()),
        );
        return (StatusCode::NOT_FOUND, Json(error)).into_response();
    }
    let context = move || {
        provide_context(state.clone());
        super::language::provide();
    };
    leptos_axum::handle_server_fns_with_context(context, request)
        .await
        .into_response()
}

/// `GET /api/audit_events?format=csv|jsonl&from=…&to=…`: the session's organization's
/// trail for its admins. A refusal is JSON for scripts; the page's own form (a browser
/// asking for HTML) goes back to its card with the sentence, as every form does.
pub async fn audit_export(
    State(state): State<AppState>,
    session: Session,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Response {
    // The export writes a row: a link on another site must not write one in an admin's
    // name (the GET keeps the no-JavaScript form and scripts working).
    if auth::started_elsewhere(&headers) {
        let error = AppError::new(ErrorKind::Forbidden, crate::t!("error-export-elsewhere"));
        return (StatusCode::FORBIDDEN, Json(error)).into_response();
    }
    let query = query.unwrap_or_default();
    let started = match state.auth.require_user(&session).await {
        Ok(user) => export::start(&state, user, &query).await,
        Err(refusal) => Err(ServerError::from(refusal)),
    };
    match started {
        Ok(response) => response,
        Err(error) => {
            error.log();
            let shown = AppError::from(error);
            if let Some(page) = context::form_page(&headers) {
                let place = Some(Place::ActivityLog);
                // The dates typed come back into their fields.
                let typed: Vec<(String, String)> = url::form_urlencoded::parse(query.as_bytes())
                    .filter(|(name, _)| name == "from" || name == "to")
                    .map(|(name, value)| (name.into_owned(), value.into_owned()))
                    .collect();
                let typed: Vec<(&str, &str)> = typed
                    .iter()
                    .map(|(n, v)| (n.as_str(), v.as_str()))
                    .collect();
                let back = context::send_back(Some(&session), &page, &shown, place, &typed).await;
                return Redirect::to(&back).into_response();
            }
            let status = StatusCode::from_u16(shown.kind.status())
                .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            (status, Json(shown)).into_response()
        }
    }
}

/// A page asked for with a trailing slash (`/settings/`) goes to its one address, so a
/// page has one URL and its relative links resolve as they should.
pub async fn canonical_path(request: Request, next: Next) -> Response {
    let path = request.uri().path();
    let is_page_read = matches!(*request.method(), Method::GET | Method::HEAD);
    // Leading slashes collapse to one: a browser reads `//pkg/` in a `Location` as the
    // host `pkg`, so no answer may start its path that way.
    let trimmed = format!("/{}", path.trim_matches('/'));
    let local = !trimmed.contains('\\');
    if is_page_read && trimmed != path && local && !is_api(path) {
        let target = match request.uri().query() {
            Some(query) => format!("{trimmed}?{query}"),
            None => trimmed.to_owned(),
        };
        let mut response = Redirect::permanent(&target).into_response();
        response.headers_mut().insert(
            header::CACHE_CONTROL,
            header::HeaderValue::from_static("no-store"),
        );
        return response;
    }
    next.run(request).await
}
