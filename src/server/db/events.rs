//! WorkOS events as received: each stored once, by its id, before it is acted on.

use super::Pool;

/// How an event reached Portico.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Webhook,
    Poll,
}

impl Source {
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Webhook => "webhook",
            Source::Poll => "poll",
        }
    }
}

/// An event to store.
#[derive(Clone, Copy, Debug)]
pub struct Received<'a> {
    pub id: &'a str,
    pub event: &'a str,
    pub workos_organization_id: Option<&'a str>,
    /// The event's `data`, as JSON.
    pub data: &'a str,
    pub created_at: &'a str,
    pub source: Source,
}

/// Stores the event; false if it was stored already (a retried or replayed delivery).
pub async fn store(pool: &Pool, event: Received<'_>) -> Result<bool, sqlx::Error> {
    let inserted = sqlx::query(
        "INSERT INTO workos_events (id, event, workos_organization_id, data, created_at, \
         received_at, source) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING",
    )
    .bind(event.id)
    .bind(event.event)
    .bind(event.workos_organization_id)
    .bind(event.data)
    .bind(event.created_at)
    .bind(super::now_text())
    .bind(event.source.as_str())
    .execute(pool)
    .await?
    .rows_affected();
    Ok(inserted == 1)
}

/// Where the reader `name` resumes: the last event id it stored, and when it did.
pub async fn cursor(pool: &Pool, name: &str) -> Result<Option<(String, String)>, sqlx::Error> {
    sqlx::query_as("SELECT after_id, updated_at FROM event_cursors WHERE name = $1")
        .bind(name)
        .fetch_optional(pool)
        .await
}

/// Moves the reader `name` past `after_id` (its events are stored).
pub async fn save_cursor(pool: &Pool, name: &str, after_id: &str) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO event_cursors (name, after_id, updated_at) VALUES ($1, $2, $3) \
         ON CONFLICT (name) DO UPDATE SET after_id = excluded.after_id, updated_at = excluded.updated_at",
    )
    .bind(name)
    .bind(after_id)
    .bind(super::now_text())
    .execute(pool)
    .await?;
    Ok(())
}

/// Forgets where the reader `name` was (its cursor is older than WorkOS keeps events).
pub async fn forget_cursor(pool: &Pool, name: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM event_cursors WHERE name = $1")
        .bind(name)
        .execute(pool)
        .await?;
    Ok(())
}

/// Takes the event for processing: false if it is taken already (processed, or being
/// processed by another task or instance).
pub async fn claim(pool: &Pool, id: &str) -> Result<bool, sqlx::Error> {
    let claimed = sqlx::query(
        "UPDATE workos_events SET processed_at = $1 WHERE id = $2 AND processed_at IS NULL",
    )
    .bind(super::now_text())
    .bind(id)
    .execute(pool)
    .await?
    .rows_affected();
    Ok(claimed == 1)
}

/// Gives the event back: its change could not be applied, and waits for another try.
pub async fn unclaim(pool: &Pool, id: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE workos_events SET processed_at = NULL WHERE id = $1")
        .bind(id)
        .execute(pool)
        .await?;
    Ok(())
}

/// A stored event: (id, name, data as JSON, created at).
pub type StoredEvent = (String, String, String, String);

/// Events received before `received_before` whose change is not applied yet, oldest
/// first.
pub async fn waiting(
    pool: &Pool,
    received_before: &str,
    limit: i64,
) -> Result<Vec<StoredEvent>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, event, data, created_at FROM workos_events \
         WHERE processed_at IS NULL AND received_at < $1 ORDER BY received_at LIMIT $2",
    )
    .bind(received_before)
    .bind(limit)
    .fetch_all(pool)
    .await
}

/// The newest stored event of `names` about the organization: (id, name, data as JSON,
/// created at).
pub async fn newest(
    pool: &Pool,
    workos_organization_id: &str,
    names: &[&str],
) -> Result<Option<StoredEvent>, sqlx::Error> {
    let mut newest: Option<StoredEvent> = None;
    for name in names {
        let found: Option<StoredEvent> = sqlx::query_as(
            "SELECT id, event, data, created_at FROM workos_events \
             WHERE workos_organization_id = $1 AND event = $2 \
             ORDER BY created_at DESC, id DESC LIMIT 1",
        )
        .bind(workos_organization_id)
        .bind(name)
        .fetch_optional(pool)
        .await?;
        newest = match (newest, found) {
            (Some(a), Some(b)) => Some(if (&b.3, &b.0) > (&a.3, &a.0) { b } else { a }),
            (a, b) => a.or(b),
        };
    }
    Ok(newest)
}
