//! Owners' page for the host's integrations: API keys, webhook endpoints, and the log of
//! deliveries (each can be sent again).

use crate::{
    api::{
        StaffAddEndpoint, StaffCreateApiKey, StaffRemoveEndpoint, StaffReplayDelivery,
        StaffRevokeApiKey,
    },
    model::Integrations,
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
                (Some(day), _) => format!("Revoked {day}"),
                (None, Some(day)) => format!("Last used {day}"),
                (None, None) => "Never used".to_owned(),
            };
            let revoke = key.revoked.is_none().then(|| {
                view! {
                    <form method="post" action=StaffRevokeApiKey::url() class="inline">
                        <input type="hidden" name="name" value=key.name.clone() />
                        <button type="submit" class="secondary">{format!("Revoke {}", key.name)}</button>
                    </form>
                }
            });
            view! {
                <tr>
                    <th scope="row">{key.name.clone()}</th>
                    <td><code>{format!("{}…", key.prefix)}</code></td>
                    <td class="small">{key.scopes.replace(' ', ", ")}</td>
                    <td>{format!("Made {}", key.made)}</td>
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
            <h2 id="keys-heading">"Host API keys"</h2>
            <p class="muted">"Your backend calls /api/v1 with these (see /api/v1/openapi.json). A key is shown once, when it is made."</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label="API keys">
                <table class="activity"><tbody>{rows}</tbody></table>
            </div>
            <form method="post" action=StaffCreateApiKey::url() class="stack add-staff">
                <h3>"Make a key"</h3>
                <label>"Name"<input type="text" name="name" required maxlength="60" value=typed_name /></label>
                <fieldset class="areas"><legend>"Scopes"</legend>{scopes}</fieldset>
                <button class="primary" type="submit">"Make key"</button>
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
                            <button type="submit" class="secondary">"Remove"<span class="visually-hidden">{format!(" {}", endpoint.url)}</span></button>
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
            <h2 id="endpoints-heading">"Webhook endpoints"</h2>
            <p class="muted">"Portico posts each change of a customer's setup to these, signed (Portico-Signature, as WorkOS signs its own), and tries again for a day. Only public addresses."</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label="Registered endpoints">
                <table class="activity"><tbody>{rows}</tbody></table>
            </div>
            <form method="post" action=StaffAddEndpoint::url() class="stack add-staff">
                <h3>"Add an endpoint"</h3>
                <label>"URL"<input type="url" name="url" required value=typed_url placeholder="https://app.example.com/webhooks/portico" /></label>
                <fieldset class="areas"><legend>"Events (none checked: every event)"</legend>{events}</fieldset>
                <button class="primary" type="submit">"Add endpoint"</button>
            </form>
        </section>
    }
    .into_any()
}

fn deliveries(integrations: &Integrations) -> AnyView {
    let empty = integrations
        .deliveries
        .is_empty()
        .then(|| view! { <p class="muted">"Nothing sent yet."</p> });
    let rows = integrations
        .deliveries
        .iter()
        .map(|d| {
            view! {
                <tr data-delivery=d.id.to_string()>
                    <td>{d.made.clone()}</td>
                    <td><code>{d.event.clone()}</code><span class="muted detail breakable">{d.event_id.clone()}</span></td>
                    <td class="breakable small">{d.url.clone()}</td>
                    <td>{d.state.clone()}<span class="muted detail">{format!("{} attempt{}", d.attempts, if d.attempts == 1 { "" } else { "s" })}</span></td>
                    <td>
                        <form method="post" action=StaffReplayDelivery::url() class="inline">
                            <input type="hidden" name="id" value=d.id.to_string() />
                            <button type="submit" class="secondary">"Send again"</button>
                        </form>
                    </td>
                </tr>
            }
            .into_any()
        })
        .collect_view();
    view! {
        <section class="panel" id="deliveries" aria-labelledby="deliveries-heading">
            <h2 id="deliveries-heading">"Deliveries"</h2>
            {empty}
            <div class="table-scroll" tabindex="0" role="region" aria-label="Delivery log">
                <table class="activity">
                    <thead><tr><th scope="col">"Made"</th><th scope="col">"Event"</th><th scope="col">"Endpoint"</th><th scope="col">"State"</th><th scope="col">"Again"</th></tr></thead>
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
        view! {
            <div class="banner success" id="shown-once" role="status">
                <p>{format!("{what}, shown only now: ")}<code data-testid="shown-once" class="breakable">{value}</code></p>
            </div>
        }
    });
    view! {
        <h1>"Integrations"</h1>
        {shown}
        {error.map(|message| view! { <p class="error" role="alert">{message}</p> })}
        {keys(&integrations, typed_name)}
        {endpoints(&integrations, typed_url)}
        {deliveries(&integrations)}
    }
    .into_any()
}
