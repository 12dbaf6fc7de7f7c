//! Require SSO: per organization, and the break-glass admins who keep their password.

use super::Pool;

/// Whether the organization requires SSO (its break-glass admins are in [`admins`]).
pub async fn required(pool: &Pool, organization_id: i64) -> Result<bool, sqlx::Error> {
    let required: Option<(i64,)> =
        sqlx::query_as("SELECT require_sso FROM organizations WHERE id = $1")
            .bind(organization_id)
            .fetch_optional(pool)
            .await?;
    Ok(required.is_some_and(|(r,)| r == 1))
}

pub async fn set_required(
    db: impl super::Executes<'_>,
    organization_id: i64,
    required: bool,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE organizations SET require_sso = $1 WHERE id = $2")
        .bind(i64::from(required))
        .bind(organization_id)
        .execute(db)
        .await?;
    Ok(())
}

/// Sets Require SSO and makes exactly `members` (admins, checked by the caller) the
/// break-glass members, in one transaction: no request in between may see SSO required
/// with nobody kept (it would end the kept admins' sessions).
pub async fn set_rule(
    pool: &Pool,
    organization_id: i64,
    required: bool,
    members: &[i64],
) -> Result<(), sqlx::Error> {
    let mut tx = pool.begin().await?;
    sqlx::query("UPDATE memberships SET break_glass = 0 WHERE organization_id = $1")
        .bind(organization_id)
        .execute(&mut *tx)
        .await?;
    for user_id in members {
        sqlx::query(
            "UPDATE memberships SET break_glass = 1 WHERE organization_id = $1 AND user_id = $2",
        )
        .bind(organization_id)
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    }
    set_required(&mut *tx, organization_id, required).await?;
    tx.commit().await
}

/// One admin: whether they are break-glass, and whether they have a password at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Admin {
    pub user_id: i64,
    pub email: String,
    pub break_glass: bool,
    pub has_password: bool,
}

/// The organization's admins, by email.
pub async fn admins(pool: &Pool, organization_id: i64) -> Result<Vec<Admin>, sqlx::Error> {
    let rows: Vec<(i64, String, i64, String)> = sqlx::query_as(
        "SELECT u.id, u.email, m.break_glass, u.password_hash FROM memberships m \
         JOIN users u ON u.id = m.user_id \
         WHERE m.organization_id = $1 AND m.role = 'admin' ORDER BY u.email",
    )
    .bind(organization_id)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(user_id, email, break_glass, hash)| Admin {
            user_id,
            email,
            break_glass: break_glass == 1,
            // Accounts made by an embed or an SSO sign-in have none.
            has_password: hash.starts_with('$'),
        })
        .collect())
}
