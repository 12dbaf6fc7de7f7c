//! Users and memberships. Emails are stored lower-case and looked up as `lower($n)`:
//! case-insensitive on both engines, through the email index of each.

use super::native::NativeReads;
use crate::model::{Features, Role};
use rusqlite::OptionalExtension;
use std::sync::Arc;

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct UserRow {
    pub id: i64,
    pub email: String,
    pub password_hash: String,
}

/// A user's membership, joined with the organization it is in.
#[derive(Clone, Debug)]
pub struct MembershipRow {
    pub user_id: i64,
    pub email: String,
    pub organization_id: i64,
    pub organization_name: String,
    pub workos_organization_id: Option<String>,
    pub role: Role,
    /// What the organization's plan includes.
    pub features: Features,
    /// The user's current session epoch: a session made under another has ended.
    pub session_epoch: String,
    /// The organization requires SSO and the user is not one of its break-glass admins:
    /// a password opens nothing here, and a session a password made has ended.
    pub password_refused: bool,
}

pub async fn find_by_email(
    pool: &super::Pool,
    email: &str,
) -> Result<Option<UserRow>, sqlx::Error> {
    sqlx::query_as("SELECT id, email, password_hash FROM users WHERE email = lower($1)")
        .bind(email)
        .fetch_optional(pool)
        .await
}

pub async fn insert(
    db: impl super::Executes<'_>,
    email: &str,
    password_hash: &str,
) -> Result<i64, sqlx::Error> {
    let row: (i64,) = sqlx::query_as(
        "INSERT INTO users (email, password_hash) VALUES (lower($1), $2) RETURNING id",
    )
    .bind(email)
    .bind(password_hash)
    .fetch_one(db)
    .await?;
    Ok(row.0)
}

pub async fn set_password_hash(
    pool: &super::Pool,
    user_id: i64,
    password_hash: &str,
) -> Result<(), sqlx::Error> {
    // A new password ends every session signed in with the old one.
    sqlx::query("UPDATE users SET password_hash = $1, session_epoch = $2 WHERE id = $3")
        .bind(password_hash)
        .bind(hex::encode(rand::random::<[u8; 8]>()))
        .bind(user_id)
        .execute(pool)
        .await?;
    Ok(())
}

/// Gives the user `role` in the organization, adding the membership if there is none.
pub async fn set_membership(
    db: impl super::Executes<'_>,
    user_id: i64,
    organization_id: i64,
    role: Role,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO memberships (user_id, organization_id, role) VALUES ($1, $2, $3) \
         ON CONFLICT (user_id, organization_id) DO UPDATE SET role = excluded.role",
    )
    .bind(user_id)
    .bind(organization_id)
    .bind(role.as_str())
    .execute(db)
    .await?;
    Ok(())
}

type MembershipTuple = (
    i64,
    String,
    i64,
    String,
    Option<String>,
    String,
    Option<String>,
    String,
    i64,
);

fn membership(row: MembershipTuple) -> Option<MembershipRow> {
    let (
        user_id,
        email,
        organization_id,
        organization_name,
        workos_organization_id,
        role,
        features,
        session_epoch,
        password_refused,
    ) = row;
    Some(MembershipRow {
        user_id,
        email,
        organization_id,
        organization_name,
        workos_organization_id,
        role: Role::parse(&role)?,
        // A list that no longer parses (an area renamed) includes nothing rather than all.
        features: match features {
            None => Features::ALL,
            Some(list) => Features::parse(&list).unwrap_or_else(|_| Features::only([])),
        },
        session_epoch,
        password_refused: password_refused == 1,
    })
}

/// The membership columns, joined: a macro so that whole queries stay `&'static str`.
macro_rules! membership_select {
    () => {
        "SELECT u.id, u.email, o.id, o.name, o.workos_organization_id, m.role, o.features, u.session_epoch, \
         CAST(CASE WHEN o.require_sso = 1 AND NOT (m.break_glass = 1 AND m.role = 'admin') THEN 1 ELSE 0 END AS BIGINT) \
         FROM memberships m JOIN users u ON u.id = m.user_id JOIN organizations o ON o.id = m.organization_id"
    };
}

const MEMBERSHIP_IN: &str = concat!(
    membership_select!(),
    " WHERE m.user_id = $1 AND m.organization_id = $2"
);

/// Reads a user's membership in one organization, fresh at every call so that a role
/// change or a removal applies at the next request: on a SQLite file on the calling
/// thread (`db::native`: this is every signed-in request's read), else through the pool.
#[derive(Clone, Debug)]
pub struct Memberships {
    pool: super::Pool,
    native: Option<Arc<NativeReads>>,
}

impl Memberships {
    pub fn new(pool: &super::Pool) -> Memberships {
        Memberships {
            pool: pool.clone(),
            native: super::sqlite_file(pool).map(|file| Arc::new(NativeReads::new(&file))),
        }
    }

    pub async fn of(
        &self,
        user_id: i64,
        organization_id: i64,
    ) -> Result<Option<MembershipRow>, sqlx::Error> {
        let row: Option<MembershipTuple> = match &self.native {
            Some(native) => native.read(|connection| {
                connection
                    .prepare_cached(MEMBERSHIP_IN)?
                    .query_row((user_id, organization_id), |row| {
                        Ok((
                            row.get(0)?,
                            row.get(1)?,
                            row.get(2)?,
                            row.get(3)?,
                            row.get(4)?,
                            row.get(5)?,
                            row.get(6)?,
                            row.get(7)?,
                            row.get(8)?,
                        ))
                    })
                    .optional()
            })?,
            None => {
                sqlx::query_as(MEMBERSHIP_IN)
                    .bind(user_id)
                    .bind(organization_id)
                    .fetch_optional(&self.pool)
                    .await?
            }
        };
        Ok(row.and_then(membership))
    }
}

