//! Turns the area changes the status mirror recorded into the host's events, one
//! delivery per endpoint that wants it: `organization.status_changed` for every change,
//! `organization.needs_attention` when an area starts needing attention, and
//! `handoff.completed` when an area that was handed to someone (an IT contact's setup
//! invitation, or an Admin Portal link opened in the last day) is now set up. Events have
//! WorkOS's shape (`id`, `object`, `event`, `created_at`, `data`), so a host can reuse its
//! code.

use crate::server::{
    clock::unix_ms,
    db::{self, webhooks::Change, Pool},
};
use serde_json::{json, Value};

/// The events a host can ask for.
pub const EVENTS: [&str; 3] = [
    "organization.status_changed",
    "organization.needs_attention",
    "handoff.completed",
];

/// How the area was handed over, if it was and it is now set up.
async fn handed_over(
    pool: &Pool,
    organization_id: i64,
    change: &Change,
) -> Result<Option<&'static str>, sqlx::Error> {
    if change.to_setup.as_deref() != Some("active")
        || change.from_setup.as_deref() == Some("active")
    {
        return Ok(None);
    }
    if let Some(invitation) = db::invitations::current(pool, organization_id).await? {
        if invitation.intents.split(',').any(|i| i == change.area) {
            return Ok(Some("it_contact_invitation"));
        }
    }
    let day_ago = (time::OffsetDateTime::now_utc() - time::Duration::DAY)
        .format(db::audit::TRAIL_TIME)
        .unwrap_or_default();
    let linked =
        db::webhooks::link_opened_since(pool, organization_id, &change.area, &day_ago).await?;
    Ok(linked.then_some("portal_link"))
}

fn event(name: &str, at: &str, data: Value) -> (String, String) {
    let id = format!("event_{}", ulid::Ulid::new());
    let body = json!({"id": id, "object": "event", "event": name, "created_at": at, "data": data});
    (id, body.to_string())
}

/// The events one change makes, for its organization.
async fn events_of(
    pool: &Pool,
    change: &Change,
) -> Result<Vec<(&'static str, String, String)>, sqlx::Error> {
    let Some(id) = db::organizations::by_workos_id(pool, &change.workos_organization_id).await?
    else {
        return Ok(Vec::new());
    };
    let Some((organization, _)) = db::organizations::by_id(pool, id).await? else {
        return Ok(Vec::new());
    };
    let who = json!({"id": organization.id, "name": organization.name, "workos_organization_id": organization.workos_organization_id});
    let at = change.changed_at.as_str();
    let mut made = Vec::new();
    let (id, body) = event(
        EVENTS[0],
        at,
        json!({
            "organization": who, "area": change.area, "from": change.from_setup,
            "to": change.to_setup, "summary": change.summary,
        }),
    );
    made.push((EVENTS[0], id, body));
    let attention = Some("needs_attention");
    if change.to_setup.as_deref() == attention && change.from_setup.as_deref() != attention {
        let (id, body) = event(
            EVENTS[1],
            at,
            json!({"organization": who, "area": change.area, "summary": change.summary}),
        );
        made.push((EVENTS[1], id, body));
    }
    if let Some(via) = handed_over(pool, organization.id, change).await? {
        let (id, body) = event(
            EVENTS[2],
            at,
            json!({"organization": who, "area": change.area, "via": via, "summary": change.summary}),
        );
        made.push((EVENTS[2], id, body));
    }
    Ok(made)
}

/// Queues the events of the changes waiting for each endpoint that wants them, each
/// change claimed in the transaction that queues its deliveries (a failure leaves it
/// waiting for the next round); answers how many deliveries it queued.
pub async fn fan_out(pool: &Pool) -> Result<usize, sqlx::Error> {
    let changes = db::webhooks::waiting_changes(pool, 100).await?;
    if changes.is_empty() {
        return Ok(0);
    }
    let endpoints = db::webhooks::endpoints(pool).await?;
    let mut queued = 0;
    for change in &changes {
        let events = events_of(pool, change).await?;
        let mut tx = pool.begin().await?;
        if !db::webhooks::claim_change(&mut tx, change.id).await? {
            continue;
        }
        for (name, id, body) in &events {
            for endpoint in &endpoints {
                let wanted =
                    endpoint.events.is_empty() || endpoint.events.split(' ').any(|e| e == *name);
                if wanted {
                    db::webhooks::queue(&mut *tx, endpoint.id, id, name, body, unix_ms()).await?;
                    queued += 1;
                }
            }
        }
        tx.commit().await?;
    }
    Ok(queued)
}
