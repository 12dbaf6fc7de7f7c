//! The state of the test controls: faults to inject, the rate limit and its window, and
//! the answers remembered by `Idempotency-Key`.

use super::{
    faults::Fault,
    idempotency::Remembered24h,
    rate_limit::{RateLimit, Window},
};
use std::sync::Mutex;

/// One emulator's test controls.
#[derive(Default)]
pub struct Controls {
    pub(super) faults: Mutex<Vec<Fault>>,
    pub(super) rate_limit: Mutex<Option<RateLimit>>,
    pub(super) window: Mutex<Option<Window>>,
    pub(super) idempotency: Mutex<Remembered24h>,
}

impl Controls {
    /// Controls with this rate limit and no faults.
    pub fn new(rate_limit: Option<RateLimit>) -> Controls {
        Controls {
            rate_limit: Mutex::new(rate_limit),
            ..Default::default()
        }
    }

    pub fn add_fault(&self, fault: Fault) {
        self.faults.lock().expect("faults lock").push(fault);
    }

    pub fn clear_faults(&self) {
        self.faults.lock().expect("faults lock").clear();
    }

    pub fn set_rate_limit(&self, limit: Option<RateLimit>) {
        *self.rate_limit.lock().expect("limit lock") = limit;
        *self.window.lock().expect("window lock") = None;
    }

    /// Forgets the faults, the rate-limit window and the remembered answers.
    pub fn reset(&self) {
        self.clear_faults();
        *self.window.lock().expect("window lock") = None;
        *self.idempotency.lock().expect("idempotency lock") = Remembered24h::default();
    }
}
