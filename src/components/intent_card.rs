use crate::{
    api::PortalLink,
    domain::{Intent, IntentStatus, Role},
};
use leptos::prelude::*;

/// One enterprise feature: what it is, its live status and, for admins, the button
/// that opens the Admin Portal (the link is made on click, never at render).
#[component]
pub fn IntentCard(
    status: IntentStatus,
    role: Role,
    portal: ServerAction<PortalLink>,
    /// The intent of the most recent portal request, so its error shows on its card.
    last_asked: Signal<Option<Intent>>,
) -> impl IntoView {
    let intent = status.intent;
    let (badge_class, badge) = match status.configured {
        Some(true) => ("badge on", "Configured"),
        Some(false) => ("badge off", "Not configured"),
        None => ("badge unknown", "Status not reported"),
    };
    let asked_here = move || last_asked.get() == Some(intent);
    let opening = move || portal.pending().get() && asked_here();
    let error = move || {
        if portal.pending().get() || !asked_here() {
            return None;
        }
        portal
            .value()
            .get()
            .and_then(|result| result.err())
            .map(|e| view! { <p class="error" role="alert">{e.message}</p> })
    };
    let button = (role == Role::Admin).then(|| {
        view! {
            <ActionForm action=portal>
                <input type="hidden" name="intent" value=intent.as_str() />
                <button class="primary" type="submit" disabled=move || portal.pending().get()>
                    {move || if opening() { "Opening…" } else { intent.button_label() }}
                </button>
            </ActionForm>
        }
    });
    view! {
        <section class="card" data-intent=intent.as_str()>
            <header>
                <h2>{intent.title()}</h2>
                <span class=badge_class>{badge}</span>
            </header>
            <p class="muted">{intent.description()}</p>
            <p class="summary">{status.summary}</p>
            {error}
            {button}
        </section>
    }
}
