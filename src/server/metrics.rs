//! What an operator's Prometheus scrapes: every metric's name, declared once here, and the
//! one process-wide recorder (`metrics` + `metrics-exporter-prometheus`). Code that has
//! something to count calls the function named after it; the WorkOS client counts its
//! own calls (`workos_calls_total`, `workos_call_duration_seconds`, `workos_retries_total`).
//! Each instance reports its own figures; the database-wide ones (sessions) are the same
//! on every instance sharing PostgreSQL.

use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use std::{sync::OnceLock, time::Duration};

pub const HTTP_REQUESTS: &str = "portico_http_requests_total";
pub const HTTP_DURATION: &str = "portico_http_request_duration_seconds";
pub const STATUS_CACHE: &str = "portico_status_cache_lookups_total";
pub const AUDIT_ROWS: &str = "portico_audit_rows_written_total";
pub const AUDIT_BATCH: &str = "portico_audit_batch_rows";
pub const SIGN_IN_REFUSALS: &str = "portico_sign_in_refusals_total";
pub const SESSIONS_ACTIVE: &str = "portico_sessions_active";
pub const DB_POOL_IN_USE: &str = "portico_db_pool_connections_in_use";
pub const DB_POOL_SIZE: &str = "portico_db_pool_connections";

/// Latency buckets (seconds): a cached page takes a millisecond, a WorkOS storm seconds.
const SECONDS_BUCKETS: [f64; 14] = [
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
];
/// Rows per audit batch: one under light load, up to the writer's batch size under heavy.
const BATCH_BUCKETS: [f64; 8] = [1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0];

/// The process's recorder, installed at first use: every server in this process (tests
/// start several) reports into it.
pub fn recorder() -> &'static PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE.get_or_init(|| {
        let recorder = PrometheusBuilder::new()
            .set_buckets_for_metric(Matcher::Suffix("_seconds".into()), &SECONDS_BUCKETS)
            .and_then(|builder| {
                builder.set_buckets_for_metric(Matcher::Full(AUDIT_BATCH.into()), &BATCH_BUCKETS)
            })
            .expect("constant, non-empty buckets")
            .build_recorder();
        let handle = recorder.handle();
        // Another recorder set first (a program embedding Portico) keeps counting; this
        // handle then renders only what reaches it, which is nothing.
        if metrics::set_global_recorder(recorder).is_err() {
            tracing::warn!("a metrics recorder was already installed: /metrics stays empty");
        }
        describe();
        handle
    })
}

/// Each metric's HELP line.
fn describe() {
    use metrics::{describe_counter, describe_gauge, describe_histogram, Unit};
    describe_counter!(
        HTTP_REQUESTS,
        "HTTP requests answered, by route, method and status"
    );
    describe_histogram!(
        HTTP_DURATION,
        Unit::Seconds,
        "Time to answer an HTTP request, by route and method"
    );
    describe_counter!(
        STATUS_CACHE,
        "Live status lookups, by result: hit (cached) or miss (read from WorkOS)"
    );
    describe_counter!(AUDIT_ROWS, "Audit rows committed");
    describe_histogram!(AUDIT_BATCH, "Rows per audit-writer commit");
    describe_counter!(
        SIGN_IN_REFUSALS,
        "Sign-ins refused, by reason: throttled, wrong_password"
    );
    describe_gauge!(SESSIONS_ACTIVE, "Unexpired sessions in the database");
    describe_gauge!(DB_POOL_IN_USE, "Database connections lent out");
    describe_gauge!(DB_POOL_SIZE, "Database connections open");
    describe_counter!(
        workos::metric_names::CALLS,
        "WorkOS API calls (each with its retries), by endpoint and outcome"
    );
    describe_histogram!(
        workos::metric_names::CALL_DURATION,
        Unit::Seconds,
        "Time a WorkOS API call took, retries included, by endpoint"
    );
    describe_counter!(
        workos::metric_names::RETRIES,
        "WorkOS API attempts made again after a failure, by endpoint"
    );
}

/// One answered request. `route` is the route's pattern (never the raw path, whose ids
/// would make a series per object).
pub fn request_answered(route: &str, method: &str, status: u16, took: Duration) {
    let labels = [("route", route.to_owned()), ("method", method.to_owned())];
    metrics::histogram!(HTTP_DURATION, &labels).record(took.as_secs_f64());
    let [route, method] = labels;
    metrics::counter!(
        HTTP_REQUESTS,
        &[route, method, ("status", status.to_string())]
    )
    .increment(1);
}

/// A status lookup served from the cache (`hit`) or read from WorkOS.
pub fn status_lookup(hit: bool) {
    let result = if hit { "hit" } else { "miss" };
    metrics::counter!(STATUS_CACHE, "result" => result).increment(1);
}

/// A batch of audit rows committed.
pub fn audit_batch_written(rows: usize) {
    metrics::counter!(AUDIT_ROWS).increment(rows as u64);
    metrics::histogram!(AUDIT_BATCH).record(rows as f64);
}

/// Why a sign-in was refused.
#[derive(Clone, Copy, Debug)]
pub enum SignInRefusal {
    Throttled,
    WrongPassword,
}

pub fn sign_in_refused(reason: SignInRefusal) {
    let reason = match reason {
        SignInRefusal::Throttled => "throttled",
        SignInRefusal::WrongPassword => "wrong_password",
    };
    metrics::counter!(SIGN_IN_REFUSALS, "reason" => reason).increment(1);
}

/// The figures read when scraped rather than counted as they change.
pub struct Gauges {
    pub sessions_active: u64,
    pub pool_in_use: u32,
    pub pool_size: u32,
}

/// The Prometheus text, with `gauges` as of now.
pub fn render(gauges: Gauges) -> String {
    let handle = recorder();
    metrics::gauge!(SESSIONS_ACTIVE).set(gauges.sessions_active as f64);
    metrics::gauge!(DB_POOL_IN_USE).set(gauges.pool_in_use);
    metrics::gauge!(DB_POOL_SIZE).set(gauges.pool_size);
    // Histograms' windows roll on upkeep; a scrape is a fine time for it.
    handle.run_upkeep();
    handle.render()
}
