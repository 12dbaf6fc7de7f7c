//! Which conditions each organization's admins were emailed about, per UTC day.

use super::Pool;

/// Claims the day's email about `condition`; false if it was already claimed (sent, or
/// being sent by another instance).
pub async fn claim(
    pool: &Pool,
    organization: &str,
    condition: &str,
    day: &str,
    now_ms: i64,
) -> Result<bool, sqlx::Error> {
    let claimed = sqlx::query(
        "INSERT INTO notifications (workos_organization_id, condition, day, sent_at) \
         VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
    )
    .bind(organization)
    .bind(condition)
    .bind(day)
    .bind(now_ms)
    .execute(pool)
    .await?;
    Ok(claimed.rows_affected() == 1)
}

/// Gives a claim back (its email could not be sent), so a later check sends it.
pub async fn release(
    pool: &Pool,
    organization: &str,
    condition: &str,
    day: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "DELETE FROM notifications \
         WHERE workos_organization_id = $1 AND condition = $2 AND day = $3",
    )
    .bind(organization)
    .bind(condition)
    .bind(day)
    .execute(pool)
    .await?;
    Ok(())
}

/// Forgets the days before `day`.
pub async fn forget_before(pool: &Pool, day: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM notifications WHERE day < $1")
        .bind(day)
        .execute(pool)
        .await?;
    Ok(())
}
