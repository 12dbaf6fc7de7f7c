use crate::{
    model::{ActivityEntry, ActivityOutcome, ActivityPage, Place},
    t,
};
use leptos::prelude::*;

/// "Recent activity", for admins: who did what, when, how it ended and from where, a
/// page at a time; and the whole trail (or a range) as a download for auditors.
#[component]
pub fn ActivityLog(
    page: ActivityPage,
    /// Why the last download was refused, from the address (the form works without
    /// JavaScript, so its refusal comes back to the page).
    #[prop(default = None)]
    error: Option<String>,
) -> impl IntoView {
    let empty = page
        .entries
        .is_empty()
        .then(|| view! { <p class="muted">{t!("activity-empty")}</p> });
    let table = (!page.entries.is_empty()).then(|| activity_table(&page.entries));
    let newer = page.is_older_page.then(
        || view! { <a href=format!("./settings#{}", Place::ActivityLog.as_str())>{t!("activity-newest")}</a> },
    );
    let older = page.older.map(|id| {
        let href = format!(
            "./settings?activity_before={id}#{}",
            Place::ActivityLog.as_str()
        );
        view! { <a href=href>{t!("activity-older")}</a> }
    });
    let paging = (newer.is_some() || older.is_some()).then(
        || view! { <nav class="paging" aria-label=t!("activity-pages")>{newer}{older}</nav> },
    );
    view! {
        <section class="group activity-log" id=Place::ActivityLog.as_str() aria-labelledby="activity-heading">
            <h2 id="activity-heading">{t!("activity-heading")}</h2>
            <p class="muted">{t!("activity-lead", days = page.retention_days)}</p>
            {empty}
            {table}
            {paging}
            <ExportForm error />
        </section>
    }
    .into_any()
}

/// The trail (or a range of it) as a download, for auditors: a plain GET form.
#[component]
fn ExportForm(error: Option<String>) -> impl IntoView {
    let error = error.map(|message| view! { <p class="error" role="alert">{message}</p> });
    view! {
        <form class="export" method="get" action="/api/audit_events">
            <fieldset>
                <legend>{t!("activity-download-heading")}</legend>
                {error}
                <span class="field">
                    <label for="export-from">{t!("activity-download-from")}</label>
                    <input id="export-from" type="date" name="from" />
                </span>
                <span class="field">
                    <label for="export-to">{t!("activity-download-to")}</label>
                    <input id="export-to" type="date" name="to" />
                </span>
                <span class="field">
                    <label for="export-format">{t!("activity-download-format")}</label>
                    <select id="export-format" name="format">
                        <option value="csv" selected>"CSV"</option>
                        <option value="jsonl">"JSON Lines"</option>
                    </select>
                </span>
                <button class="secondary" type="submit">{t!("activity-download")}</button>
            </fieldset>
        </form>
    }
}

/// The entries as a table, scrollable sideways on narrow screens.
pub fn activity_table(entries: &[ActivityEntry]) -> AnyView {
    let rows = entries
        .iter()
        .map(|entry| {
            let badge = match entry.outcome {
                ActivityOutcome::Succeeded => "outcome done",
                ActivityOutcome::Refused => "outcome refused",
                ActivityOutcome::Failed => "outcome failed",
            };
            view! {
                <tr>
                    <td><time datetime=entry.at.clone()>{entry.when.clone()}</time></td>
                    <td class="breakable">{entry.who.clone()}</td>
                    <td>
                        {entry.what.clone()}
                        {(!entry.detail.is_empty())
                            .then(|| view! { <span class="muted detail breakable">{entry.detail.clone()}</span> })}
                    </td>
                    <td><span class=badge>{entry.outcome.label()}</span></td>
                    <td class="muted">{entry.from.clone().unwrap_or_default()}</td>
                </tr>
            }
            .into_any()
        })
        .collect_view();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=t!("activity-entries")>
            <table class="activity">
                <thead>
                    <tr>
                        <th scope="col">{t!("activity-when")}</th>
                        <th scope="col">{t!("activity-who")}</th>
                        <th scope="col">{t!("activity-what")}</th>
                        <th scope="col">{t!("activity-result")}</th>
                        <th scope="col">{t!("activity-from")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
