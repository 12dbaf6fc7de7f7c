use crate::model::{ActivityEntry, ActivityOutcome, ActivityPage, Place};
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
        .then(|| view! { <p class="muted">"Nothing recorded yet."</p> });
    let table = (!page.entries.is_empty()).then(|| activity_table(&page.entries));
    let newer = page.is_older_page.then(
        || view! { <a href=format!("./settings#{}", Place::ActivityLog.as_str())>"Newest"</a> },
    );
    let older = page.older.map(|id| {
        let href = format!(
            "./settings?activity_before={id}#{}",
            Place::ActivityLog.as_str()
        );
        view! { <a href=href>"Older activity"</a> }
    });
    let paging = (newer.is_some() || older.is_some())
        .then(|| view! { <nav class="paging" aria-label="Activity pages">{newer}{older}</nav> });
    view! {
        <section class="group activity-log" id=Place::ActivityLog.as_str() aria-labelledby="activity-heading">
            <h2 id="activity-heading">"Recent activity"</h2>
            <p class="muted">
                {format!(
                    "Sign-ins, setup links and changes in this organization, kept {} days.",
                    page.retention_days
                )}
            </p>
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
                <legend>"Download for your auditors"</legend>
                {error}
                <span class="field">
                    <label for="export-from">"From"</label>
                    <input id="export-from" type="date" name="from" />
                </span>
                <span class="field">
                    <label for="export-to">"To"</label>
                    <input id="export-to" type="date" name="to" />
                </span>
                <span class="field">
                    <label for="export-format">"Format"</label>
                    <select id="export-format" name="format">
                        <option value="csv" selected>"CSV"</option>
                        <option value="jsonl">"JSON Lines"</option>
                    </select>
                </span>
                <button class="secondary" type="submit">"Download"</button>
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
        <div class="table-scroll" tabindex="0" role="region" aria-label="Activity entries">
            <table class="activity">
                <thead>
                    <tr>
                        <th scope="col">"When"</th>
                        <th scope="col">"Who"</th>
                        <th scope="col">"What"</th>
                        <th scope="col">"Result"</th>
                        <th scope="col">"From"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
