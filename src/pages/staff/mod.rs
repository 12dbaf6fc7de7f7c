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
            <Title text="Staff console · Portico" />
            <main class="narrow"><p class="error" role="alert">"This page could not be read. Please reload it."</p></main>
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
        StaffPage::RecoveryCodes { viewer, codes } => {
            framed(&viewer, "Recovery codes", sign_in::recovery_codes(codes))
        }
        StaffPage::Organizations { viewer, list } => {
            framed(&viewer, "Organizations", organizations::list(list, error))
        }
        StaffPage::Attention { viewer, items } => {
            framed(&viewer, "Needs attention", organizations::attention(items))
        }
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
            "Staff",
            team::team(staff, added, error, typed("email")),
        ),
        StaffPage::Integrations {
            viewer,
            integrations,
        } => {
            let body =
                integrations::integrations(*integrations, error, typed("name"), typed("url"));
            framed(&viewer, "Integrations", body)
        }
        StaffPage::Failed { viewer, error } => {
            let body = view! { <p class="error" role="alert">{error.message}</p> }.into_any();
            match viewer {
                Some(viewer) => framed(&viewer, "Staff console", body),
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
            <a href="/staff/team">"Staff"</a>
            <a href="/staff/integrations">"Integrations"</a>
        }
    });
    view! {
        <Title text=format!("{title} · Staff console · Portico") />
        <header class="topbar staff-bar">
            <span class="brand">"Portico staff console"</span>
            <nav class="staff-nav" aria-label="Console">
                <a href="/staff">"Organizations"</a>
                <a href="/staff/attention">"Needs attention"</a>
                {team}
            </nav>
            <div class="who">
                <span class="account">{format!("{} ({})", viewer.email, viewer.role)}</span>
                <form class="inline" method="post" action=StaffLogout::url()>
                    <button type="submit">"Sign out"</button>
                </form>
            </div>
        </header>
        <main class="wide console">{body}</main>
    }
    .into_any()
}
