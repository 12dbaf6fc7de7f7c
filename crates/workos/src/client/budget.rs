//! A budget for one process's calls with its key, below WorkOS's own limit (6,000
//! requests per minute per key), so that the key's callers cannot use it all up: every
//! attempt spends from the process's budget, and one made on an organization's behalf
//! (inside [`spend_for`]) also from that organization's share of it. Past either, the
//! call is not sent and fails as [`WorkosError::OverBudget`], with the wait.

use crate::error::WorkosError;
use governor::{clock::Clock, DefaultDirectRateLimiter, DefaultKeyedRateLimiter, Quota};
use std::{
    future::Future,
    num::NonZeroU32,
    sync::{
        atomic::{AtomicU32, Ordering},
        Arc,
    },
};

tokio::task_local! {
    static SPENDER: Arc<str>;
}

/// Runs `work` with its WorkOS calls charged to `organization`'s share too.
pub async fn spend_for<F: Future>(organization: &str, work: F) -> F::Output {
    SPENDER.scope(Arc::from(organization), work).await
}

/// `work`, charged to the same organization as the code that makes it: for work
/// spawned as a task of its own, which would otherwise be charged to nobody's share.
pub fn same_spender<F: Future>(work: F) -> impl Future<Output = F::Output> {
    let spender = SPENDER.try_with(Arc::clone).ok();
    async move {
        match spender {
            Some(spender) => SPENDER.scope(spender, work).await,
            None => work.await,
        }
    }
}

/// How many calls a minute one process may make with its key, and one organization.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CallBudget {
    /// All calls of the process (a key shared by several processes: split WorkOS's limit).
    pub per_minute: u32,
    /// Calls made on behalf of one organization.
    pub per_organization_per_minute: u32,
}

impl Default for CallBudget {
    /// Four fifths of WorkOS's limit for the process, an eighth of that per organization.
    fn default() -> Self {
        CallBudget {
            per_minute: 4_800,
            per_organization_per_minute: 600,
        }
    }
}

/// What has been spent.
pub(super) struct Spending {
    all: DefaultDirectRateLimiter,
    per_organization: DefaultKeyedRateLimiter<Arc<str>>,
    /// Checks since the organizations' counters were last pruned.
    checks: AtomicU32,
}

impl std::fmt::Debug for Spending {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Spending")
            .field("organizations", &self.per_organization.len())
            .finish()
    }
}

/// Organizations' refilled counters are forgotten every this many checks.
const PRUNE_EVERY: u32 = 10_000;

fn per_minute(calls: u32) -> Quota {
    Quota::per_minute(NonZeroU32::new(calls.max(1)).expect("at least one"))
}

impl Spending {
    pub(super) fn new(budget: CallBudget) -> Spending {
        Spending {
            all: governor::RateLimiter::direct(per_minute(budget.per_minute)),
            per_organization: governor::RateLimiter::keyed(per_minute(
                budget.per_organization_per_minute,
            )),
            checks: AtomicU32::new(0),
        }
    }

    /// Spends one call, or says how long to wait for one.
    pub(super) fn spend(&self) -> Result<(), WorkosError> {
        if self.checks.fetch_add(1, Ordering::Relaxed) % PRUNE_EVERY == PRUNE_EVERY - 1 {
            self.per_organization.retain_recent();
        }
        let spender = SPENDER.try_with(Arc::clone).ok();
        let over = |not_until: governor::NotUntil<_>, organization: Option<&Arc<str>>| {
            WorkosError::OverBudget {
                retry_after_seconds: not_until
                    .wait_time_from(governor::clock::DefaultClock::default().now())
                    .as_secs()
                    .max(1),
                organization: organization.map(|o| o.to_string()),
            }
        };
        if let Some(organization) = &spender {
            self.per_organization
                .check_key(organization)
                .map_err(|n| over(n, Some(organization)))?;
        }
        self.all.check().map_err(|n| over(n, None))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn one_organization_spends_only_its_share_and_all_together_the_whole() {
        let spending = Spending::new(CallBudget {
            per_minute: 5,
            per_organization_per_minute: 2,
        });
        let spend_as = |org: &'static str| spend_for(org, async { spending.spend() });
        assert!(spend_as("org_a").await.is_ok());
        assert!(spend_as("org_a").await.is_ok());
        let refused = spend_as("org_a").await.unwrap_err();
        assert!(
            matches!(&refused, WorkosError::OverBudget { organization: Some(o), retry_after_seconds } if o == "org_a" && *retry_after_seconds >= 1),
            "{refused:?}"
        );
        // Another organization still has its share; calls on nobody's behalf the rest.
        assert!(spend_as("org_b").await.is_ok());
        assert!(spending.spend().is_ok());
        assert!(spending.spend().is_ok());
        assert!(matches!(
            spend_as("org_c").await,
            Err(WorkosError::OverBudget {
                organization: None,
                ..
            })
        ));
        // Spawned work keeps the organization it was made for.
        let carried = spend_for("org_a", async {
            tokio::spawn(same_spender(async { SPENDER.try_with(|s| s.to_string()) }))
                .await
                .unwrap()
        })
        .await;
        assert_eq!(carried.as_deref(), Ok("org_a"));
    }
}
