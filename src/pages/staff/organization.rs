//! One organization in the console: its status as its admins see it, what is pending,
//! its members, its recent activity, and what staff can do on its behalf (each with a
//! reason its admins read).

use crate::{
    api::{
        StaffChangeMember, StaffHandOverLink, StaffInviteItContact, StaffRevokeLinks, StaffSetPlan,
    },
    components::{activity_table, CopyButton, SsoHealthPanel},
    model::{ConsoleOrganization, Intent, IntentStatus, Role, StaffViewer},
    t,
};
use leptos::{prelude::*, server_fn::ServerFn};

/// The reason field every action takes.
fn reason(id: &str, typed: &str) -> impl IntoView {
    view! {
        <label for=id.to_owned()>
            {t!("console-reason")}
            <textarea id=id.to_owned() name="reason" required maxlength="500" rows="2">{typed.to_owned()}</textarea>
        </label>
    }
}

fn status_card(status: &IntentStatus) -> impl IntoView {
    let (class, label) = match (status.included, status.setup) {
        (false, _) => ("badge excluded", t!("console-not-in-plan")),
        (true, Some(setup)) => (setup.badge_class(), setup.label()),
        (true, None) => ("badge unknown", t!("console-no-status")),
    };
    view! {
        <article class="card compact" data-intent=status.intent.as_str()>
            <header><h3>{status.intent.title()}</h3><span class=class>{label}</span></header>
            <p class="muted">{status.summary.clone()}</p>
        </article>
    }
}

fn members(
    organization: &ConsoleOrganization,
    viewer: &StaffViewer,
    typed_reason: &str,
) -> AnyView {
    let rows = organization
        .members
        .iter()
        .map(|member| {
            let change = viewer.is_owner.then(|| {
                let id = format!("reason-{}", member.email);
                view! {
                    <form method="post" action=StaffChangeMember::url() class="member-change">
                        <input type="hidden" name="organization" value=organization.id.to_string() />
                        <input type="hidden" name="email" value=member.email.clone() />
                        <label>
                            {t!("console-change")}
                            <select name="change">
                                <option value="admin" selected=member.role == Role::Admin>{t!("console-member-role", role = "admin")}</option>
                                <option value="member" selected=member.role == Role::Member>{t!("console-member-role", role = "member")}</option>
                                <option value="remove">{t!("console-remove-member")}</option>
                            </select>
                        </label>
                        {reason(&id, typed_reason)}
                        <button type="submit" class="secondary">{t!("console-change-member")}</button>
                    </form>
                }
                .into_any()
            });
            view! {
                <tr>
                    <th scope="row" class="breakable">{member.email.clone()}</th>
                    <td>{t!("role-name", role = member.role.as_str())}</td>
                    <td>{change}</td>
                </tr>
            }
            .into_any()
        })
        .collect_view();
    let support_note = (!viewer.is_owner)
        .then(|| view! { <p class="muted">{t!("console-members-owners-only")}</p> });
    view! {
        <section class="panel" aria-labelledby="members-heading">
            <h2 id="members-heading">{t!("console-members")}</h2>
            {support_note}
            <div class="table-scroll" tabindex="0" role="region" aria-label=t!("console-members-label")>
                <table class="activity"><tbody>{rows}</tbody></table>
            </div>
        </section>
    }
    .into_any()
}

fn pending(organization: &ConsoleOrganization) -> AnyView {
    let invitation = organization
        .invitation
        .as_ref()
        .map_or_else(|| t!("console-no-invitation"), |sent| sent.sentence());
    let handoffs = organization
        .handoffs
        .iter()
        .map(|(area, when, who)| view! { <li>{t!("console-handed-over", area = area, who = who, when = when)}</li> })
        .collect_view();
    let none = organization
        .handoffs
        .is_empty()
        .then(|| view! { <p class="muted">{t!("console-no-handoffs")}</p> });
    view! {
        <section class="panel" aria-labelledby="pending-heading">
            <h2 id="pending-heading">{t!("console-pending")}</h2>
            <p data-testid="invitation">{invitation}</p>
            {none}
            <ul class="handoffs">{handoffs}</ul>
        </section>
    }
    .into_any()
}

