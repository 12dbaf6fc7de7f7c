use crate::t;
use crate::{
    api::{Logout, SwitchOrganization},
    components::{
        ActivityLog, DomainList, IntentCard, ItAdminPanel, LanguagePicker, LiveUpdates,
        SsoHealthPanel, SsoTools, SuccessBanner,
    },
    model::{
        ActivityPage, AppError, ErrorKind, Group, Intent, IntentStatus, OrgOverview, Place,
        ReturnedForm, Role, SettingsPageData, SsoSettings,
    },
};
use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use std::sync::Arc;

/// The organization settings page: one card per enterprise feature.
#[component]
pub fn Settings() -> impl IntoView {
    settings_page(false)
}

/// The settings page inside a host product's frame: no top bar, the portal in a new tab,
/// and the host told what happens (`public/portico-frame.js`).
#[component]
pub fn EmbedSettings() -> impl IntoView {
    settings_page(true)
}

fn settings_page(embedded: bool) -> impl IntoView {
    let query = use_query_map().read_untracked();
    let finished = query
        .get("configured")
        .and_then(|value| Intent::parse(&value).ok());
    // Read on the server before this render (`server/http/settings_page.rs`), so the
    // page arrives whole, as plain HTML whose forms work before or without WebAssembly.
    let data = use_context::<Arc<SettingsPageData>>();
    // Set when a form posted without JavaScript failed: in which card, and what was typed.
    let form_error = super::form_error::returned_form();
    let invited = query.get("invited").is_some();
    // Without JavaScript, a destructive action asks on the page itself (its question).
    let confirm = query.get("ask");
    let body = match data.as_deref() {
        Some(SettingsPageData {
            overview: Ok(overview),
            activity,
            sso,
            read_at_ms,
        }) => view! {
            <OrgSettings overview=overview.clone() finished form_error invited confirm activity=activity.clone() sso=sso.clone() read_at_ms=*read_at_ms />
        }
        .into_any(),
        Some(SettingsPageData { overview: Err(e), .. }) => unavailable(e, embedded),
        None => view! {
            <main class="narrow"><p class="error" role="alert">{t!("settings-unreadable")}</p></main>
        }
        .into_any(),
    };
    view! {
        <Title text=t!("settings-page-title") />
        {body}
    }
}

/// The page in place of the settings when the organization could not be read.
fn unavailable(error: &AppError, embedded: bool) -> AnyView {
    match error.kind {
        ErrorKind::Unauthorized if embedded => view! {
            <main class="narrow">
                <p role="alert">{t!("settings-embedded-session-ended")}</p>
            </main>
        }
        .into_any(),
        ErrorKind::Unauthorized => view! {
            <main class="narrow">
                <p>{t!("settings-session-ended")} " " <a href="/sign-in?next=/settings">{t!("settings-sign-in-again")}</a></p>
            </main>
        }
        .into_any(),
        _ => view! {
            <main class="narrow"><p class="error" role="alert">{error.message.clone()}</p></main>
        }
        .into_any(),
    }
}

#[component]
fn OrgSettings(
    overview: OrgOverview,
    finished: Option<Intent>,
    form_error: Option<ReturnedForm>,
    invited: bool,
    confirm: Option<String>,
    activity: Option<ActivityPage>,
    sso: Option<SsoSettings>,
    read_at_ms: u64,
) -> impl IntoView {
    let top_bar = top_bar(&overview);
    let embed_frame = embed_frame(&overview, finished);
    let embedded = overview.embed.is_some();
    let body = Body {
        lang: crate::i18n::current(),
        overview: Body::without_top_bar(overview),
        finished,
        form_error,
        invited,
        confirm,
        activity,
        sso,
    };
    view! {
        {top_bar}
        {embed_frame}
        <main class=if embedded { "wide embedded" } else { "wide" } inner_html=body.html()></main>
        // Inside a host's frame the host chooses the language (the token's `locale`).
        {(!embedded).then(|| view! { <footer class="page-foot"><LanguagePicker /></footer> })}
        <LiveUpdates read_at_ms />
    }
}

