//! The console's list of organizations: read from the status mirror (never one WorkOS
//! call per row), searched, filtered, sorted and paged by key; and the same list as CSV.

use crate::{
    model::{
        day_and_month, AreaBadge, ConsoleList, ConsoleQuery, ConsoleRow, Features, Intent, Setup,
    },
    server::{
        activity::export::csv_line,
        db::{
            self,
            console::{After, Filter, ListQuery, Listed, Sort},
            Pool,
        },
    },
};

/// Rows per page.
pub const PAGE: i64 = 50;
/// The most rows one export holds.
const EXPORT_ROWS: i64 = 100_000;
/// "Certificate expiring" looks this far ahead unless asked otherwise.
const DEFAULT_DAYS: u32 = 30;

/// The filter form from the page's address; anything unknown reads as its default.
pub fn parse_query(query: &str) -> (ConsoleQuery, Option<After>) {
    let mut asked = ConsoleQuery {
        show: "all".into(),
        days: DEFAULT_DAYS,
        area: "sso".into(),
        sort: "name".into(),
        ..ConsoleQuery::default()
    };
    let mut after = None;
    for (key, value) in url::form_urlencoded::parse(query.as_bytes()) {
        let value = value.trim();
        match key.as_ref() {
            "q" => asked.search = crate::model::clipped(value, 200),
            "show"
                if ["attention", "expiring", "sso_failing", "not_configured"].contains(&value) =>
            {
                asked.show = value.to_owned()
            }
            "days" => {
                asked.days = value
                    .parse::<u32>()
                    .map_or(DEFAULT_DAYS, |d| d.clamp(1, 3650))
            }
            "area" if Intent::parse(value).is_ok() => asked.area = value.to_owned(),
            "plan" if Intent::parse(value).is_ok() => asked.plan = value.to_owned(),
            "sort" if ["attention", "certificate"].contains(&value) => {
                asked.sort = value.to_owned()
            }
            "after" => after = serde_json::from_str::<(String, String, i64)>(value).ok(),
            _ => {}
        }
    }
    let after = after.map(|(key, name, id)| After { key, name, id });
    (asked, after)
}

/// The day `days` from today (UTC), as the mirror's times start: `YYYY-MM-DD`.
fn day_after(days: u32) -> String {
    let day = time::OffsetDateTime::now_utc().date() + time::Duration::days(i64::from(days) + 1);
    format!(
        "{:04}-{:02}-{:02}",
        day.year(),
        u8::from(day.month()),
        day.day()
    )
}

fn list_query(asked: &ConsoleQuery, after: Option<After>, limit: i64) -> ListQuery {
    let area = |name: &str| Intent::parse(name).map_or("sso", Intent::as_str);
    ListQuery {
        search: asked.search.clone(),
        filter: match asked.show.as_str() {
            "attention" => Filter::NeedsAttention,
            "expiring" => Filter::CertificateExpiringBefore(day_after(asked.days)),
            "sso_failing" => Filter::AreaIs("sso", Setup::NeedsAttention.as_str()),
            "not_configured" => Filter::AreaIs(area(&asked.area), Setup::NotConfigured.as_str()),
            _ => Filter::All,
        },
        plan_includes: (!asked.plan.is_empty()).then(|| area(&asked.plan)),
        sort: match asked.sort.as_str() {
            "attention" => Sort::Attention,
            "certificate" => Sort::CertificateExpiry,
            _ => Sort::Name,
        },
        after,
        limit,
    }
}

fn row(listed: &Listed) -> ConsoleRow {
    let plan = listed
        .features
        .as_deref()
        .and_then(|stored| Features::parse(stored).ok())
        .unwrap_or(Features::ALL);
    let areas = Intent::ALL
        .into_iter()
        .zip(listed.setups())
        .map(|(intent, setup)| AreaBadge {
            intent,
            setup: setup.and_then(Setup::parse),
            included: plan.includes(intent),
        })
        .collect();
    ConsoleRow {
        id: listed.id,
        name: listed.name.clone(),
        workos_id: listed.workos_organization_id.clone(),
        areas,
        attention: listed.attention.unwrap_or(0),
        attention_since: listed.attention_since.as_deref().map(day_and_month),
        certificate_expires: listed.certificate_expires.as_deref().map(day_and_month),
        read_on: listed.read_at.as_deref().map(day_and_month),
    }
}

/// The address of the list as `asked`, optionally from just after `after`.
fn address(path: &str, asked: &ConsoleQuery, after: Option<&Listed>) -> String {
    let mut query = url::form_urlencoded::Serializer::new(String::new());
    let defaults = [
        ("show", "all"),
        ("area", "sso"),
        ("sort", "name"),
        ("q", ""),
        ("plan", ""),
    ];
    let days = asked.days.to_string();
    for (name, value) in [
        ("q", asked.search.as_str()),
        ("show", &asked.show),
        ("days", &days),
        ("area", &asked.area),
        ("plan", &asked.plan),
        ("sort", &asked.sort),
    ] {
        let default = defaults.iter().any(|(n, v)| *n == name && *v == value)
            || (name == "days" && asked.days == DEFAULT_DAYS);
        if !default {
            query.append_pair(name, value);
        }
    }
    if let Some(last) = after {
        let cursor = serde_json::json!([last.sort_key, last.sort_name, last.id]);
        query.append_pair("after", &cursor.to_string());
    }
    let query = query.finish();
    if query.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{query}")
    }
}

/// One page of the list the address asks for.
pub async fn page(db: &Pool, query: &str) -> Result<ConsoleList, sqlx::Error> {
    let (asked, after) = parse_query(query);
    let is_later_page = after.is_some();
    let (mut rows, total) = db::console::list(db, &list_query(&asked, after, PAGE + 1)).await?;
    let more = rows.len() > PAGE as usize;
    rows.truncate(PAGE as usize);
    let next = more.then(|| address("/staff", &asked, rows.last()));
    Ok(ConsoleList {
        export: address("/staff/organizations.csv", &asked, None),
        rows: rows.iter().map(row).collect(),
        total,
        next,
        is_later_page,
        query: asked,
    })
}

/// The whole list the address asks for (every page), as CSV.
pub async fn csv(db: &Pool, query: &str) -> Result<Vec<u8>, sqlx::Error> {
    let (asked, _) = parse_query(query);
    let (rows, _) = db::console::list(db, &list_query(&asked, None, EXPORT_ROWS)).await?;
    let mut out = Vec::new();
    let mut header = vec!["organization", "workos_id"];
    header.extend(Intent::ALL.map(Intent::as_str));
    header.extend([
        "areas_needing_attention",
        "attention_since",
        "certificate_expires",
        "last_read",
    ]);
    csv_line(&mut out, &header);
    for listed in &rows {
        let shown = row(listed);
        let mut cells = vec![
            shown.name.clone(),
            shown.workos_id.clone().unwrap_or_default(),
        ];
        cells.extend(
            shown
                .areas
                .iter()
                .map(|area| match (area.included, area.setup) {
                    (false, _) => "not in plan".to_owned(),
                    (true, Some(setup)) => setup.as_str().to_owned(),
                    (true, None) => "unknown".to_owned(),
                }),
        );
        cells.push(shown.attention.to_string());
        cells.push(listed.attention_since.clone().unwrap_or_default());
        cells.push(listed.certificate_expires.clone().unwrap_or_default());
        cells.push(listed.read_at.clone().unwrap_or_default());
        csv_line(&mut out, &cells);
    }
    Ok(out)
}
