//! One organization in the console: its status as its admins see it, what is pending,
//! its members, its recent activity, and what staff can do on its behalf (each with a
//! reason its admins read).

use crate::{
    api::{
        StaffChangeMember, StaffHandOverLink, StaffInviteItContact, StaffRevokeLinks, StaffSetPlan,
    },
    components::{activity_table, CopyButton, SsoHealthPanel},
    model::{ConsoleOrganization, Intent, IntentStatus, Role, StaffViewer},
};
use leptos::{prelude::*, server_fn::ServerFn};

/// The reason field every action takes.
fn reason(id: &str, typed: &str) -> impl IntoView {
    view! {
        <label for=id.to_owned()>
            "Reason (the organization's admins read it)"
            <textarea id=id.to_owned() name="reason" required maxlength="500" rows="2">{typed.to_owned()}</textarea>
        </label>
    }
}

fn status_card(status: &IntentStatus) -> impl IntoView {
    let (class, label) = match (status.included, status.setup) {
        (false, _) => ("badge excluded", "Not in plan".to_owned()),
        (true, Some(setup)) => (setup.badge_class(), setup.label()),
        (true, None) => ("badge unknown", "No status".to_owned()),
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
                            "Change"
                            <select name="change">
                                <option value="admin" selected=member.role == Role::Admin>"Admin"</option>
                                <option value="member" selected=member.role == Role::Member>"Member"</option>
                                <option value="remove">"Remove from the organization"</option>
                            </select>
                        </label>
                        {reason(&id, typed_reason)}
                        <button type="submit" class="secondary">"Change member"</button>
                    </form>
                }
                .into_any()
            });
            view! {
                <tr>
                    <th scope="row" class="breakable">{member.email.clone()}</th>
                    <td>{member.role.as_str()}</td>
                    <td>{change}</td>
                </tr>
            }
            .into_any()
        })
        .collect_view();
    let support_note = (!viewer.is_owner)
        .then(|| view! { <p class="muted">"Only owners of the console can change members."</p> });
    view! {
        <section class="panel" aria-labelledby="members-heading">
            <h2 id="members-heading">"Members"</h2>
            {support_note}
            <div class="table-scroll" tabindex="0" role="region" aria-label="Members and their roles">
                <table class="activity"><tbody>{rows}</tbody></table>
            </div>
        </section>
    }
    .into_any()
}

fn pending(organization: &ConsoleOrganization) -> AnyView {
    let invitation = organization.invitation.as_ref().map_or_else(
        || "No setup invitation is pending.".to_owned(),
        |sent| sent.sentence(),
    );
    let handoffs = organization
        .handoffs
        .iter()
        .map(|(area, when, who)| view! { <li>{format!("{area}: handed over by {who}, {when}")}</li> })
        .collect_view();
    let none = organization.handoffs.is_empty().then(
        || view! { <p class="muted">"No Admin Portal link was handed over from the console."</p> },
    );
    view! {
        <section class="panel" aria-labelledby="pending-heading">
            <h2 id="pending-heading">"Invitations and hand-overs"</h2>
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
        .map(|m| view! { <option value=m.email.clone()>{format!("{}'s links", m.email)}</option> })
        .collect_view();
    view! {
        <section class="panel" aria-labelledby="act-heading">
            <h2 id="act-heading">"Act on the customer's behalf"</h2>
            <div class="act-grid">
                <form method="post" action=StaffInviteItContact::url() class="stack">
                    <h3>"Send the setup to their IT contact"</h3>
                    <input type="hidden" name="organization" value=id.clone() />
                    <label>"IT contact's email"<input type="email" name="email" required value=typed_contact.to_owned() /></label>
                    <fieldset class="areas"><legend>"Areas"</legend>{invitable}</fieldset>
                    {reason("reason-invite", typed_reason)}
                    <button class="primary" type="submit">"Send setup"</button>
                </form>
                <form method="post" action=StaffHandOverLink::url() class="stack">
                    <h3>"Hand over an Admin Portal link"</h3>
                    <input type="hidden" name="organization" value=id.clone() />
                    <label>"Area"<select name="area">{linkable}</select></label>
                    {reason("reason-link", typed_reason)}
                    <button class="primary" type="submit">"Generate link"</button>
                </form>
                <form method="post" action=StaffRevokeLinks::url() class="stack">
                    <h3>"Revoke Admin Portal links"</h3>
                    <input type="hidden" name="organization" value=id.clone() />
                    <label>"Whose links"
                        <select name="whose">
                            <option value="handed_over">"Links handed over from the console"</option>
                            {admins}
                        </select>
                    </label>
                    {reason("reason-revoke", typed_reason)}
                    <button class="secondary" type="submit">"Revoke links"</button>
                </form>
                <form method="post" action=StaffSetPlan::url() class="stack">
                    <h3>"The plan's areas"</h3>
                    <input type="hidden" name="organization" value=id />
                    <fieldset class="areas"><legend>"Included"</legend>{plan}</fieldset>
                    {reason("reason-plan", typed_reason)}
                    <button class="secondary" type="submit">"Save plan"</button>
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
                    <p><strong>{format!("Admin Portal link for {}", intent.title())}</strong></p>
                    <p>"Hand it to the organization's admin now: it opens once, and expires five minutes after it was made. It is shown only this once."</p>
                    <p><code class="breakable" data-testid="handed-link">{link.clone()}</code></p>
                </div>
                <CopyButton text=link what="link".to_owned() />
            </section>
        }
    });
    let status_error = organization.status_error.clone().map(
        |e| view! { <p class="error" role="alert">{format!("Live status is incomplete: {e}")}</p> },
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
        <p class="muted breakable">{organization.workos_id.clone().unwrap_or_else(|| "No WorkOS organization yet".to_owned())}</p>
        {status_error}
        <section aria-labelledby="status-heading">
            <h2 id="status-heading" class="visually-hidden">"Status"</h2>
            <div class="cards">{cards}</div>
            <ul class="domain-list">{domains}</ul>
            {organization.sso_health.clone().map(|health| view! { <SsoHealthPanel health /> })}
        </section>
        {pending(&organization)}
        {actions(&organization, &typed_reason, &typed_contact)}
        {members(&organization, viewer, &typed_reason)}
        <section class="panel" aria-labelledby="recent-heading">
            <h2 id="recent-heading">"Recent activity"</h2>
            {activity_table(&organization.activity)}
        </section>
    }
    .into_any()
}
