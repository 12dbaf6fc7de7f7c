//! Webhook endpoints and the deliveries made to them: every event `emit` records is
//! queued for each enabled endpoint that subscribed to its name (`crate::deliveries`
//! sends them).

use super::{
    data::{now, random_secret, Store},
    paging::{paginate, Page, PageError},
};
use serde::Serialize;
use tokio::sync::mpsc::UnboundedSender;
use workos::types::{Event, List, WebhookEndpoint};

/// One event's delivery to one endpoint.
#[derive(Clone, Debug, Serialize)]
pub struct Delivery {
    /// `whd_` followed by a ULID.
    pub id: String,
    /// The event delivered (`event_…`).
    pub event_id: String,
    /// Its name.
    pub event: String,
    /// The endpoint (`we_…`).
    pub endpoint_id: String,
    /// Where it was sent.
    pub endpoint_url: String,
    /// `pending`, `delivered`, or `failed` once every attempt was refused.
    pub state: String,
    /// Attempts made so far.
    pub attempts: u32,
    /// The endpoint's last HTTP status, if it answered.
    pub last_status: Option<u16>,
    /// Why the last attempt failed, if it did.
    pub last_error: Option<String>,
}

/// Deliveries (memory only), whether sending is paused, and where new ones are queued.
#[derive(Default)]
pub(crate) struct Deliveries {
    pub(crate) list: Vec<Delivery>,
    pub(crate) paused: bool,
    pub(crate) outgoing: Option<UnboundedSender<String>>,
}

/// Changes to an endpoint; `None` leaves a field as it is.
#[derive(Debug, Default)]
pub struct EndpointChanges {
    /// A new URL.
    pub endpoint_url: Option<String>,
    /// `status`: enabled or disabled.
    pub enabled: Option<bool>,
    /// New event names.
    pub events: Option<Vec<String>>,
}

/// An endpoint with this URL exists already.
#[derive(Debug)]
pub struct EndpointTaken;

impl Store {
    /// Registers an endpoint; `secret` is generated unless given (the control route
    /// lets a test choose it, so the receiver can be started with it first).
    pub fn create_webhook_endpoint(
        &self,
        endpoint_url: &str,
        events: Vec<String>,
        secret: Option<String>,
    ) -> Result<WebhookEndpoint, EndpointTaken> {
        let endpoint = self.new_endpoint(endpoint_url, events, secret);
        self.change(|d| {
            if d.webhook_endpoints
                .values()
                .any(|e| e.endpoint_url == endpoint_url)
            {
                return Err(EndpointTaken);
            }
            d.webhook_endpoints
                .insert(endpoint.id.clone(), endpoint.clone());
            Ok(endpoint)
        })
    }

    fn new_endpoint(
        &self,
        endpoint_url: &str,
        events: Vec<String>,
        secret: Option<String>,
    ) -> WebhookEndpoint {
        let at = now();
        WebhookEndpoint {
            object: "webhook_endpoint".into(),
            id: self.new_id("we"),
            endpoint_url: endpoint_url.to_owned(),
            secret: secret.unwrap_or_else(|| format!("whsec_{}", random_secret(32))),
            status: "enabled".into(),
            events,
            created_at: at.clone(),
            updated_at: at,
        }
    }

    /// Registers `endpoint_url` for `events` with `secret`, in place of any endpoint
    /// with that URL already (one kept in the state file from an earlier run).
    pub fn register_webhook_endpoint(
        &self,
        endpoint_url: &str,
        events: Vec<String>,
        secret: String,
    ) -> WebhookEndpoint {
        let endpoint = self.new_endpoint(endpoint_url, events, Some(secret));
        self.change(|d| {
            d.webhook_endpoints
                .retain(|_, e| e.endpoint_url != endpoint_url);
            d.webhook_endpoints
                .insert(endpoint.id.clone(), endpoint.clone());
        });
        endpoint
    }

    /// One page of the endpoints.
    pub fn webhook_endpoints(&self, page: &Page) -> Result<List<WebhookEndpoint>, PageError> {
        let all: Vec<WebhookEndpoint> =
            self.read(|d| d.webhook_endpoints.values().cloned().collect());
        paginate(all, page, |e| &e.id)
    }

    /// Applies `changes`; `Ok(None)` if there is no such endpoint.
    pub fn update_webhook_endpoint(
        &self,
        id: &str,
        changes: EndpointChanges,
    ) -> Result<Option<WebhookEndpoint>, EndpointTaken> {
        self.change(|d| {
            if let Some(url) = &changes.endpoint_url {
                let taken = d
                    .webhook_endpoints
                    .values()
                    .any(|e| &e.endpoint_url == url && e.id != id);
                if taken {
                    return Err(EndpointTaken);
                }
            }
            let Some(endpoint) = d.webhook_endpoints.get_mut(id) else {
                return Ok(None);
            };
            if let Some(url) = changes.endpoint_url {
                endpoint.endpoint_url = url;
            }
            if let Some(enabled) = changes.enabled {
                endpoint.status = if enabled { "enabled" } else { "disabled" }.into();
            }
            if let Some(events) = changes.events {
                endpoint.events = events;
            }
            endpoint.updated_at = now();
            Ok(Some(endpoint.clone()))
        })
    }

