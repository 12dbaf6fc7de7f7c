//! Sends webhook deliveries as WorkOS does: a POST of the event's JSON, signed afresh at
//! each attempt (`workos::webhooks`), retried with doubling waits while the endpoint
//! does not answer 2xx (WorkOS keeps trying for days in production, minutes elsewhere;
//! here six attempts). Each delivery runs on its own, so they arrive in no set order.

use crate::store::Store;
use std::{sync::Arc, time::Duration};
use workos::webhooks;

/// Attempts per delivery, the first included.
const ATTEMPTS: u32 = 6;

/// Starts sending what `store` queues; the first retry waits `first_retry`.
pub(crate) fn start(store: Arc<Store>, first_retry: Duration) {
    let (outgoing, mut queued) = tokio::sync::mpsc::unbounded_channel();
    store.send_deliveries_to(outgoing);
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("a client without custom TLS builds");
    tokio::spawn(async move {
        while let Some(id) = queued.recv().await {
            tokio::spawn(deliver(store.clone(), client.clone(), id, first_retry));
        }
    });
}

async fn deliver(store: Arc<Store>, client: reqwest::Client, id: String, first_retry: Duration) {
    let mut wait = first_retry;
    for attempt in 1..=ATTEMPTS {
        while store.deliveries_paused() {
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        // The endpoint or the event may be gone meanwhile: nothing left to send.
        let Some((url, secret, body)) = store.delivery_request(&id) else {
            return;
        };
        let now_ms = time::OffsetDateTime::now_utc().unix_timestamp_nanos() / 1_000_000;
        let signature =
            webhooks::signature_header(&secret, i64::try_from(now_ms).unwrap_or(0), &body);
        let outcome = client
            .post(url)
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .header(webhooks::SIGNATURE_HEADER, signature)
            .body(body)
            .send()
            .await
            .map(|response| response.status().as_u16())
            .map_err(|error| error.to_string());
        let delivered = matches!(outcome, Ok(status) if (200..300).contains(&status));
        store.delivery_attempted(&id, outcome, attempt == ATTEMPTS);
        if delivered || attempt == ATTEMPTS {
            return;
        }
        tokio::time::sleep(wait).await;
        wait *= 2;
    }
}
