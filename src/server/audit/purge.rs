//! Rows are kept `audit_retention_days`: older ones are deleted at start and daily, in
//! batches, and each purge is itself a row.

use super::Action;
use crate::server::db::{
    self,
    audit::{AuditWriter, Outcome, TRAIL_TIME},
    Pool,
};
use std::time::Duration;
use time::OffsetDateTime;

/// Deletes rows older than the retention period now, then once a day.
pub fn spawn_daily(db: Pool, trail: AuditWriter, retention_days: u32) {
    tokio::spawn(async move {
        let mut daily = tokio::time::interval(Duration::from_secs(24 * 60 * 60));
        loop {
            daily.tick().await;
            if let Err(error) = purge_expired(&db, &trail, retention_days).await {
                tracing::error!(%error, "could not delete expired audit rows");
            }
        }
    });
}

/// Deletes the rows older than `retention_days`; the purge is recorded itself.
pub async fn purge_expired(
    db: &Pool,
    trail: &AuditWriter,
    retention_days: u32,
) -> Result<u64, sqlx::Error> {
    let days = i64::from(retention_days);
    let cutoff = OffsetDateTime::now_utc() - time::Duration::days(days);
    let cutoff = cutoff.format(TRAIL_TIME).unwrap_or_default();
    let deleted = db::audit::delete_older_than(db, &cutoff).await?;
    if deleted > 0 {
        tracing::info!(deleted, %cutoff, "deleted audit rows past their retention");
        let detail = format!("{deleted} rows older than {days} days");
        let _ = super::record(trail, None, Action::PurgeAudit, Outcome::Succeeded, &detail).await;
    }
    Ok(deleted)
}
