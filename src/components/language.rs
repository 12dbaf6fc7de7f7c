//! The language picker: a plain form, so it works without JavaScript.

use crate::{api::SetLanguage, i18n::Lang, t};
use leptos::{prelude::*, server_fn::ServerFn};

/// Lists every language in its own name; the page comes back in the one chosen (the
/// server sends the browser back to the page the form is on).
#[component]
pub fn LanguagePicker() -> impl IntoView {
    let current = crate::i18n::current();
    let options = Lang::ALL
        .into_iter()
        .map(|lang| {
            view! {
                <option value=lang.code() lang=lang.code() selected=lang == current>
                    {lang.own_name()}
                </option>
            }
        })
        .collect_view();
    view! {
        <form method="post" action=SetLanguage::url() class="language-picker">
            <label>
                <span>{t!("language-label")}</span>
                <select name="lang">{options}</select>
            </label>
            <button type="submit" class="secondary">{t!("language-apply")}</button>
        </form>
    }
}
