//! The demo organization a fresh install starts with, so the whole flow can be tried at once.

use super::{
    auth::{hash_password, AuthError},
    db,
};
use crate::domain::Role;
use sqlx::SqlitePool;
use workos::{
    types::{CreateOrganization, DomainData},
    WorkosClient, WorkosError,
};

pub const DEMO_ORGANIZATION: &str = "Acme";
pub const DEMO_DOMAIN: &str = "acme.example";
pub const DEMO_USERS: [(&str, Role); 2] = [
    ("ada@acme.example", Role::Admin),
    ("max@acme.example", Role::Member),
];

#[derive(Debug, thiserror::Error)]
pub enum SeedError {
    #[error("could not create the demo organization in WorkOS: {0}")]
    Workos(#[from] WorkosError),
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    #[error("{0}")]
    Hashing(#[from] AuthError),
}

#[derive(Clone, Debug)]
pub struct DemoReport {
    pub created: bool,
    /// Shown only when just created or reset from `PORTICO_DEMO_PASSWORD`.
    pub password: Option<String>,
}

/// On an empty database, creates the demo organization (in WorkOS too) and its users.
/// On later starts, resets the demo users' password when `demo_password` is given.
pub async fn ensure_demo(
    pool: &SqlitePool,
    workos: &WorkosClient,
    demo_password: Option<&str>,
) -> Result<Option<DemoReport>, SeedError> {
    if db::users::count(pool).await? > 0 {
        let Some(password) = demo_password else {
            let exists = db::users::find_by_email(pool, DEMO_USERS[0].0)
                .await?
                .is_some();
            return Ok(exists.then_some(DemoReport {
                created: false,
                password: None,
            }));
        };
        let mut any = false;
        for (email, _) in DEMO_USERS {
            if let Some(user) = db::users::find_by_email(pool, email).await? {
                // Hashed per user: each gets its own salt.
                let hash = hash_password(password).await?;
                db::users::set_password_hash(pool, user.id, &hash).await?;
                any = true;
            }
        }
        return Ok(any.then(|| DemoReport {
            created: false,
            password: Some(password.to_owned()),
        }));
    }
    let password = demo_password
        .map(str::to_owned)
        .unwrap_or_else(workos_emulator::random_password);
    let organization = workos
        .create_organization(&CreateOrganization {
            name: DEMO_ORGANIZATION.into(),
            domain_data: vec![DomainData {
                domain: DEMO_DOMAIN.into(),
                state: "pending".into(),
            }],
            ..Default::default()
        })
        .await?;
    // All or nothing: a half-seeded database would be seeded again next start.
    let mut tx = pool.begin().await?;
    let org_id = db::organizations::insert(&mut *tx, DEMO_ORGANIZATION, &organization.id).await?;
    for (email, role) in DEMO_USERS {
        let hash = hash_password(&password).await?;
        let user_id = db::users::insert(&mut *tx, email, &hash).await?;
        db::users::add_membership(&mut *tx, user_id, org_id, role).await?;
    }
    tx.commit().await?;
    Ok(Some(DemoReport {
        created: true,
        password: Some(password),
    }))
}
