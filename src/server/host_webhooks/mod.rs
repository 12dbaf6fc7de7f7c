//! Webhooks to the host: when a customer's setup changes, Portico posts a signed event to
//! each endpoint the host registered (in the console or through the host API). The status
//! mirror records each area change in the database with the change itself
//! (`db::mirror::record_changes`); here they become events (`events`), then deliveries,
//! sent and retried for a day (`send`), only to public addresses (`guard`). Every step
//! is claimed row by row, so instances share the work and send nothing twice.

pub mod endpoints;
pub mod events;
pub mod guard;
pub mod send;

use crate::server::state::AppState;
use std::time::Duration;

/// How often the work is looked for.
const EVERY: Duration = Duration::from_secs(1);

/// One round: queues the events of new changes, sends what is due. Answers (queued,
/// delivered).
pub async fn work_once(state: &AppState) -> Result<(usize, usize), sqlx::Error> {
    let queued = events::fan_out(&state.db).await?;
    let allow_private = state.config.host_api.webhooks_to_private_addresses;
    let delivered = send::deliver_due(&state.db, allow_private).await?;
    Ok((queued, delivered))
}

/// Runs [`work_once`] every second until the process stops.
pub fn spawn(state: AppState) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut ticks = tokio::time::interval(EVERY);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticks.tick().await;
            if let Err(error) = work_once(&state).await {
                tracing::warn!(%error, "could not send the host's webhooks this round");
            }
        }
    })
}
