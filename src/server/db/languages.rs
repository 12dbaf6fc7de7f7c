//! The languages people and organizations chose (`users.language`,
//! `organizations.default_language`), as BCP 47 tags.

/// A user's chosen language and their organization's default, either unset.
pub async fn of(
    pool: &super::Pool,
    user_id: i64,
    organization_id: i64,
) -> Result<(Option<String>, Option<String>), sqlx::Error> {
    let row: Option<(Option<String>, Option<String>)> = sqlx::query_as(
        "SELECT u.language, o.default_language FROM users u, organizations o \
         WHERE u.id = $1 AND o.id = $2",
    )
    .bind(user_id)
    .bind(organization_id)
    .fetch_optional(pool)
    .await?;
    Ok(row.unwrap_or_default())
}

pub async fn set_for_user(
    pool: &super::Pool,
    user_id: i64,
    language: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET language = $1 WHERE id = $2")
        .bind(language)
        .bind(user_id)
        .execute(pool)
        .await?;
    Ok(())
}

/// Sets (or, with `None`, clears) an organization's default language.
pub async fn set_for_organization(
    pool: &super::Pool,
    organization_id: i64,
    language: Option<&str>,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE organizations SET default_language = $1 WHERE id = $2")
        .bind(language)
        .bind(organization_id)
        .execute(pool)
        .await?;
    Ok(())
}
