//! Owners' page for the host's integrations: API keys, webhook endpoints, and the log of
//! deliveries (each can be sent again).

use super::{around_slot, SLOT};
use crate::{
    api::{
        StaffAddEndpoint, StaffCreateApiKey, StaffRemoveEndpoint, StaffReplayDelivery,
        StaffRevokeApiKey,
    },
    components::ask_first::{ask_first, Question},
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

fn keys(integrations: &Integrations, typed_name: String, asked: Option<&str>) -> AnyView {
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
                let question = Question {
                    id: format!("revoke-key-{}", safe_id(&key.name)),
                    page: "./integrations",
                    place: "keys",
                    action: t!("console-key-revoke", name = &key.name),
                    heading: t!("console-key-revoke-confirm", name = &key.name),
                    consequences: vec![t!("console-key-revoke-consequence", name = &key.name)],
                    form: (
                        StaffRevokeApiKey::url().to_owned(),
                        vec![("name".to_owned(), key.name.clone())],
                    ),
                    busy: t!("console-revoking"),
                };
                let asked = asked == Some(question.id.as_str());
                ask_first(question, asked)
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
        <section class="panel" id="keys" aria-labelledby="keys-heading">
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

fn endpoints(integrations: &Integrations, typed_url: String, asked: Option<&str>) -> AnyView {
    let rows = integrations
        .endpoints
        .iter()
        .map(|endpoint| {
            view! {
                <tr>
                    <th scope="row" class="breakable">{endpoint.url.clone()}</th>
                    <td class="small">{endpoint.events.clone()}</td>
                    <td>{remove_endpoint(endpoint.id, &endpoint.url, asked)}</td>
                </tr>
            }
            .into_any()
        })
        .collect_view();
    let events = EVENTS
        .map(|event| view! { <label class="check"><input type="checkbox" name="events[]" value=event />{event}</label> })
        .collect_view();
    view! {
        <section class="panel" id="endpoints" aria-labelledby="endpoints-heading">
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
    // The question the page asks now (`?ask=`), without JavaScript.
    let asked = leptos_router::hooks::use_query_map()
        .read_untracked()
        .get("ask");
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
        {keys(&integrations, typed_name, asked.as_deref())}
        {endpoints(&integrations, typed_url, asked.as_deref())}
        {deliveries(&integrations)}
    }
    .into_any()
}

/// "Remove", asked first, with what removing the endpoint changes.
fn remove_endpoint(id: i64, url: &str, asked: Option<&str>) -> impl IntoView {
    let question = Question {
        id: format!("remove-endpoint-{id}"),
        page: "./integrations",
        place: "endpoints",
        action: t!("console-endpoint-remove", url = url),
        heading: t!("console-endpoint-remove-confirm", url = url),
        consequences: vec![t!("console-endpoint-remove-consequence", url = url)],
        form: (
            StaffRemoveEndpoint::url().to_owned(),
            vec![("id".to_owned(), id.to_string())],
        ),
        busy: t!("console-removing"),
    };
    let asked = asked == Some(question.id.as_str());
    ask_first(question, asked)
}

/// An id for the page from a name people gave: its bytes in hex, one id per name.
fn safe_id(name: &str) -> String {
    name.bytes().map(|b| format!("{b:02x}")).collect()
}
