use crate::domain::{Intent, IntentStatus};
use leptos::prelude::*;

/// Shown after the Admin Portal sends the admin back: says what was configured, and
/// whether WorkOS confirms it. Dismissable; the address loses `?configured=` at once so
/// a reload does not show it again (both need JavaScript: an island).
#[island]
pub fn SuccessBanner(intent: Intent, status: Option<IntentStatus>) -> impl IntoView {
    let visible = RwSignal::new(true);
    Effect::new(move |_| forget_configured_param());
    let confirmed = status.as_ref().and_then(|s| s.configured);
    let detail = status.map(|s| s.summary).unwrap_or_default();
    let (class, headline) = match confirmed {
        Some(false) => (
            "banner warning",
            format!(
                "The Admin Portal reported {} as finished, but WorkOS does not confirm it yet.",
                intent.title().to_lowercase()
            ),
        ),
        _ => ("banner success", intent.done_message().to_owned()),
    };
    view! {
        <Show when=move || visible.get()>
            <div class=class role="status" data-testid="success-banner">
                <div>
                    <strong>{headline.clone()}</strong>
                    " "
                    <span>{detail.clone()}</span>
                </div>
                <button class="ghost" aria-label="Dismiss" on:click=move |_| visible.set(false)>
                    "×"
                </button>
            </div>
        </Show>
    }
}

fn forget_configured_param() {
    #[cfg(feature = "hydrate")]
    {
        let window = web_sys::window().expect("browser window");
        if let Ok(history) = window.history() {
            let _ =
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("/settings"));
        }
    }
}
