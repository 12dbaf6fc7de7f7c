//! `Idempotency-Key` replay: a POST sent again with the same key gets the first answer.

use super::{controls::Controls, message::message};
use axum::{
    body::{to_bytes, Body, Bytes},
    extract::{Request, State},
    http::{header, HeaderMap, HeaderValue, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
};
use std::{
    collections::HashMap,
    sync::Arc,
    time::{Duration, Instant},
};

/// The first answer given for a key, and a fingerprint of the request it answered.
struct Remembered {
    fingerprint: Bytes,
    status: StatusCode,
    content_type: Option<HeaderValue>,
    body: Bytes,
    at: Instant,
}

/// How long a key's first answer is replayed.
const IDEMPOTENCY_WINDOW: Duration = Duration::from_secs(24 * 60 * 60);
/// A test double need not remember a day of load-test traffic: past this many answers
/// the oldest half is forgotten.
const MAX_REMEMBERED: usize = 100_000;

/// First answers by `Idempotency-Key`, for 24 hours. Old ones are swept when the map
/// has doubled since the last sweep: amortised O(1) per request.
#[derive(Default)]
pub struct Remembered24h {
    by_key: HashMap<String, Remembered>,
    sweep_at: usize,
}

impl Remembered24h {
    fn get(&self, key: &str) -> Option<&Remembered> {
        self.by_key
            .get(key)
            .filter(|r| r.at.elapsed() < IDEMPOTENCY_WINDOW)
    }

    fn insert(&mut self, key: String, remembered: Remembered) {
        if self.by_key.len() >= self.sweep_at {
            self.by_key
                .retain(|_, r| r.at.elapsed() < IDEMPOTENCY_WINDOW);
            if self.by_key.len() > MAX_REMEMBERED {
                let mut ages: Vec<Instant> = self.by_key.values().map(|r| r.at).collect();
                ages.sort_unstable();
                let cut = ages[ages.len() / 2];
                self.by_key.retain(|_, r| r.at >= cut);
            }
            self.sweep_at = (self.by_key.len() * 2).max(1024);
        }
        self.by_key.insert(key, remembered);
    }
}
/// The largest body read for fingerprinting or replay.
const MAX_BODY: usize = 1024 * 1024;

/// `Idempotency-Key` on a POST: the same key and request within 24 h get the first
/// answer again; the same key with a different request is refused.
pub async fn idempotency(
    State(controls): State<Arc<Controls>>,
    request: Request,
    next: Next,
) -> Response {
    let key = request
        .headers()
        .get("idempotency-key")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let (Some(key), true) = (key, request.method() == axum::http::Method::POST) else {
        return next.run(request).await;
    };
    let (parts, body) = request.into_parts();
    let Ok(body) = to_bytes(body, MAX_BODY).await else {
        return message(
            StatusCode::PAYLOAD_TOO_LARGE,
            "The request body is too large.",
        );
    };
    let fingerprint = Bytes::from([parts.uri.path().as_bytes(), b"\n", &body].concat());
    {
        let seen = controls.idempotency.lock().expect("idempotency lock");
        if let Some(first) = seen.get(&key) {
            if first.fingerprint != fingerprint {
                return message(
                    StatusCode::BAD_REQUEST,
                    "This Idempotency-Key was already used with a different request.",
                );
            }
            return replay(first);
        }
    }
    let response = next.run(Request::from_parts(parts, Body::from(body))).await;
    // Failures that a retry may fix are not remembered.
    if response.status().is_server_error() || response.status() == StatusCode::TOO_MANY_REQUESTS {
        return response;
    }
    let (parts, body) = response.into_parts();
    let Ok(body) = to_bytes(body, MAX_BODY).await else {
        return message(
            StatusCode::INTERNAL_SERVER_ERROR,
            "The response could not be read.",
        );
    };
    let remembered = Remembered {
        fingerprint,
        status: parts.status,
        content_type: parts.headers.get(header::CONTENT_TYPE).cloned(),
        body: body.clone(),
        at: Instant::now(),
    };
    controls
        .idempotency
        .lock()
        .expect("idempotency lock")
        .insert(key, remembered);
    Response::from_parts(parts, Body::from(body))
}

fn replay(first: &Remembered) -> Response {
    let mut headers = HeaderMap::new();
    if let Some(content_type) = &first.content_type {
        headers.insert(header::CONTENT_TYPE, content_type.clone());
    }
    headers.insert("idempotent-replayed", HeaderValue::from_static("true"));
    (first.status, headers, first.body.clone()).into_response()
}
