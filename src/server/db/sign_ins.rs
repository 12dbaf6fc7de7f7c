//! SSO sign-ins per organization, day and outcome (`code` '' for success), counted once
//! per WorkOS event: what the SSO health panel reads.

use super::Pool;

/// One authentication event's sign-in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignIn<'a> {
    pub event_id: &'a str,
    pub organization: &'a str,
    /// `YYYY-MM-DD`, UTC.
    pub day: &'a str,
    /// '' when it succeeded.
    pub code: &'a str,
    /// WorkOS's time.
    pub at: &'a str,
    pub email: Option<&'a str>,
}

/// Counts the sign-in, once per event: false if it was counted already.
pub async fn record(pool: &Pool, sign_in: SignIn<'_>) -> Result<bool, sqlx::Error> {
    let mut tx = pool.begin().await?;
    let new =
        sqlx::query("INSERT INTO sso_sign_in_events (id) VALUES ($1) ON CONFLICT (id) DO NOTHING")
            .bind(sign_in.event_id)
            .execute(&mut *tx)
            .await?
            .rows_affected()
            == 1;
    if !new {
        return Ok(false);
    }
    // The newest sign-in's time and email are kept (events may arrive out of order).
    sqlx::query(
        "INSERT INTO sso_sign_ins (workos_organization_id, day, code, count, last_at, last_email) \
         VALUES ($1, $2, $3, 1, $4, $5) \
         ON CONFLICT (workos_organization_id, day, code) DO UPDATE SET \
         count = sso_sign_ins.count + 1, \
         last_email = CASE WHEN excluded.last_at > sso_sign_ins.last_at \
           THEN excluded.last_email ELSE sso_sign_ins.last_email END, \
         last_at = CASE WHEN excluded.last_at > sso_sign_ins.last_at \
           THEN excluded.last_at ELSE sso_sign_ins.last_at END",
    )
    .bind(sign_in.organization)
    .bind(sign_in.day)
    .bind(sign_in.code)
    .bind(sign_in.at)
    .bind(sign_in.email)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// One row: (day, code, count, last_at, last_email).
pub type Row = (String, String, i64, String, Option<String>);

/// The organization's rows from `since` (a day) on.
pub async fn since(pool: &Pool, organization: &str, since: &str) -> Result<Vec<Row>, sqlx::Error> {
    sqlx::query_as(
        "SELECT day, code, count, last_at, last_email FROM sso_sign_ins \
         WHERE workos_organization_id = $1 AND day >= $2 ORDER BY day",
    )
    .bind(organization)
    .bind(since)
    .fetch_all(pool)
    .await
}

/// The organization's last successful sign-in, whenever it was: (when, email).
pub async fn last_success(
    pool: &Pool,
    organization: &str,
) -> Result<Option<(String, Option<String>)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT last_at, last_email FROM sso_sign_ins \
         WHERE workos_organization_id = $1 AND code = '' ORDER BY day DESC LIMIT 1",
    )
    .bind(organization)
    .fetch_optional(pool)
    .await
}