    /// Removes an endpoint; false if there was none.
    pub fn delete_webhook_endpoint(&self, id: &str) -> bool {
        self.change(|d| d.webhook_endpoints.remove(id).is_some())
    }

    /// Queues `event` for each enabled endpoint subscribed to its name.
    pub(super) fn queue_deliveries(&self, event: &Event) {
        let endpoints: Vec<WebhookEndpoint> = self.read(|d| {
            d.webhook_endpoints
                .values()
                .filter(|e| e.status == "enabled" && e.events.contains(&event.event))
                .cloned()
                .collect()
        });
        for endpoint in endpoints {
            let delivery = Delivery {
                id: self.new_id("whd"),
                event_id: event.id.clone(),
                event: event.event.clone(),
                endpoint_id: endpoint.id,
                endpoint_url: endpoint.endpoint_url,
                state: "pending".into(),
                attempts: 0,
                last_status: None,
                last_error: None,
            };
            self.queue(delivery);
        }
    }

    fn queue(&self, delivery: Delivery) {
        let mut deliveries = self.deliveries.lock().expect("deliveries lock");
        let id = delivery.id.clone();
        deliveries.list.push(delivery);
        if let Some(outgoing) = &deliveries.outgoing {
            let _ = outgoing.send(id);
        }
    }

    /// Sends a delivery's event again, as a new delivery; `None` if there is no such one.
    pub fn replay_delivery(&self, id: &str) -> Option<Delivery> {
        let original = self
            .deliveries
            .lock()
            .expect("deliveries lock")
            .list
            .iter()
            .find(|d| d.id == id)
            .cloned()?;
        let replay = Delivery {
            id: self.new_id("whd"),
            state: "pending".into(),
            attempts: 0,
            last_status: None,
            last_error: None,
            ..original
        };
        self.queue(replay.clone());
        Some(replay)
    }

    /// Every delivery, oldest first.
    pub fn deliveries(&self) -> Vec<Delivery> {
        self.deliveries
            .lock()
            .expect("deliveries lock")
            .list
            .clone()
    }

    /// Holds (or resumes) sending; queued deliveries wait meanwhile.
    pub fn pause_deliveries(&self, paused: bool) {
        self.deliveries.lock().expect("deliveries lock").paused = paused;
    }

    pub(crate) fn deliveries_paused(&self) -> bool {
        self.deliveries.lock().expect("deliveries lock").paused
    }

    /// Where new deliveries are announced (set once the sender runs).
    pub(crate) fn send_deliveries_to(&self, outgoing: UnboundedSender<String>) {
        self.deliveries.lock().expect("deliveries lock").outgoing = Some(outgoing);
    }

    /// What an attempt needs: the endpoint's URL and secret, and the event's JSON.
    /// `None` once the endpoint or the event is gone.
    pub(crate) fn delivery_request(&self, id: &str) -> Option<(String, String, Vec<u8>)> {
        let delivery = self
            .deliveries
            .lock()
            .expect("deliveries lock")
            .list
            .iter()
            .find(|d| d.id == id)
            .cloned()?;
        self.read(|d| {
            let endpoint = d.webhook_endpoints.get(&delivery.endpoint_id)?;
            let event = d.events.iter().find(|e| e.event.id == delivery.event_id)?;
            let body = serde_json::to_vec(&event.event).ok()?;
            Some((endpoint.endpoint_url.clone(), endpoint.secret.clone(), body))
        })
    }

    /// Records how an attempt went.
    pub(crate) fn delivery_attempted(&self, id: &str, outcome: Result<u16, String>, last: bool) {
        let mut deliveries = self.deliveries.lock().expect("deliveries lock");
        let Some(delivery) = deliveries.list.iter_mut().find(|d| d.id == id) else {
            return;
        };
        delivery.attempts += 1;
        let delivered = matches!(outcome, Ok(status) if (200..300).contains(&status));
        match outcome {
            Ok(status) => {
                delivery.last_status = Some(status);
                delivery.last_error = None;
            }
            Err(error) => delivery.last_error = Some(error),
        }
        delivery.state = match (delivered, last) {
            (true, _) => "delivered",
            (false, true) => "failed",
            (false, false) => "pending",
        }
        .into();
    }
}
