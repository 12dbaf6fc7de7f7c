//! What runs beside the server: periodic clean-ups, and waiting for the signal to stop.

use crate::server::{
    audit, auth::throttle::SignInThrottle, events, host_api, host_webhooks, notify, state::AppState,
};
use std::sync::Arc;

/// Everything that runs beside the server, started once it has its state.
pub(super) fn start(state: &AppState) {
    spawn_throttle_cleanup(state.auth.throttle.clone());
    state.status_cache.follow_other_instances();
    events::spawn_change_clock(state);
    start_hearing_workos(state);
    notify::spawn_daily_reminders(state.clone());
    host_webhooks::spawn(state.clone());
    host_api::idempotency::spawn_cleanup(state.db.clone());
    audit::purge::spawn_daily(
        state.db.clone(),
        state.audit.clone(),
        state.config.audit.retention_days.get(),
    );
}

/// Says whether WorkOS's webhooks can arrive; with `[workos] events` "poll" or "both",
/// reads WorkOS's Events API every interval (whichever instance holds the lease).
fn start_hearing_workos(state: &AppState) {
    if state.webhook_secret.is_none() {
        tracing::info!("WorkOS webhooks are off: WORKOS_WEBHOOK_SECRET is not set");
    }
    events::spawn_sweeper(state.clone());
    if !state.config.workos.events.polls() {
        return;
    }
    let holder = ulid::Ulid::new().to_string();
    let interval = state.config.workos.events_poll_seconds.get();
    events::Poller::new(state, holder, interval).spawn();
}

/// Once a minute, forgets sign-in counters that have refilled.
fn spawn_throttle_cleanup(throttle: Arc<SignInThrottle>) {
    tokio::spawn(async move {
        let mut every = tokio::time::interval(std::time::Duration::from_secs(60));
        loop {
            every.tick().await;
            throttle.forget_idle().await;
        }
    });
}

/// Ctrl-C, or SIGTERM (what service managers and container runtimes send).
pub(super) async fn shutdown_signal() {
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut sigterm) => {
                sigterm.recv().await;
            }
            Err(error) => {
                tracing::warn!(%error, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        _ = terminate => {}
    }
}