fn actions(organization: &ConsoleOrganization, typed_reason: &str, typed_contact: &str) -> AnyView {
    let id = organization.id.to_string();
    let included: Vec<Intent> = organization
        .statuses
        .iter()
        .filter(|s| s.included)
        .map(|s| s.intent)
        .collect();
    let invitable = included
        .iter()
        .filter(|i| i.for_it_contact().is_some())
        .map(|i| view! { <label class="check"><input type="checkbox" name="areas[]" value=i.as_str() checked=*i == Intent::Sso />{i.title()}</label> })
        .collect_view();
    let linkable = included
        .iter()
        .map(|i| view! { <option value=i.as_str()>{i.title()}</option> })
        .collect_view();
    let plan = organization
        .statuses
        .iter()
        .map(|s| view! { <label class="check"><input type="checkbox" name="areas[]" value=s.intent.as_str() checked=s.included />{s.intent.title()}</label> })
        .collect_view();
    let admins = organization
        .members
        .iter()
        .map(|m| view! { <option value=m.email.clone()>{t!("console-member-links", email = &m.email)}</option> })
        .collect_view();
    view! {
        <section class="panel" aria-labelledby="act-heading">
            <h2 id="act-heading">{t!("console-act")}</h2>
            <div class="act-grid">
                <form method="post" action=StaffInviteItContact::url() class="stack">
                    <h3>{t!("console-invite-heading")}</h3>
                    <input type="hidden" name="organization" value=id.clone() />
                    <label>{t!("console-invite-email")}<input type="email" name="email" required value=typed_contact.to_owned() /></label>
                    <fieldset class="areas"><legend>{t!("console-areas")}</legend>{invitable}</fieldset>
                    {reason("reason-invite", typed_reason)}
                    <button class="primary" type="submit">{t!("console-invite")}</button>
                </form>
                <form method="post" action=StaffHandOverLink::url() class="stack">
                    <h3>{t!("console-link-heading")}</h3>
                    <input type="hidden" name="organization" value=id.clone() />
                    <label>{t!("console-area")}<select name="area">{linkable}</select></label>
                    {reason("reason-link", typed_reason)}
                    <button class="primary" type="submit">{t!("console-link")}</button>
                </form>
                <form method="post" action=StaffRevokeLinks::url() class="stack">
                    <h3>{t!("console-revoke-heading")}</h3>
                    <input type="hidden" name="organization" value=id.clone() />
                    <label>{t!("console-revoke-whose")}
                        <select name="whose">
                            <option value="handed_over">{t!("console-revoke-handed-over")}</option>
                            {admins}
                        </select>
                    </label>
                    {reason("reason-revoke", typed_reason)}
                    <button class="secondary" type="submit">{t!("console-revoke")}</button>
                </form>
                <form method="post" action=StaffSetPlan::url() class="stack">
                    <h3>{t!("console-plan-heading")}</h3>
                    <input type="hidden" name="organization" value=id />
                    <fieldset class="areas"><legend>{t!("console-plan-included")}</legend>{plan}</fieldset>
                    {reason("reason-plan", typed_reason)}
                    <button class="secondary" type="submit">{t!("console-plan-save")}</button>
                </form>
            </div>
        </section>
    }
    .into_any()
}

pub fn detail(
    organization: ConsoleOrganization,
    viewer: &StaffViewer,
    error: Option<String>,
    typed_reason: String,
    typed_contact: String,
) -> AnyView {
    let done = organization
        .done
        .clone()
        .map(|sentence| view! { <p class="banner success" role="status">{sentence}</p> });
    let new_link = organization.new_link.clone().map(|(intent, link)| {
        view! {
            <section class="banner info handed-over" id="handed-over" role="status">
                <div>
                    <p><strong>{t!("console-new-link", area = intent.title())}</strong></p>
                    <p>{t!("console-new-link-lead")}</p>
                    <p><code class="breakable" data-testid="handed-link">{link.clone()}</code></p>
                </div>
                <CopyButton text=link what=t!("console-new-link-copied") />
            </section>
        }
    });
    let status_error = organization.status_error.clone().map(
        |e| view! { <p class="error" role="alert">{t!("settings-status-incomplete", reason = e)}</p> },
    );
    let cards = organization.statuses.iter().map(status_card).collect_view();
    let domains = organization
        .domains
        .iter()
        .map(|d| {
            let (class, words) = d.state.badge();
            view! { <li class="breakable">{d.domain.clone()}" "<span class=class>{words}</span></li> }
        })
        .collect_view();
    view! {
        {done}
        {error.map(|message| view! { <p class="error" role="alert">{message}</p> })}
        {new_link}
        <h1>{organization.name.clone()}</h1>
        <p class="muted breakable">{organization.workos_id.clone().unwrap_or_else(|| t!("console-no-workos-organization-yet"))}</p>
        {status_error}
        <section aria-labelledby="status-heading">
            <h2 id="status-heading" class="visually-hidden">{t!("console-status")}</h2>
            <div class="cards">{cards}</div>
            <ul class="domain-list">{domains}</ul>
            {organization.sso_health.clone().map(|health| view! { <SsoHealthPanel health /> })}
        </section>
        {pending(&organization)}
        {actions(&organization, &typed_reason, &typed_contact)}
        {members(&organization, viewer, &typed_reason)}
        <section class="panel" aria-labelledby="recent-heading">
            <h2 id="recent-heading">{t!("activity-heading")}</h2>
            {activity_table(&organization.activity)}
        </section>
    }
    .into_any()
}
