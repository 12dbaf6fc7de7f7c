use crate::{
    components::FieldError,
    i18n::Phrase,
    model::{
        ActivityEntry, ActivityFilter, ActivityKind, ActivityOutcome, ActivityPage, Place,
        ReturnedForm,
    },
    t,
};
use leptos::prelude::*;

/// "Recent activity", for admins: who did what, when, how it ended and from where,
/// narrowed by who, what, result and days, with "Load more"; and the whole trail (or a
/// range) as a download for auditors. Plain GET forms and links: no script needed.
#[component]
pub fn ActivityLog(
    page: ActivityPage,
    /// The page's last form, if it came back: why the last download was refused (the
    /// form works without JavaScript, so its refusal comes back to the page).
    #[prop(default = None)]
    form: Option<ReturnedForm>,
) -> impl IntoView {
    let filtered = !page.filter.is_empty();
    let empty = page.entries.is_empty().then(|| {
        let words = if filtered {
            t!("activity-filter-nothing")
        } else {
            t!("activity-empty")
        };
        view! { <p class="muted" role="status">{words}</p> }
    });
    let table = (!page.entries.is_empty()).then(|| activity_table(&page.entries));
    let more = page.load_more.clone().map(|href| {
        view! { <p class="paging"><a href=href>{t!("activity-load-more")}</a></p> }
    });
    view! {
        <section class="group activity-log" id=Place::ActivityLog.as_str() aria-labelledby="activity-heading">
            <h2 id="activity-heading">{t!("activity-heading")}</h2>
            <p class="muted">{t!("activity-lead", days = page.retention_days)}</p>
            <FilterForm filter=page.filter.clone() error=page.filter_error.clone() />
            {empty}
            {table}
            {more}
            <ExportForm form />
        </section>
    }
    .into_any()
}

/// Narrows the list: a plain GET form back to this page, its values in the address.
#[component]
fn FilterForm(filter: ActivityFilter, error: Option<(String, String)>) -> impl IntoView {
    let about = |field: &str, input: &str| {
        let message = error
            .as_ref()
            .filter(|(f, _)| f == field)
            .map(|(_, message)| message.clone());
        FieldError::new(input, message)
    };
    let from = about("activity_from", "activity-from");
    let to = about("activity_to", "activity-to");
    let kinds = ActivityKind::ALL
        .into_iter()
        .map(|kind| {
            view! { <option value=kind.as_str() selected=filter.kind == Some(kind)>{kind.label()}</option> }
        })
        .collect_view();
    let outcomes = [
        ActivityOutcome::Succeeded,
        ActivityOutcome::Refused,
        ActivityOutcome::Failed,
    ]
    .into_iter()
    .map(|outcome| {
        view! { <option value=outcome.as_str() selected=filter.outcome == Some(outcome)>{outcome.label()}</option> }
    })
    .collect_view();
    let clear = (!filter.is_empty()).then(|| {
        view! { <a href=format!("./settings#{}", Place::ActivityLog.as_str())>{t!("activity-filter-clear")}</a> }
    });
    view! {
        <form class="activity-filter" method="get" action=format!("./settings#{}", Place::ActivityLog.as_str())>
            <fieldset>
                <legend>{t!("activity-filter-heading")}</legend>
                <span class="field grow">
                    <label for="activity-who">{t!("activity-filter-who")}</label>
                    <input id="activity-who" name="activity_who" type="search" autocomplete="off" maxlength="254" value=filter.who.clone() />
                </span>
                <span class="field">
                    <label for="activity-kind">{t!("activity-filter-what")}</label>
                    <select id="activity-kind" name="activity_kind">
                        <option value="">{t!("activity-filter-any")}</option>
                        {kinds}
                    </select>
                </span>
                <span class="field">
                    <label for="activity-outcome">{t!("activity-filter-result")}</label>
                    <select id="activity-outcome" name="activity_outcome">
                        <option value="">{t!("activity-filter-any")}</option>
                        {outcomes}
                    </select>
                </span>
                {date_field(("activity-from", "activity_from"), t!("activity-filter-from"), Some(filter.from.clone()), from)}
                {date_field(("activity-to", "activity_to"), t!("activity-filter-to"), Some(filter.to.clone()), to)}
                <span class="filter-actions">
                    <button class="secondary" type="submit">{t!("activity-filter-apply")}</button>
                    {clear}
                </span>
            </fieldset>
        </form>
    }
}

/// The trail (or a range of it) as a download, for auditors: a plain GET form.
#[component]
fn ExportForm(form: Option<ReturnedForm>) -> impl IntoView {
    let place = Place::ActivityLog;
    let error = form
        .as_ref()
        .and_then(|f| f.in_place(place, &["from", "to"]))
        .map(|message| view! { <p class="error" role="alert">{message}</p> });
    let from = FieldError::new(
        "export-from",
        form.as_ref().and_then(|f| f.in_field(place, "from")),
    );
    let to = FieldError::new(
        "export-to",
        form.as_ref().and_then(|f| f.in_field(place, "to")),
    );
    let typed = |field| form.as_ref().and_then(|f| f.typed(field));
    view! {
        <form class="export" method="get" action="/api/audit_events">
            <fieldset>
                <legend>{t!("activity-download-heading")}</legend>
                {error}
                {date_field(("export-from", "from"), t!("activity-download-from"), typed("from"), from)}
                {date_field(("export-to", "to"), t!("activity-download-to"), typed("to"), to)}
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

/// A day's field (`(id, name)`), with what was typed and its error beside it.
fn date_field(
    (id, name): (&'static str, &'static str),
    label: String,
    value: Option<String>,
    error: FieldError,
) -> impl IntoView {
    view! {
        <span class="field">
            <label for=id>{label}</label>
            <input
                id=id
                type="date"
                name=name
                value=value
                aria-invalid=error.invalid()
                aria-describedby=error.described_by()
                autofocus=error.focus()
            />
            {error.view()}
        </span>
    }
}

/// A sentence's phrases; on a page in another language, what stays English says so
/// (`lang="en"`), so a screen reader reads it as English.
fn phrases(phrases: &[Phrase]) -> AnyView {
    let page = crate::i18n::current();
    // One text node when nothing is marked (adjacent text would be split by markers).
    if !phrases.iter().any(|p| p.foreign_on(page)) {
        return Phrase::joined(phrases).into_any();
    }
    phrases
        .iter()
        .map(|phrase| {
            if phrase.foreign_on(page) {
                view! { <span lang="en">{phrase.text.clone()}</span> }.into_any()
            } else {
                phrase.text.clone().into_any()
            }
        })
        .collect_view()
        .into_any()
}

/// The entries as a table, scrollable sideways on narrow screens.
pub fn activity_table(entries: &[ActivityEntry]) -> AnyView {
    let rows = entries
        .iter()
        .enumerate()
        .map(|(n, entry)| {
            let badge = match entry.outcome {
                ActivityOutcome::Succeeded => "outcome done",
                ActivityOutcome::Refused => "outcome refused",
                ActivityOutcome::Failed => "outcome failed",
            };
            view! {
                <tr id=format!("activity-entry-{n}")>
                    <td><time datetime=entry.at.clone()>{entry.when.clone()}</time></td>
                    <td class="actor">{entry.who.clone()}</td>
                    <td>
                        {entry.what.clone()}
                        {(entry.times > 1)
                            .then(|| view! { <span class="times">" · " {t!("activity-times", count = entry.times)}</span> })}
                        {(!entry.detail.is_empty())
                            .then(|| view! { <span class="muted detail">{phrases(&entry.detail)}</span> })}
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
