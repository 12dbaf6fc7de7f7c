use sqlx::SqliteExecutor;

pub async fn insert(
    db: impl SqliteExecutor<'_>,
    name: &str,
    workos_organization_id: &str,
) -> Result<i64, sqlx::Error> {
    let row: (i64,) = sqlx::query_as(
        "INSERT INTO organizations (name, workos_organization_id) VALUES (?, ?) RETURNING id",
    )
    .bind(name)
    .bind(workos_organization_id)
    .fetch_one(db)
    .await?;
    Ok(row.0)
}
