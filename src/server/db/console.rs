//! The staff console's list of organizations: every organization with the health its
//! status mirror holds, searched, filtered, sorted and paged by key (a page never skips
//! or repeats a row when rows are added meanwhile), in one query and one count.

use super::{
    bound::{contains, Binds, Bound},
    mirror::AREA_COLUMNS,
    Pool,
};

/// Which organizations the list shows.
#[derive(Clone, Debug, PartialEq)]
pub enum Filter {
    All,
    NeedsAttention,
    /// A SAML certificate not renewed that expires before this day (`YYYY-MM-DD`).
    CertificateExpiringBefore(String),
    /// The area (one of [`AREA_COLUMNS`]) is in this setup (`Setup::as_str`).
    AreaIs(&'static str, &'static str),
}

/// The list's order; each ends by name, then id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sort {
    Name,
    /// Those that need attention first.
    Attention,
    /// The soonest expiring certificate first; none last.
    CertificateExpiry,
    /// Those that have needed attention longest first.
    AttentionSince,
}

impl Sort {
    fn key(self) -> &'static str {
        match self {
            // PostgreSQL refuses a constant to order by: the name is the key itself.
            Sort::Name => "lower(o.name)",
            Sort::Attention => "CASE WHEN COALESCE(m.attention, 0) > 0 THEN '0' ELSE '1' END",
            Sort::CertificateExpiry => "COALESCE(m.certificate_expires, '9999-12-31')",
            Sort::AttentionSince => "COALESCE(m.attention_since, '9999-12-31')",
        }
    }
}

/// Where a page starts: just after this row of the same order.
#[derive(Clone, Debug, PartialEq)]
pub struct After {
    pub key: String,
    pub name: String,
    pub id: i64,
}

/// What the list asks for.
#[derive(Clone, Debug)]
pub struct ListQuery {
    /// Part of a name, a domain or a WorkOS id; empty for all.
    pub search: String,
    pub filter: Filter,
    /// Only organizations whose plan includes this area (one of [`AREA_COLUMNS`]).
    pub plan_includes: Option<&'static str>,
    pub sort: Sort,
    pub after: Option<After>,
    pub limit: i64,
}

/// One organization as listed.
#[derive(Clone, Debug, PartialEq, sqlx::FromRow)]
pub struct Listed {
    pub id: i64,
    pub name: String,
    pub workos_organization_id: Option<String>,
    pub features: Option<String>,
    pub sso: Option<String>,
    pub dsync: Option<String>,
    pub domain_verification: Option<String>,
    pub audit_logs: Option<String>,
    pub log_streams: Option<String>,
    pub certificate_renewal: Option<String>,
    pub bring_your_own_key: Option<String>,
    pub attention: Option<i64>,
    pub attention_since: Option<String>,
    pub certificate_expires: Option<String>,
    /// When WorkOS was last read in full for it; `None`: never (nothing is known yet).
    pub read_at: Option<String>,
    /// The row's place in its order: its sort key and lowered name (a page after it
    /// starts from these).
    pub sort_key: String,
    pub sort_name: String,
}

impl Listed {
    /// The areas' setups, in `Intent::ALL` order.
    pub fn setups(&self) -> [Option<&str>; 7] {
        [
            &self.sso,
            &self.dsync,
            &self.domain_verification,
            &self.audit_logs,
            &self.log_streams,
            &self.certificate_renewal,
            &self.bring_your_own_key,
        ]
        .map(|s| s.as_deref())
    }
}

