pub async fn insert(
    db: impl super::Executes<'_>,
    name: &str,
    workos_organization_id: &str,
) -> Result<i64, sqlx::Error> {
    let row: (i64,) = sqlx::query_as(
        "INSERT INTO organizations (name, workos_organization_id) VALUES ($1, $2) RETURNING id",
    )
    .bind(name)
    .bind(workos_organization_id)
    .fetch_one(db)
    .await?;
    Ok(row.0)
}

/// Records the provider the organization's admins picked for `intent` (replacing any).
pub async fn choose_provider(
    db: impl super::Executes<'_>,
    organization_id: i64,
    intent: &str,
    provider_type: &str,
    chosen_by: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO provider_choices (organization_id, intent, provider_type, chosen_by) \
         VALUES ($1, $2, $3, $4) \
         ON CONFLICT (organization_id, intent) DO UPDATE SET provider_type = excluded.provider_type, \
           chosen_by = excluded.chosen_by, chosen_at = excluded.chosen_at",
    )
    .bind(organization_id)
    .bind(intent)
    .bind(provider_type)
    .bind(chosen_by)
    .execute(db)
    .await?;
    Ok(())
}

/// The providers picked per area: (intent, provider type).
pub async fn provider_choices(
    db: impl super::Executes<'_>,
    organization_id: i64,
) -> Result<Vec<(String, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT intent, provider_type FROM provider_choices WHERE organization_id = $1 ORDER BY intent",
    )
    .bind(organization_id)
    .fetch_all(db)
    .await
}

/// An organization as the command line names it.
#[derive(Clone, Debug, PartialEq, sqlx::FromRow)]
pub struct OrganizationRow {
    pub id: i64,
    pub name: String,
    pub workos_organization_id: Option<String>,
}

/// The organizations named `key`, or with WorkOS id `key`.
pub async fn find(
    db: impl super::Executes<'_>,
    key: &str,
) -> Result<Vec<OrganizationRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, name, workos_organization_id FROM organizations \
         WHERE name = $1 OR workos_organization_id = $2 ORDER BY id",
    )
    .bind(key)
    .bind(key)
    .fetch_all(db)
    .await
}

/// Sets what the organization's plan includes.
pub async fn set_features(
    db: impl super::Executes<'_>,
    organization_id: i64,
    features: &crate::model::Features,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE organizations SET features = $1 WHERE id = $2")
        .bind(features.stored())
        .bind(organization_id)
        .execute(db)
        .await?;
    Ok(())
}

/// An organization by id, and what its plan includes as stored (`None`: every area).
pub async fn by_id(
    db: impl super::Executes<'_>,
    id: i64,
) -> Result<Option<(OrganizationRow, Option<String>)>, sqlx::Error> {
    let row: Option<(i64, String, Option<String>, Option<String>)> = sqlx::query_as(
        "SELECT id, name, workos_organization_id, features FROM organizations WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(db)
    .await?;
    Ok(row.map(|(id, name, workos_organization_id, features)| {
        let organization = OrganizationRow {
            id,
            name,
            workos_organization_id,
        };
        (organization, features)
    }))
}

/// The id of the organization with WorkOS id `workos_id`.
pub async fn by_workos_id(
    db: impl super::Executes<'_>,
    workos_id: &str,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT id FROM organizations WHERE workos_organization_id = $1")
        .bind(workos_id)
        .fetch_optional(db)
        .await
}

/// Organizations after id `after`, by id, with their stored plans.
pub async fn page(
    db: impl super::Executes<'_>,
    after: i64,
    limit: i64,
) -> Result<Vec<(OrganizationRow, Option<String>)>, sqlx::Error> {
    let rows: Vec<(i64, String, Option<String>, Option<String>)> = sqlx::query_as(
        "SELECT id, name, workos_organization_id, features FROM organizations \
         WHERE id > $1 ORDER BY id LIMIT $2",
    )
    .bind(after)
    .bind(limit)
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, name, workos_organization_id, features)| {
            let row = OrganizationRow {
                id,
                name,
                workos_organization_id,
            };
            (row, features)
        })
        .collect())
}

/// Deletes the organization (its memberships and choices go with it; its trail rows
/// stay, without it).
pub async fn delete(db: impl super::Executes<'_>, id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM organizations WHERE id = $1")
        .bind(id)
        .execute(db)
        .await?;
    Ok(())
}
