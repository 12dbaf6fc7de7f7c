//! The provider picker: an admin picks their identity provider or directory from a grid
//! of icons, searchable when JavaScript runs.

use crate::{
    api::ChooseProvider,
    model::{icon_path, providers, IconTheme, Intent},
    t,
};
use leptos::{prelude::*, server_fn::ServerFn};

/// A provider's icon from Portico's origin, light or dark as the browser prefers.
#[component]
pub fn ProviderIcon(wire: &'static str) -> impl IntoView {
    view! {
        <picture class="provider-icon">
            <source srcset=icon_path(wire, IconTheme::Dark) media="(prefers-color-scheme: dark)" />
            <img src=icon_path(wire, IconTheme::Light) alt="" width="24" height="24" loading="lazy" />
        </picture>
    }
    .into_any()
}

/// Where an admin picks their identity provider or directory: a radio grid with icons
/// in a form, so it works without JavaScript (arrow keys move within the group, Enter
/// saves). Only for the areas that have providers.
#[component]
pub fn ProviderPicker(intent: Intent, chosen: Option<String>) -> impl IntoView {
    let (list, prompt, search) = match intent {
        Intent::Sso => (
            providers::SSO,
            t!("picker-choose-identity-provider"),
            t!("picker-search-identity-providers"),
        ),
        Intent::Dsync => (
            providers::DIRECTORIES,
            t!("picker-choose-directory"),
            t!("picker-search-directories"),
        ),
        _ => return None,
    };
    let summary = if chosen.is_some() {
        t!("picker-change")
    } else {
        prompt.clone()
    };
    // What the search says for each number of matches, worded here with the language's
    // plural rules: the browser only picks one.
    let counts = (0..=list.len())
        .map(|count| match count {
            0 => t!("picker-no-match"),
            count => t!("picker-matches", count = count),
        })
        .collect();
    let grid = view! {
        <div class="provider-grid" inner_html=options_html(intent, list, chosen.as_deref())></div>
    };
    // Type-erased here, on the server's side: the page's view type is deep enough.
    let search_grid = view! {
        <ProviderSearch id=format!("{intent}-provider-search") label=search counts>
            {grid}
        </ProviderSearch>
    }
    .into_any();
    Some(
        view! {
            <details class="picker">
                <summary>{summary}</summary>
                <form method="post" action=ChooseProvider::url()>
                    <input type="hidden" name="intent" value=intent.as_str() />
                    <fieldset>
                        <legend class="visually-hidden">{prompt}</legend>
                        {search_grid}
                    </fieldset>
                    <button class="secondary" type="submit">{t!("save")}</button>
                </form>
            </details>
        }
        .into_any(),
    )
}

/// One provider's radio option, as HTML, unchecked and checked.
struct OptionHtml {
    wire: &'static str,
    unchecked: String,
    checked: String,
}

/// The grid's options for `intent`'s providers, `chosen` checked. The options are the same
/// on every page but for the checked one, and they were half of the settings page: their
/// HTML is made once per process, not rendered on every view (the profile in
/// BENCHMARKS.md). Only Portico's own constants go in, escaped all the same.
fn options_html(
    intent: Intent,
    list: &'static [providers::Provider],
    chosen: Option<&str>,
) -> String {
    static SSO: std::sync::OnceLock<Vec<OptionHtml>> = std::sync::OnceLock::new();
    static DIRECTORIES: std::sync::OnceLock<Vec<OptionHtml>> = std::sync::OnceLock::new();
    let made = if intent == Intent::Sso {
        &SSO
    } else {
        &DIRECTORIES
    };
    let options = made.get_or_init(|| list.iter().map(option_html).collect());
    let mut html = String::with_capacity(options.iter().map(|o| o.checked.len()).sum());
    for option in options {
        html.push_str(match chosen == Some(option.wire) {
            true => &option.checked,
            false => &option.unchecked,
        });
    }
    html
}

