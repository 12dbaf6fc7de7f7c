//! The host API's keys, and the answers kept for idempotent retries.

use super::Pool;

/// A key as listed and as every call checks it.
#[derive(Clone, Debug, PartialEq, sqlx::FromRow)]
pub struct ApiKeyRow {
    pub id: i64,
    pub name: String,
    pub prefix: String,
    /// Space-separated.
    pub scopes: String,
    pub created_at: String,
    pub created_by: String,
    pub last_used_at: Option<String>,
    pub revoked_at: Option<String>,
}

const COLUMNS: &str = "id, name, prefix, scopes, created_at, created_by, last_used_at, revoked_at";

/// Adds a key; false if the name is taken.
pub async fn add(
    pool: &Pool,
    name: &str,
    prefix: &str,
    key_hash: &str,
    scopes: &str,
    created_by: &str,
) -> Result<bool, sqlx::Error> {
    let added = sqlx::query(
        "INSERT INTO api_keys (name, prefix, key_hash, scopes, created_at, created_by) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (name) DO NOTHING",
    )
    .bind(name)
    .bind(prefix)
    .bind(key_hash)
    .bind(scopes)
    .bind(super::now_text())
    .bind(created_by)
    .execute(pool)
    .await?;
    Ok(added.rows_affected() == 1)
}

pub async fn by_hash(pool: &Pool, key_hash: &str) -> Result<Option<ApiKeyRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM api_keys WHERE key_hash = $1"
    ))
    .bind(key_hash)
    .fetch_optional(pool)
    .await
}

/// Every key, newest first.
pub async fn list(pool: &Pool) -> Result<Vec<ApiKeyRow>, sqlx::Error> {
    sqlx::query_as(&format!("SELECT {COLUMNS} FROM api_keys ORDER BY id DESC"))
        .fetch_all(pool)
        .await
}

/// Revokes the key named `name`; false if there is no such key still in use.
pub async fn revoke(pool: &Pool, name: &str) -> Result<bool, sqlx::Error> {
    let revoked =
        sqlx::query("UPDATE api_keys SET revoked_at = $2 WHERE name = $1 AND revoked_at IS NULL")
            .bind(name)
            .bind(super::now_text())
            .execute(pool)
            .await?;
    Ok(revoked.rows_affected() == 1)
}

/// Records a use, at most once a minute per key (a write per call would be one more
/// commit on every call).
pub async fn used(pool: &Pool, id: i64, now: &str, a_minute_ago: &str) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE api_keys SET last_used_at = $2 \
         WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < $3)",
    )
    .bind(id)
    .bind(now)
    .bind(a_minute_ago)
    .execute(pool)
    .await?;
    Ok(())
}

/// An idempotent request as first made: its request's hash, and its answer (status 0
/// while the first request is still being answered).
#[derive(Clone, Debug, PartialEq, sqlx::FromRow)]
pub struct Kept {
    pub request_hash: String,
    pub status: i64,
    pub response: String,
}

/// Claims `idempotency_key` for this request; `None` when claimed now, else what the
/// first request with it kept.
pub async fn claim_idempotency(
    pool: &Pool,
    key_id: i64,
    idempotency_key: &str,
    request_hash: &str,
) -> Result<Option<Kept>, sqlx::Error> {
    let claimed = sqlx::query(
        "INSERT INTO api_idempotency (key_id, idempotency_key, request_hash, status, response, created_at) \
         VALUES ($1, $2, $3, 0, '', $4) ON CONFLICT (key_id, idempotency_key) DO NOTHING",
    )
    .bind(key_id)
    .bind(idempotency_key)
    .bind(request_hash)
    .bind(super::now_text())
    .execute(pool)
    .await?;
    if claimed.rows_affected() == 1 {
        return Ok(None);
    }
    // A claim whose request never finished (its caller went away, the process stopped)
    // is taken over after two minutes, so the key does not stay stuck.
    let stale = (time::OffsetDateTime::now_utc() - time::Duration::minutes(2))
        .format(super::audit::TRAIL_TIME)
        .unwrap_or_default();
    let taken_over = sqlx::query(
        "UPDATE api_idempotency SET request_hash = $3, created_at = $4 \
         WHERE key_id = $1 AND idempotency_key = $2 AND status = 0 AND created_at < $5",
    )
    .bind(key_id)
    .bind(idempotency_key)
    .bind(request_hash)
    .bind(super::now_text())
    .bind(stale)
    .execute(pool)
    .await?;
    if taken_over.rows_affected() == 1 {
        return Ok(None);
    }
    sqlx::query_as(
        "SELECT request_hash, status, response FROM api_idempotency \
         WHERE key_id = $1 AND idempotency_key = $2",
    )
    .bind(key_id)
    .bind(idempotency_key)
    .fetch_optional(pool)
    .await
}

/// Keeps the answer to an idempotent request (a failure gives the key back: the request
/// may be retried with it).
pub async fn finish_idempotency(
    pool: &Pool,
    key_id: i64,
    idempotency_key: &str,
    answer: Option<(u16, &str)>,
) -> Result<(), sqlx::Error> {
    let query = match answer {
        Some((status, response)) => sqlx::query(
            "UPDATE api_idempotency SET status = $3, response = $4 \
             WHERE key_id = $1 AND idempotency_key = $2",
        )
        .bind(key_id)
        .bind(idempotency_key)
        .bind(i64::from(status))
        .bind(response),
        None => {
            sqlx::query("DELETE FROM api_idempotency WHERE key_id = $1 AND idempotency_key = $2")
                .bind(key_id)
                .bind(idempotency_key)
        }
    };
    query.execute(pool).await?;
    Ok(())
}

/// Forgets idempotent answers older than `cutoff`.
pub async fn forget_idempotency_before(pool: &Pool, cutoff: &str) -> Result<u64, sqlx::Error> {
    Ok(
        sqlx::query("DELETE FROM api_idempotency WHERE created_at < $1")
            .bind(cutoff)
            .execute(pool)
            .await?
            .rows_affected(),
    )
}
