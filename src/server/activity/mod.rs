//! What admins can read of their organization's audit trail: the recent activity on the
//! settings page, and exports for auditors (`export`).

pub mod export;
mod words;

use crate::{
    model::{
        day_and_month, ActivityEntry, ActivityFilter, ActivityOutcome, ActivityPage, ACTIVITY_MOST,
        ACTIVITY_STEP,
    },
    server::{
        audit::Action,
        auth::OrgAdmin,
        db::{self, audit::Matching, Pool},
    },
    t,
};

/// Rows per page of the activity list's API (`GET /api/activity`).
pub const PAGE: u32 = ACTIVITY_STEP;
/// Rows read from the trail at a time while entries are made of them.
const BATCH: u32 = 200;
/// The most rows one read goes through: a page of a host product's sign-ins, one per
/// view, stays quick (the next page goes on from there).
const MOST_ROWS: usize = 5_000;

/// One read of the list: what it is narrowed to, where it starts, how many entries.
#[derive(Clone, Debug, PartialEq)]
pub struct ActivityQuery {
    pub filter: ActivityFilter,
    /// Rows older than this one (the API's pages); `None`: the newest.
    pub before: Option<i64>,
    pub entries: u32,
}

impl Default for ActivityQuery {
    fn default() -> Self {
        ActivityQuery {
            filter: ActivityFilter::default(),
            before: None,
            entries: PAGE,
        }
    }
}

/// A page of the organization's activity, newest first.
pub async fn recent(
    db: &Pool,
    admin: &OrgAdmin,
    query: &ActivityQuery,
    retention_days: u32,
) -> Result<ActivityPage, sqlx::Error> {
    let organization = admin.membership.organization_id;
    recent_in(db, organization, query, retention_days).await
}

/// [`recent`] of any organization: for the host company's staff.
pub async fn recent_in(
    db: &Pool,
    organization_id: i64,
    query: &ActivityQuery,
    retention_days: u32,
) -> Result<ActivityPage, sqlx::Error> {
    let (matching, filter_error) = matching(&query.filter);
    let wanted = query.entries.clamp(1, ACTIVITY_MOST) as usize;
    let (entries, older) = entries(db, organization_id, &matching, query.before, wanted).await?;
    let load_more = (older.is_some() && query.before.is_none() && wanted < ACTIVITY_MOST as usize)
        .then(|| load_more(&query.filter, wanted));
    Ok(ActivityPage {
        older,
        entries,
        is_older_page: query.before.is_some(),
        retention_days,
        filter: query.filter.clone(),
        load_more,
        filter_error,
    })
}

/// Up to `wanted` entries, newest first, and the row the next page starts after. A host
/// product's sign-ins of one person on one day are one entry, with their count.
async fn entries(
    db: &Pool,
    organization_id: i64,
    matching: &Matching,
    mut before: Option<i64>,
    wanted: usize,
) -> Result<(Vec<ActivityEntry>, Option<i64>), sqlx::Error> {
    let mut entries: Vec<ActivityEntry> = Vec::new();
    // (who, day) → the entry their embedded sign-ins went into.
    let mut sign_ins: Vec<((String, String), usize)> = Vec::new();
    let mut read = 0;
    loop {
        let rows = db::audit::newest(db, organization_id, matching, before, BATCH).await?;
        let last_batch = rows.len() < BATCH as usize;
        for row in rows {
            let group = embedded_sign_in(&row);
            let joins = group
                .as_ref()
                .and_then(|key| sign_ins.iter().find(|(k, _)| k == key).map(|(_, i)| *i));
            if joins.is_none() && entries.len() == wanted {
                return Ok((entries, before));
            }
            before = Some(row.id);
            read += 1;
            match joins {
                Some(index) => entries[index].times += 1,
                None => {
                    if let Some(key) = group {
                        sign_ins.push((key, entries.len()));
                    }
                    entries.push(entry(row));
                }
            }
            if read >= MOST_ROWS {
                return Ok((entries, before));
            }
        }
        if last_batch {
            return Ok((entries, None));
        }
    }
}

