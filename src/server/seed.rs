//! The demo organization a fresh install starts with, so the whole flow can be tried at once.

use crate::{
    model::{Intent, Role},
    server::{
        auth::{hash_password, verify_password, AuthError},
        db::{self, Pool},
    },
};
use workos::{
    types::{CreateOrganization, DomainData, DomainDataState},
    WorkosClient, WorkosError,
};

pub const DEMO_ORGANIZATION: &str = "Acme";
/// The demo organizations, (name, domain), Acme first: it is where people sign in to.
pub const DEMO_ORGANIZATIONS: [(&str, &str); 2] = [
    (DEMO_ORGANIZATION, "acme.example"),
    ("Globex", "globex.example"),
];
/// (email, organization, role). Ada runs Acme's settings and is a member of Globex
/// too, so the organization switcher can be tried.
pub const DEMO_MEMBERSHIPS: [(&str, &str, Role); 3] = [
    ("ada@acme.example", DEMO_ORGANIZATION, Role::Admin),
    ("max@acme.example", DEMO_ORGANIZATION, Role::Member),
    ("ada@acme.example", "Globex", Role::Member),
];

/// Each demo user once, in the order of [`DEMO_MEMBERSHIPS`].
pub fn demo_users() -> Vec<&'static str> {
    let mut users: Vec<&str> = Vec::new();
    for (email, _, _) in DEMO_MEMBERSHIPS {
        if !users.contains(&email) {
            users.push(email);
        }
    }
    users
}

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
    pool: &Pool,
    workos: &WorkosClient,
    demo_password: Option<&str>,
) -> Result<Option<DemoReport>, SeedError> {
    if db::users::count(pool).await? > 0 {
        let Some(password) = demo_password else {
            let exists = db::users::find_by_email(pool, DEMO_MEMBERSHIPS[0].0)
                .await?
                .is_some();
            return Ok(exists.then_some(DemoReport {
                created: false,
                password: None,
            }));
        };
        let any = apply_demo_password(pool, password).await?;
        return Ok(any.then(|| DemoReport {
            created: false,
            password: Some(password.to_owned()),
        }));
    }
    let password = demo_password
        .map(str::to_owned)
        .unwrap_or_else(workos_emulator::random_password);
    let mut organizations = Vec::new();
    for (name, domain) in DEMO_ORGANIZATIONS {
        let organization = workos
            .create_organization(&CreateOrganization {
                name: name.into(),
                domain_data: vec![DomainData {
                    domain: domain.into(),
                    state: DomainDataState::Pending,
                }],
                ..Default::default()
            })
            .await?;
        organizations.push((name, organization.id));
    }
    // All or nothing: a half-seeded database would be seeded again next start.
    let mut tx = pool.begin().await?;
    let mut organization_ids = Vec::new();
    for (name, workos_id) in &organizations {
        let id = db::organizations::insert(&mut *tx, name, workos_id).await?;
        organization_ids.push((*name, id));
    }
    let mut user_ids: Vec<(&str, i64)> = Vec::new();
    for (email, organization, role) in DEMO_MEMBERSHIPS {
        let user_id = match user_ids.iter().find(|(e, _)| *e == email) {
            Some((_, id)) => *id,
            None => {
                let hash = hash_password(&password).await?;
                let id = db::users::insert(&mut *tx, email, &hash).await?;
                user_ids.push((email, id));
                id
            }
        };
        let org_id = organization_ids
            .iter()
            .find(|(name, _)| *name == organization)
            .map(|(_, id)| *id)
            .expect("every demo membership names a demo organization");
        db::users::set_membership(&mut *tx, user_id, org_id, role).await?;
    }
    tx.commit().await?;
    Ok(Some(DemoReport {
        created: true,
        password: Some(password),
    }))
}

/// What `bench_data` added.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BenchData {
    pub organizations: usize,
    pub users: usize,
    pub audit_rows: usize,
}

/// Fills the database with synthetic organizations (fake WorkOS ids, never called),
/// users (members of them, one shared password hash: hashing 50,000 would take most of an
/// hour) and audit rows, a tenth of them in the demo organization, so benchmarks see a
/// database the size of a busy install. One transaction: all or nothing.
pub async fn bench_data(pool: &Pool, wanted: BenchData) -> Result<BenchData, SeedError> {
    let hash = hash_password("bench-user-password").await?;
    let demo: Option<(i64,)> = sqlx::query_as("SELECT id FROM organizations WHERE name = $1")
        .bind(DEMO_ORGANIZATION)
        .fetch_optional(pool)
        .await?;
    let run: (i64,) = sqlx::query_as("SELECT COUNT(*) FROM organizations")
        .fetch_one(pool)
        .await?;
    let mut tx = pool.begin().await?;
    let mut organizations = Vec::with_capacity(wanted.organizations);
    for i in 0..wanted.organizations {
        let id = db::organizations::insert(
            &mut *tx,
            &format!("Bench {}-{i}", run.0),
            &format!("org_bench_{}_{i:07}", run.0),
        )
        .await?;
        organizations.push(id);
    }
    for i in 0..wanted.users {
        let email = format!("user{i}@bench{}.example", run.0);
        let user_id = db::users::insert(&mut *tx, &email, &hash).await?;
        if let Some(&org) = organizations.get(i % organizations.len().max(1)) {
            let role = if i % 5 == 0 {
                Role::Admin
            } else {
                Role::Member
            };
            db::users::set_membership(&mut *tx, user_id, org, role).await?;
        }
    }
    let actions = [
        ("user.sign_in", "succeeded"),
        ("portal_link.create", "succeeded"),
        ("portal_link.create", "failed"),
        ("user.sign_in", "refused"),
    ];
    let intents = Intent::ALL;
    for i in 0..wanted.audit_rows {
        let organization = match demo {
            Some((demo,)) if i % 10 == 0 => Some(demo),
            _ => organizations.get(i % organizations.len().max(1)).copied(),
        };
        let (action, outcome) = actions[i % actions.len()];
        let detail = if action.starts_with("portal_link") {
            intents[i % intents.len()].as_str()
        } else {
            ""
        };
        sqlx::query(
            "INSERT INTO audit_events (organization_id, action, outcome, detail) VALUES ($1, $2, $3, $4)",
        )
        .bind(organization)
        .bind(action)
        .bind(outcome)
        .bind(detail)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    // One large transaction leaves a large SQLite write-ahead log, which the next start
    // would read whole: fold it into the database now.
    if db::Engine::of(pool) == db::Engine::Sqlite {
        sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
            .execute(pool)
            .await?;
    }
    Ok(wanted)
}

/// Gives the demo users `password`, if it is new: true when there are demo users.
async fn apply_demo_password(pool: &Pool, password: &str) -> Result<bool, SeedError> {
    let mut any = false;
    for email in demo_users() {
        if let Some(user) = db::users::find_by_email(pool, email).await? {
            any = true;
            // Unchanged: kept, so a restart signs nobody out (a new password ends the
            // user's sessions).
            if verify_password(password, &user.password_hash).await? {
                continue;
            }
            // Hashed per user: each gets its own salt.
            let hash = hash_password(password).await?;
            db::users::set_password_hash(pool, user.id, &hash).await?;
        }
    }
    Ok(any)
}
