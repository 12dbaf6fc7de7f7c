//! The settings pages kept current live on this instance, counted per organization, so
//! that their number stays bounded, and closed together when the instance stops.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
};

/// How long a change's time is kept: far longer than a page takes to load.
const CHANGES_KEPT: std::time::Duration = std::time::Duration::from_secs(600);
/// The key of a change whose organization is not known (the change feed lagged).
const ANY: &str = "*";
/// Instances' clocks may differ by this much (a page read on one, followed on another).
const CLOCK_SKEW_MS: u64 = 2_000;

/// The open live pages on this instance, per WorkOS organization.
#[derive(Debug)]
pub struct LivePages {
    open: Mutex<HashMap<Arc<str>, usize>>,
    per_organization: usize,
    in_all: usize,
    /// Set when the instance stops: a stream never finishes by itself, so each open one
    /// ends then (its page reconnects, to another instance behind a load balancer).
    closing: tokio::sync::watch::Sender<bool>,
    /// When each organization's status last changed (Unix ms), for a few minutes: a page
    /// read before a change is sent it, one read after is sent nothing it already shows.
    changed_at: moka::sync::Cache<Arc<str>, u64>,
}

/// One open live page: counted until it is dropped (the stream ends).
pub struct LivePage {
    pages: Arc<LivePages>,
    organization: Arc<str>,
}

impl LivePages {
    pub fn new(per_organization: usize, in_all: usize) -> LivePages {
        LivePages {
            open: Mutex::new(HashMap::new()),
            per_organization,
            in_all,
            closing: tokio::sync::watch::Sender::new(false),
            changed_at: moka::sync::Cache::builder()
                .max_capacity(100_000)
                .time_to_live(CHANGES_KEPT)
                .build(),
        }
    }

    /// Notes that `organization`'s status changed now.
    pub fn changed(&self, organization: Arc<str>, at_ms: u64) {
        self.changed_at.insert(organization, at_ms);
    }

    /// Whether `organization`'s status may have changed since `since_ms`: yes when it
    /// did, and when the page is older than the changes kept.
    pub fn changed_since(&self, organization: &str, since_ms: u64, now_ms: u64) -> bool {
        let kept_from = now_ms.saturating_sub(CHANGES_KEPT.as_millis() as u64 / 2);
        since_ms < kept_from
            || [organization, ANY]
                .into_iter()
                .filter_map(|key| self.changed_at.get(key))
                .any(|at| at + CLOCK_SKEW_MS >= since_ms)
    }

    /// Notes that some organizations' status changed now, which is not known.
    pub fn changed_somewhere(&self, at_ms: u64) {
        self.changed_at.insert(Arc::from(ANY), at_ms);
    }

    /// Ends every open page's stream, and refuses new ones.
    pub fn close_all(&self) {
        self.closing.send_replace(true);
    }

    /// Completes once `close_all` has been called.
    pub fn closed(&self) -> impl std::future::Future<Output = ()> + Send + 'static {
        let mut closing = self.closing.subscribe();
        async move {
            let _ = closing.wait_for(|closed| *closed).await;
        }
    }

    /// Counts a new page for `organization`; `None` past either bound.
    pub fn enter(self: &Arc<Self>, organization: &str) -> Option<LivePage> {
        if *self.closing.borrow() {
            return None;
        }
        let mut open = self.open.lock().ok()?;
        let in_all: usize = open.values().sum();
        let here = open.get(organization).copied().unwrap_or(0);
        if in_all >= self.in_all || here >= self.per_organization {
            return None;
        }
        let organization: Arc<str> = Arc::from(organization);
        *open.entry(organization.clone()).or_insert(0) += 1;
        Some(LivePage {
            pages: self.clone(),
            organization,
        })
    }
}

impl LivePage {
    /// Completes when the instance stops (`LivePages::close_all`).
    pub fn closed(&self) -> impl std::future::Future<Output = ()> + Send + 'static {
        self.pages.closed()
    }
}

impl Drop for LivePage {
    fn drop(&mut self) {
        if let Ok(mut open) = self.pages.open.lock() {
            if let Some(count) = open.get_mut(&self.organization) {
                *count -= 1;
                if *count == 0 {
                    open.remove(&self.organization);
                }
            }
        }
    }
}
