//! What makes the emulator a test double rather than a toy: injected faults, a per-key
//! rate limit and `Idempotency-Key` replay. Faults and limits are set through the
//! emulator-only `/__emulator/` routes, which need the same API key.

use super::Emulator;
use axum::{
    body::{to_bytes, Body, Bytes},
    extract::{MatchedPath, Request, State},
    http::{header, HeaderMap, HeaderValue, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
    Json,
};
use serde::Deserialize;
use serde_json::json;
use std::{
    collections::HashMap,
    sync::Mutex,
    time::{Duration, Instant},
};

/// A fault for the next `count` requests of one route, e.g. `"POST /portal/generate_link"`.
#[derive(Clone, Debug, Deserialize)]
pub struct Fault {
    /// Method and route pattern, e.g. `GET /organizations/{id}`.
    pub route: String,
    /// How many requests it applies to (default 1).
    #[serde(default = "one")]
    pub count: u32,
    /// Answer with this status and a WorkOS-style `{"message": ...}` body.
    pub status: Option<u16>,
    /// The body's `message` (default: the status's reason).
    pub message: Option<String>,
    /// Sent as `Retry-After` (seconds), e.g. with status 429.
    pub retry_after: Option<u64>,
    /// Wait this long first; without a status the real answer follows.
    pub delay_ms: Option<u64>,
    /// Answer with a body that is not JSON (status 200 unless `status` is given).
    #[serde(default)]
    pub malformed: bool,
    /// Let the request take effect, then lose its answer (as a proxy dropping it would):
    /// the client sees `status` (502 unless given). Shows whether retries act twice.
    #[serde(default)]
    pub lose_answer: bool,
}

fn one() -> u32 {
    1
}

/// At most `requests` per `window_seconds` for the key; more get 429 with `Retry-After`.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq)]
pub struct RateLimit {
    /// Requests allowed per window.
    pub requests: u32,
    /// The window's length.
    pub window_seconds: u64,
}

impl RateLimit {
    /// WorkOS's own limit: 6,000 requests per 60 s per API key.
    pub const WORKOS: RateLimit = RateLimit {
        requests: 6000,
        window_seconds: 60,
    };
}

struct Window {
    started: Instant,
    used: u32,
}

struct Remembered {
    fingerprint: Bytes,
    status: StatusCode,
    content_type: Option<HeaderValue>,
    body: Bytes,
    at: Instant,
}

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
const MAX_BODY: usize = 1024 * 1024;

#[derive(Default)]
pub struct Controls {
    faults: Mutex<Vec<Fault>>,
    rate_limit: Mutex<Option<RateLimit>>,
    window: Mutex<Option<Window>>,
    idempotency: Mutex<Remembered24h>,
}

impl Controls {
    pub fn new(rate_limit: Option<RateLimit>) -> Controls {
        Controls {
            rate_limit: Mutex::new(rate_limit),
            ..Default::default()
        }
    }

    pub fn add_fault(&self, fault: Fault) {
        self.faults.lock().expect("faults lock").push(fault);
    }

    pub fn clear_faults(&self) {
        self.faults.lock().expect("faults lock").clear();
    }

    pub fn set_rate_limit(&self, limit: Option<RateLimit>) {
        *self.rate_limit.lock().expect("limit lock") = limit;
        *self.window.lock().expect("window lock") = None;
    }

    /// Takes one use of the first fault for `route`, if any.
    fn take_fault(&self, route: &str) -> Option<Fault> {
        let mut faults = self.faults.lock().expect("faults lock");
        let index = faults
            .iter()
            .position(|f| f.route == route && f.count > 0)?;
        let fault = faults[index].clone();
        faults[index].count -= 1;
        if faults[index].count == 0 {
            faults.remove(index);
        }
        Some(fault)
    }

    /// `Some(seconds to wait)` when this request is over the limit.
    fn over_limit(&self) -> Option<u64> {
        let limit = (*self.rate_limit.lock().expect("limit lock"))?;
        let window_length = Duration::from_secs(limit.window_seconds.max(1));
        let mut window = self.window.lock().expect("window lock");
        let now = Instant::now();
        let current = match window.as_mut() {
            Some(w) if now.duration_since(w.started) < window_length => w,
            _ => window.insert(Window {
                started: now,
                used: 0,
            }),
        };
        if current.used < limit.requests {
            current.used += 1;
            return None;
        }
        let left = window_length.saturating_sub(now.duration_since(current.started));
        Some(left.as_secs_f64().ceil().max(1.0) as u64)
    }
}

fn message(status: StatusCode, text: &str) -> Response {
    (status, Json(json!({ "message": text }))).into_response()
}

/// Per-key rate limit: 429 with `Retry-After`, as WorkOS answers.
pub async fn rate_limit(
    State(emulator): State<Emulator>,
    request: Request,
    next: Next,
) -> Response {
    match emulator.controls.over_limit() {
        None => next.run(request).await,
        Some(wait) => {
            let mut response = message(
                StatusCode::TOO_MANY_REQUESTS,
                "Too many requests. Please retry later.",
            );
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(wait));
            response
        }
    }
}

