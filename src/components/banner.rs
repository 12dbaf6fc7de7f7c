use crate::model::{Intent, IntentStatus, Setup};
use leptos::prelude::*;

/// Shown after the Admin Portal sends the admin back: says what was configured, and
/// whether WorkOS confirms it. Dismissable (in place with JavaScript, by going to the
/// plain page without); with JavaScript the address loses `?configured=` at once so a
/// reload does not show it again. An island.
#[island]
pub fn SuccessBanner(intent: Intent, status: Option<IntentStatus>) -> impl IntoView {
    let visible = RwSignal::new(true);
    Effect::new(move |_| forget_configured_param());
    let setup = status.as_ref().and_then(|s| s.setup);
    let detail = status.map(|s| s.summary).unwrap_or_default();
    let area = intent.title().to_lowercase();
    // Only what WorkOS confirms is claimed.
    let (class, headline) = match setup {
        Some(Setup::Active) => ("banner success", intent.done_message().to_owned()),
        Some(Setup::InProgress) => (
            "banner info",
            format!("Your {area} setup is saved but not active yet."),
        ),
        Some(Setup::NotConfigured | Setup::NeedsAttention) => (
            "banner warning",
            format!(
                "The Admin Portal reported {area} as finished, but WorkOS does not confirm it yet."
            ),
        ),
        None => (
            "banner success",
            format!("Thanks — WorkOS has your {area} settings."),
        ),
    };
    view! {
        <Show when=move || visible.get()>
            <div class=class role="status" data-testid="success-banner">
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
                    aria-label="Dismiss"
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