fn option_html(provider: &'static providers::Provider) -> OptionHtml {
    let escape = |text: &str| {
        text.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    };
    let (wire, name) = (escape(provider.wire), escape(provider.name));
    let (dark, light) = (
        escape(&icon_path(provider.wire, IconTheme::Dark)),
        escape(&icon_path(provider.wire, IconTheme::Light)),
    );
    let option = |checked: &str| {
        format!(
            "<label class=\"provider-option\"><input type=\"radio\" name=\"provider\" value=\"{wire}\"{checked} required>\
             <picture class=\"provider-icon\"><source srcset=\"{dark}\" media=\"(prefers-color-scheme: dark)\">\
             <img src=\"{light}\" alt=\"\" width=\"24\" height=\"24\" loading=\"lazy\"></picture>\
             <span>{name}</span></label>"
        )
    };
    OptionHtml {
        wire: provider.wire,
        unchecked: option(""),
        checked: option(" checked"),
    }
}

/// Makes the provider radio grid in `children` (a `.provider-grid` of `.provider-option`
/// labels) searchable and quicker by keyboard: a
/// search field filters it (Enter picks the first match), typing letters on the grid
/// jumps to the provider whose name starts with them, Escape closes the picker. The
/// arrows and Enter are the radio group's own. Without JavaScript the grid is a plain
/// radio grid and the search field is not shown. An island.
///
/// The handlers work on the DOM the server rendered rather than through signals: every
/// signal type an island adds is code in the browser bundle, and this needs none.
///
/// `counts[n]` is what the search says when `n` providers match.
#[island]
pub fn ProviderSearch(
    id: String,
    label: String,
    counts: Vec<String>,
    children: Children,
) -> impl IntoView {
    let ready = RwSignal::new(false);
    Effect::new(move |_| ready.set(true));
    let filter = move |event| browser::filter(event, &counts);
    view! {
        <div class="provider-search" on:input=filter on:keydown=browser::key>
            <div class="picker-search" hidden=move || !ready.get()>
                <label for=id.clone()>{label}</label>
                <input id=id.clone() type="search" autocomplete="off" placeholder="Okta, Google, …" />
                <span class="match-count" role="status"></span>
            </div>
            {children()}
        </div>
    }
}

/// The picker's DOM work; on the server, handlers that are never called.
mod browser {
    #[cfg(not(feature = "hydrate"))]
    pub fn filter(_: leptos::ev::Event, _: &[String]) {}
    #[cfg(not(feature = "hydrate"))]
    pub fn key(_: leptos::ev::KeyboardEvent) {}

    #[cfg(feature = "hydrate")]
    pub use hydrate::{filter, key};

    #[cfg(feature = "hydrate")]
    mod hydrate {
        use std::cell::RefCell;
        use wasm_bindgen::JsCast;
        use web_sys::{Element, Event, HtmlElement, HtmlInputElement, KeyboardEvent};

        thread_local! {
            /// Type-ahead: what was typed on the grid, and when (ms).
            static TYPED: RefCell<(String, f64)> = const { RefCell::new((String::new(), 0.0)) };
        }

        fn picker(event: &Event) -> Option<Element> {
            event.current_target()?.dyn_into::<Element>().ok()
        }

        /// Each option's label element and its provider name, lower case.
        fn options(picker: &Element) -> Vec<(HtmlElement, String)> {
            let Ok(list) = picker.query_selector_all(".provider-option") else {
                return Vec::new();
            };
            (0..list.length())
                .filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok())
                .map(|option| {
                    let name = option.text_content().unwrap_or_default();
                    let name = name.trim().to_ascii_lowercase();
                    (option, name)
                })
                .collect()
        }

        fn search_field(event: &Event) -> Option<HtmlInputElement> {
            event
                .target()?
                .dyn_into::<HtmlInputElement>()
                .ok()
                .filter(|input| input.type_() == "search")
        }

        /// Shows only the providers whose name contains what was typed, and says how many.
        pub fn filter(event: Event, counts: &[String]) {
            let (Some(picker), Some(search)) = (picker(&event), search_field(&event)) else {
                return;
            };
            let query = search.value().trim().to_ascii_lowercase();
            let mut count = 0;
            for (option, name) in options(&picker) {
                let hide = !name.contains(&query);
                option.set_hidden(hide);
                count += usize::from(!hide);
            }
            let said = match query.is_empty() {
                true => "",
                false => counts.get(count).map_or("", String::as_str),
            };
            if let Ok(Some(status)) = picker.query_selector(".match-count") {
                status.set_text_content(Some(said));
            }
        }

