//! The settings pages kept current live on this instance, counted per organization, so
//! that their number stays bounded.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
};

/// The open live pages on this instance, per WorkOS organization.
#[derive(Debug)]
pub struct LivePages {
    open: Mutex<HashMap<Arc<str>, usize>>,
    per_organization: usize,
    in_all: usize,
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
        }
    }

    /// Counts a new page for `organization`; `None` past either bound.
    pub fn enter(self: &Arc<Self>, organization: &str) -> Option<LivePage> {
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
