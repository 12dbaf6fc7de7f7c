//! The demo organization a fresh install starts with, so the whole flow can be tried at once.

use crate::{
    model::{Intent, Role, Setup},
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

/// The host company's demo staff, (email, role): an owner and a support person. They
/// sign in to `/staff` with the demo password and set up their second factor then.
pub const DEMO_STAFF: [(&str, &str); 2] = [
    ("hana@host.example", "owner"),
    ("sven@host.example", "support"),
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
    for (email, role) in DEMO_STAFF {
        let hash = hash_password(&password).await?;
        let epoch = hex::encode(rand::random::<[u8; 8]>());
        db::staff::add(&mut *tx, email, &hash, role, &epoch, &db::now_text()).await?;
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
    // The demo organization and the first thousand: 30 days of SSO sign-ins each.
    let mut signing_in = demo_workos_id(pool).await?;
    for i in 0..wanted.organizations {
        let workos_id = format!("org_bench_{}_{i:07}", run.0);
        let id = db::organizations::insert(&mut *tx, &format!("Bench {}-{i}", run.0), &workos_id)
            .await?;
        organizations.push(id);
        db::mirror::save_read(&mut *tx, &workos_id, "{}", &bench_health(i)).await?;
        if i < SIGNING_IN {
            signing_in.push(workos_id);
        }
    }
    for (i, organization) in signing_in.iter().enumerate() {
        bench_sign_ins(&mut tx, organization, i).await?;
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

/// The demo organization's WorkOS id, if it has one.
async fn demo_workos_id(pool: &Pool) -> Result<Vec<String>, sqlx::Error> {
    let found: Option<(Option<String>,)> =
        sqlx::query_as("SELECT workos_organization_id FROM organizations WHERE name = $1")
            .bind(DEMO_ORGANIZATION)
            .fetch_optional(pool)
            .await?;
    Ok(found.and_then(|(id,)| id).into_iter().collect())
}

/// How many bench organizations get a month of SSO sign-ins.
const SIGNING_IN: usize = 1_000;

/// 30 days of an organization's SSO sign-ins as WorkOS's events would have counted them:
/// from a few to a few hundred a day, and now and then failures of three kinds. A day
/// already counted (the demo organization, seeded again) keeps its counts.
async fn bench_sign_ins(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    organization: &str,
    i: usize,
) -> Result<(), sqlx::Error> {
    let today = time::OffsetDateTime::now_utc().date();
    for back in 0..30i64 {
        let day = today - time::Duration::days(back);
        let busy = ((i * 7 + back as usize * 13) % 300 + 5) as i64;
        let mut rows = vec![("", busy)];
        for (every, code) in [
            (3, "access_denied"),
            (7, "profile_not_allowed_outside_organization"),
            (11, "server_error"),
        ] {
            if (i + back as usize).is_multiple_of(every) {
                rows.push((code, (busy / 20).max(1)));
            }
        }
        for (code, count) in rows {
            sqlx::query(
                "INSERT INTO sso_sign_ins (workos_organization_id, day, code, count, last_at, last_email) \
                 VALUES ($1, $2, $3, $4, $5, $6) \
                 ON CONFLICT (workos_organization_id, day, code) DO NOTHING",
            )
            .bind(organization)
            .bind(day.to_string())
            .bind(code)
            .bind(count)
            .bind(format!("{day}T16:{:02}:00.000Z", i % 60))
            .bind(format!("user{}@bench.example", i % 97))
            .execute(&mut **tx)
            .await?;
        }
    }
    Ok(())
}

/// A synthetic organization's health, for the staff console's list: a mix of working,
/// unfinished and failing areas, and certificates expiring over the next two months.
/// (Its snapshot is empty: the console lists it; opening it reads WorkOS, which has
/// no such organization.)
fn bench_health(i: usize) -> db::mirror::Health {
    let pick = |every: usize, hit: Setup, otherwise: Setup| {
        Some(
            if i.is_multiple_of(every) {
                hit
            } else {
                otherwise
            }
            .as_str(),
        )
    };
    let sso = match i % 10 {
        0 => Setup::NeedsAttention,
        1..=3 => Setup::NotConfigured,
        4 => Setup::InProgress,
        _ => Setup::Active,
    };
    let expiring = i.is_multiple_of(7);
    let certificate = expiring.then_some(Setup::NeedsAttention.as_str());
    let attention = i64::from(sso == Setup::NeedsAttention) + i64::from(expiring);
    let expires = time::OffsetDateTime::now_utc().date() + time::Duration::days((i % 60) as i64);
    db::mirror::Health {
        setups: [
            Some(sso.as_str()),
            pick(4, Setup::Active, Setup::NotConfigured),
            pick(2, Setup::Active, Setup::InProgress),
            Some(Setup::Active.as_str()),
            pick(5, Setup::Active, Setup::NotConfigured),
            certificate,
            None,
        ],
        attention,
        certificate_expires: expiring.then(|| format!("{expires}T00:00:00.000Z")),
        domains: format!("bench{i}.example"),
    }
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
    for (email, _) in DEMO_STAFF {
        if let Some(account) = db::staff::find_by_email(pool, email).await? {
            if !verify_password(password, &account.password_hash).await? {
                let hash = hash_password(password).await?;
                db::staff::set_password_hash(pool, account.id, &hash).await?;
            }
        }
    }
    Ok(any)
}
