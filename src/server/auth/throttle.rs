//! Bounds on sign-in: attempts per account and per client address (a password guesser
//! is slowed to a crawl), and how many password checks run at once (each Argon2 check
//! holds about 19 MiB: a burst of sign-ins must not grow memory without bound).
//!
//! One instance (SQLite) counts attempts in memory. Instances that share a PostgreSQL
//! database keep the same pace there, so that attempts spread over every instance meet
//! the same limits.

use super::AuthError;
use crate::server::db;
use governor::{clock::Clock, DefaultKeyedRateLimiter, Quota, RateLimiter};
use std::{net::IpAddr, num::NonZeroU32, sync::Arc, time::Duration};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// The limits' window: the settings are attempts a minute.
const MINUTE_MS: i64 = 60_000;

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
    /// The limits a minute (for the allowances kept in the database).
    limits: (u32, u32),
    /// Where attempts are counted when instances share the database.
    shared: Option<db::Pool>,
    checks: Arc<Semaphore>,
}

impl std::fmt::Debug for SignInThrottle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SignInThrottle")
            .field("free_checks", &self.checks.available_permits())
            .finish()
    }
}

/// A quota of `n` a minute (at least one): the one way Portico's limits are made.
pub fn per_minute(n: u32) -> Quota {
    Quota::per_minute(NonZeroU32::new(n.max(1)).expect("at least one"))
}

impl SignInThrottle {
    pub fn new(per_account_per_minute: u32, per_address_per_minute: u32, checks: usize) -> Self {
        SignInThrottle {
            per_account: RateLimiter::keyed(per_minute(per_account_per_minute)),
            per_address: RateLimiter::keyed(per_minute(per_address_per_minute)),
            limits: (per_account_per_minute, per_address_per_minute),
            shared: None,
            checks: Arc::new(Semaphore::new(checks.max(1))),
        }
    }

    /// Counts attempts in `pool`, which other instances share, instead of in memory.
    pub fn counted_in(mut self, pool: db::Pool) -> Self {
        self.shared = Some(pool);
        self
    }

    /// Counts one attempt for `email` (any case) from `address`; the same answer whether
    /// or not the account exists.
    pub async fn attempt(&self, email: &str, address: IpAddr) -> Result<(), AuthError> {
        let email = email.trim().to_lowercase();
        match &self.shared {
            None => Ok(self.attempt_here(&email, address)?),
            Some(pool) => {
                let now_ms = crate::server::clock::unix_ms();
                let (per_account, per_address) = self.limits;
                for (key, limit) in [
                    (format!("address {address}"), per_address),
                    (format!("account {email}"), per_account),
                ] {
                    let taken = db::attempts::take(pool, &key, limit, MINUTE_MS, now_ms).await?;
                    if let db::attempts::Allowance::Refused { wait_ms } = taken {
                        return Err(Throttled::TooManyAttempts {
                            retry_after_seconds: (wait_ms as u64).div_ceil(1000).max(1),
                        }
                        .into());
                    }
                }
                Ok(())
            }
        }
    }

    fn attempt_here(&self, email: &str, address: IpAddr) -> Result<(), Throttled> {
        let wait = |not_until: governor::NotUntil<_>| Throttled::TooManyAttempts {
            retry_after_seconds: not_until
                .wait_time_from(governor::clock::DefaultClock::default().now())
                .as_secs()
                .max(1),
        };
        self.per_address.check_key(&address).map_err(wait)?;
        self.per_account.check_key(&email.to_owned()).map_err(wait)
    }

    /// A slot to check a password in; waits briefly for one.
    pub async fn check_slot(&self) -> Result<OwnedSemaphorePermit, Throttled> {
        tokio::time::timeout(WAIT_FOR_CHECK, Arc::clone(&self.checks).acquire_owned())
            .await
            .map_err(|_| Throttled::Busy)?
            .map_err(|_| Throttled::Busy)
    }

    /// Forgets counters that have refilled, so the maps (or the table) do not grow with
    /// every address and email ever tried.
    pub async fn forget_idle(&self) {
        if let Some(pool) = &self.shared {
            let now_ms = crate::server::clock::unix_ms();
            if let Err(error) = db::attempts::forget_whole(pool, now_ms).await {
                tracing::warn!(%error, "could not forget past sign-in attempts");
            }
        }
        self.per_account.retain_recent();
        self.per_address.retain_recent();
        self.per_account.shrink_to_fit();
        self.per_address.shrink_to_fit();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn an_account_and_an_address_each_get_their_quota_then_a_wait() {
        let throttle = SignInThrottle::new(3, 5, 1);
        let here: IpAddr = [10, 0, 0, 1].into();
        for _ in 0..3 {
            assert!(throttle.attempt("ada@acme.example", here).await.is_ok());
        }
        let refused = throttle.attempt("ADA@acme.example ", here).await;
        assert!(
            matches!(refused, Err(AuthError::Throttled(Throttled::TooManyAttempts { retry_after_seconds })) if retry_after_seconds >= 1),
            "{refused:?}"
        );
        // Another account from the same address until the address's quota is spent.
        assert!(throttle.attempt("max@acme.example", here).await.is_ok());
        assert!(throttle.attempt("eve@acme.example", here).await.is_err());
        // The same account from elsewhere is still limited by its own quota.
        assert!(throttle
            .attempt("ada@acme.example", [10, 0, 0, 2].into())
            .await
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
