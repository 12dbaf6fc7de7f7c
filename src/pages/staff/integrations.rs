//! Owners' page for the host's integrations: API keys, webhook endpoints, and the log of
//! deliveries (each can be sent again).

use super::{around_slot, SLOT};
use crate::{
    api::{
        StaffAddEndpoint, StaffCreateApiKey, StaffRemoveEndpoint, StaffReplayDelivery,
        StaffRevokeApiKey,
    },
    model::Integrations,
    t,
};
use leptos::{prelude::*, server_fn::ServerFn};

const SCOPES: [&str; 5] = [
    "organizations:read",
    "organizations:write",
    "members:write",
    "embed:write",
    "webhooks:write",
];
const EVENTS: [&str; 3] = [
    "organization.status_changed",
    "organization.needs_attention",
    "handoff.completed",
];

fn keys(integrations: &Integrations, typed_name: String) -> AnyView {
    let rows = integrations
        .keys
        .iter()
        .map(|key| {
            let state = match (&key.revoked, &key.last_used) {
                (Some(day), _) => t!("console-key-revoked", date = day),
                (None, Some(day)) => t!("console-key-last-used", date = day),
                (None, None) => t!("console-key-never-used"),
            };
            let revoke = key.revoked.is_none().then(|| {
                view! {
                    <form method="post" action=StaffRevokeApiKey::url() class="inline">
                        <input type="hidden" name="name" value=key.name.clone() />
                        <button type="submit" class="secondary">{t!("console-key-revoke", name = &key.name)}</button>
                    </form>
                }
            });
            view! {
                <tr>
                    <th scope="row">{key.name.clone()}</th>
                    <td><code>{format!("{}…", key.prefix)}</code></td>
                    <td class="small">{key.scopes.replace(' ', ", ")}</td>
                    <td>{t!("console-key-made", date = &key.made)}</td>
                    <td>{state}</td>
                    <td>{revoke}</td>
                </tr>
            }
            .into_any()
        })
        .collect_view();
    let scopes = SCOPES
        .map(|scope| view! { <label class="check"><input type="checkbox" name="scopes[]" value=scope />{scope}</label> })
        .collect_view();
    view! {
        <section class="panel" aria-labelledby="keys-heading">
            <h2 id="keys-heading">{t!("console-keys")}</h2>
            <p class="muted">{t!("console-keys-lead")}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label=t!("console-keys-label")>
                <table class="activity"><tbody>{rows}</tbody></table>
            </div>
            <form method="post" action=StaffCreateApiKey::url() class="stack add-staff">
                <h3>{t!("console-key-make-heading")}</h3>
                <label>{t!("console-name")}<input type="text" name="name" required maxlength="60" value=typed_name /></label>
                <fieldset class="areas"><legend>{t!("console-key-scopes")}</legend>{scopes}</fieldset>
                <button class="primary" type="submit">{t!("console-key-make")}</button>
            </form>
        </section>
    }
    .into_any()
}

fn endpoints(integrations: &Integrations, typed_url: String) -> AnyView {
    let rows = integrations
        .endpoints
        .iter()
        .map(|endpoint| {
            view! {
                <tr>
                    <th scope="row" class="breakable">{endpoint.url.clone()}</th>
                    <td class="small">{endpoint.events.clone()}</td>
                    <td>
                        <form method="post" action=StaffRemoveEndpoint::url() class="inline">
                            <input type="hidden" name="id" value=endpoint.id.to_string() />
                            <button type="submit" class="secondary">{t!("console-remove")}<span class="visually-hidden">{format!(" {}", endpoint.url)}</span></button>
                        </form>
                    </td>
                </tr>
            }
            .into_any()
        })
        .collect_view();
    let events = EVENTS
        .map(|event| view! { <label class="check"><input type="checkbox" name="events[]" value=event />{event}</label> })
        .collect_view();
    view! {
        <section class="panel" aria-labelledby="endpoints-heading">
            <h2 id="endpoints-heading">{t!("console-endpoints")}</h2>
            <p class="muted">{t!("console-endpoints-lead")}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label=t!("console-endpoints-label")>
                <table class="activity"><tbody>{rows}</tbody></table>
            </div>
            <form method="post" action=StaffAddEndpoint::url() class="stack add-staff">
                <h3>{t!("console-endpoint-add-heading")}</h3>
                <label>{t!("console-endpoint-url")}<input type="url" name="url" required value=typed_url placeholder="https://app.example.com/webhooks/portico" /></label>
                <fieldset class="areas"><legend>{t!("console-endpoint-events")}</legend>{events}</fieldset>
                <button class="primary" type="submit">{t!("console-endpoint-add")}</button>
            </form>
        </section>
    }
    .into_any()
}

fn deliveries(integrations: &Integrations) -> AnyView {
    let empty = integrations
        .deliveries
        .is_empty()
        .then(|| view! { <p class="muted">{t!("console-deliveries-empty")}</p> });
    let rows = integrations
        .deliveries
        .iter()
        .map(|d| {
            view! {
                <tr data-delivery=d.id.to_string()>
                    <td>{d.made.clone()}</td>
                    <td><code>{d.event.clone()}</code><span class="muted detail breakable">{d.event_id.clone()}</span></td>
                    <td class="breakable small">{d.url.clone()}</td>
                    <td>{d.state.clone()}<span class="muted detail">{t!("console-delivery-attempts", count = d.attempts)}</span></td>
                    <td>
                        <form method="post" action=StaffReplayDelivery::url() class="inline">
                            <input type="hidden" name="id" value=d.id.to_string() />
                            <button type="submit" class="secondary">{t!("console-delivery-send-again")}</button>
                        </form>
                    </td>
                </tr>
            }
            .into_any()
        })
        .collect_view();
    view! {
        <section class="panel" id="deliveries" aria-labelledby="deliveries-heading">
            <h2 id="deliveries-heading">{t!("console-deliveries")}</h2>
            {empty}
            <div class="table-scroll" tabindex="0" role="region" aria-label=t!("console-deliveries-label")>
                <table class="activity">
                    <thead><tr>
                        <th scope="col">{t!("console-delivery-made-column")}</th>
                        <th scope="col">{t!("console-delivery-event")}</th>
                        <th scope="col">{t!("console-delivery-endpoint")}</th>
                        <th scope="col">{t!("console-delivery-state")}</th>
                        <th scope="col">{t!("console-delivery-again")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
    .into_any()
}

pub fn integrations(
    integrations: Integrations,
    error: Option<String>,
    typed_name: String,
    typed_url: String,
) -> AnyView {
    let shown = integrations.shown_once.clone().map(|(what, value)| {
        let (before, after) = around_slot(&t!("console-shown-once", what = what, value = SLOT));
        view! {
            <div class="banner success" id="shown-once" role="status">
                <p>{before}<code data-testid="shown-once" class="breakable">{value}</code>{after}</p>
            </div>
        }
    });
    view! {
        <h1>{t!("console-integrations")}</h1>
        {shown}
        {error.map(|message| view! { <p class="error" role="alert">{message}</p> })}
        {keys(&integrations, typed_name)}
        {endpoints(&integrations, typed_url)}
        {deliveries(&integrations)}
    }
    .into_any()
}
