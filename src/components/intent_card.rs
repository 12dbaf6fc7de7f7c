use crate::{
    api::PortalLink,
    components::pending_until_page_shown_again,
    domain::{Intent, IntentStatus, Role},
};
use leptos::{prelude::*, server_fn::ServerFn};

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
/// An island: the only part of a card that runs in the browser. The form posts as a
/// plain form with or without JavaScript (the server answers with a redirect to the
/// portal, or back here with an error); JavaScript only adds the working state. Not
/// using the server-function client keeps its codecs out of the browser bundle.
#[island]
fn PortalButton(intent: Intent) -> impl IntoView {
    let pending = pending_until_page_shown_again();
    view! {
        <form method="post" action=PortalLink::url() on:submit=move |_| pending.set(true)>
            <input type="hidden" name="intent" value=intent.as_str() />
            // Disabled once clicked: a double click asks once.
            <button class="primary" type="submit" disabled=move || pending.get()>
                {move || if pending.get() { "Opening…" } else { intent.button_label() }}
            </button>
        </form>
    }
}