/// What the page's `<main>` shows: its HTML is made of these alone, so the server may
/// reuse it while they are unchanged (`server/render_memo.rs`).
#[derive(Clone, PartialEq)]
struct Body {
    /// The language it is written in.
    lang: crate::i18n::Lang,
    /// Without what only the top bar shows (the viewer's email, their organizations).
    overview: OrgOverview,
    finished: Option<Intent>,
    form_error: Option<ReturnedForm>,
    invited: bool,
    /// The question a destructive action asks on the page (no JavaScript).
    confirm: Option<String>,
    activity: Option<ActivityPage>,
    sso: Option<SsoSettings>,
}

impl Body {
    fn without_top_bar(mut overview: OrgOverview) -> OrgOverview {
        overview.user.email = String::new();
        overview.organizations = Vec::new();
        overview
    }

    fn html(self) -> std::sync::Arc<str> {
        #[cfg(feature = "ssr")]
        if let Some(state) = use_context::<crate::server::state::AppState>() {
            let key = (
                self.overview.current_organization,
                self.overview.user.role,
                self.overview.embed.is_some(),
                self.lang,
            );
            return state.render_memo.html(key, self, Body::render);
        }
        self.render().into()
    }

    fn render(&self) -> String {
        let Body {
            lang: _,
            overview,
            finished,
            form_error,
            invited,
            confirm,
            activity,
            sso,
        } = self;
        let role = overview.user.role;
        let banner = finished.map(|intent| {
            let status = overview
                .statuses
                .iter()
                .find(|s| s.intent == intent)
                .cloned();
            view! { <SuccessBanner intent status /> }
        });
        // Members see where things stand, without buttons or admins' emails.
        let read_only = (role == Role::Member).then(|| {
            view! {
                <p class="notice" data-testid="read-only">
                    {t!("settings-read-only", organization = &overview.user.organization_name)}
                </p>
            }
        });
        // An error in a card or panel is shown there; others at the top.
        let page_error = form_error
            .as_ref()
            .filter(|e| e.place.is_none())
            .map(|e| view! { <p class="error" role="alert">{e.message.clone()}</p> });
        let hand_off = (role == Role::Admin).then(|| {
            view! {
                <ItAdminPanel
                    statuses=overview.statuses.clone()
                    invitation=overview.invitation.clone()
                    error=form_error.as_ref().and_then(|e| e.in_place(Place::ItAdminPanel))
                    typed=form_error.as_ref().and_then(|e| e.typed("contact"))
                    sent=*invited
                />
            }
        });
        let status_error = overview.status_error.clone().map(|e| {
            view! {
                <p class="error" role="alert" data-live="status-error">
                    {t!("settings-status-incomplete", reason = e)} " "
                    <a href="./settings?refresh=1">{t!("try-again")}</a>
                </p>
            }
        });
        let activity = activity.clone().map(|page| {
            let error = form_error
                .as_ref()
                .and_then(|e| e.in_place(Place::ActivityLog));
            view! { <ActivityLog page error /> }.into_any()
        });
        view! {
            {banner}
            <h1>{t!("settings-heading", organization = &overview.user.organization_name)}</h1>
            <p class="muted">{t!("settings-lead")}</p>
            {read_only}
            {status_error}
            {page_error}
            {hand_off}
            {intent_groups(overview, form_error.as_ref(), sso.as_ref(), confirm.as_deref())}
            {activity}
        }
        .to_html()
    }
}

/// Who is signed in, the organization switcher and sign-out; none inside a host's frame.
fn top_bar(overview: &OrgOverview) -> Option<AnyView> {
    if overview.embed.is_some() {
        return None;
    }
    let logout = ServerAction::<Logout>::new();
    let view = view! {
        <header class="topbar">
            <span class="brand">"Portico"</span>
            <span class="who">
                <span class="account">{overview.user.email.clone()} " · " {t!("role-name", role = overview.user.role.as_str())}</span>
                {organization_switcher(overview)}
                <ActionForm action=logout attr:class="inline">
                    <button class="ghost" type="submit">{t!("sign-out")}</button>
                </ActionForm>
            </span>
        </header>
    };
    Some(view.into_any())
}

