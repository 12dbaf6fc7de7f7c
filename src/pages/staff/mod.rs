//! The staff console's pages: one component renders whichever page the server read
//! (`server/http/staff_pages.rs`), inside the console's frame. Server-rendered forms
//! that work without JavaScript, as the settings page's do.

mod integrations;
mod organization;
mod organizations;
mod sign_in;
mod team;

use crate::{
    api::StaffLogout,
    model::{StaffPage, StaffViewer},
    t,
};
use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;
use std::sync::Arc;

/// Every `/staff` page.
#[component]
pub fn StaffConsole() -> impl IntoView {
    let page = use_context::<Arc<StaffPage>>();
    let error = super::form_error::returned_form().map(|form| form.message);
    let Some(page) = page else {
        return view! {
            <Title text=t!("staff-console-page-title") />
            <main class="narrow"><p class="error" role="alert">{t!("settings-unreadable")}</p></main>
        }
        .into_any();
    };
    let typed = |field: &str| {
        super::form_error::returned_form()
            .and_then(|form| form.typed(field))
            .unwrap_or_default()
    };
    match page.as_ref().clone() {
        StaffPage::SignIn => sign_in::password(error, typed("email")).into_any(),
        StaffPage::Code { email } => sign_in::code(email, error).into_any(),
        StaffPage::Enrol {
            email,
            secret,
            qr_svg,
        } => sign_in::enrol(email, secret, qr_svg, error).into_any(),
        StaffPage::RecoveryCodes { viewer, codes } => framed(
            &viewer,
            &t!("staff-recovery-codes"),
            sign_in::recovery_codes(codes),
        ),
        StaffPage::Organizations { viewer, list } => framed(
            &viewer,
            &t!("console-organizations"),
            organizations::list(list, error),
        ),
        StaffPage::Attention { viewer, items } => framed(
            &viewer,
            &t!("console-needs-attention"),
            organizations::attention(items),
        ),
        StaffPage::Organization {
            viewer,
            organization,
        } => {
            let title = organization.name.clone();
            let body = organization::detail(
                *organization,
                &viewer,
                error,
                typed("reason"),
                typed("contact"),
            );
            framed(&viewer, &title, body)
        }
        StaffPage::Team {
            viewer,
            staff,
            added,
        } => framed(
            &viewer,
            &t!("staff-team"),
            team::team(staff, added, error, typed("email")),
        ),
        StaffPage::Integrations {
            viewer,
            integrations,
        } => {
            let body =
                integrations::integrations(*integrations, error, typed("name"), typed("url"));
            framed(&viewer, &t!("console-integrations"), body)
        }
        StaffPage::Failed { viewer, error } => {
            let body = view! { <p class="error" role="alert">{error.message}</p> }.into_any();
            match viewer {
                Some(viewer) => framed(&viewer, &t!("staff-console"), body),
                None => view! { <main class="narrow">{body}</main> }.into_any(),
            }
        }
    }
}

/// A console page: its title, the top bar with the console's sections and the staff
/// member, and the page's body.
fn framed(viewer: &StaffViewer, title: &str, body: AnyView) -> AnyView {
    let team = viewer.is_owner.then(|| {
        view! {
            <a href="/staff/team">{t!("staff-team")}</a>
            <a href="/staff/integrations">{t!("console-integrations")}</a>
        }
    });
    view! {
        <Title text=t!("staff-page-title", page = title) />
        <header class="topbar staff-bar">
            <span class="brand">{t!("staff-brand")}</span>
            <nav class="staff-nav" aria-label=t!("staff-nav")>
                <a href="/staff">{t!("console-organizations")}</a>
                <a href="/staff/attention">{t!("console-needs-attention")}</a>
                {team}
            </nav>
            <div class="who">
                <span class="account">{t!("staff-account", email = &viewer.email, role = &viewer.role)}</span>
                <form class="inline" method="post" action=StaffLogout::url()>
                    <button type="submit">{t!("sign-out")}</button>
                </form>
            </div>
        </header>
        <main class="wide console">{body}</main>
    }
    .into_any()
}

/// Where a sentence's marked-up part (a link, a code) goes: the message is formatted
/// with this as that part's value and split around it, so translators see the whole
/// sentence and put the part where their language needs it.
const SLOT: &str = "\u{E000}";

/// The sentence before and after [`SLOT`].
fn around_slot(sentence: &str) -> (String, String) {
    match sentence.split_once(SLOT) {
        Some((before, after)) => (before.to_owned(), after.to_owned()),
        None => (sentence.to_owned(), String::new()),
    }
}
