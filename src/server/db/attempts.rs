//! Counted attempts per key and minute, shared by every instance on the database.

use super::Pool;

/// Counts one attempt for `key` in the minute starting at `window_start` (Unix seconds);
/// returns the minute's count, this one included.
pub async fn count(pool: &Pool, key: &str, window_start: i64) -> Result<i64, sqlx::Error> {
    let (attempts,): (i64,) = sqlx::query_as(
        "INSERT INTO sign_in_attempts (key, window_start, attempts) VALUES ($1, $2, 1) \
         ON CONFLICT (key, window_start) DO UPDATE SET attempts = sign_in_attempts.attempts + 1 \
         RETURNING attempts",
    )
    .bind(key)
    .bind(window_start)
    .fetch_one(pool)
    .await?;
    Ok(attempts)
}

/// Deletes the minutes before `window_start`.
pub async fn forget_before(pool: &Pool, window_start: i64) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sign_in_attempts WHERE window_start < $1")
        .bind(window_start)
        .execute(pool)
        .await?;
    Ok(())
}
