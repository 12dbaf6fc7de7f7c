//! A per-key rate limit over a fixed window, answered as WorkOS does: 429 with
//! `Retry-After`.

use super::{controls::Controls, message::message};
use axum::{
    extract::{Request, State},
    http::{header, HeaderValue, StatusCode},
    middleware::Next,
    response::Response,
};
use serde::Deserialize;
use std::{
    sync::Arc,
    time::{Duration, Instant},
};

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

/// The current window: when it started and how many requests it has let through.
pub(super) struct Window {
    started: Instant,
    used: u32,
}

impl Controls {
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

/// Per-key rate limit: 429 with `Retry-After`, as WorkOS answers.
pub async fn rate_limit(
    State(controls): State<Arc<Controls>>,
    request: Request,
    next: Next,
) -> Response {
    match controls.over_limit() {
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

#[cfg(test)]
mod tests {
    use super::*;

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
