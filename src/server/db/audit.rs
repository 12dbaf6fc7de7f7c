use sqlx::SqlitePool;

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

/// The time of the newest event with `action` for each of `details`, where there is one.
/// One index seek per detail (index `audit_events_latest`), whatever the trail's length.
pub async fn latest_by_detail(
    pool: &SqlitePool,
    organization_id: i64,
    action: &str,
    details: &[&str],
) -> Result<Vec<(String, String)>, sqlx::Error> {
    let details = serde_json::to_string(details).unwrap_or_else(|_| "[]".to_owned());
    sqlx::query_as(
        "SELECT wanted.value, \
           (SELECT MAX(occurred_at) FROM audit_events \
            WHERE organization_id = ?1 AND action = ?2 AND detail = wanted.value) AS latest \
         FROM json_each(?3) AS wanted WHERE latest IS NOT NULL",
    )
    .bind(organization_id)
    .bind(action)
    .bind(details)
    .fetch_all(pool)
    .await
}
