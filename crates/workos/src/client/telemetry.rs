//! What the client reports through the `metrics` facade (a no-op unless the program
//! installs a recorder): `workos_calls_total{endpoint, outcome}`,
//! `workos_call_duration_seconds{endpoint}` (a call with its retries) and
//! `workos_retries_total{endpoint}`.

use crate::error::WorkosError;
use reqwest::Method;
use std::time::Duration;

/// Calls made, by `endpoint` and `outcome`.
pub const CALLS: &str = "workos_calls_total";
/// How long each call took, retries included, by `endpoint`.
pub const CALL_DURATION: &str = "workos_call_duration_seconds";
/// Attempts made again after a failure, by `endpoint`.
pub const RETRIES: &str = "workos_retries_total";

/// The endpoint as a pattern: `POST /portal/generate_link`, `GET /organizations/{id}`.
/// Ids never become labels, so the series stay few.
pub(super) fn endpoint(method: &Method, segments: &[&str]) -> String {
    let mut endpoint = method.as_str().to_owned();
    endpoint.push(' ');
    for segment in segments {
        endpoint.push('/');
        let a_name = segment.bytes().all(|b| b.is_ascii_lowercase() || b == b'_');
        endpoint.push_str(if a_name { segment } else { "{id}" });
    }
    endpoint
}

/// A call's outcome in one word.
pub(super) fn outcome(result: &Result<impl Sized, WorkosError>) -> &'static str {
    match result {
        Ok(_) => "ok",
        Err(WorkosError::Unauthorized { .. }) => "unauthorized",
        Err(WorkosError::Forbidden { .. }) => "forbidden",
        Err(WorkosError::OrganizationNotFound { .. } | WorkosError::NotFound { .. }) => "not_found",
        Err(WorkosError::Validation { .. }) => "invalid",
        Err(WorkosError::RateLimited { .. }) => "rate_limited",
        Err(WorkosError::OverBudget { .. }) => "over_budget",
        Err(WorkosError::Upstream { .. }) => "upstream_error",
        Err(WorkosError::Timeout) => "timeout",
        Err(WorkosError::Unreachable(_)) => "unreachable",
        Err(WorkosError::Malformed { .. }) => "malformed",
    }
}

pub(super) fn call_finished(endpoint: &str, outcome: &'static str, took: Duration) {
    metrics::counter!(CALLS, "endpoint" => endpoint.to_owned(), "outcome" => outcome).increment(1);
    metrics::histogram!(CALL_DURATION, "endpoint" => endpoint.to_owned())
        .record(took.as_secs_f64());
}

pub(super) fn retried(endpoint: &str) {
    metrics::counter!(RETRIES, "endpoint" => endpoint.to_owned()).increment(1);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_endpoint_names_its_route_never_an_object() {
        assert_eq!(
            endpoint(&Method::POST, &["portal", "generate_link"]),
            "POST /portal/generate_link"
        );
        assert_eq!(
            endpoint(&Method::GET, &["organizations", "org_01HZX5"]),
            "GET /organizations/{id}"
        );
        assert_eq!(
            endpoint(
                &Method::POST,
                &["organization_domains", "org_domain_01H", "verify"]
            ),
            "POST /organization_domains/{id}/verify"
        );
    }
}
