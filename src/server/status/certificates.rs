//! Certificate renewal: WorkOS's SAML certificate events.

use super::reading::{provider_name, reading, Reading};
use crate::{
    model::{day_and_month, Setup},
    t,
};
use workos::{
    types::{CertificateRenewalRequired, Connection, Event, EventFilter, List, ListOptions, Order},
    WorkosClient, WorkosError,
};

pub(super) const CERTIFICATE_EXPIRING: &str = "connection.saml_certificate_renewal_required";
pub(super) const CERTIFICATE_RENEWED: &str = "connection.saml_certificate_renewed";

/// At most this many pages of 100 certificate events are read per organization (WorkOS
/// keeps events 30 days; a connection has a few a month).
const EVENT_PAGES: usize = 5;

/// The organization's certificate events, newest first. WorkOS lists events oldest first
/// whatever `order` asks (its documented default is the other way): they are read
/// forward with `after` and sorted here, so the answer is right either way.
pub(super) async fn certificate_events(
    workos: &WorkosClient,
    organization_id: &str,
) -> Result<List<Event>, WorkosError> {
    let filter = EventFilter {
        events: vec![
            CERTIFICATE_EXPIRING.to_owned(),
            CERTIFICATE_RENEWED.to_owned(),
        ],
        organization_id: Some(organization_id.to_owned()),
        ..Default::default()
    };
    let mut page = ListOptions {
        limit: Some(100),
        order: Some(Order::Asc),
        ..Default::default()
    };
    let mut all = workos.list_events(&filter, &page).await?;
    for _ in 1..EVENT_PAGES {
        match all
            .list_metadata
            .after
            .take()
            .filter(|cursor| !cursor.is_empty())
        {
            Some(cursor) => page.after = Some(cursor),
            None => break,
        }
        let next = workos.list_events(&filter, &page).await?;
        all.data.extend(next.data);
        all.list_metadata = next.list_metadata;
    }
    // Listed oldest first: reversed, events of the same millisecond stay newest first.
    all.data.reverse();
    all.data.sort_by(|a, b| b.created_at.cmp(&a.created_at));
    Ok(all)
}

fn latest<'a>(events: &'a List<Event>, name: &str) -> Option<&'a Event> {
    events.data.iter().find(|e| e.event == name)
}

/// The newest expiring-certificate warning with no renewal since, if any.
pub(super) fn not_renewed(events: &List<Event>) -> Option<CertificateRenewalRequired> {
    let event = latest(events, CERTIFICATE_EXPIRING)?;
    let renewed = latest(events, CERTIFICATE_RENEWED);
    if renewed.is_some_and(|r| r.created_at >= event.created_at) {
        return None;
    }
    serde_json::from_value(event.data.clone()).ok()
}

/// Certificate renewal from WorkOS's events (newest first): an expiring certificate not
/// renewed since needs attention; a renewal is shown with the new expiry.
pub(super) fn certificates(
    events: &List<Event>,
    connections: Option<&List<Connection>>,
) -> Reading {
    let connection_name = |id: &str| {
        connections
            .and_then(|list| list.data.iter().find(|c| c.id == id))
            .map(|c| provider_name(&c.connection_type))
            .unwrap_or_else(|| t!("status-certificate-a-connection"))
    };
    match (not_renewed(events), latest(events, CERTIFICATE_RENEWED)) {
        (Some(data), _) => {
            let name = connection_name(&data.connection.id);
            let day = day_and_month(&data.certificate.expiry_date);
            let summary = if data.certificate.is_expired || data.days_until_expiry < 0 {
                t!("status-certificate-expired", connection = name, date = day)
            } else {
                let when = match data.days_until_expiry {
                    0 => t!("when-today"),
                    1 => t!("when-tomorrow"),
                    days => t!("when-in-days", days = days),
                };
                t!(
                    "status-certificate-expires",
                    connection = name,
                    date = day,
                    when = when
                )
            };
            reading(Setup::NeedsAttention, summary, None)
        }
        (_, Some(renewal)) => {
            let renewed = day_and_month(&renewal.created_at);
            let summary = match renewal
                .data
                .pointer("/certificate/expiry_date")
                .and_then(|v| v.as_str())
            {
                Some(until) => t!(
                    "status-certificate-renewed-until",
                    date = renewed,
                    until = day_and_month(until)
                ),
                None => t!("status-certificate-renewed", date = renewed),
            };
            reading(Setup::Active, summary, None)
        }
        _ => Reading {
            setup: None,
            summary: t!("status-certificate-none-expiring"),
            provider: None,
        },
    }
}
