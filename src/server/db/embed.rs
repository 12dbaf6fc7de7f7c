use super::{Connection, Pool};
use crate::model::Role;

/// Records that the token was used; false if it had been already. Forgets tokens that
/// can no longer be used anyway (expired, with the clock skew).
pub async fn first_use(
    pool: &Pool,
    host: &str,
    token_id: &str,
    expires_at: i64,
    forget_before: i64,
) -> Result<bool, sqlx::Error> {
    sqlx::query("DELETE FROM embed_tokens_used WHERE expires_at < $1")
        .bind(forget_before)
        .execute(pool)
        .await?;
    let inserted = sqlx::query(
        "INSERT INTO embed_tokens_used (host, jti, expires_at) VALUES ($1, $2, $3) \
         ON CONFLICT (host, jti) DO NOTHING",
    )
    .bind(host)
    .bind(token_id)
    .bind(expires_at)
    .execute(pool)
    .await?
    .rows_affected();
    Ok(inserted == 1)
}

/// Who an embed token brings: what Portico's records are made to say.
#[derive(Clone, Copy, Debug)]
pub struct Embedded<'a> {
    pub organization_name: &'a str,
    pub workos_organization_id: &'a str,
    /// The plan's areas as stored (`Features::stored`).
    pub features: Option<&'a str>,
    pub email: &'a str,
    pub role: Role,
}

/// Makes Portico's records say what the token says: the organization (its name and plan),
/// the user, and their role in it (the token wins). Returns (user id, organization id).
/// An account made here has no password: it is reached only through its host.
pub async fn upsert(db: &mut Connection, claims: Embedded<'_>) -> Result<(i64, i64), sqlx::Error> {
    let (organization_id,): (i64,) = sqlx::query_as(
        "INSERT INTO organizations (name, workos_organization_id, features) VALUES ($1, $2, $3) \
         ON CONFLICT (workos_organization_id) DO UPDATE SET name = excluded.name, \
           features = excluded.features \
         RETURNING id",
    )
    .bind(claims.organization_name)
    .bind(claims.workos_organization_id)
    .bind(claims.features)
    .fetch_one(&mut *db)
    .await?;
    let (user_id,): (i64,) = sqlx::query_as(
        "INSERT INTO users (email, password_hash) VALUES ($1, $2) \
         ON CONFLICT (email) DO UPDATE SET email = users.email \
         RETURNING id",
    )
    .bind(claims.email)
    .bind(NO_PASSWORD)
    .fetch_one(&mut *db)
    .await?;
    super::users::set_membership(&mut *db, user_id, organization_id, claims.role).await?;
    Ok((user_id, organization_id))
}

/// Not a password hash: no password verifies against it.
pub const NO_PASSWORD: &str = "!embedded";