/// The organization a user lands in after signing in: their oldest membership.
pub async fn first_membership(
    pool: &super::Pool,
    user_id: i64,
) -> Result<Option<MembershipRow>, sqlx::Error> {
    let row: Option<MembershipTuple> = sqlx::query_as(concat!(
        membership_select!(),
        " WHERE m.user_id = $1 ORDER BY o.id LIMIT 1"
    ))
    .bind(user_id)
    .fetch_optional(pool)
    .await?;
    Ok(row.and_then(membership))
}

/// Every organization the user belongs to, by name: (id, name).
pub async fn organizations_of(
    pool: &super::Pool,
    user_id: i64,
) -> Result<Vec<(i64, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT o.id, o.name FROM memberships m JOIN organizations o ON o.id = m.organization_id \
         WHERE m.user_id = $1 ORDER BY o.name, o.id",
    )
    .bind(user_id)
    .fetch_all(pool)
    .await
}

pub async fn count(pool: &super::Pool) -> Result<i64, sqlx::Error> {
    let row: (i64,) = sqlx::query_as("SELECT COUNT(*) FROM users")
        .fetch_one(pool)
        .await?;
    Ok(row.0)
}

/// The memberships of the user with `email` in organizations named `organization` (or
/// with that WorkOS id): more than one when several organizations share the name.
pub async fn memberships_by_email(
    db: impl super::Executes<'_>,
    email: &str,
    organization: &str,
) -> Result<Vec<MembershipRow>, sqlx::Error> {
    let rows: Vec<MembershipTuple> = sqlx::query_as(concat!(
        membership_select!(),
        " WHERE u.email = lower($1) AND (o.name = $2 OR o.workos_organization_id = $3) \
         ORDER BY o.id"
    ))
    .bind(email)
    .bind(organization)
    .bind(organization)
    .fetch_all(db)
    .await?;
    Ok(rows.into_iter().filter_map(membership).collect())
}

pub async fn remove_membership(
    db: impl super::Executes<'_>,
    user_id: i64,
    organization_id: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM memberships WHERE user_id = $1 AND organization_id = $2")
        .bind(user_id)
        .bind(organization_id)
        .execute(db)
        .await?;
    Ok(())
}

/// How many admins the organization has.
pub async fn admin_count(
    db: impl super::Executes<'_>,
    organization_id: i64,
) -> Result<i64, sqlx::Error> {
    let (count,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM memberships WHERE organization_id = $1 AND role = 'admin'",
    )
    .bind(organization_id)
    .fetch_one(db)
    .await?;
    Ok(count)
}

/// The organization linked to the WorkOS organization: its id, name and admins' emails.
/// An organization's admins to write to: each one's email and the language to write
/// in (theirs, else the organization's default), as a BCP 47 tag or `None`.
pub struct AdminsToTell {
    pub organization_id: i64,
    pub organization_name: String,
    pub admins: Vec<(String, Option<String>)>,
}

pub async fn admins_of_workos_organization(
    db: &super::Pool,
    workos_organization_id: &str,
) -> Result<Option<AdminsToTell>, sqlx::Error> {
    let found: Option<(i64, String)> =
        sqlx::query_as("SELECT id, name FROM organizations WHERE workos_organization_id = $1")
            .bind(workos_organization_id)
            .fetch_optional(db)
            .await?;
    let Some((id, name)) = found else {
        return Ok(None);
    };
    let admins: Vec<(String, Option<String>)> = sqlx::query_as(
        "SELECT u.email, COALESCE(u.language, o.default_language) \
         FROM memberships m JOIN users u ON u.id = m.user_id \
         JOIN organizations o ON o.id = m.organization_id \
         WHERE m.organization_id = $1 AND m.role = 'admin' ORDER BY u.email",
    )
    .bind(id)
    .fetch_all(db)
    .await?;
    Ok(Some(AdminsToTell {
        organization_id: id,
        organization_name: name,
        admins,
    }))
}

/// The organization's admins' emails, if it shows them to its members; else none.
pub async fn admins_shown_to_members(
    pool: &super::Pool,
    organization_id: i64,
) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT u.email FROM memberships m JOIN users u ON u.id = m.user_id \
         JOIN organizations o ON o.id = m.organization_id \
         WHERE m.organization_id = $1 AND m.role = 'admin' AND o.admins_shown_to_members = 1 \
         ORDER BY u.email",
    )
    .bind(organization_id)
    .fetch_all(pool)
    .await
}

/// Whether the organization's members see its admins' emails.
pub async fn show_admins_to_members(
    pool: &super::Pool,
    organization_id: i64,
    shown: bool,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE organizations SET admins_shown_to_members = $1 WHERE id = $2")
        .bind(i64::from(shown))
        .bind(organization_id)
        .execute(pool)
        .await?;
    Ok(())
}

/// The organization's members, admins first, by email.
pub async fn members_of(
    pool: &super::Pool,
    organization_id: i64,
) -> Result<Vec<(String, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT u.email, m.role FROM memberships m JOIN users u ON u.id = m.user_id \
         WHERE m.organization_id = $1 ORDER BY m.role, u.email",
    )
    .bind(organization_id)
    .fetch_all(pool)
    .await
}
