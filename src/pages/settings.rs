use super::settings_areas::intent_groups;
use crate::t;
use crate::{
    api::{Logout, SwitchOrganization},
    components::{ActivityLog, ItAdminPanel, LanguagePicker, LiveUpdates, PageNav, SuccessBanner},
    model::{
        ActivityPage, AppError, ErrorKind, Intent, OrgOverview, ReturnedForm, Role,
        SettingsPageData, SsoSettings,
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
        // The first thing a keyboard reaches: past the top bar, to the settings.
        <a class="skip-link" href="#settings">{t!("skip-to-settings")}</a>
        {top_bar}
        {embed_frame}
        <main id="settings" tabindex="-1" class=if embedded { "wide embedded" } else { "wide" } inner_html=body.html()></main>
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
        let read_only = (role == Role::Member).then(|| read_only_notice(overview));
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
                    form=form_error.clone()
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
            let form = form_error.clone();
            view! { <ActivityLog page form /> }.into_any()
        });
        view! {
            {banner}
            {page_head(overview)}
            {read_only}
            {status_error}
            {page_error}
            <div class="settings-layout">
                <PageNav statuses=overview.statuses.clone() role />
                <div class="settings-content">
                    {intent_groups(overview, form_error.as_ref(), sso.as_ref(), confirm.as_deref())}
                    {hand_off}
                    {activity}
                </div>
            </div>
        }
        .to_html()
    }
}

/// The page's title and lead; for admins, the hand-off to an IT admin as a secondary
/// action, leading to its form after the areas (the next Tab reaches its email field).
fn page_head(overview: &OrgOverview) -> impl IntoView {
    let admin = overview.user.role == Role::Admin;
    let hand_off = admin.then(|| {
        view! { <a class="button secondary" href="#it-admin">{t!("it-admin-open")}</a> }
    });
    let lead = if admin {
        t!("settings-lead")
    } else {
        t!("settings-lead-member")
    };
    view! {
        <div class="page-head">
            <div>
                <h1>{t!("settings-heading", organization = &overview.user.organization_name)}</h1>
                <p class="muted">{lead}</p>
            </div>
            {hand_off}
        </div>
    }
}

/// For members: they see where things stand, without buttons, and whom to ask (the
/// admins, if the organization shows them).
fn read_only_notice(overview: &OrgOverview) -> impl IntoView {
    let words = if overview.admins_to_ask.is_empty() {
        t!(
            "settings-read-only",
            organization = &overview.user.organization_name
        )
    } else {
        t!(
            "settings-read-only-ask",
            admins = overview.admins_to_ask.join(", ")
        )
    };
    view! { <p class="notice" data-testid="read-only">{words}</p> }
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
        // The host's appearance: built only of checked values (`model::Appearance`).
        let css = embed.appearance.css();
        let appearance =
            (!css.is_empty()).then(|| view! { <style nonce=nonce.clone() inner_html=css></style> });
        view! {
            {appearance}
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