/// The key of a host product's sign-in: who, and the day (UTC).
fn embedded_sign_in(row: &db::audit::Row) -> Option<(String, String)> {
    (row.action == Action::SignIn.as_str()
        && row.outcome == "succeeded"
        && row.detail.starts_with("embedded by "))
    .then(|| {
        let day = row.occurred_at.get(..10).unwrap_or_default().to_owned();
        (row.actor_email.clone().unwrap_or_default(), day)
    })
}

/// The trail's terms for `filter`, and the part of it that could not be used.
fn matching(filter: &ActivityFilter) -> (Matching, Option<(String, String)>) {
    let mut error = None;
    let mut day = |typed: &str, field: &str, end_of_day: bool| {
        if typed.is_empty() {
            return None;
        }
        let parsed = time::Date::parse(
            typed,
            time::macros::format_description!("[year]-[month]-[day]"),
        )
        .ok()
        .and_then(|_| export::moment(typed, field, end_of_day).ok());
        if parsed.is_none() && error.is_none() {
            let said = t!(
                "activity-filter-not-a-day",
                typed = crate::model::quoted(typed)
            );
            error = Some((field.to_owned(), said));
        }
        parsed
    };
    let from = day(&filter.from, "activity_from", false);
    let to = day(&filter.to, "activity_to", true);
    let (from, to) = match (from, to) {
        (Some(from), Some(to)) if from >= to => {
            let said = t!("activity-filter-empty-range");
            error = Some(("activity_to".to_owned(), said));
            (Some(from), None)
        }
        range => range,
    };
    let matching = Matching {
        actor: Some(filter.who.clone()).filter(|who| !who.is_empty()),
        actions: filter
            .kind
            .map(|k| k.actions().to_vec())
            .unwrap_or_default(),
        outcome: filter.outcome.map(ActivityOutcome::as_str),
        from,
        to,
    };
    (matching, error)
}

/// This page with `shown` more entries, the first new one in view.
fn load_more(filter: &ActivityFilter, shown: usize) -> String {
    let mut query = url::form_urlencoded::Serializer::new(String::new());
    let pairs = [
        ("activity_who", filter.who.as_str()),
        ("activity_kind", filter.kind.map_or("", |k| k.as_str())),
        (
            "activity_outcome",
            filter.outcome.map_or("", ActivityOutcome::as_str),
        ),
        ("activity_from", filter.from.as_str()),
        ("activity_to", filter.to.as_str()),
    ];
    for (key, value) in pairs.into_iter().filter(|(_, v)| !v.is_empty()) {
        query.append_pair(key, value);
    }
    let more = shown as u32 + ACTIVITY_STEP;
    query.append_pair("activity_shown", &more.to_string());
    format!("./settings?{}#activity-entry-{shown}", query.finish())
}

fn entry(row: db::audit::Row) -> ActivityEntry {
    let action = Action::parse(&row.action);
    ActivityEntry {
        id: row.id,
        when: when(&row.occurred_at),
        at: row.occurred_at,
        who: match (row.actor_email, action) {
            (Some(email), _) => email,
            (None, Some(Action::WorkosChange)) => "WorkOS".to_owned(),
            (None, Some(Action::NotifyAdmins)) => "Portico".to_owned(),
            (None, _) => t!("activity-by-operator"),
        },
        what: action.map_or(row.action.clone(), |a| a.describe().to_owned()),
        detail: words::readable(action, &row.detail),
        outcome: match row.outcome.as_str() {
            "refused" => ActivityOutcome::Refused,
            "failed" => ActivityOutcome::Failed,
            _ => ActivityOutcome::Succeeded,
        },
        from: row.client_ip,
        times: 1,
    }
}

/// "3 Dec 2026 at 16:05 UTC", in the request's language.
fn when(occurred_at: &str) -> String {
    let format = time::format_description::well_known::Rfc3339;
    match time::OffsetDateTime::parse(occurred_at, &format) {
        Ok(at) => crate::i18n::date_and_time(crate::i18n::current(), at),
        Err(_) => day_and_month(occurred_at),
    }
}
