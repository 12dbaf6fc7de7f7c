//! Events: recorded as WorkOS would emit them, listed by the Events API.

use super::{
    data::{now, Store},
    paging::{paginate, Page, PageError},
};
use serde::{Deserialize, Serialize};
use workos::types::{timestamp, Event, List};

/// An event as the state file keeps it, with the organization it is about.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(super) struct StoredEvent {
    /// The organization it is about, for `GET /events?organization_id=`.
    pub(super) organization_id: Option<String>,
    pub(super) event: Event,
}

/// How long WorkOS keeps events.
const EVENTS_KEPT_DAYS: i64 = 30;

impl Store {
    /// Records an event, as WorkOS does when something changes.
    pub fn emit(&self, name: &str, data: serde_json::Value) -> Event {
        let event = Event {
            object: "event".into(),
            id: self.new_id("event"),
            event: name.to_owned(),
            created_at: now(),
            data,
        };
        let stored = StoredEvent {
            organization_id: event.organization_id().map(str::to_owned),
            event: event.clone(),
        };
        self.change(|d| d.events.push(stored));
        self.queue_deliveries(&event);
        event
    }

    /// `GET /events`: those named, of the organization if given, created in
    /// `[range_start, range_end)` and within the last 30 days.
    pub fn events(
        &self,
        page: &Page,
        names: &[String],
        organization_id: Option<&str>,
        range: (Option<&str>, Option<&str>),
    ) -> Result<List<Event>, PageError> {
        let kept_since =
            timestamp(time::OffsetDateTime::now_utc() - time::Duration::days(EVENTS_KEPT_DAYS));
        let all: Vec<Event> = self.read(|d| {
            d.events
                .iter()
                .filter(|e| names.contains(&e.event.event))
                .filter(|e| organization_id.is_none_or(|o| e.organization_id.as_deref() == Some(o)))
                .filter(|e| {
                    let at = e.event.created_at.as_str();
                    at >= kept_since.as_str()
                        && range.0.is_none_or(|start| at >= start)
                        && range.1.is_none_or(|end| at < end)
                })
                .map(|e| e.event.clone())
                .collect()
        });
        paginate(all, page, |e| &e.id)
    }
}