        pub fn key(event: KeyboardEvent) {
            let Some(picker) = picker(&event) else { return };
            let key = event.key();
            let in_search = search_field(&event).is_some();
            if key == "Escape" {
                event.prevent_default();
                close(&picker);
            } else if key == "Enter" && in_search {
                // Not the form's submit with nothing picked: the first match instead.
                event.prevent_default();
                if let Some((option, _)) = options(&picker).into_iter().find(|(o, _)| !o.hidden()) {
                    pick(&option);
                }
            } else if !in_search
                && key.chars().count() == 1
                && !(event.ctrl_key() || event.meta_key() || event.alt_key())
            {
                // Letters typed within a second add up ("ok" → Okta).
                let now = event.time_stamp();
                let typed = TYPED.with_borrow_mut(|(buffer, last)| {
                    if now - *last > 1000.0 {
                        buffer.clear();
                    }
                    buffer.push_str(&key.to_ascii_lowercase());
                    *last = now;
                    buffer.clone()
                });
                if pick_starting_with(&picker, &typed) {
                    event.prevent_default();
                }
            }
        }

        /// Checks and focuses the option's radio, as the arrow keys do.
        fn pick(option: &HtmlElement) {
            if let Some(radio) = option
                .query_selector("input")
                .ok()
                .flatten()
                .and_then(|r| r.dyn_into::<HtmlInputElement>().ok())
            {
                radio.set_checked(true);
                let _ = radio.focus();
            }
        }

        /// The next shown option from the focused one whose name starts with `prefix`;
        /// a repeated first letter moves on to the next such name.
        fn pick_starting_with(picker: &Element, prefix: &str) -> bool {
            let options = options(picker);
            let focused = web_sys::window()
                .and_then(|w| w.document()?.active_element())
                .and_then(|e| e.closest(".provider-option").ok().flatten())
                .and_then(|f| {
                    options
                        .iter()
                        .position(|(o, _)| o.is_same_node(Some(f.unchecked_ref())))
                });
            let start = match (focused, prefix.len()) {
                (Some(i), 1) => i + 1,
                (Some(i), _) => i,
                (None, _) => 0,
            };
            let n = options.len().max(1);
            let found = (0..options.len())
                .map(|k| &options[(start + k) % n])
                .find(|(o, name)| !o.hidden() && name.starts_with(prefix));
            match found {
                Some((option, _)) => {
                    pick(option);
                    true
                }
                None => false,
            }
        }

        /// Closes the `<details>` the picker is in and gives its summary the focus.
        fn close(picker: &Element) {
            if let Ok(Some(details)) = picker.closest("details") {
                let _ = details.remove_attribute("open");
                if let Some(summary) = details
                    .query_selector("summary")
                    .ok()
                    .flatten()
                    .and_then(|s| s.dyn_into::<HtmlElement>().ok())
                {
                    let _ = summary.focus();
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_grid_lists_every_provider_once_with_only_the_chosen_one_checked() {
        let html = options_html(Intent::Sso, providers::SSO, Some("AzureSAML"));
        assert_eq!(
            html.matches("<label class=\"provider-option\">").count(),
            providers::SSO.len()
        );
        assert_eq!(html.matches(" checked").count(), 1);
        assert!(html.contains("value=\"AzureSAML\" checked required>"));
        assert!(html.contains("<span>Microsoft Entra ID SAML</span>"));
        assert!(html.contains("srcset=\"/icons/dark/azuresaml.svg\""));
        let none = options_html(Intent::Dsync, providers::DIRECTORIES, None);
        assert_eq!(none.matches(" checked").count(), 0);
        assert!(none.contains("value=\"okta scim v2.0\" required>"));
        // Escaped like any attribute, though only Portico's own names go in.
        assert!(!none.contains("<span>&</span>"));
    }
}
