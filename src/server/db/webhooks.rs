//! Webhooks to the host: its endpoints, the area changes waiting to be told, and each
//! delivery with its attempts. Work is claimed row by row, so several instances share it
//! and nothing is sent twice by two of them.

use super::Pool;

/// A registered endpoint (with its secret, which signs what is sent to it).
#[derive(Clone, Debug, PartialEq, sqlx::FromRow)]
pub struct Endpoint {
    pub id: i64,
    pub url: String,
    pub secret: String,
    /// Space-separated event names; empty for every event.
    pub events: String,
    pub created_at: String,
    pub created_by: String,
}

pub async fn add_endpoint(
    pool: &Pool,
    url: &str,
    secret: &str,
    events: &str,
    created_by: &str,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO webhook_endpoints (url, secret, events, created_at, created_by) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(url)
    .bind(secret)
    .bind(events)
    .bind(super::now_text())
    .bind(created_by)
    .fetch_one(pool)
    .await
}

pub async fn endpoints(pool: &Pool) -> Result<Vec<Endpoint>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, url, secret, events, created_at, created_by FROM webhook_endpoints ORDER BY id",
    )
    .fetch_all(pool)
    .await
}

/// Removes an endpoint and its deliveries; false if there was none.
pub async fn remove_endpoint(pool: &Pool, id: i64) -> Result<bool, sqlx::Error> {
    let removed = sqlx::query("DELETE FROM webhook_endpoints WHERE id = $1")
        .bind(id)
        .execute(pool)
        .await?;
    Ok(removed.rows_affected() == 1)
}

/// An area change waiting to be told.
#[derive(Clone, Debug, PartialEq, sqlx::FromRow)]
pub struct Change {
    pub id: i64,
    pub workos_organization_id: String,
    pub area: String,
    pub from_setup: Option<String>,
    pub to_setup: Option<String>,
    pub summary: String,
    pub changed_at: String,
}

/// Up to `limit` changes not yet told, oldest first.
pub async fn waiting_changes(pool: &Pool, limit: i64) -> Result<Vec<Change>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, workos_organization_id, area, from_setup, to_setup, summary, changed_at \
         FROM area_changes WHERE dispatched_at IS NULL ORDER BY id LIMIT $1",
    )
    .bind(limit)
    .fetch_all(pool)
    .await
}

/// Claims change `id` (in the transaction that queues its deliveries: both or neither);
/// false if another instance has it.
pub async fn claim_change(tx: &mut super::Connection, id: i64) -> Result<bool, sqlx::Error> {
    let taken = sqlx::query(
        "UPDATE area_changes SET dispatched_at = $2 WHERE id = $1 AND dispatched_at IS NULL",
    )
    .bind(id)
    .bind(super::now_text())
    .execute(&mut *tx)
    .await?;
    Ok(taken.rows_affected() == 1)
}

/// Queues `payload` (event `event_id` of type `event_type`) for `endpoint`, due now.
pub async fn queue(
    db: impl super::Executes<'_>,
    endpoint: i64,
    event_id: &str,
    event_type: &str,
    payload: &str,
    now_ms: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO webhook_deliveries \
         (endpoint_id, event_id, event_type, payload, created_at, next_attempt_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(endpoint)
    .bind(event_id)
    .bind(event_type)
    .bind(payload)
    .bind(super::now_text())
    .bind(now_ms)
    .execute(db)
    .await?;
    Ok(())
}

/// A delivery due now, claimed for sending: `claim` is the claim's token (its end).
#[derive(Clone, Debug, PartialEq, sqlx::FromRow)]
pub struct Due {
    pub id: i64,
    pub url: String,
    pub secret: String,
    pub payload: String,
    pub attempts: i64,
    pub claim: i64,
}

/// Up to `limit` deliveries due at `now_ms` and not held by a sender, oldest first.
pub async fn due(pool: &Pool, now_ms: i64, limit: i64) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT id FROM webhook_deliveries \
         WHERE delivered_at IS NULL AND gave_up_at IS NULL \
           AND next_attempt_at <= $1 AND claimed_until <= $1 \
         ORDER BY next_attempt_at, id LIMIT $2",
    )
    .bind(now_ms)
    .bind(limit)
    .fetch_all(pool)
    .await
}