/// Injected faults, matched on the route pattern (`GET /organizations/{id}`).
pub async fn faults(
    State(emulator): State<Emulator>,
    matched: Option<MatchedPath>,
    request: Request,
    next: Next,
) -> Response {
    let route = format!(
        "{} {}",
        request.method(),
        matched
            .as_ref()
            .map(MatchedPath::as_str)
            .unwrap_or(request.uri().path())
    );
    let Some(fault) = emulator.controls.take_fault(&route) else {
        return next.run(request).await;
    };
    if let Some(ms) = fault.delay_ms {
        tokio::time::sleep(Duration::from_millis(ms)).await;
    }
    let status = fault.status.and_then(|s| StatusCode::from_u16(s).ok());
    if fault.lose_answer {
        let _lost = next.run(request).await;
        return message(status.unwrap_or(StatusCode::BAD_GATEWAY), "Bad gateway");
    }
    let mut response = if fault.malformed {
        let status = status.unwrap_or(StatusCode::OK);
        (
            status,
            [(header::CONTENT_TYPE, "text/html")],
            "<html><body>Bad gateway</body></html>",
        )
            .into_response()
    } else if let Some(status) = status {
        let text = fault
            .message
            .unwrap_or_else(|| status.canonical_reason().unwrap_or("Error").to_owned());
        message(status, &text)
    } else {
        return next.run(request).await;
    };
    if let Some(seconds) = fault.retry_after {
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
    }
    response
}

/// `Idempotency-Key` on a POST: the same key and request within 24 h get the first
/// answer again; the same key with a different request is refused.
pub async fn idempotency(
    State(emulator): State<Emulator>,
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
        let seen = emulator
            .controls
            .idempotency
            .lock()
            .expect("idempotency lock");
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
    emulator
        .controls
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

#[derive(Deserialize)]
pub struct ClockAdvance {
    pub advance_seconds: u64,
}

#[derive(Deserialize)]
pub struct RateLimitChange {
    /// `null` turns the limit off.
    pub limit: Option<RateLimit>,
}

pub async fn add_fault(State(emulator): State<Emulator>, Json(fault): Json<Fault>) -> StatusCode {
    emulator.controls.add_fault(fault);
    StatusCode::NO_CONTENT
}

pub async fn clear_faults(State(emulator): State<Emulator>) -> StatusCode {
    emulator.controls.clear_faults();
    StatusCode::NO_CONTENT
}

pub async fn set_rate_limit(
    State(emulator): State<Emulator>,
    Json(change): Json<RateLimitChange>,
) -> StatusCode {
    emulator.controls.set_rate_limit(change.limit);
    StatusCode::NO_CONTENT
}

/// Forgets every object, link, session, email, fault and the rate-limit window, so a
/// test starts from nothing.
pub async fn reset(State(emulator): State<Emulator>) -> StatusCode {
    emulator.store.reset();
    emulator.controls.clear_faults();
    *emulator.controls.window.lock().expect("window lock") = None;
    *emulator
        .controls
        .idempotency
        .lock()
        .expect("idempotency lock") = Remembered24h::default();
    StatusCode::NO_CONTENT
}

/// A TXT record to publish in the emulator's stand-in for DNS.
#[derive(Debug, Deserialize)]
pub struct TxtRecord {
    /// e.g. `_workos-challenge.acme.example`
    pub name: String,
    pub value: String,
}

/// Publishes a TXT record, so verifying the domain it proves succeeds.
pub async fn publish_txt(
    State(emulator): State<Emulator>,
    Json(record): Json<TxtRecord>,
) -> StatusCode {
    emulator.store.publish_txt(&record.name, &record.value);
    StatusCode::NO_CONTENT
}

/// An event to record as if WorkOS had emitted it.
#[derive(Debug, Deserialize)]
pub struct EmittedEvent {
    /// e.g. `connection.saml_certificate_renewal_required`
    pub event: String,
    /// The event's object; its organization is read from it.
    pub data: serde_json::Value,
}

/// Records an event (the Events API lists it), for what the emulator cannot cause itself,
/// e.g. a SAML certificate nearing its expiry.
pub async fn emit_event(
    State(emulator): State<Emulator>,
    Json(emitted): Json<EmittedEvent>,
) -> Response {
    let event = emulator.store.emit(&emitted.event, emitted.data);
    (StatusCode::CREATED, Json(event)).into_response()
}

pub async fn advance_clock(
    State(emulator): State<Emulator>,
    Json(advance): Json<ClockAdvance>,
) -> StatusCode {
    emulator
        .store
        .advance_clock(Duration::from_secs(advance.advance_seconds));
    StatusCode::NO_CONTENT
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fault_is_used_up_after_its_count() {
        let controls = Controls::default();
        controls.add_fault(Fault {
            route: "GET /organizations".into(),
            count: 2,
            status: Some(503),
            message: None,
            retry_after: None,
            delay_ms: None,
            malformed: false,
            lose_answer: false,
        });
        assert!(controls.take_fault("POST /organizations").is_none());
        assert!(controls.take_fault("GET /organizations").is_some());
        assert!(controls.take_fault("GET /organizations").is_some());
        assert!(controls.take_fault("GET /organizations").is_none());
    }

    #[test]
    fn the_rate_limit_counts_within_its_window() {
        let controls = Controls::new(Some(RateLimit {
            requests: 2,
            window_seconds: 60,
        }));
        assert_eq!(controls.over_limit(), None);
        assert_eq!(controls.over_limit(), None);
        let wait = controls.over_limit().expect("third is over");
        assert!((59..=60).contains(&wait), "{wait}");
        controls.set_rate_limit(None);
        assert_eq!(controls.over_limit(), None);
    }
}
