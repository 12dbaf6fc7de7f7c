//! A destructive action asks first, saying what it changes. The trigger is a link to the
//! page asking (`?ask=<id>`), where the question shows in place: that works without
//! JavaScript. With it, `confirm.rs` opens the same question, rendered beside the link,
//! as a modal `<dialog>`, and Cancel closes it natively.

use crate::components::BusyForm;
use leptos::prelude::*;

/// The question and the form that does it.
pub struct Question {
    /// Unique on the page: the dialog's id, and what `?ask=` names.
    pub id: String,
    /// The page it is on, relative (`./settings`, `./integrations`), and the part of it
    /// (its anchor) the page comes back to.
    pub page: &'static str,
    pub place: &'static str,
    /// The trigger's words, which the confirming button repeats ("Remove acme.example").
    pub action: String,
    /// "Remove acme.example?"
    pub heading: String,
    /// What it changes, a sentence each.
    pub consequences: Vec<String>,
    /// The server function's address and its fields.
    pub form: (String, Vec<(String, String)>),
    /// The confirming button's words while it works.
    pub busy: String,
}

/// The trigger and its question; `asked`: the page asks now (the address named it).
pub fn ask_first(question: Question, asked: bool) -> impl IntoView {
    let Question {
        id,
        page,
        place,
        action,
        heading,
        consequences,
        form: (url, fields),
        busy,
    } = question;
    let asking = format!("{page}?ask={id}#{place}");
    let (heading_id, labelled_by) = (format!("{id}-heading"), format!("{id}-heading"));
    let consequences = consequences
        .into_iter()
        .map(|sentence| view! { <p>{sentence}</p> })
        .collect_view();
    view! {
        <a class="button ghost" href=asking data-confirm=id.clone()>{action.clone()}</a>
        <dialog id=id class="confirm" open=asked aria-labelledby=labelled_by>
            <h4 id=heading_id>{heading}</h4>
            {consequences}
            <div class="confirm-actions">
                <BusyForm action=url fields label=action busy class="danger".to_owned()>
                    ""
                </BusyForm>
                {cancel(asked, page, place)}
            </div>
        </dialog>
    }
}

/// Cancel: back to the page without the question when the page asked in place (no
/// JavaScript); else it closes the dialog the script opened.
fn cancel(in_place: bool, page: &str, place: &str) -> AnyView {
    if in_place {
        let back = format!("{page}#{place}");
        view! { <a class="button secondary" href=back>{crate::t!("cancel")}</a> }.into_any()
    } else {
        view! {
            <form method="dialog">
                <button class="secondary" type="submit" autofocus>{crate::t!("cancel")}</button>
            </form>
        }
        .into_any()
    }
}
