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
    db: impl super::Executes<'_>,
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
    .execute(db)
    .await?;
    Ok(added.rows_affected() == 1)
}

/// How removing an account (or changing its role) went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Removed {
    Removed,
    NotFound,
    /// The last owner stays: someone must be able to manage staff.
    LastOwner,
}

/// Removes the account, unless it is the last owner's.
pub async fn remove(pool: &Pool, email: &str) -> Result<Removed, sqlx::Error> {
    change(pool, email, None).await
}

/// Gives the account `role`, unless that demotes the last owner.
pub async fn set_role(pool: &Pool, email: &str, role: &str) -> Result<Removed, sqlx::Error> {
    change(pool, email, Some(role)).await
}

/// Removes the account (`role` `None`) or changes its role, never leaving no owner. Two
/// changes at once cannot take the last two owners: SQLite writes one at a time, and on
/// PostgreSQL the table is locked against other writes for the check and the change.
async fn change(pool: &Pool, email: &str, role: Option<&str>) -> Result<Removed, sqlx::Error> {
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
    let Some((before,)) = found else {
        return Ok(Removed::NotFound);
    };
    let (owners,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM staff WHERE role = 'owner'")
        .fetch_one(&mut *tx)
        .await?;
    if before == "owner" && role != Some("owner") && owners <= 1 {
        return Ok(Removed::LastOwner);
    }
    let query = match role {
        None => sqlx::query("DELETE FROM staff WHERE email = $1").bind(email),
        Some(role) => sqlx::query("UPDATE staff SET role = $2 WHERE email = $1")
            .bind(email)
            .bind(role),
    };
    query.execute(&mut *tx).await?;
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

/// A staff account as sign-in and every console request read it.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct StaffAccount {
    pub id: i64,
    pub email: String,
    pub password_hash: String,
    pub role: String,
    pub session_epoch: String,
    pub totp_confirmed_at: Option<String>,
}

const ACCOUNT: &str =
    "SELECT id, email, password_hash, role, session_epoch, totp_confirmed_at FROM staff";

pub async fn find_by_email(pool: &Pool, email: &str) -> Result<Option<StaffAccount>, sqlx::Error> {
    sqlx::query_as(&format!("{ACCOUNT} WHERE email = lower($1)"))
        .bind(email)
        .fetch_optional(pool)
        .await
}

pub async fn by_id(pool: &Pool, id: i64) -> Result<Option<StaffAccount>, sqlx::Error> {
    sqlx::query_as(&format!("{ACCOUNT} WHERE id = $1"))
        .bind(id)
        .fetch_optional(pool)
        .await
}

/// Sets a new password and a new session epoch: the account's sessions end.
pub async fn set_password_hash(pool: &Pool, id: i64, hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE staff SET password_hash = $2, session_epoch = $3 WHERE id = $1")
        .bind(id)
        .bind(hash)
        .bind(hex::encode(rand::random::<[u8; 8]>()))
        .execute(pool)
        .await?;
    Ok(())
}

/// Until when the account's codes are refused (Unix milliseconds; 0: they are not).
pub async fn codes_locked_until(pool: &Pool, id: i64) -> Result<i64, sqlx::Error> {
    let until: Option<i64> =
        sqlx::query_scalar("SELECT codes_locked_until FROM staff WHERE id = $1")
            .bind(id)
            .fetch_optional(pool)
            .await?;
    Ok(until.unwrap_or(0))
}

/// Counts a wrong code; at `most` in a row, refuses codes until `lock_until` and starts
/// counting again. True when this one locked them.
pub async fn wrong_code(
    pool: &Pool,
    id: i64,
    most: i64,
    lock_until: i64,
) -> Result<bool, sqlx::Error> {
    let locked = sqlx::query(
        "UPDATE staff SET failed_codes = 0, codes_locked_until = $3 \
         WHERE id = $1 AND failed_codes + 1 >= $2",
    )
    .bind(id)
    .bind(most)
    .bind(lock_until)
    .execute(pool)
    .await?;
    if locked.rows_affected() == 1 {
        return Ok(true);
    }
    sqlx::query("UPDATE staff SET failed_codes = failed_codes + 1 WHERE id = $1")
        .bind(id)
        .execute(pool)
        .await?;
    Ok(false)
}

/// A right code: the count of wrong ones starts again.
pub async fn right_code(pool: &Pool, id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE staff SET failed_codes = 0 WHERE id = $1")
        .bind(id)
        .execute(pool)
        .await?;
    Ok(())
}
