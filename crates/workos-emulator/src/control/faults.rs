//! Injected faults: an error status, a delay, a body that is not JSON, or a lost answer,
//! for the next requests of one route.

use super::{controls::Controls, message::message};
use axum::{
    extract::{MatchedPath, Request, State},
    http::{header, HeaderValue, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
};
use serde::Deserialize;
use std::{sync::Arc, time::Duration};

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

impl Controls {
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
}

/// Injected faults, matched on the route pattern (`GET /organizations/{id}`).
pub async fn faults(
    State(controls): State<Arc<Controls>>,
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
    let Some(fault) = controls.take_fault(&route) else {
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
}
