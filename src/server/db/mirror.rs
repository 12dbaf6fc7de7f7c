//! The status mirror's rows: one JSON snapshot per WorkOS organization (`status::mirror`
//! says what is in it).

use super::Pool;

/// A stored snapshot: its JSON, when WorkOS was last read in full for it, its version.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Stored {
    pub snapshot: String,
    pub read_at: String,
    pub version: i64,
}

pub async fn load(pool: &Pool, organization: &str) -> Result<Option<Stored>, sqlx::Error> {
    sqlx::query_as(
        "SELECT snapshot, read_at, version FROM status_mirror WHERE workos_organization_id = $1",
    )
    .bind(organization)
    .fetch_optional(pool)
    .await
}

/// An organization's health as the staff console lists it (`status::health` makes it
/// from the snapshot it is written with).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Health {
    /// Each area's setup name, in `Intent::ALL` order (the columns of [`AREA_COLUMNS`]).
    pub setups: [Option<&'static str>; 7],
    /// How many areas need attention.
    pub attention: i64,
    /// When the soonest expiring SAML certificate not yet renewed expires (WorkOS's time).
    pub certificate_expires: Option<String>,
    /// The organization's domains, space-separated, lower case.
    pub domains: String,
}

/// The area columns, in `Intent::ALL` order.
pub const AREA_COLUMNS: [&str; 7] = [
    "sso",
    "dsync",
    "domain_verification",
    "audit_logs",
    "log_streams",
    "certificate_renewal",
    "bring_your_own_key",
];

/// `attention_since` keeps its first time while areas still need attention.
const HEALTH_SET: &str = "sso = $4, dsync = $5, domain_verification = $6, audit_logs = $7, \
     log_streams = $8, certificate_renewal = $9, bring_your_own_key = $10, attention = $11, \
     attention_since = CASE WHEN $11 = 0 THEN NULL \
       ELSE COALESCE(status_mirror.attention_since, $3) END, \
     certificate_expires = $12, domains = $13";

fn bind_health<'q>(
    query: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>,
    health: &'q Health,
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
    let mut query = query;
    for setup in health.setups {
        query = query.bind(setup);
    }
    query
        .bind(health.attention)
        .bind(health.certificate_expires.as_deref())
        .bind(health.domains.as_str())
}

/// Stores what a full read of WorkOS said, now, with the health it shows.
pub async fn save_read(
    db: impl super::Executes<'_>,
    organization: &str,
    snapshot: &str,
    health: &Health,
) -> Result<(), sqlx::Error> {
    let sql = format!(
        "INSERT INTO status_mirror (workos_organization_id, snapshot, read_at, version, \
         {areas}, attention, attention_since, certificate_expires, domains) \
         VALUES ($1, $2, $3, 1, $4, $5, $6, $7, $8, $9, $10, $11, \
         CASE WHEN $11 = 0 THEN NULL ELSE $3 END, $12, $13) \
         ON CONFLICT (workos_organization_id) DO UPDATE SET \
         snapshot = excluded.snapshot, read_at = excluded.read_at, \
         version = status_mirror.version + 1, {HEALTH_SET}",
        areas = AREA_COLUMNS.join(", ")
    );
    let now = super::now_text();
    let query = sqlx::query(&sql)
        .bind(organization)
        .bind(snapshot)
        .bind(&now);
    bind_health(query, health).execute(db).await?;
    Ok(())
}

/// Writes an event's change, or a full read (`full_read`), with the health it shows, over
/// version `read`: false if the row changed meanwhile (the caller reads it again).
pub async fn replace(
    db: impl super::Executes<'_>,
    organization: &str,
    snapshot: &str,
    read: i64,
    health: &Health,
    full_read: bool,
) -> Result<bool, sqlx::Error> {
    // A full read also says when WorkOS was read ($3, now).
    let read_at = if full_read { ", read_at = $3" } else { "" };
    let sql = format!(
        "UPDATE status_mirror SET snapshot = $1, version = version + 1{read_at}, {HEALTH_SET} \
         WHERE workos_organization_id = $2 AND version = $14"
    );
    let now = super::now_text();
    let query = sqlx::query(&sql)
        .bind(snapshot)
        .bind(organization)
        .bind(&now);
    let written = bind_health(query, health)
        .bind(read)
        .execute(db)
        .await?
        .rows_affected();
    Ok(written == 1)
}