/// Only for people in several organizations; the server checks the membership.
fn organization_switcher(overview: &OrgOverview) -> Option<AnyView> {
    let current = overview.current_organization;
    (overview.organizations.len() > 1).then(|| {
        let options = overview
            .organizations
            .iter()
            .map(|(id, name)| {
                view! { <option value=id.to_string() selected=*id == current>{name.clone()}</option> }
            })
            .collect_view();
        view! {
            <form method="post" action=SwitchOrganization::url() class="inline switcher">
                <label class="visually-hidden" for="organization">{t!("organization")}</label>
                <select id="organization" name="organization">{options}</select>
                <button class="ghost" type="submit">{t!("switch-organization")}</button>
            </form>
        }
        .into_any()
    })
}

/// Inside a host's frame: what the frame script needs to talk to the host page.
fn embed_frame(overview: &OrgOverview, finished: Option<Intent>) -> Option<AnyView> {
    overview.embed.as_ref().map(|embed| {
        let nonce = leptos::nonce::use_nonce();
        view! {
            <div
                id="portico-embed"
                hidden
                data-parent-origin=embed.parent_origin.clone()
                data-configured=finished.map(|i| i.as_str()).unwrap_or("")
            ></div>
            <script nonce=nonce src="/portico-frame.js" defer></script>
        }
        .into_any()
    })
}

/// The areas, by group, each a card.
fn intent_groups(
    overview: &OrgOverview,
    form_error: Option<&ReturnedForm>,
    sso: Option<&SsoSettings>,
    confirm: Option<&str>,
) -> AnyView {
    let role = overview.user.role;
    Group::ALL
        .into_iter()
        .map(|group| {
            let mut statuses: Vec<IntentStatus> = overview
                .statuses
                .iter()
                .filter(|status| status.intent.group() == group)
                .cloned()
                .collect();
            // The domain card is as wide as the page: last, so no card sits alone.
            statuses.sort_by_key(|s| s.intent == Intent::DomainVerification);
            let cards = statuses
                .into_iter()
                .map(|status| card(status, role, overview, form_error, (sso, confirm)))
                .collect_view();
            let heading = format!("{}-heading", group.slug());
            let labelled_by = heading.clone();
            // SSO's health follows the sign-in cards.
            let health = overview
                .sso_health
                .clone()
                .filter(|_| group == Intent::Sso.group())
                .map(|health| view! { <SsoHealthPanel health /> }.into_any());
            view! {
                <section class="group" id=group.slug() aria-labelledby=labelled_by>
                    <h2 id=heading>{group.title()}</h2>
                    <div class="cards">{cards}</div>
                    {health}
                </section>
            }
        })
        .collect_view()
        .into_any()
}

/// One area's card; the domain card carries the inline verification for admins.
fn card(
    status: IntentStatus,
    role: Role,
    overview: &OrgOverview,
    form_error: Option<&ReturnedForm>,
    (sso, confirm): (Option<&SsoSettings>, Option<&str>),
) -> AnyView {
    let intent = status.intent;
    let error = form_error.and_then(|e| e.in_place(Place::Card(intent)));
    let invitation = overview.invitation.clone();
    let upgrade_url = overview.upgrade_url.clone();
    let handoff = overview.embed.as_ref().map(|embed| embed.handoff.clone());
    if intent == Intent::DomainVerification && role == Role::Admin && status.included {
        let domains = overview.domains.clone();
        let typed = form_error.and_then(|e| e.typed("domain"));
        let done = form_error.and_then(|e| e.done_in(Place::Card(intent)));
        let organization = overview.user.organization_name.clone();
        let asked = confirm.map(str::to_owned);
        view! {
            <IntentCard status role error invitation handoff asked=asked.clone()>
                <DomainList domains typed organization asked done />
            </IntentCard>
        }
        .into_any()
    } else if let Some(settings) = sso.filter(|_| intent == Intent::Sso && status.included) {
        let settings = settings.clone();
        let setup = status.setup;
        let tools_handoff = handoff.clone();
        view! {
            <IntentCard status role error invitation handoff asked=confirm.map(str::to_owned)>
                <SsoTools settings setup handoff=tools_handoff />
            </IntentCard>
        }
        .into_any()
    } else {
        let asked = confirm.map(str::to_owned);
        view! { <IntentCard status role error invitation upgrade_url handoff asked /> }.into_any()
    }
}
