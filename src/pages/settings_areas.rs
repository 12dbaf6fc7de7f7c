//! The settings page's areas: a section per group, a card per area.

use crate::{
    components::{DomainList, IntentCard, SsoHealthPanel, SsoTools},
    model::{Group, Intent, IntentStatus, OrgOverview, Place, ReturnedForm, Role, SsoSettings},
};
use leptos::prelude::*;

/// The areas, by group, each a card.
pub(super) fn intent_groups(
    overview: &OrgOverview,
    form_error: Option<&ReturnedForm>,
    sso: Option<&SsoSettings>,
    confirm: Option<&str>,
) -> AnyView {
    let role = overview.user.role;
    let next_step = overview.next_step();
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
            // How many share the rows (the admins' domain card has a row of its own), so
            // the grid can give an odd one out the whole row: no card beside a gap.
            let sharing = statuses
                .iter()
                .filter(|s| {
                    !(s.intent == Intent::DomainVerification && s.included && role == Role::Admin)
                })
                .count();
            let cards = statuses
                .into_iter()
                .map(|status| {
                    let next = next_step == Some(status.intent);
                    card(status, role, overview, form_error, (sso, confirm, next))
                })
                .collect_view();
            let heading = format!("{}-heading", group.slug());
            let labelled_by = heading.clone();
            // SSO's health follows the sign-in cards, once there is a connection to watch.
            let connected = overview.statuses.iter().any(|s| {
                s.intent == Intent::Sso
                    && s.setup
                        .is_some_and(|setup| setup != crate::model::Setup::NotConfigured)
            });
            let health = overview
                .sso_health
                .clone()
                .filter(|_| group == Intent::Sso.group() && connected)
                .map(|health| view! { <SsoHealthPanel health /> }.into_any());
            view! {
                <section class="group" id=group.slug() aria-labelledby=labelled_by>
                    <h2 id=heading>{group.title()}</h2>
                    <div class="cards" data-count=sharing>{cards}</div>
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
    (sso, confirm, next_step): (Option<&SsoSettings>, Option<&str>, bool),
) -> AnyView {
    let intent = status.intent;
    // The domain card shows an error about the domain typed beside its field.
    let place = Place::Card(intent);
    let error = form_error.and_then(|e| e.in_place(place, &["domain"]));
    let invitation = overview.invitation.clone();
    let upgrade_url = overview.upgrade_url.clone();
    let handoff = overview.embed.as_ref().map(|embed| embed.handoff.clone());
    if intent == Intent::DomainVerification && role == Role::Admin && status.included {
        let domains = overview.domains.clone();
        let typed = form_error.and_then(|e| e.typed("domain"));
        let domain_error = form_error.and_then(|e| e.in_field(place, "domain"));
        let done = form_error.and_then(|e| e.done_in(Place::Card(intent)));
        let organization = overview.user.organization_name.clone();
        let asked = confirm.map(str::to_owned);
        view! {
            <IntentCard status role error invitation handoff asked=asked.clone() next_step>
                <DomainList domains typed domain_error organization asked done next_step />
            </IntentCard>
        }
        .into_any()
    } else if let Some(settings) = sso.filter(|_| intent == Intent::Sso && status.included) {
        let settings = settings.clone();
        let setup = status.setup;
        let tools_handoff = handoff.clone();
        view! {
            <IntentCard status role error invitation handoff asked=confirm.map(str::to_owned) next_step>
                <SsoTools settings setup handoff=tools_handoff />
            </IntentCard>
        }
        .into_any()
    } else {
        let asked = confirm.map(str::to_owned);
        view! { <IntentCard status role error invitation upgrade_url handoff asked next_step /> }
            .into_any()
    }
}
