//! When to try a WorkOS call again: bounded in attempts and in total time, with
//! jittered exponential backoff, honouring `Retry-After` on 429 up to a cap.

use crate::error::WorkosError;
use std::time::Duration;

/// Bounds on retrying a failed call: attempts, total time, and how long a 429 may ask us to wait.
#[derive(Clone, Debug, PartialEq)]
pub struct RetryPolicy {
    /// Attempts in all, the first included (1 = never retry).
    pub attempts: u32,
    /// Time from the first attempt after which no new attempt starts.
    pub budget: Duration,
    /// A 429 asking to wait longer than this is returned to the caller instead.
    pub retry_after_cap: Duration,
    /// First backoff step; doubles per retry, then jittered by ×0.5–1.5.
    pub base_delay: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            attempts: 3,
            budget: Duration::from_secs(20),
            retry_after_cap: Duration::from_secs(10),
            base_delay: Duration::from_millis(250),
        }
    }
}

impl RetryPolicy {
    /// How long to wait before the next attempt, or `None` to give up with `error`.
    /// `replay_safe` is false for a POST without an `Idempotency-Key`.
    pub fn next_wait(
        &self,
        error: &WorkosError,
        attempts_made: u32,
        elapsed: Duration,
        replay_safe: bool,
    ) -> Option<Duration> {
        if attempts_made >= self.attempts || !replay_safe {
            return None;
        }
        let wait = match error {
            WorkosError::RateLimited {
                retry_after_seconds: Some(seconds),
                ..
            } => {
                let asked = Duration::from_secs(*seconds);
                if asked > self.retry_after_cap {
                    return None;
                }
                asked
            }
            WorkosError::RateLimited { .. }
            | WorkosError::Timeout
            | WorkosError::Unreachable(_) => self.backoff(attempts_made),
            WorkosError::Upstream {
                status: 408 | 500 | 502 | 503 | 504,
                ..
            } => self.backoff(attempts_made),
            _ => return None,
        };
        (elapsed + wait < self.budget).then_some(wait)
    }

    fn backoff(&self, attempts_made: u32) -> Duration {
        use rand::Rng;
        let step = self
            .base_delay
            .saturating_mul(1 << attempts_made.saturating_sub(1).min(10));
        let step = step.min(Duration::from_secs(5));
        step.mul_f64(rand::thread_rng().gen_range(0.5..1.5))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn upstream(status: u16) -> WorkosError {
        WorkosError::Upstream {
            status,
            request_id: None,
        }
    }

    #[test]
    fn transient_failures_are_retried_within_the_attempt_limit() {
        let policy = RetryPolicy::default();
        for error in [
            upstream(503),
            upstream(500),
            upstream(408),
            WorkosError::Timeout,
            WorkosError::Unreachable("x".into()),
        ] {
            let wait = policy
                .next_wait(&error, 1, Duration::ZERO, true)
                .expect("retry");
            assert!(
                wait >= Duration::from_millis(125) && wait <= Duration::from_millis(375),
                "{wait:?}"
            );
            assert!(
                policy.next_wait(&error, 3, Duration::ZERO, true).is_none(),
                "attempt limit"
            );
        }
    }

    #[test]
    fn backoff_grows_and_stays_capped() {
        let policy = RetryPolicy {
            attempts: 20,
            budget: Duration::from_secs(600),
            ..Default::default()
        };
        let second = policy
            .next_wait(&upstream(502), 2, Duration::ZERO, true)
            .unwrap();
        assert!(second >= Duration::from_millis(250) && second <= Duration::from_millis(750));
        let late = policy
            .next_wait(&upstream(502), 15, Duration::ZERO, true)
            .unwrap();
        assert!(late <= Duration::from_millis(7500), "{late:?}");
    }

    #[test]
    fn permanent_errors_and_unsafe_posts_are_not_retried() {
        let policy = RetryPolicy::default();
        let permanent = [
            WorkosError::Unauthorized { request_id: None },
            WorkosError::Malformed {
                status: 200,
                request_id: None,
            },
            upstream(501),
            WorkosError::Validation {
                code: None,
                status: 422,
                message: String::new(),
                errors: vec![],
                request_id: None,
            },
        ];
        for error in permanent {
            assert!(
                policy.next_wait(&error, 1, Duration::ZERO, true).is_none(),
                "{error:?}"
            );
        }
        assert!(policy
            .next_wait(&upstream(503), 1, Duration::ZERO, false)
            .is_none());
    }

    #[test]
    fn retry_after_is_honoured_up_to_the_cap_and_the_budget() {
        let policy = RetryPolicy::default();
        let limited = |s| WorkosError::RateLimited {
            retry_after_seconds: Some(s),
            request_id: None,
        };
        assert_eq!(
            policy.next_wait(&limited(2), 1, Duration::ZERO, true),
            Some(Duration::from_secs(2))
        );
        assert_eq!(
            policy.next_wait(&limited(60), 1, Duration::ZERO, true),
            None,
            "over the cap"
        );
        assert_eq!(
            policy.next_wait(&limited(2), 1, Duration::from_secs(19), true),
            None,
            "over the budget"
        );
    }
}
