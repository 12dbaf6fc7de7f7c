use crate::model::{Intent, IntentStatus};
use leptos::prelude::*;

/// Shown after the Admin Portal sends the admin back: says what was configured, and
/// whether WorkOS confirms it (worded on the server, so the browser's bundle carries
/// neither the status types nor the sentences).
#[component]
pub fn SuccessBanner(intent: Intent, status: Option<IntentStatus>) -> impl IntoView {
    let (class, headline) = intent.banner(status.as_ref().and_then(|s| s.setup));
    let detail = status.map(|s| s.summary).unwrap_or_default();
    view! {
        <DismissableBanner
            class=class.to_owned()
            headline
            detail
            area=intent.as_str().to_owned()
            dismiss=crate::t!("banner-dismiss")
        />
    }
}

/// The banner itself. Dismissable (in place with JavaScript, by going to the plain page
/// without); with JavaScript the address loses `?configured=` at once so a reload does
/// not show it again. An island.
#[island]
fn DismissableBanner(
    class: String,
    headline: String,
    detail: String,
    area: String,
    /// The close button's name, in the page's language.
    dismiss: String,
) -> impl IntoView {
    let visible = RwSignal::new(true);
    Effect::new(move |_| forget_configured_param());
    view! {
        <Show when=move || visible.get()>
            // Back from the portal, focus starts here: the outcome is read first, and the
            // next Tab goes on from it rather than from the top of the page.
            <div
                class=class.clone()
                role="status"
                data-testid="success-banner"
                data-banner-for=area.clone()
                tabindex="-1"
                autofocus
            >
                <div>
                    <strong>{headline.clone()}</strong>
                    " "
                    <span>{detail.clone()}</span>
                </div>
                // A link, so it also works without JavaScript: the plain page has no banner.
                // Relative: the same page, standalone or embedded (/embed/settings).
                <a
                    class="dismiss"
                    href="./settings"
                    aria-label=dismiss.clone()
                    on:click=move |ev: leptos::ev::MouseEvent| {
                        ev.prevent_default();
                        visible.set(false);
                    }
                >
                    "×"
                </a>
            </div>
        </Show>
    }
}

fn forget_configured_param() {
    #[cfg(feature = "hydrate")]
    {
        let window = web_sys::window().expect("browser window");
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(
                &wasm_bindgen::JsValue::NULL,
                "",
                Some("./settings"),
            );
        }
    }
}
