//! Sending due deliveries: signed as WorkOS signs its own (`Portico-Signature: t=…,
//! v1=…`, HMAC-SHA256 of `t.body` under the endpoint's secret), to the address the SSRF
//! guard checked, within 10 s, no redirects. A 2xx is delivered; anything else is tried
//! again with growing waits for about a day, then given up (the console's log shows it,
//! and an owner can send it again).

use super::guard;
use crate::server::{
    clock::unix_ms,
    db::{
        self,
        webhooks::{Attempt, Due},
        Pool,
    },
};
use std::time::Duration;

/// Waits after each failed attempt: about a day in all (12 attempts).
const WAITS_S: [i64; 11] = [
    10, 30, 60, 300, 900, 1_800, 3_600, 7_200, 14_400, 28_800, 28_800,
];
/// How long one attempt may take.
const TIMEOUT: Duration = Duration::from_secs(10);
/// How long a claimed delivery is held before another instance may take it over: well
/// past one attempt (the name's lookup, 5 s at most, and the request, 10 s).
const HOLD_MS: i64 = 60_000;

/// When to try again after `attempts` failed ones (`None`: give up), from `now_ms`.
pub fn next_attempt(attempts: i64, now_ms: i64) -> Option<i64> {
    let wait = WAITS_S.get(usize::try_from(attempts).ok()?.checked_sub(1)?)?;
    Some(now_ms + wait * 1000)
}

async fn attempt(delivery: &Due, allow_private: bool) -> Attempt {
    let attempts = delivery.attempts + 1;
    let failed = |status: Option<u16>, error: String, retry: bool| Attempt::Failed {
        status,
        error,
        next_ms: retry.then(|| next_attempt(attempts, unix_ms())).flatten(),
    };
    let url = match url::Url::parse(&delivery.url) {
        Ok(url) => url,
        Err(error) => return failed(None, format!("the URL is unreadable: {error}"), false),
    };
    let address = match guard::address(&url, allow_private).await {
        Ok(address) => address,
        // A private address stays private: no point trying again.
        Err(refused @ guard::Refused::Private(_)) => {
            return failed(None, refused.to_string(), false)
        }
        Err(refused) => return failed(None, refused.to_string(), true),
    };
    let host = url.host_str().unwrap_or_default().to_owned();
    let client = reqwest::Client::builder()
        .resolve(&host, address)
        // A proxy would look the name up again itself: straight to the checked address.
        .no_proxy()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(TIMEOUT)
        .user_agent("Portico-Webhooks/1")
        .build();
    let client = match client {
        Ok(client) => client,
        Err(error) => return failed(None, error.to_string(), true),
    };
    let signature = workos::webhooks::signature_header(
        &delivery.secret,
        unix_ms(),
        delivery.payload.as_bytes(),
    );
    let sent = client
        .post(url)
        .header(reqwest::header::CONTENT_TYPE, "application/json")
        .header("Portico-Signature", signature)
        .body(delivery.payload.clone())
        .send()
        .await;
    match sent {
        Ok(answer) if answer.status().is_success() => Attempt::Delivered {
            status: answer.status().as_u16(),
        },
        Ok(answer) => {
            let status = answer.status().as_u16();
            failed(
                Some(status),
                format!("the endpoint answered {status}"),
                true,
            )
        }
        Err(error) if error.is_timeout() => failed(None, "no answer within 10 s".to_owned(), true),
        Err(error) => failed(None, format!("could not reach the endpoint: {error}"), true),
    }
}

/// Sends what is due now, each claimed just before its attempt (so a slow endpoint never
/// lets another instance's claim of the next one lapse); answers how many were delivered.
pub async fn deliver_due(pool: &Pool, allow_private: bool) -> Result<usize, sqlx::Error> {
    let due = db::webhooks::due(pool, unix_ms(), 20).await?;
    let mut delivered = 0;
    for id in due {
        let Some(delivery) = db::webhooks::claim(pool, id, unix_ms(), HOLD_MS).await? else {
            continue;
        };
        let outcome = attempt(&delivery, allow_private).await;
        match &outcome {
            Attempt::Delivered { .. } => delivered += 1,
            Attempt::Failed {
                error,
                next_ms: None,
                ..
            } => {
                tracing::warn!(
                    delivery = delivery.id,
                    error,
                    "gave up a webhook delivery to the host"
                )
            }
            Attempt::Failed { .. } => {}
        }
        db::webhooks::finish(pool, delivery.id, delivery.claim, &outcome).await?;
    }
    Ok(delivered)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_wait_longer_each_time_for_about_a_day_then_stop() {
        assert_eq!(next_attempt(1, 0), Some(10_000));
        assert_eq!(next_attempt(2, 0), Some(30_000));
        let total: i64 = (1..=11).map(|n| next_attempt(n, 0).unwrap()).sum();
        assert!(
            (20 * 3_600_000..=26 * 3_600_000).contains(&total),
            "{total} ms"
        );
        assert_eq!(next_attempt(12, 0), None, "the twelfth failure is the last");
        assert_eq!(next_attempt(0, 0), None);
    }
}
