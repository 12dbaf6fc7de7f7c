//! Security headers: on every answer, and the pages' Content-Security-Policy with the
//! nonce Leptos puts on the scripts it renders.

use crate::server::{embed, state::AppState};
use axum::{
    extract::{Request, State},
    http::{header, HeaderValue},
    middleware::Next,
    response::Response,
};
use leptos::prelude::use_context;

/// For answers that are not pages (JSON, files, redirects): nothing may run or load.
const STRICTEST: &str =
    "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/// Adds the headers every answer gets, keeping a policy a handler set (pages, icons).
pub async fn security_headers(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let is_api = super::routes::is_api(request.uri().path());
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers
        .entry(header::CONTENT_SECURITY_POLICY)
        .or_insert(HeaderValue::from_static(STRICTEST));
    // Pages and API answers hold DNS tokens, IT contacts' emails and the trail: no cache
    // (a shared proxy's or the browser's disk) keeps them. Files set their own caching.
    let is_page = headers
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"text/html"));
    if is_api || is_page {
        headers
            .entry(header::CACHE_CONTROL)
            .or_insert(HeaderValue::from_static("no-store"));
    }
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    if state.public_url.scheme() == "https" {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    response
}

/// The policy of a page rendered with `nonce`: its own scripts (and the WebAssembly they
/// load), styles (and a host's appearance, in a style element with the nonce) and images
/// from this origin only, forms posting here or (through the
/// server's redirect) to the Admin Portal, framed only by `frame_ancestors`.
pub fn page_policy(nonce: &str, portal_origins: &[String], frame_ancestors: &str) -> String {
    let forms = std::iter::once("'self'".to_owned())
        .chain(portal_origins.iter().cloned())
        .collect::<Vec<_>>()
        .join(" ");
    format!(
        "default-src 'self'; script-src 'nonce-{nonce}' 'strict-dynamic' 'wasm-unsafe-eval'; \
         style-src 'self' 'nonce-{nonce}'; img-src 'self'; connect-src 'self'; object-src 'none'; \
         base-uri 'none'; form-action {forms}; frame-ancestors {frame_ancestors}"
    )
}

/// Where the server may send a browser after a form: the Admin Portal's hosts and the
/// WorkOS API's own origin (an emulator serves its portal there).
pub fn portal_origins(state: &AppState) -> Vec<String> {
    state
        .config
        .workos
        .portal_hosts
        .iter()
        .map(|host| format!("https://{host}"))
        .chain(std::iter::once(
            state.workos.base_url().origin().ascii_serialization(),
        ))
        .collect()
}

/// Called while a page renders: sets its policy with this render's nonce.
pub fn send_page_policy() {
    let (Some(nonce), Some(response), Some(state)) = (
        leptos::nonce::use_nonce(),
        use_context::<leptos_axum::ResponseOptions>(),
        use_context::<AppState>(),
    ) else {
        return;
    };
    let path = use_context::<axum::http::request::Parts>()
        .map(|parts| parts.uri.path().to_owned())
        .unwrap_or_default();
    let frames = embed::frame_ancestors(&state, &path);
    let policy = page_policy(&nonce, &portal_origins(&state), &frames);
    if let Ok(value) = HeaderValue::from_str(&policy) {
        response.insert_header(header::CONTENT_SECURITY_POLICY, value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_allow_only_their_nonce_and_the_portal() {
        let policy = page_policy("abc123", &["https://setup.workos.com".to_owned()], "'none'");
        assert!(policy.contains("script-src 'nonce-abc123' 'strict-dynamic'"));
        assert!(!policy.contains("unsafe-inline"));
        assert!(policy.contains("img-src 'self';"));
        assert!(policy.contains("form-action 'self' https://setup.workos.com;"));
        assert!(policy.ends_with("frame-ancestors 'none'"));
    }
}
