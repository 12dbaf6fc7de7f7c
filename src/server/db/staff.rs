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
