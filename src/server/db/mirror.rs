//! The status mirror's rows: one JSON snapshot per WorkOS organization (`status::mirror`
//! says what is in it).

use super::Pool;

/// A stored snapshot: its JSON, when WorkOS was last read in full for it, its version.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Stored {
    pub snapshot: String,
    pub read_at: String,
    pub version: i64,
}

pub async fn load(pool: &Pool, organization: &str) -> Result<Option<Stored>, sqlx::Error> {
    sqlx::query_as(
        "SELECT snapshot, read_at, version FROM status_mirror WHERE workos_organization_id = $1",
    )
    .bind(organization)
    .fetch_optional(pool)
    .await
}

/// Stores what a full read of WorkOS said, now.
pub async fn save_read(pool: &Pool, organization: &str, snapshot: &str) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO status_mirror (workos_organization_id, snapshot, read_at, version) \
         VALUES ($1, $2, $3, 1) ON CONFLICT (workos_organization_id) DO UPDATE SET \
         snapshot = excluded.snapshot, read_at = excluded.read_at, \
         version = status_mirror.version + 1",
    )
    .bind(organization)
    .bind(snapshot)
    .bind(super::now_text())
    .execute(pool)
    .await?;
    Ok(())
}

/// Writes an event's change over version `read`: false if the row changed meanwhile
/// (the caller reads it again and reapplies).
pub async fn replace(
    pool: &Pool,
    organization: &str,
    snapshot: &str,
    read: i64,
) -> Result<bool, sqlx::Error> {
    let written = sqlx::query(
        "UPDATE status_mirror SET snapshot = $1, version = version + 1 \
         WHERE workos_organization_id = $2 AND version = $3",
    )
    .bind(snapshot)
    .bind(organization)
    .bind(read)
    .execute(pool)
    .await?
    .rows_affected();
    Ok(written == 1)
}

/// Forgets the organization's snapshot: it changed at WorkOS from here, and the next
/// view reads it in full.
pub async fn forget(pool: &Pool, organization: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM status_mirror WHERE workos_organization_id = $1")
        .bind(organization)
        .execute(pool)
        .await?;
    Ok(())
}

/// Forgets every snapshot: events were missed (the Events API cursor outlived WorkOS's
/// 30 days), so each organization's next view reads WorkOS in full once.
pub async fn forget_all(pool: &Pool) -> Result<u64, sqlx::Error> {
    Ok(sqlx::query("DELETE FROM status_mirror")
        .execute(pool)
        .await?
        .rows_affected())
}

/// The WorkOS organizations the mirror holds, in id order.
pub async fn organizations(pool: &Pool) -> Result<Vec<String>, sqlx::Error> {
    let rows: Vec<(String,)> = sqlx::query_as(
        "SELECT workos_organization_id FROM status_mirror ORDER BY workos_organization_id",
    )
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(|(id,)| id).collect())
}
