use sqlx::SqlitePool;

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct AuditRow {
    pub occurred_at: String,
    pub actor_user_id: Option<i64>,
    pub organization_id: Option<i64>,
    pub action: String,
    pub detail: String,
}

pub async fn record(
    pool: &SqlitePool,
    actor_user_id: Option<i64>,
    organization_id: Option<i64>,
    action: &str,
    detail: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO audit_events (actor_user_id, organization_id, action, detail) VALUES (?, ?, ?, ?)")
        .bind(actor_user_id)
        .bind(organization_id)
        .bind(action)
        .bind(detail)
        .execute(pool)
        .await?;
    Ok(())
}

/// Newest first.
pub async fn for_organization(
    pool: &SqlitePool,
    organization_id: i64,
    limit: i64,
) -> Result<Vec<AuditRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT occurred_at, actor_user_id, organization_id, action, detail FROM audit_events \
         WHERE organization_id = ? ORDER BY id DESC LIMIT ?",
    )
    .bind(organization_id)
    .bind(limit)
    .fetch_all(pool)
    .await
}