/// Claims delivery `id` for one attempt, held until `now_ms + hold_ms` (another instance
/// takes it over only if this one never reports back); `None` if another has it.
pub async fn claim(
    pool: &Pool,
    id: i64,
    now_ms: i64,
    hold_ms: i64,
) -> Result<Option<Due>, sqlx::Error> {
    let until = now_ms + hold_ms;
    let taken = sqlx::query(
        "UPDATE webhook_deliveries SET claimed_until = $2 \
         WHERE id = $1 AND claimed_until <= $3 AND delivered_at IS NULL AND gave_up_at IS NULL",
    )
    .bind(id)
    .bind(until)
    .bind(now_ms)
    .execute(pool)
    .await?;
    if taken.rows_affected() != 1 {
        return Ok(None);
    }
    sqlx::query_as(
        "SELECT d.id, e.url, e.secret, d.payload, d.attempts, d.claimed_until AS claim \
         FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id \
         WHERE d.id = $1",
    )
    .bind(id)
    .fetch_optional(pool)
    .await
}

/// How an attempt ended.
#[derive(Clone, Debug, PartialEq)]
pub enum Attempt {
    Delivered {
        status: u16,
    },
    /// Try again at `next_ms`, or give up (`None`).
    Failed {
        status: Option<u16>,
        error: String,
        next_ms: Option<i64>,
    },
}

/// Records how the attempt under claim `claim` ended (nothing, if the claim was lost).
pub async fn finish(
    pool: &Pool,
    id: i64,
    claim: i64,
    attempt: &Attempt,
) -> Result<(), sqlx::Error> {
    let now = super::now_text();
    let query = match attempt {
        Attempt::Delivered { status } => sqlx::query(
            "UPDATE webhook_deliveries SET attempts = attempts + 1, delivered_at = $2, \
             last_status = $3, last_error = NULL, claimed_until = 0 \
             WHERE id = $1 AND claimed_until = $4",
        )
        .bind(id)
        .bind(now)
        .bind(i64::from(*status))
        .bind(claim),
        Attempt::Failed {
            status,
            error,
            next_ms,
        } => sqlx::query(
            "UPDATE webhook_deliveries SET attempts = attempts + 1, last_status = $2, \
             last_error = $3, next_attempt_at = COALESCE($4, next_attempt_at), \
             gave_up_at = CASE WHEN $4 IS NULL THEN $5 ELSE NULL END, claimed_until = 0 \
             WHERE id = $1 AND claimed_until = $6",
        )
        .bind(id)
        .bind(status.map(i64::from))
        .bind(crate::model::clipped(error, 500))
        .bind(*next_ms)
        .bind(now)
        .bind(claim),
    };
    query.execute(pool).await?;
    Ok(())
}

/// A delivery as the console's log shows it.
#[derive(Clone, Debug, PartialEq, sqlx::FromRow)]
pub struct Logged {
    pub id: i64,
    pub url: String,
    pub event_id: String,
    pub event_type: String,
    pub created_at: String,
    pub attempts: i64,
    pub next_attempt_at: i64,
    pub delivered_at: Option<String>,
    pub gave_up_at: Option<String>,
    pub last_status: Option<i64>,
    pub last_error: Option<String>,
}

/// The newest `limit` deliveries.
pub async fn log(pool: &Pool, limit: i64) -> Result<Vec<Logged>, sqlx::Error> {
    sqlx::query_as(
        "SELECT d.id, e.url, d.event_id, d.event_type, d.created_at, d.attempts, \
         d.next_attempt_at, d.delivered_at, d.gave_up_at, d.last_status, d.last_error \
         FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id \
         ORDER BY d.id DESC LIMIT $1",
    )
    .bind(limit)
    .fetch_all(pool)
    .await
}

/// Sends delivery `id` again, due now (its attempts start again); false if there is
/// none, or it is being sent right now.
pub async fn replay(pool: &Pool, id: i64, now_ms: i64) -> Result<bool, sqlx::Error> {
    let replayed = sqlx::query(
        "UPDATE webhook_deliveries SET attempts = 0, next_attempt_at = $2, \
         delivered_at = NULL, gave_up_at = NULL WHERE id = $1 AND claimed_until <= $2",
    )
    .bind(id)
    .bind(now_ms)
    .execute(pool)
    .await?;
    Ok(replayed.rows_affected() == 1)
}

/// Whether an Admin Portal link for `area` was handed out in the organization since
/// `since` (by an admin, or from the console).
pub async fn link_opened_since(
    pool: &Pool,
    organization_id: i64,
    area: &str,
    since: &str,
) -> Result<bool, sqlx::Error> {
    let found: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM audit_events WHERE organization_id = $1 \
         AND action = 'portal_link.create' AND outcome = 'succeeded' \
         AND (detail = $2 OR detail LIKE $3) AND occurred_at >= $4 LIMIT 1",
    )
    .bind(organization_id)
    .bind(area)
    .bind(format!("{area}. Reason: %"))
    .bind(since)
    .fetch_optional(pool)
    .await?;
    Ok(found.is_some())
}
