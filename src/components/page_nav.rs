use crate::{
    model::{Group, Intent, IntentStatus, Place, Role},
    t,
};
use leptos::prelude::*;

/// The settings page's own navigation: each group with its areas and where they stand,
/// at a glance beside the page on wide screens; on narrow ones, the groups as anchors.
/// Links to the cards' and sections' ids, so it works without JavaScript; a live page
/// keeps its badges current (`live_page.rs`, `data-nav-intent`).
#[component]
pub fn PageNav(statuses: Vec<IntentStatus>, role: Role) -> impl IntoView {
    let groups = Group::ALL
        .into_iter()
        .map(|group| {
            // In the order the page shows them (the domain card last in its group).
            let mut areas: Vec<&IntentStatus> = statuses
                .iter()
                .filter(|status| status.intent.group() == group)
                .collect();
            areas.sort_by_key(|s| s.intent == Intent::DomainVerification);
            let areas = areas.into_iter().map(area_link).collect_view();
            view! {
                <li>
                    <a class="nav-group" href=format!("#{}", group.slug())>{group.title()}</a>
                    <ul class="nav-areas">{areas}</ul>
                </li>
            }
        })
        .collect_view();
    // Admins' own section after the areas (the hand-off to an IT admin is the page
    // head's action).
    let activity = (role == Role::Admin).then(|| {
        view! {
            <li>
                <a class="nav-group" href=format!("#{}", Place::ActivityLog.as_str())>
                    {t!("activity-heading")}
                </a>
            </li>
        }
    });
    view! {
        <nav class="page-nav" aria-label=t!("page-nav-label")>
            <ul>{groups}{activity}</ul>
        </nav>
    }
}

/// One area: its name and its badge, as its card shows them.
fn area_link(status: &IntentStatus) -> impl IntoView {
    let intent = status.intent.as_str();
    let (class, words) = match status.badge() {
        Some(badge) => badge,
        None if !status.included => ("badge off".to_owned(), t!("card-not-in-plan")),
        None => ("badge".to_owned(), String::new()),
    };
    let hidden = words.is_empty();
    view! {
        <li>
            <a href=format!("#{intent}") data-nav-intent=intent>
                <span class="nav-area-name">{status.intent.title()}</span>
                <span class=class hidden=hidden>{words}</span>
            </a>
        </li>
    }
}
