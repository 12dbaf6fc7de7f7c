use crate::{
    api::PortalLink,
    components::pending_until_page_shown_again,
    domain::{icon_path, IconTheme, Intent, IntentStatus, Role},
};
use leptos::{prelude::*, server_fn::ServerFn};

/// One enterprise feature: what it is, its live status and, for admins, the button
/// that opens the Admin Portal. Rendered on the server; only the button is interactive.
#[component]
pub fn IntentCard(status: IntentStatus, role: Role) -> impl IntoView {
    let intent = status.intent;
    // No badge where WorkOS gives no read: the summary says what Portico knows instead.
    let badge = status
        .setup
        .map(|setup| view! { <span class=setup.badge_class()>{setup.label()}</span> });
    let icon = status.provider.as_deref().map(|wire| {
        view! {
            <picture class="provider-icon">
                <source srcset=icon_path(wire, IconTheme::Dark) media="(prefers-color-scheme: dark)" />
                // The summary names the provider: the icon is for recognising it.
                <img src=icon_path(wire, IconTheme::Light) alt="" width="24" height="24" />
            </picture>
        }
    });
    view! {
        <section class="card" data-intent=intent.as_str()>
            <header>
                <h2>{intent.title()}</h2>
                {badge}
            </header>
            <p class="muted">{intent.description()}</p>
            <p class="summary">{icon}<span>{status.summary}</span></p>
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
