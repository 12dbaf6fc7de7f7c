//! Embedded pages live in a cross-site frame: which requests belong to an embedded
//! session, the cookie such a session needs, and who may frame the pages.

use crate::server::state::AppState;
use axum::{
    extract::Request,
    http::{header, HeaderValue},
    middleware::Next,
    response::Response,
};

/// The cookie of embedded sessions: sent in a cross-site frame (`SameSite=None; Secure`)
/// and kept in the host site's partition (`Partitioned`).
pub const COOKIE: &str = "portico_embed";
/// Whether a request belongs to an embedded session: the embedded pages themselves, and
/// what they call (their cookie, sent from an embedded page).
pub fn is_embedded(request: &Request) -> bool {
    let path = request.uri().path();
    if path.starts_with("/embed") {
        return true;
    }
    // An SSO sign-in (or an embedded page's test, in its own tab) is a top-level page:
    // its steps must share one session, whatever cookies and referrers they carry.
    if path.starts_with("/sso/") {
        return false;
    }
    let cookies = request
        .headers()
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .map(|c| c.trim().split('=').next().unwrap_or_default().to_owned())
        .collect::<Vec<_>>();
    let embedded = cookies.iter().any(|c| c == COOKIE);
    let standalone = cookies.iter().any(|c| c == "portico_session");
    let from_embed_page = request
        .headers()
        .get(header::REFERER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| url::Url::parse(v).ok())
        .is_some_and(|url| url.path().starts_with("/embed"));
    embedded && (!standalone || from_embed_page)
}

/// Answers to embedded requests: the session cookie marked `Partitioned` (the session
/// library cannot), and redirects to the settings page kept inside the frame
/// (`/embed/settings`: `/settings` may not be framed).
pub async fn embedded_answers(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    if let Some(inside) = headers
        .get(header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .filter(|to| to.starts_with("/settings"))
        .and_then(|to| HeaderValue::from_str(&format!("/embed{to}")).ok())
    {
        headers.insert(header::LOCATION, inside);
    }
    let cookies: Vec<HeaderValue> = headers
        .get_all(header::SET_COOKIE)
        .iter()
        .cloned()
        .collect();
    if cookies.is_empty() {
        return response;
    }
    headers.remove(header::SET_COOKIE);
    for cookie in cookies {
        let partitioned = cookie
            .to_str()
            .ok()
            .filter(|c| c.starts_with(&format!("{COOKIE}=")) && !c.contains("Partitioned"))
            .and_then(|c| HeaderValue::from_str(&format!("{c}; Partitioned")).ok());
        headers.append(header::SET_COOKIE, partitioned.unwrap_or(cookie));
    }
    response
}

/// `frame-ancestors` for a page at `path`: the embed origins for embedded pages, no one
/// for the rest.
pub fn frame_ancestors(state: &AppState, path: &str) -> String {
    if path.starts_with("/embed") && !state.config.embed.origins.is_empty() {
        state.config.embed.origins.join(" ")
    } else {
        "'none'".to_owned()
    }
}