/// The query's `WHERE` (without the page's start); its values go to `binds`.
fn conditions(query: &ListQuery, binds: &mut Binds) -> String {
    let mut clauses = Vec::new();
    if !query.search.trim().is_empty() {
        let pattern = binds.add(Bound::Text(contains(&query.search)));
        clauses.push(format!(
            "(lower(o.name) LIKE {pattern} ESCAPE '\\' \
             OR lower(COALESCE(o.workos_organization_id, '')) LIKE {pattern} ESCAPE '\\' \
             OR COALESCE(m.domains, '') LIKE {pattern} ESCAPE '\\')"
        ));
    }
    match &query.filter {
        Filter::All => {}
        Filter::NeedsAttention => clauses.push("m.attention > 0".to_owned()),
        Filter::CertificateExpiringBefore(day) => {
            let day = binds.add(Bound::Text(day.clone()));
            clauses.push(format!("m.certificate_expires < {day}"));
        }
        Filter::AreaIs(area, setup) => {
            // Column names only from the fixed list: never from what was asked.
            let column = AREA_COLUMNS.iter().find(|c| *c == area).unwrap_or(&"sso");
            let setup = binds.add(Bound::Text((*setup).to_owned()));
            clauses.push(format!("m.{column} = {setup}"));
        }
    }
    if let Some(area) = query.plan_includes {
        let listed = binds.add(Bound::Text(format!("%,{area},%")));
        clauses.push(format!(
            "(o.features IS NULL OR (',' || o.features || ',') LIKE {listed})"
        ));
    }
    if clauses.is_empty() {
        "TRUE".to_owned()
    } else {
        clauses.join(" AND ")
    }
}

const FROM: &str = "FROM organizations o \
     LEFT JOIN status_mirror m ON m.workos_organization_id = o.workos_organization_id";

/// One page of the list, and how many organizations match in all.
pub async fn list(pool: &Pool, query: &ListQuery) -> Result<(Vec<Listed>, i64), sqlx::Error> {
    let mut binds = Binds::default();
    let matching = conditions(query, &mut binds);
    let key = query.sort.key();
    let count_sql = format!("SELECT COUNT(*) {FROM} WHERE {matching}");
    let total = binds
        .clone()
        .to_scalar(sqlx::query_scalar::<_, i64>(&count_sql))
        .fetch_one(pool)
        .await?;
    let mut start = String::new();
    if let Some(after) = &query.after {
        let key_value = binds.add(Bound::Text(after.key.clone()));
        let name = binds.add(Bound::Text(after.name.clone()));
        let id = binds.add(Bound::Int(after.id));
        start = format!(" AND ({key}, lower(o.name), o.id) > ({key_value}, {name}, {id})");
    }
    let limit = binds.add(Bound::Int(query.limit));
    let sql = format!(
        "SELECT o.id, o.name, o.workos_organization_id, o.features, {areas}, m.attention, \
         m.attention_since, m.certificate_expires, m.read_at, {key} AS sort_key, \
         lower(o.name) AS sort_name \
         {FROM} WHERE {matching}{start} ORDER BY {key}, lower(o.name), o.id LIMIT {limit}",
        areas = AREA_COLUMNS.map(|c| format!("m.{c}")).join(", "),
    );
    let rows = binds.to(sqlx::query_as(&sql)).fetch_all(pool).await?;
    Ok((rows, total))
}

/// When the newest `action` that succeeded in the organization's trail happened, and its
/// detail.
pub async fn latest(
    pool: &Pool,
    organization_id: i64,
    action: &str,
) -> Result<Option<(String, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT occurred_at, detail FROM audit_events \
         WHERE organization_id = $1 AND action = $2 AND outcome = 'succeeded' \
         ORDER BY occurred_at DESC LIMIT 1",
    )
    .bind(organization_id)
    .bind(action)
    .fetch_optional(pool)
    .await
}

/// The Admin Portal links the console handed over for the organization, newest first:
/// (when, detail, who).
pub async fn handed_over(
    pool: &Pool,
    organization_id: i64,
    limit: i64,
) -> Result<Vec<(String, String, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT occurred_at, detail, actor_email FROM audit_events \
         WHERE organization_id = $1 AND action = 'portal_link.create' AND outcome = 'succeeded' \
           AND actor_user_id IS NULL AND actor_email IS NOT NULL \
         ORDER BY occurred_at DESC LIMIT $2",
    )
    .bind(organization_id)
    .bind(limit)
    .fetch_all(pool)
    .await
}
