//! The host company's staff accounts.

use super::Pool;

/// One staff account, as listed.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct StaffRow {
    pub email: String,
    pub role: String,
    /// When the second factor was confirmed; `None` until the first sign-in enrols it.
    pub totp_confirmed_at: Option<String>,
    pub created_at: String,
}

/// Adds an account; false if the email already has one.
pub async fn add(
    pool: &Pool,
    email: &str,
    password_hash: &str,
    role: &str,
    epoch: &str,
    now: &str,
) -> Result<bool, sqlx::Error> {
    let added = sqlx::query(
        "INSERT INTO staff (email, password_hash, role, session_epoch, created_at) \
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (email) DO NOTHING",
    )
    .bind(email)
    .bind(password_hash)
    .bind(role)
    .bind(epoch)
    .bind(now)
    .execute(pool)
    .await?;
    Ok(added.rows_affected() == 1)
}

/// How removing an account went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Removed {
    Removed,
    NotFound,
    /// The last owner stays: someone must be able to manage staff.
    LastOwner,
}

/// Removes the account, unless it is the last owner's. Two removals at once cannot take
/// the last two owners: SQLite writes one at a time, and on PostgreSQL the table is locked
/// against other writes for the check and the delete.
pub async fn remove(pool: &Pool, email: &str) -> Result<Removed, sqlx::Error> {
    let mut tx = pool.begin().await?;
    if super::Engine::of(pool) == super::Engine::Postgres {
        sqlx::query("LOCK TABLE staff IN SHARE ROW EXCLUSIVE MODE")
            .execute(&mut *tx)
            .await?;
    }
    let found: Option<(String,)> = sqlx::query_as("SELECT role FROM staff WHERE email = $1")
        .bind(email)
        .fetch_optional(&mut *tx)
        .await?;
    let Some((role,)) = found else {
        return Ok(Removed::NotFound);
    };
    let (owners,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM staff WHERE role = 'owner'")
        .fetch_one(&mut *tx)
        .await?;
    if role == "owner" && owners <= 1 {
        return Ok(Removed::LastOwner);
    }
    sqlx::query("DELETE FROM staff WHERE email = $1")
        .bind(email)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(Removed::Removed)
}

/// Every account, by email.
pub async fn list(pool: &Pool) -> Result<Vec<StaffRow>, sqlx::Error> {
    sqlx::query_as("SELECT email, role, totp_confirmed_at, created_at FROM staff ORDER BY email")
        .fetch_all(pool)
        .await
}

/// A staff member's second factor as stored.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct SecondFactorRow {
    pub id: i64,
    pub totp_secret: String,
    pub totp_confirmed_at: Option<String>,
    pub totp_last_step: Option<i64>,
}

pub async fn second_factor(
    pool: &Pool,
    email: &str,
) -> Result<Option<SecondFactorRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, totp_secret, totp_confirmed_at, totp_last_step FROM staff WHERE email = $1",
    )
    .bind(email)
    .fetch_optional(pool)
    .await
}

/// Keeps a new secret for an account not enrolled yet; false if it is enrolled.
pub async fn start_enrolment(pool: &Pool, email: &str, secret: &str) -> Result<bool, sqlx::Error> {
    let started = sqlx::query(
        "UPDATE staff SET totp_secret = $2, totp_last_step = NULL \
         WHERE email = $1 AND totp_confirmed_at IS NULL",
    )
    .bind(email)
    .bind(secret)
    .execute(pool)
    .await?;
    Ok(started.rows_affected() == 1)
}

/// Confirms the enrolment with the step of its first code, and keeps the recovery codes'
/// hashes (replacing any earlier ones); false if it was already confirmed.
pub async fn confirm_enrolment(
    pool: &Pool,
    id: i64,
    step: i64,
    now: &str,
    recovery_hashes: &[String],
) -> Result<bool, sqlx::Error> {
    let mut tx = pool.begin().await?;
    let confirmed = sqlx::query(
        "UPDATE staff SET totp_confirmed_at = $2, totp_last_step = $3 \
         WHERE id = $1 AND totp_confirmed_at IS NULL",
    )
    .bind(id)
    .bind(now)
    .bind(step)
    .execute(&mut *tx)
    .await?;
    if confirmed.rows_affected() != 1 {
        return Ok(false);
    }
    sqlx::query("DELETE FROM staff_recovery_codes WHERE staff_id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    for hash in recovery_hashes {
        sqlx::query("INSERT INTO staff_recovery_codes (staff_id, code_hash) VALUES ($1, $2)")
            .bind(id)
            .bind(hash)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(true)
}

/// Spends a code's step: false if that step (or a later one) was already used, by this
/// instance or another.
pub async fn use_step(pool: &Pool, id: i64, step: i64) -> Result<bool, sqlx::Error> {
    let used = sqlx::query(
        "UPDATE staff SET totp_last_step = $2 \
         WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)",
    )
    .bind(id)
    .bind(step)
    .execute(pool)
    .await?;
    Ok(used.rows_affected() == 1)
}

/// Spends a recovery code; false if it is not one of the account's, or was used.
pub async fn use_recovery_code(
    pool: &Pool,
    id: i64,
    hash: &str,
    now: &str,
) -> Result<bool, sqlx::Error> {
    let used = sqlx::query(
        "UPDATE staff_recovery_codes SET used_at = $3 \
         WHERE staff_id = $1 AND code_hash = $2 AND used_at IS NULL",
    )
    .bind(id)
    .bind(hash)
    .bind(now)
    .execute(pool)
    .await?;
    Ok(used.rows_affected() == 1)
}
