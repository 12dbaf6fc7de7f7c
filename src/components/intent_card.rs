use crate::{
    api::PortalLink,
    components::{BusyForm, InvitedLine, ProviderIcon, ProviderPicker},
    model::{providers, Intent, IntentStatus, ItInvitation, Role, Setup},
};
use leptos::{prelude::*, server_fn::ServerFn};

/// One enterprise feature: what it is, its live status and, for admins, the button
/// that opens the Admin Portal. Rendered on the server; only the button is interactive.
#[component]
pub fn IntentCard(
    status: IntentStatus,
    role: Role,
    /// What went wrong with this card's last form, from the address (no JavaScript).
    #[prop(default = None)]
    error: Option<String>,
    /// The organization's current IT contact invitation (admins only), shown on the
    /// cards it covers.
    #[prop(default = None)]
    invitation: Option<ItInvitation>,
    /// Where to add an area the plan does not include.
    #[prop(default = None)]
    upgrade_url: Option<String>,
    /// Set when embedded in a host product: the portal opens in a new tab, which proves
    /// who asked with this hand-off.
    #[prop(default = None)]
    handoff: Option<String>,
    /// The question the page asks now (`?ask=`), without JavaScript.
    #[prop(default = None)]
    asked: Option<String>,
    /// This card's action is the page's primary one (`OrgOverview::next_step`).
    #[prop(default = false)]
    next_step: bool,
    /// The card's own controls beyond the portal button (domains).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let intent = status.intent;
    if !status.included {
        return view! { <UpgradeCard status upgrade_url /> }.into_any();
    }
    let badge = badge(&status);
    // The summary names the provider: the icon is for recognising it (alt="").
    let icon = status
        .provider
        .as_deref()
        .and_then(providers::find)
        .map(|provider| view! { <ProviderIcon wire=provider.wire /> }.into_any());
    // Until WorkOS reports a provider, the one the admins picked, with what to have ready.
    let admin = role == Role::Admin;
    let picked = status
        .provider
        .is_none()
        .then(|| picked_line(&status, admin))
        .flatten();
    view! {
        <section
            class="card"
            id=intent.as_str()
            data-intent=intent.as_str()
            data-setup=status.setup.map(|s| s.as_str()).unwrap_or("unknown")
        >
            <header>
                <h3>{intent.title()}</h3>
                {badge}
            </header>
            <p class="muted">{intent.description()}</p>
            <p class="summary">{icon}<span>{status.summary}</span></p>
            {picked}
            {invitation
                .filter(|sent| admin && sent.intents.contains(&intent))
                .map(|invitation| view! { <InvitedLine invitation intent asked=asked.clone() /> })}
            {error.map(|e| view! { <p class="error" role="alert">{e}</p> })}
            {children.map(|c| c())}
            {admin.then(|| view! { <ProviderPicker intent chosen=status.chosen_provider.clone() /> }.into_any())}
            {admin.then(|| match handoff {
                Some(handoff) => view! { <NewTabPortalButton intent setup=status.setup handoff next_step /> }.into_any(),
                None => view! { <PortalButton intent setup=status.setup next_step /> }.into_any(),
            })}
        </section>
    }
    .into_any()
}

/// The card's badge. None where WorkOS gives no read: the summary says what Portico
/// knows instead (kept hidden in the page, for a live update that brings a read).
fn badge(status: &IntentStatus) -> impl IntoView {
    let (class, words) = status.badge().unzip();
    let hidden = words.is_none();
    view! { <span class=class.unwrap_or_else(|| "badge".to_owned()) hidden=hidden>{words}</span> }
}

/// An area the organization's plan does not include: what it is, and where to add it
/// (the server refuses its setup links, so no button pretends otherwise). One already
/// in use shows where it stands, read only.
#[component]
fn UpgradeCard(status: IntentStatus, upgrade_url: Option<String>) -> impl IntoView {
    let intent = status.intent;
    let link = upgrade_url.map(|url| {
        view! {
            <a class="upgrade" href=url target="_blank" rel="noopener">
                {crate::t!("card-upgrade", area = intent.title())}
            </a>
        }
    });
    let (badge_class, badge) = status
        .badge()
        .unwrap_or_else(|| ("badge off".to_owned(), crate::t!("card-not-in-plan")));
    let in_use = status.setup.map(|_| {
        view! { <p class="muted">{crate::t!("card-in-use-outside-plan")}</p> }
    });
    view! {
        <section class="card not-included" id=intent.as_str() data-intent=intent.as_str() data-included="false">
            <header>
                <h3>{intent.title()}</h3>
                <span class=badge_class>{badge}</span>
            </header>
            <p class="muted">{intent.description()}</p>
            <p class="summary"><span>{status.summary}</span></p>
            {in_use}
            {link}
        </section>
    }
    .into_any()
}

/// From a host product's frame (WorkOS's portal cannot be framed): the form opens a new
/// tab, which asks for the link when clicked and goes to the portal; the portal sends
/// the admin back to a page that tells this one (its opener).
#[component]
fn NewTabPortalButton(
    intent: Intent,
    setup: Option<Setup>,
    handoff: String,
    next_step: bool,
) -> impl IntoView {
    let form = view! {
        <form method="post" action="/embed/portal" target="_blank" class="portal-form">
            <input type="hidden" name="intent" value=intent.as_str() />
            <input type="hidden" name="handoff" value=handoff />
            <button class=intent.button_class(setup, next_step) type="submit">
                {intent.action(setup)}
                <span class="visually-hidden">" " {crate::t!("opens-in-new-tab")}</span>
            </button>
        </form>
    };
    // `opener` keeps the new tab's way back to this frame (a form with target=_blank
    // implies noopener otherwise). Added by name: the view macro has no `rel` for forms.
    form.attr("rel", "opener")
}

/// Asks for a one-time Admin Portal link when clicked (never at render) and goes there:
/// the server answers the form with a redirect to the portal, or back to the card with
/// the error.
#[component]
fn PortalButton(intent: Intent, setup: Option<Setup>, next_step: bool) -> impl IntoView {
    let class = intent.button_class(setup, next_step);
    let label = intent.action(setup);
    view! {
        <BusyForm
            action=PortalLink::url().to_owned()
            fields=vec![("intent".to_owned(), intent.as_str().to_owned())]
            label=label
            busy=crate::t!("card-opening")
            class=class.to_owned()
        >
            ""
        </BusyForm>
    }
}

/// The provider the admins picked, if any, and what to do with it.
fn picked_line(status: &IntentStatus, admin: bool) -> Option<AnyView> {
    let provider = status
        .chosen_provider
        .as_deref()
        .and_then(providers::find)?;
    Some(
        view! {
            <p class="chosen">
                <ProviderIcon wire=provider.wire />
                <span>
                    {if admin {
                        picked_sentence(provider)
                    } else {
                        crate::t!("card-picked-by-admins", provider = provider.name)
                    }}
                </span>
            </p>
        }
        .into_any(),
    )
}

/// What to do with the admins' pick. WorkOS opens the setup with a provider only for the
/// few it takes in the link; for the others the admin chooses it again there.
fn picked_sentence(provider: &providers::Provider) -> String {
    match workos::types::PortalSsoProvider::for_connection_type(provider.wire) {
        Some(_) => crate::t!("card-picked-opens-with-it", provider = provider.name),
        None => crate::t!("card-picked-choose-it-again", provider = provider.name),
    }
}
