//! Leases: work that one instance at a time may do, taken over when its holder stops
//! renewing (it died, or lost the database).

use super::Pool;

/// Takes the lease `name` for `holder` until `now_ms + ttl_ms`, or renews it: true if
/// `holder` has it now. Another holder's unexpired lease is left alone.
pub async fn take(
    pool: &Pool,
    name: &str,
    holder: &str,
    now_ms: i64,
    ttl_ms: i64,
) -> Result<bool, sqlx::Error> {
    let taken = sqlx::query(
        "INSERT INTO leases (name, holder, expires_at) VALUES ($1, $2, $3) \
         ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at \
         WHERE leases.holder = excluded.holder OR leases.expires_at < $4",
    )
    .bind(name)
    .bind(holder)
    .bind(now_ms + ttl_ms)
    .bind(now_ms)
    .execute(pool)
    .await?
    .rows_affected();
    Ok(taken == 1)
}

/// Gives the lease up, if `holder` has it, so another instance need not wait for it to
/// expire.
pub async fn release(pool: &Pool, name: &str, holder: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM leases WHERE name = $1 AND holder = $2")
        .bind(name)
        .bind(holder)
        .execute(pool)
        .await?;
    Ok(())
}

/// Who holds the lease, if anyone's is unexpired.
pub async fn holder(pool: &Pool, name: &str, now_ms: i64) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT holder FROM leases WHERE name = $1 AND expires_at >= $2")
        .bind(name)
        .bind(now_ms)
        .fetch_optional(pool)
        .await
}
