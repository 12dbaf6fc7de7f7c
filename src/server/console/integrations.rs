//! Owners manage the host's integrations in the console: API keys (made with scopes, the
//! key shown once; revoked), webhook endpoints (the secret shown once; removed), and the
//! delivery log, where a delivery can be sent again.

use super::team::owners_change;
use crate::{
    model::{day_and_month, ApiKeyListed, DeliveryListed, EndpointListed, Integrations},
    server::{
        api_keys,
        audit::Action,
        clock::unix_ms,
        db,
        error::ServerError,
        host_webhooks::endpoints,
        staff::{StaffError, StaffMember},
        state::AppState,
    },
    t,
};

impl From<api_keys::KeyError> for StaffError {
    fn from(error: api_keys::KeyError) -> Self {
        match error {
            api_keys::KeyError::Database(e) => StaffError::Database(e),
            refused => StaffError::Key(refused),
        }
    }
}

impl From<endpoints::EndpointError> for StaffError {
    fn from(error: endpoints::EndpointError) -> Self {
        match error {
            endpoints::EndpointError::Database(e) => StaffError::Database(e),
            refused => StaffError::Endpoint(refused),
        }
    }
}

/// How many deliveries the log shows.
const LOG: i64 = 50;

/// The time of day (UTC) of `ms`: "18:42".
fn time_of(ms: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(ms / 1000)
        .map(|t| format!("{:02}:{:02}", t.hour(), t.minute()))
        .unwrap_or_default()
}

fn delivery(row: db::webhooks::Logged) -> DeliveryListed {
    // The endpoint's answer, or the error kept with the delivery (stored in English).
    let answered = row
        .last_status
        .map(|s| t!("console-delivery-answered", status = s.to_string()))
        .or(row.last_error.clone())
        .unwrap_or_default();
    let state = match (&row.delivered_at, &row.gave_up_at) {
        (Some(_), _) => t!("console-delivery-delivered", answered = &answered),
        (None, Some(_)) => t!("console-delivery-gave-up", answered = &answered),
        (None, None) if row.attempts == 0 => t!("console-delivery-waiting"),
        (None, None) => t!(
            "console-delivery-retrying",
            time = time_of(row.next_attempt_at),
            answered = &answered
        ),
    };
    DeliveryListed {
        delivered: row.delivered_at.is_some(),
        id: row.id,
        url: row.url,
        event: row.event_type,
        event_id: row.event_id,
        made: t!(
            "console-delivery-made",
            date = day_and_month(&row.created_at),
            time = row.created_at.get(11..16).unwrap_or_default()
        ),
        state,
        attempts: row.attempts,
    }
}

/// The page's data, for owners.
pub async fn read(state: &AppState, owner: &StaffMember) -> Result<Integrations, ServerError> {
    owner.require_owner()?;
    let keys = api_keys::list(&state.db)
        .await
        .map_err(|e| ServerError::new(crate::server::error::internal(), e))?
        .into_iter()
        .map(|k| ApiKeyListed {
            name: k.name,
            prefix: k.prefix,
            scopes: k.scopes,
            made: day_and_month(&k.created_at),
            last_used: k.last_used_at.as_deref().map(day_and_month),
            revoked: k.revoked_at.as_deref().map(day_and_month),
        })
        .collect();
    let endpoints = db::webhooks::endpoints(&state.db)
        .await?
        .into_iter()
        .map(|e| EndpointListed {
            id: e.id,
            url: e.url,
            events: if e.events.is_empty() {
                t!("console-every-event")
            } else {
                e.events.replace(' ', ", ")
            },
        })
        .collect();
    let deliveries = db::webhooks::log(&state.db, LOG)
        .await?
        .into_iter()
        .map(delivery)
        .collect();
    Ok(Integrations {
        keys,
        endpoints,
        deliveries,
        shown_once: None,
    })
}

/// Makes a key named `name` with `scopes`; answers it (shown once).
pub async fn create_key(
    state: &AppState,
    owner: &StaffMember,
    name: &str,
    scopes: &[String],
) -> Result<String, ServerError> {
    let mut key = String::new();
    owners_change(state, owner, Action::CreateApiKey, name, async {
        let scopes = api_keys::parse_scopes(&scopes.join(",")).map_err(StaffError::from)?;
        key = api_keys::create(&state.db, name, &scopes, &owner.label())
            .await
            .map_err(StaffError::from)?;
        Ok(format!(
            "{}: {}",
            name.trim(),
            scopes
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        ))
    })
    .await?;
    Ok(key)
}

pub async fn revoke_key(
    state: &AppState,
    owner: &StaffMember,
    name: &str,
) -> Result<String, ServerError> {
    owners_change(state, owner, Action::RevokeApiKey, name, async {
        api_keys::revoke(&state.db, name)
            .await
            .map_err(StaffError::from)?;
        Ok(name.trim().to_owned())
    })
    .await
}

/// Registers `url` for `events`; answers its secret (shown once).
pub async fn add_endpoint(
    state: &AppState,
    owner: &StaffMember,
    url: &str,
    events: &[String],
) -> Result<String, ServerError> {
    let mut secret = String::new();
    let allow_private = state.config.host_api.webhooks_to_private_addresses;
    owners_change(state, owner, Action::AddWebhookEndpoint, url, async {
        let made = endpoints::register(&state.db, url, events, allow_private, &owner.label())
            .await
            .map_err(StaffError::from)?;
        secret = made.secret;
        Ok(made.url)
    })
    .await?;
    Ok(secret)
}

pub async fn remove_endpoint(
    state: &AppState,
    owner: &StaffMember,
    id: i64,
) -> Result<String, ServerError> {
    owners_change(
        state,
        owner,
        Action::RemoveWebhookEndpoint,
        &id.to_string(),
        async {
            endpoints::remove(&state.db, id)
                .await
                .map_err(StaffError::from)?;
            Ok(format!("endpoint {id}"))
        },
    )
    .await
}

pub async fn replay(state: &AppState, owner: &StaffMember, id: i64) -> Result<String, ServerError> {
    owners_change(
        state,
        owner,
        Action::ReplayWebhook,
        &id.to_string(),
        async {
            match db::webhooks::replay(&state.db, id, unix_ms()).await? {
                true => Ok(format!("delivery {id}")),
                false => Err(StaffError::NoDelivery(id)),
            }
        },
    )
    .await
}
