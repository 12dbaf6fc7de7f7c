//! Each request's identity: an id (a caller's own short, plain `X-Request-ID` is kept) that every log
//! line inside it carries and the answer echoes, and the facts its audit rows record.

use super::client_address::client_behind;
use crate::{
    model::clipped,
    server::{audit, db::audit::RequestFacts, state::AppState},
};
use axum::{
    extract::{Request, State},
    http::HeaderValue,
    middleware::Next,
    response::Response,
};
use tower_http::request_id::{MakeRequestId, RequestId};

/// A new request id: a ULID, sortable by time like WorkOS's own.
#[derive(Clone, Copy)]
pub struct MakeRequestUlid;

impl MakeRequestId for MakeRequestUlid {
    fn make_request_id<B>(&mut self, _: &Request<B>) -> Option<RequestId> {
        let id = ulid::Ulid::new().to_string().to_lowercase();
        HeaderValue::from_str(&id).ok().map(RequestId::new)
    }
}

/// A caller's `X-Request-ID` is kept only if it is short and plain (`[A-Za-z0-9._-]{1,64}`):
/// it goes into every log line and audit row of the request, and anything else (long,
/// spaced, or shaped like a log line) is replaced with a new id.
pub async fn keep_only_plain_request_ids(mut request: Request, next: Next) -> Response {
    let plain = |value: &HeaderValue| {
        let bytes = value.as_bytes();
        (1..=64).contains(&bytes.len())
            && bytes
                .iter()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
    };
    let headers = request.headers_mut();
    let given: Vec<&HeaderValue> = headers.get_all("x-request-id").iter().collect();
    if !(given.len() == 1 && plain(given[0])) {
        headers.remove("x-request-id");
    }
    next.run(request).await
}

/// The span every log line of the request is written in.
pub fn request_span<B>(request: &Request<B>) -> tracing::Span {
    let id = request
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("-");
    tracing::info_span!("request", id = %id, method = %request.method(), path = %request.uri().path())
}

/// Notes who is asking (address, browser, request id) and the WorkOS calls made for
/// them, for the audit rows the request writes.
pub async fn note_request(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let facts = facts_of(&request, &state);
    audit::within_request(facts, next.run(request)).await
}

fn facts_of(request: &Request, state: &AppState) -> RequestFacts {
    let header = |name: &str| {
        request
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(|v| clipped(v, 512))
    };
    let peer = request
        .extensions()
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .map(|info| info.0.ip());
    RequestFacts {
        client_ip: peer.map(|peer| {
            client_behind(peer, request.headers(), &state.config.http.trusted_proxies).to_string()
        }),
        user_agent: header("user-agent"),
        request_id: header("x-request-id"),
    }
}
