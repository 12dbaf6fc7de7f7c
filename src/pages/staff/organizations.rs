//! The console's list of organizations (filters, search, sort, pages, export) and the
//! "needs attention" queue.

use crate::model::{
    AreaBadge, AttentionItem, ConsoleList, ConsoleQuery, ConsoleRow, Intent, Setup,
};
use leptos::prelude::*;

/// One area as a compact badge: a sign and its short name, in words for screen readers
/// (colour is never the only clue).
pub fn badge(area: &AreaBadge) -> impl IntoView {
    let (class, sign, words) = match (area.included, area.setup) {
        (false, _) => ("badge excluded", "∅", "not in the plan".to_owned()),
        (true, None) => ("badge unknown", "?", "not known yet".to_owned()),
        (true, Some(setup)) => (
            setup.badge_class(),
            match setup {
                Setup::Active => "✓",
                Setup::NeedsAttention => "!",
                Setup::InProgress => "…",
                Setup::NotConfigured => "–",
            },
            setup.label(),
        ),
    };
    let title = format!("{}: {}", area.intent.title(), words.to_lowercase());
    let spoken = title.clone();
    view! {
        <span class=format!("{class} area") title=title data-area=area.intent.as_str()>
            <span aria-hidden="true">{format!("{sign} {}", area.intent.short())}</span>
            <span class="visually-hidden">{spoken}</span>
        </span>
    }
}

fn option(value: &str, label: &str, chosen: &str) -> impl IntoView {
    view! { <option value=value.to_owned() selected=value == chosen>{label.to_owned()}</option> }
}

fn area_options(chosen: &str, any: Option<&str>) -> impl IntoView {
    let any = any.map(|label| option("", label, chosen));
    let areas = Intent::ALL
        .into_iter()
        .map(|intent| option(intent.as_str(), &intent.title(), chosen))
        .collect_view();
    view! { {any} {areas} }
}

fn filters(query: &ConsoleQuery, export: String) -> impl IntoView {
    view! {
        <form class="console-filters" method="get" action="/staff" role="search">
            <label class="grow">
                "Search"
                <input type="search" name="q" value=query.search.clone() placeholder="Name, domain or WorkOS id" />
            </label>
            <label>
                "Show"
                <select name="show">
                    {option("all", "All organizations", &query.show)}
                    {option("attention", "Needs attention", &query.show)}
                    {option("expiring", "Certificate expiring", &query.show)}
                    {option("sso_failing", "SSO failing", &query.show)}
                    {option("not_configured", "Not configured", &query.show)}
                </select>
            </label>
            <label>
                "Within (days)"
                <input type="number" name="days" min="1" max="3650" value=query.days.to_string() class="days" />
            </label>
            <label>
                "Not configured"
                <select name="area">{area_options(&query.area, None)}</select>
            </label>
            <label>
                "Plan includes"
                <select name="plan">{area_options(&query.plan, Some("Any plan"))}</select>
            </label>
            <label>
                "Sort"
                <select name="sort">
                    {option("name", "Name", &query.sort)}
                    {option("attention", "Needs attention first", &query.sort)}
                    {option("certificate", "Certificate expiry", &query.sort)}
                </select>
            </label>
            <div class="filter-actions">
                <button class="primary" type="submit">"Apply"</button>
                <a href="/staff">"Clear"</a>
                <a href=export download>"Export CSV"</a>
            </div>
        </form>
    }
}

fn row(organization: ConsoleRow) -> impl IntoView {
    let badges = organization.areas.iter().map(badge).collect_view();
    let attention = match (organization.attention, organization.attention_since) {
        (0, _) => view! { <span class="muted">"—"</span> }.into_any(),
        (n, since) => view! {
            <span class="badge attention">{format!("{n} area{}", if n == 1 { "" } else { "s" })}</span>
            {since.map(|day| view! { <span class="muted small">{format!(" since {day}")}</span> })}
        }
        .into_any(),
    };
    let read = organization
        .read_on
        .map_or_else(|| "Not opened yet".to_owned(), |day| format!("Read {day}"));
    view! {
        <tr data-organization=organization.name.clone()>
            <th scope="row">
                <a href=format!("/staff/organizations/{}", organization.id)>{organization.name.clone()}</a>
                <span class="muted small breakable">{organization.workos_id.unwrap_or_else(|| "No WorkOS organization".to_owned())}</span>
            </th>
            <td><div class="area-badges">{badges}</div></td>
            <td>{attention}</td>
            <td>{organization.certificate_expires.unwrap_or_else(|| "—".to_owned())}</td>
            <td class="muted small">{read}</td>
        </tr>
    }
}

pub fn list(list: ConsoleList, error: Option<String>) -> AnyView {
    let count = match list.total {
        1 => "1 organization".to_owned(),
        n => format!("{n} organizations"),
    };
    let empty = list.rows.is_empty().then(|| {
        view! { <p class="notice">"No organization matches these filters."</p> }
    });
    let rows = list.rows.into_iter().map(row).collect_view();
    let first = list
        .is_later_page
        .then(|| view! { <a href="/staff">"First page"</a> });
    let next = list
        .next
        .map(|href| view! { <a href=href rel="next">"Next page"</a> });
    view! {
        <h1>"Organizations"</h1>
        <p class="muted" data-testid="match-count">{count}</p>
        {error.map(|message| view! { <p class="error" role="alert">{message}</p> })}
        {filters(&list.query, list.export)}
        {empty}
        <div class="table-scroll" tabindex="0" role="region" aria-label="Organizations">
            <table class="console-list">
                <thead>
                    <tr>
                        <th scope="col">"Organization"</th>
                        <th scope="col">"Areas"</th>
                        <th scope="col">"Needs attention"</th>
                        <th scope="col">"Certificate expires"</th>
                        <th scope="col">"Status read"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <nav class="paging" aria-label="Pages">{first}{next}</nav>
    }
    .into_any()
}

pub fn attention(items: Vec<AttentionItem>) -> AnyView {
    let empty = items
        .is_empty()
        .then(|| view! { <p class="notice">"Nothing needs attention now."</p> });
    let items = items
        .into_iter()
        .map(|item| {
            let problems = item
                .problems
                .into_iter()
                .map(|(intent, summary)| view! { <li><strong>{intent.title()}": "</strong>{summary}</li> })
                .collect_view();
            let told = if item.told.is_empty() {
                view! { <p class="muted">"Nobody was told yet."</p> }.into_any()
            } else {
                let lines = item.told.into_iter().map(|line| view! { <li>{line}</li> }).collect_view();
                view! { <ul class="told">{lines}</ul> }.into_any()
            };
            view! {
                <li class="card attention-item">
                    <header>
                        <h2><a href=format!("/staff/organizations/{}", item.organization_id)>{item.organization}</a></h2>
                        {item.since.map(|day| view! { <span class="muted small">{format!("Since {day}")}</span> })}
                    </header>
                    <ul class="problems">{problems}</ul>
                    <h3>"Who was told"</h3>
                    {told}
                    <p class="next-action"><strong>"Next: "</strong>{item.next_action}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <h1>"Needs attention"</h1>
        <p class="muted">"Organizations with an area that stopped working or is about to, longest waiting first."</p>
        {empty}
        <ol class="attention-queue">{items}</ol>
    }
    .into_any()
}
