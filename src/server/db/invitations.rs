//! Setup invitations Portico sent to IT contacts (WorkOS offers no read for them).

/// The organization's current invitation.
#[derive(Clone, Debug, PartialEq, sqlx::FromRow)]
pub struct Invitation {
    pub contact_id: String,
    pub email: String,
    /// Portico intent names, comma-separated.
    pub intents: String,
    pub invited_at: String,
}

/// Records a sent invitation as the organization's current one, ending any earlier.
pub async fn record(
    db: &super::Pool,
    organization_id: i64,
    contact_id: &str,
    email: &str,
    intents: &str,
    invited_by: Option<i64>,
) -> Result<(), sqlx::Error> {
    let mut tx = db.begin().await?;
    end_current(&mut *tx, organization_id).await?;
    sqlx::query(
        "INSERT INTO it_invitations (organization_id, contact_id, email, intents, invited_by) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(organization_id)
    .bind(contact_id)
    .bind(email)
    .bind(intents)
    .bind(invited_by)
    .execute(&mut *tx)
    .await?;
    tx.commit().await
}

/// Ends the organization's current invitation, if any; true when there was one.
pub async fn end_current(
    db: impl super::Executes<'_>,
    organization_id: i64,
) -> Result<bool, sqlx::Error> {
    let ended = sqlx::query(
        "UPDATE it_invitations SET ended_at = $2 WHERE organization_id = $1 AND ended_at IS NULL",
    )
    .bind(organization_id)
    .bind(super::now_text())
    .execute(db)
    .await?;
    Ok(ended.rows_affected() > 0)
}

pub async fn current(
    db: impl super::Executes<'_>,
    organization_id: i64,
) -> Result<Option<Invitation>, sqlx::Error> {
    sqlx::query_as(
        "SELECT contact_id, email, intents, invited_at FROM it_invitations \
         WHERE organization_id = $1 AND ended_at IS NULL ORDER BY id DESC LIMIT 1",
    )
    .bind(organization_id)
    .fetch_optional(db)
    .await
}
