//! The host's endpoints: registered with a URL the SSRF guard accepts and the events
//! wanted; each gets its own secret, shown once.

use super::{events::EVENTS, guard};
use crate::server::db::{self, webhooks::Endpoint, Pool};

#[derive(Debug, thiserror::Error)]
pub enum EndpointError {
    #[error("{0:?} is not a URL")]
    BadUrl(String),
    #[error(transparent)]
    Refused(#[from] guard::Refused),
    #[error("{0:?} is not an event: use organization.status_changed, organization.needs_attention or handoff.completed")]
    UnknownEvent(String),
    #[error("the URL holds a user name or password: give the endpoint a URL without them (the signature proves who is sending)")]
    Credentials,
    #[error("there is no endpoint {0}")]
    NotFound(i64),
    #[error("could not reach the database: {0}")]
    Database(#[from] sqlx::Error),
}

/// Registers `url` for `events` (every event for none); answers the endpoint, with its
/// secret.
pub async fn register(
    pool: &Pool,
    url: &str,
    events: &[String],
    allow_private: bool,
    created_by: &str,
) -> Result<Endpoint, EndpointError> {
    let parsed = url::Url::parse(url.trim())
        .map_err(|_| EndpointError::BadUrl(crate::model::clipped(url.trim(), 200)))?;
    // Credentials in a URL would be shown in the console and the trail: not accepted.
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Err(EndpointError::Credentials);
    }
    guard::address(&parsed, allow_private).await?;
    let mut wanted: Vec<&str> = Vec::new();
    for name in events.iter().map(|e| e.trim()).filter(|e| !e.is_empty()) {
        let known = EVENTS
            .iter()
            .find(|e| **e == name)
            .ok_or_else(|| EndpointError::UnknownEvent(crate::model::clipped(name, 60)))?;
        if !wanted.contains(known) {
            wanted.push(known);
        }
    }
    let secret = format!("whsec_{}", hex::encode(rand::random::<[u8; 24]>()));
    let events = wanted.join(" ");
    let id =
        db::webhooks::add_endpoint(pool, parsed.as_str(), &secret, &events, created_by).await?;
    Ok(Endpoint {
        id,
        url: parsed.to_string(),
        secret,
        events,
        created_at: db::now_text(),
        created_by: created_by.to_owned(),
    })
}

pub async fn remove(pool: &Pool, id: i64) -> Result<(), EndpointError> {
    match db::webhooks::remove_endpoint(pool, id).await? {
        true => Ok(()),
        false => Err(EndpointError::NotFound(id)),
    }
}