/// One area's setup changing, as a mirror write saw it.
#[derive(Clone, Debug, PartialEq)]
pub struct AreaChange {
    /// One of [`AREA_COLUMNS`].
    pub area: &'static str,
    pub from: Option<&'static str>,
    pub to: Option<&'static str>,
    /// The area's card's sentence now.
    pub summary: String,
}

/// Records `changes` of the organization, for the host's webhooks (in the transaction of
/// the mirror write that saw them).
pub async fn record_changes(
    db: &mut super::Connection,
    organization: &str,
    changes: &[AreaChange],
) -> Result<(), sqlx::Error> {
    for change in changes {
        sqlx::query(
            "INSERT INTO area_changes \
             (workos_organization_id, area, from_setup, to_setup, summary, changed_at) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(organization)
        .bind(change.area)
        .bind(change.from)
        .bind(change.to)
        .bind(&change.summary)
        .bind(super::now_text())
        .execute(&mut *db)
        .await?;
    }
    Ok(())
}

/// Forgets the organization's snapshot: it changed at WorkOS from here, and the next
/// view reads it in full.
pub async fn forget(pool: &Pool, organization: &str) -> Result<(), sqlx::Error> {
    // Marked as never read rather than deleted: its health stays for the staff console,
    // and the next full read compares against it (so a change made from here is told).
    sqlx::query("UPDATE status_mirror SET read_at = '' WHERE workos_organization_id = $1")
        .bind(organization)
        .execute(pool)
        .await?;
    Ok(())
}

/// Forgets every snapshot: events were missed (the Events API cursor outlived WorkOS's
/// 30 days), so each organization's next view reads WorkOS in full once.
pub async fn forget_all(pool: &Pool) -> Result<u64, sqlx::Error> {
    Ok(sqlx::query("UPDATE status_mirror SET read_at = ''")
        .execute(pool)
        .await?
        .rows_affected())
}

/// Stores the first full read of an organization; false if another write got there
/// first (the caller reads that one and tries again).
pub async fn insert_read(
    db: impl super::Executes<'_>,
    organization: &str,
    snapshot: &str,
    health: &Health,
) -> Result<bool, sqlx::Error> {
    let sql = format!(
        "INSERT INTO status_mirror (workos_organization_id, snapshot, read_at, version, \
         {areas}, attention, attention_since, certificate_expires, domains) \
         VALUES ($1, $2, $3, 1, $4, $5, $6, $7, $8, $9, $10, $11, \
         CASE WHEN $11 = 0 THEN NULL ELSE $3 END, $12, $13) \
         ON CONFLICT (workos_organization_id) DO NOTHING",
        areas = AREA_COLUMNS.join(", ")
    );
    let now = super::now_text();
    let query = sqlx::query(&sql)
        .bind(organization)
        .bind(snapshot)
        .bind(&now);
    Ok(bind_health(query, health)
        .execute(db)
        .await?
        .rows_affected()
        == 1)
}

/// The WorkOS organizations the mirror holds, in id order.
pub async fn organizations(pool: &Pool) -> Result<Vec<String>, sqlx::Error> {
    let rows: Vec<(String,)> = sqlx::query_as(
        "SELECT workos_organization_id FROM status_mirror ORDER BY workos_organization_id",
    )
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(|(id,)| id).collect())
}

/// The organizations whose SSO is active and whose domains include `domain` (a checked
/// DNS name: letters, digits, dots and hyphens only), with their snapshots.
pub async fn sso_candidates(
    pool: &Pool,
    domain: &str,
) -> Result<Vec<(String, String)>, sqlx::Error> {
    if !domain
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
    {
        return Ok(Vec::new());
    }
    sqlx::query_as(
        "SELECT workos_organization_id, snapshot FROM status_mirror \
         WHERE sso = 'active' AND (' ' || domains || ' ') LIKE $1",
    )
    .bind(format!("% {domain} %"))
    .fetch_all(pool)
    .await
}
