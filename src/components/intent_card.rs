use crate::{
    api::PortalLink,
    domain::{Intent, IntentStatus, Role},
};
use leptos::prelude::*;

/// One enterprise feature: what it is, its live status and, for admins, the button
/// that opens the Admin Portal. Rendered on the server; only the button is interactive.
#[component]
pub fn IntentCard(status: IntentStatus, role: Role) -> impl IntoView {
    let intent = status.intent;
    let (badge_class, badge) = match status.configured {
        Some(true) => ("badge on", "Configured"),
        Some(false) => ("badge off", "Not configured"),
        None => ("badge unknown", "Status not reported"),
    };
    view! {
        <section class="card" data-intent=intent.as_str()>
            <header>
                <h2>{intent.title()}</h2>
                <span class=badge_class>{badge}</span>
            </header>
            <p class="muted">{intent.description()}</p>
            <p class="summary">{status.summary}</p>
            {(role == Role::Admin).then(|| view! { <PortalButton intent /> })}
        </section>
    }
}

/// Asks for a one-time Admin Portal link when clicked (never at render) and goes there.
/// An island: the only part of a card that runs in the browser. Without JavaScript it is
/// a plain form post that the server answers with a redirect.
#[island]
fn PortalButton(intent: Intent) -> impl IntoView {
    let portal = ServerAction::<PortalLink>::new();
    let pending = portal.pending();
    let error = move || {
        if pending.get() {
            return None;
        }
        portal
            .value()
            .get()
            .and_then(|result| result.err())
            .map(|e| view! { <p class="error" role="alert">{e.message}</p> })
    };
    view! {
        {error}
        <ActionForm action=portal>
            <input type="hidden" name="intent" value=intent.as_str() />
            // Disabled while a link is being made: a double click asks once.
            <button class="primary" type="submit" disabled=move || pending.get()>
                {move || if pending.get() { "Opening…" } else { intent.button_label() }}
            </button>
        </ActionForm>
    }
}
