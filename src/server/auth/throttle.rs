//! Bounds on sign-in: attempts per account and per client address (a password guesser
//! is slowed to a crawl), and how many password checks run at once (each Argon2 check
//! holds about 19 MiB: a burst of sign-ins must not grow memory without bound).

use governor::{clock::Clock, DefaultKeyedRateLimiter, Quota, RateLimiter};
use std::{net::IpAddr, num::NonZeroU32, sync::Arc, time::Duration};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// How long a sign-in waits for a password check slot before it is told to retry.
const WAIT_FOR_CHECK: Duration = Duration::from_secs(3);

#[derive(Debug, PartialEq, thiserror::Error)]
pub enum Throttled {
    /// Too many attempts for this account or from this address.
    #[error("too many sign-in attempts; retry in {retry_after_seconds} s")]
    TooManyAttempts { retry_after_seconds: u64 },
    /// Every password check slot stayed busy.
    #[error("every password check slot is busy")]
    Busy,
}

pub struct SignInThrottle {
    per_account: DefaultKeyedRateLimiter<String>,
    per_address: DefaultKeyedRateLimiter<IpAddr>,
    checks: Arc<Semaphore>,
}

impl std::fmt::Debug for SignInThrottle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SignInThrottle")
            .field("free_checks", &self.checks.available_permits())
            .finish()
    }
}

fn per_minute(n: u32) -> Quota {
    Quota::per_minute(NonZeroU32::new(n.max(1)).expect("at least one"))
}

impl SignInThrottle {
    pub fn new(per_account_per_minute: u32, per_address_per_minute: u32, checks: usize) -> Self {
        SignInThrottle {
            per_account: RateLimiter::keyed(per_minute(per_account_per_minute)),
            per_address: RateLimiter::keyed(per_minute(per_address_per_minute)),
            checks: Arc::new(Semaphore::new(checks.max(1))),
        }
    }

    /// Counts one attempt for `email` (any case) from `address`; the same answer whether
    /// or not the account exists.
    pub fn attempt(&self, email: &str, address: IpAddr) -> Result<(), Throttled> {
        let wait = |not_until: governor::NotUntil<_>| Throttled::TooManyAttempts {
            retry_after_seconds: not_until
                .wait_time_from(governor::clock::DefaultClock::default().now())
                .as_secs()
                .max(1),
        };
        self.per_address.check_key(&address).map_err(wait)?;
        self.per_account
            .check_key(&email.trim().to_lowercase())
            .map_err(wait)
    }

    /// A slot to check a password in; waits briefly for one.
    pub async fn check_slot(&self) -> Result<OwnedSemaphorePermit, Throttled> {
        tokio::time::timeout(WAIT_FOR_CHECK, Arc::clone(&self.checks).acquire_owned())
            .await
            .map_err(|_| Throttled::Busy)?
            .map_err(|_| Throttled::Busy)
    }

    /// Forgets counters that have refilled, so the maps do not grow with every address
    /// and email ever tried.
    pub fn forget_idle(&self) {
        self.per_account.retain_recent();
        self.per_address.retain_recent();
        self.per_account.shrink_to_fit();
        self.per_address.shrink_to_fit();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_account_and_an_address_each_get_their_quota_then_a_wait() {
        let throttle = SignInThrottle::new(3, 5, 1);
        let here: IpAddr = [10, 0, 0, 1].into();
        for _ in 0..3 {
            assert_eq!(throttle.attempt("ada@acme.example", here), Ok(()));
        }
        let refused = throttle.attempt("ADA@acme.example ", here);
        assert!(
            matches!(refused, Err(Throttled::TooManyAttempts { retry_after_seconds }) if retry_after_seconds >= 1),
            "{refused:?}"
        );
        // Another account from the same address until the address's quota is spent.
        assert_eq!(throttle.attempt("max@acme.example", here), Ok(()));
        assert!(throttle.attempt("eve@acme.example", here).is_err());
        // The same account from elsewhere is still limited by its own quota.
        assert!(throttle
            .attempt("ada@acme.example", [10, 0, 0, 2].into())
            .is_err());
    }

    #[tokio::test]
    async fn password_checks_wait_for_a_free_slot() {
        let throttle = SignInThrottle::new(10, 10, 1);
        let held = throttle.check_slot().await.unwrap();
        assert_eq!(throttle.check_slot().await.unwrap_err(), Throttled::Busy);
        drop(held);
        assert!(throttle.check_slot().await.is_ok());
    }
}
