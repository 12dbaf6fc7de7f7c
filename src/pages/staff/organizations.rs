//! The console's list of organizations (filters, search, sort, pages, export) and the
//! "needs attention" queue.

use crate::{
    model::{AreaBadge, AttentionItem, ConsoleList, ConsoleQuery, ConsoleRow, Intent, Setup},
    t,
};
use leptos::prelude::*;

/// One area as a compact badge: a sign and its short name, in words for screen readers
/// (colour is never the only clue).
pub fn badge(area: &AreaBadge) -> impl IntoView {
    let (class, sign, state) = match (area.included, area.setup) {
        (false, _) => ("badge excluded", "∅", "excluded"),
        (true, None) => ("badge unknown", "?", "unknown"),
        (true, Some(setup)) => (
            setup.badge_class(),
            match setup {
                Setup::Active => "✓",
                Setup::NeedsAttention => "!",
                Setup::InProgress => "…",
                Setup::NotConfigured => "–",
            },
            setup.as_str(),
        ),
    };
    let title = t!("console-badge", area = area.intent.title(), state = state);
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
                {t!("console-search")}
                <input type="search" name="q" value=query.search.clone() placeholder=t!("console-search-placeholder") />
            </label>
            <label>
                {t!("console-show")}
                <select name="show">
                    {option("all", &t!("console-show-all"), &query.show)}
                    {option("attention", &t!("console-needs-attention"), &query.show)}
                    {option("expiring", &t!("console-show-expiring"), &query.show)}
                    {option("sso_failing", &t!("console-show-sso-failing"), &query.show)}
                    {option("not_configured", &t!("console-not-configured"), &query.show)}
                </select>
            </label>
            <label>
                {t!("console-within-days")}
                <input type="number" name="days" min="1" max="3650" value=query.days.to_string() class="days" />
            </label>
            <label>
                {t!("console-not-configured")}
                <select name="area">{area_options(&query.area, None)}</select>
            </label>
            <label>
                {t!("console-plan-includes")}
                <select name="plan">{area_options(&query.plan, Some(t!("console-any-plan").as_str()))}</select>
            </label>
            <label>
                {t!("console-sort")}
                <select name="sort">
                    {option("name", &t!("console-name"), &query.sort)}
                    {option("attention", &t!("console-sort-attention"), &query.sort)}
                    {option("certificate", &t!("console-sort-certificate"), &query.sort)}
                </select>
            </label>
            <div class="filter-actions">
                <button class="primary" type="submit">{t!("console-apply")}</button>
                <a href="/staff">{t!("console-clear")}</a>
                <a href=export download>{t!("console-export")}</a>
            </div>
        </form>
    }
}

fn row(organization: ConsoleRow) -> impl IntoView {
    let badges = organization.areas.iter().map(badge).collect_view();
    let attention = match (organization.attention, organization.attention_since) {
        (0, _) => view! { <span class="muted">"—"</span> }.into_any(),
        (n, since) => view! {
            <span class="badge attention">{t!("console-attention-areas", count = n)}</span>
            {since.map(|day| view! { <span class="muted small">{format!(" {}", t!("console-attention-since", date = day))}</span> })}
        }
        .into_any(),
    };
    let read = organization.read_on.map_or_else(
        || t!("console-not-read-yet"),
        |day| t!("console-read-on", date = day),
    );
    view! {
        <tr data-organization=organization.name.clone()>
            <th scope="row">
                <a href=format!("/staff/organizations/{}", organization.id)>{organization.name.clone()}</a>
                <span class="muted small breakable">{organization.workos_id.unwrap_or_else(|| t!("console-no-workos-organization"))}</span>
            </th>
            <td><div class="area-badges">{badges}</div></td>
            <td>{attention}</td>
            <td>{organization.certificate_expires.unwrap_or_else(|| "—".to_owned())}</td>
            <td class="muted small">{read}</td>
        </tr>
    }
}

pub fn list(list: ConsoleList, error: Option<String>) -> AnyView {
    let count = t!("console-organizations-count", count = list.total);
    let empty = list.rows.is_empty().then(|| {
        view! { <p class="notice">{t!("console-no-match")}</p> }
    });
    let rows = list.rows.into_iter().map(row).collect_view();
    let first = list
        .is_later_page
        .then(|| view! { <a href="/staff">{t!("console-first-page")}</a> });
    let next = list
        .next
        .map(|href| view! { <a href=href rel="next">{t!("console-next-page")}</a> });
    view! {
        <h1>{t!("console-organizations")}</h1>
        <p class="muted" data-testid="match-count">{count}</p>
        {error.map(|message| view! { <p class="error" role="alert">{message}</p> })}
        {filters(&list.query, list.export)}
        {empty}
        <div class="table-scroll" tabindex="0" role="region" aria-label=t!("console-organizations")>
            <table class="console-list">
                <thead>
                    <tr>
                        <th scope="col">{t!("organization")}</th>
                        <th scope="col">{t!("console-areas")}</th>
                        <th scope="col">{t!("console-needs-attention")}</th>
                        <th scope="col">{t!("console-certificate-expires")}</th>
                        <th scope="col">{t!("console-status-read")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <nav class="paging" aria-label=t!("console-pages")>{first}{next}</nav>
    }
    .into_any()
}

pub fn attention(items: Vec<AttentionItem>) -> AnyView {
    let empty = items
        .is_empty()
        .then(|| view! { <p class="notice">{t!("console-nothing-needs-attention")}</p> });
    let items = items
        .into_iter()
        .map(|item| {
            let problems = item
                .problems
                .into_iter()
                .map(|(intent, summary)| view! { <li><strong>{format!("{} ", t!("console-label", label = intent.title()))}</strong>{summary}</li> })
                .collect_view();
            let told = if item.told.is_empty() {
                view! { <p class="muted">{t!("console-nobody-told")}</p> }.into_any()
            } else {
                let lines = item.told.into_iter().map(|line| view! { <li>{line}</li> }).collect_view();
                view! { <ul class="told">{lines}</ul> }.into_any()
            };
            view! {
                <li class="card attention-item">
                    <header>
                        <h2><a href=format!("/staff/organizations/{}", item.organization_id)>{item.organization}</a></h2>
                        {item.since.map(|day| view! { <span class="muted small">{t!("console-waiting-since", date = day)}</span> })}
                    </header>
                    <ul class="problems">{problems}</ul>
                    <h3>{t!("console-who-was-told")}</h3>
                    {told}
                    <p class="next-action"><strong>{format!("{} ", t!("console-next"))}</strong>{item.next_action}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <h1>{t!("console-needs-attention")}</h1>
        <p class="muted">{t!("console-attention-lead")}</p>
        {empty}
        <ol class="attention-queue">{items}</ol>
    }
    .into_any()
}
