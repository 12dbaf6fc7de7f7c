//! What admins can read of their organization's audit trail: the recent activity on the
//! settings page, and exports for auditors (`export`).

pub mod export;

use crate::{
    model::{day_and_month, ActivityEntry, ActivityOutcome, ActivityPage, Intent},
    server::{
        audit::Action,
        auth::OrgAdmin,
        db::{self, Pool},
    },
};

/// Rows per page of the activity list.
pub const PAGE: u32 = 25;

/// A page of the organization's activity, newest first, older than row `before`.
pub async fn recent(
    db: &Pool,
    admin: &OrgAdmin,
    before: Option<i64>,
    retention_days: u32,
) -> Result<ActivityPage, sqlx::Error> {
    let organization = admin.membership.organization_id;
    recent_in(db, organization, before, retention_days).await
}

/// [`recent`] of any organization: for the host company's staff.
pub async fn recent_in(
    db: &Pool,
    organization_id: i64,
    before: Option<i64>,
    retention_days: u32,
) -> Result<ActivityPage, sqlx::Error> {
    let mut rows = db::audit::newest(db, organization_id, before, PAGE + 1).await?;
    let more = rows.len() > PAGE as usize;
    rows.truncate(PAGE as usize);
    Ok(ActivityPage {
        older: more.then(|| rows.last().map(|r| r.id)).flatten(),
        entries: rows.into_iter().map(entry).collect(),
        is_older_page: before.is_some(),
        retention_days,
    })
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
            (None, _) => crate::t!("activity-by-operator"),
        },
        what: action.map_or(row.action.clone(), |a| a.describe().to_owned()),
        detail: readable_detail(&row.detail),
        outcome: match row.outcome.as_str() {
            "refused" => ActivityOutcome::Refused,
            "failed" => ActivityOutcome::Failed,
            _ => ActivityOutcome::Succeeded,
        },
        from: row.client_ip,
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

/// A detail that starts with an area's name ("sso: …") names it as the page does
/// ("Single sign-on: …"). Exports keep the stored words.
fn readable_detail(detail: &str) -> String {
    let (head, rest) = detail
        .split_once(": ")
        .map_or((detail, None), |(h, r)| (h, Some(r)));
    match (Intent::parse(head), rest) {
        (Ok(intent), Some(rest)) => format!("{}: {rest}", intent.title()),
        (Ok(intent), None) => intent.title().to_owned(),
        (Err(_), _) => detail.to_owned(),
    }
}
