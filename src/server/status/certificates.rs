//! Certificate renewal: WorkOS's SAML certificate events.

use super::reading::{provider_name, reading, Reading};
use crate::model::{day_and_month, Setup};
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
            .unwrap_or_else(|| "A SAML connection".to_owned())
    };
    match (not_renewed(events), latest(events, CERTIFICATE_RENEWED)) {
        (Some(data), _) => {
            let name = connection_name(&data.connection.id);
            let day = day_and_month(&data.certificate.expiry_date);
            let summary = if data.certificate.is_expired || data.days_until_expiry < 0 {
                format!(
                    "{name}'s SAML certificate expired on {day}: renew it so people can sign in."
                )
            } else {
                let days = match data.days_until_expiry {
                    0 => "today".to_owned(),
                    1 => "tomorrow".to_owned(),
                    n => format!("in {n} days"),
                };
                format!("{name}'s SAML certificate expires on {day} ({days}).")
            };
            reading(Setup::NeedsAttention, summary, None)
        }
        (_, Some(renewal)) => {
            let until = renewal
                .data
                .pointer("/certificate/expiry_date")
                .and_then(|v| v.as_str())
                .map(|d| format!(", valid until {}", day_and_month(d)))
                .unwrap_or_default();
            reading(
                Setup::Active,
                format!(
                    "Certificate renewed on {}{until}.",
                    day_and_month(&renewal.created_at)
                ),
                None,
            )
        }
        _ => Reading {
            setup: None,
            summary: "WorkOS reported no expiring certificate in the last 30 days.".to_owned(),
            provider: None,
        },
    }
}
