//! Reads WorkOS's Events API, for installs WorkOS's webhooks cannot reach (or beside
//! them, `events = "both"`): every event is stored once by id, as a delivery is, and the
//! cursor moves only once a page is stored, so a restart resumes where it stopped. One
//! instance polls at a time: the one holding the lease in the shared database.

use super::MIRRORED_EVENTS;
use crate::server::{
    db::{self, events::Received, events::Source, Pool},
    state::AppState,
};
use std::time::Duration;
use workos::{
    types::{EventFilter, ListOptions, Order},
    WorkosClient, WorkosError,
};

/// The lease the polling instance holds.
pub const LEASE: &str = "workos_events_poller";
/// The stored cursor's name.
const CURSOR: &str = "workos_events_api";
/// WorkOS keeps events this long; an older cursor points at nothing.
const EVENTS_KEPT: time::Duration = time::Duration::days(30);
/// The longest wait between polls after errors: one request every two minutes costs
/// WorkOS nothing, and a change made during an outage shows at most this long after it.
const LONGEST_WAIT: Duration = Duration::from_secs(120);
/// Events per page: the API's most.
const PAGE: u32 = 100;

/// What one poll did.
#[derive(Debug, PartialEq, Eq)]
pub enum Polled {
    /// Another instance holds the lease.
    NotHolder,
    /// Read this many events (stored once each).
    Read(usize),
}

#[derive(Debug, thiserror::Error)]
pub enum PollError {
    #[error("the Events API could not be read: {0}")]
    Workos(#[from] WorkosError),
    #[error("the database could not be used: {0}")]
    Database(#[from] sqlx::Error),
}

/// Polls the Events API for one instance, named `holder` in the lease.
#[derive(Clone, Debug)]
pub struct Poller {
    state: AppState,
    db: Pool,
    workos: WorkosClient,
    holder: String,
    interval: Duration,
}

impl Poller {
    pub fn new(state: &AppState, holder: String, interval: Duration) -> Poller {
        Poller {
            state: state.clone(),
            db: state.db.clone(),
            workos: state.workos.clone(),
            holder,
            interval,
        }
    }

    /// Polls every interval, waiting longer (up to two minutes) after each failure.
    pub fn spawn(self) {
        tokio::spawn(async move {
            let mut wait = self.interval;
            loop {
                match self.poll_once().await {
                    Ok(_) => wait = self.interval,
                    Err(error) => {
                        wait = (wait * 2).min(LONGEST_WAIT);
                        tracing::warn!(%error, next_in_seconds = wait.as_secs(), "polling WorkOS's Events API failed");
                    }
                }
                tokio::time::sleep(wait).await;
            }
        });
    }

    /// Takes (or renews) the lease, then reads every event after the stored cursor.
    pub async fn poll_once(&self) -> Result<Polled, PollError> {
        // Long enough to survive a slow poll; short enough that a dead holder is
        // replaced within a few intervals.
        let ttl = i64::try_from((self.interval * 3).max(Duration::from_secs(10)).as_millis())
            .unwrap_or(i64::MAX);
        if !db::leases::take(
            &self.db,
            LEASE,
            &self.holder,
            crate::server::clock::unix_ms(),
            ttl,
        )
        .await?
        {
            return Ok(Polled::NotHolder);
        }
        let mut after = self.resume_from().await?;
        let filter = EventFilter {
            events: MIRRORED_EVENTS
                .iter()
                .map(|&name| name.to_owned())
                .collect(),
            ..EventFilter::default()
        };
        let mut read = 0;
        loop {
            let page = ListOptions {
                limit: Some(PAGE),
                after: after.clone(),
                // Asked for explicitly; the live API is known to answer oldest first
                // whatever it is asked, and the cursor below is right either way.
                order: Some(Order::Asc),
                before: None,
            };
            let listed = self.workos.list_events(&filter, &page).await?;
            for event in &listed.data {
                let data = event.data.to_string();
                let received = Received {
                    id: &event.id,
                    event: &event.event,
                    workos_organization_id: event.organization_id(),
                    data: &data,
                    created_at: &event.created_at,
                    source: Source::Poll,
                };
                if db::events::store(&self.db, received).await? {
                    super::process(&self.state, event).await;
                }
            }
            read += listed.data.len();
            // The API's own cursor when it gives one; else the newest event read (ids
            // are time-ordered), whichever order the page came in.
            let next = listed
                .list_metadata
                .after
                .clone()
                .or_else(|| listed.data.iter().map(|e| e.id.clone()).max());
            if let Some(next) = &next {
                db::events::save_cursor(&self.db, CURSOR, next).await?;
            }
            let more = listed.list_metadata.after.is_some() && !listed.data.is_empty();
            if !more {
                return Ok(Polled::Read(read));
            }
            after = next;
        }
    }

    /// The stored cursor, unless it is older than WorkOS keeps events: then every event
    /// still kept is read again (each is stored once whatever happens).
    async fn resume_from(&self) -> Result<Option<String>, PollError> {
        let Some((after, saved_at)) = db::events::cursor(&self.db, CURSOR).await? else {
            return Ok(None);
        };
        let saved =
            time::OffsetDateTime::parse(&saved_at, &time::format_description::well_known::Rfc3339);
        let expired =
            saved.is_ok_and(|saved| time::OffsetDateTime::now_utc() - saved > EVENTS_KEPT);
        if expired {
            // Events were missed: every organization's status is read in full once more.
            let forgotten = db::mirror::forget_all(&self.db).await?;
            tracing::warn!(
                forgotten,
                "the Events API cursor is older than WorkOS keeps events: reading every event kept, and each organization's status in full"
            );
            db::events::forget_cursor(&self.db, CURSOR).await?;
            return Ok(None);
        }
        Ok(Some(after))
    }

    /// Gives the lease up (at a clean stop), so another instance polls at once.
    pub async fn release(&self) -> Result<(), sqlx::Error> {
        db::leases::release(&self.db, LEASE, &self.holder).await
    }
}
