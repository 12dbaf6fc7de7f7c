//! The language picker: a plain form, so it works without JavaScript.

use crate::{api::SetLanguage, i18n::Lang, t};
use leptos::{prelude::*, server_fn::ServerFn};
use leptos_router::hooks::use_location;

/// Lists every language in its own name; the page comes back in the one chosen.
#[component]
pub fn LanguagePicker() -> impl IntoView {
    let location = use_location();
    let search = location.search.get_untracked();
    let here = match search.is_empty() {
        true => location.pathname.get_untracked(),
        false => format!("{}?{search}", location.pathname.get_untracked()),
    };
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
            <input type="hidden" name="next" value=here />
            <label>
                <span>{t!("language-label")}</span>
                <select name="lang">{options}</select>
            </label>
            <button type="submit" class="secondary">{t!("language-apply")}</button>
        </form>
    }
}
