//! Sends a receiver signed webhook deliveries as fast as it takes them, each a new event,
//! from many connections at once, and prints what it measured: deliveries per second,
//! latency, and how many the receiver said it stored as new. `scripts/bench` runs it
//! against Portico's `POST /webhooks/workos`.
//!
//! ```sh
//! WEBHOOK_URL=http://127.0.0.1:3000/webhooks/workos WEBHOOK_SECRET=whsec_… \
//!   DELIVERIES=20000 CONNECTIONS=64 cargo run --release -p workos --example webhook_flood
//! ```

use std::{
    sync::{
        atomic::{AtomicUsize, Ordering},
        Arc, Mutex,
    },
    time::{Duration, Instant},
};
use workos::webhooks::{signature_header, SIGNATURE_HEADER};

fn setting(name: &str, default: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| default.to_owned())
}

fn now_ms() -> i64 {
    let since = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    i64::try_from(since.as_millis()).unwrap_or(0)
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let url = std::env::var("WEBHOOK_URL").map_err(|_| "set WEBHOOK_URL")?;
    let secret = std::env::var("WEBHOOK_SECRET").map_err(|_| "set WEBHOOK_SECRET")?;
    let organization = setting("WORKOS_ORGANIZATION", "org_01BENCH");
    let deliveries: usize = setting("DELIVERIES", "20000").parse()?;
    let connections: usize = setting("CONNECTIONS", "64").parse()?;
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(connections)
        .build()?;
    let next = Arc::new(AtomicUsize::new(0));
    let stored_new = Arc::new(AtomicUsize::new(0));
    let refused = Arc::new(AtomicUsize::new(0));
    let latencies = Arc::new(Mutex::new(Vec::with_capacity(deliveries)));
    let run = format!("{:x}", now_ms());
    let started = Instant::now();
    let workers = (0..connections).map(|_| {
        let (client, url, secret, organization, run) = (
            client.clone(),
            url.clone(),
            secret.clone(),
            organization.clone(),
            run.clone(),
        );
        let (next, stored_new, refused, latencies) = (
            next.clone(),
            stored_new.clone(),
            refused.clone(),
            latencies.clone(),
        );
        tokio::spawn(async move {
            loop {
                let n = next.fetch_add(1, Ordering::Relaxed);
                if n >= deliveries {
                    return;
                }
                let body = serde_json::json!({
                    "object": "event",
                    "id": format!("event_bench_{run}_{n:08}"),
                    "event": "dsync.user.updated",
                    "data": { "id": format!("directory_user_{n}"), "organization_id": organization },
                    "created_at": "2026-12-03T00:00:00.000Z",
                })
                .to_string();
                let signature = signature_header(&secret, now_ms(), body.as_bytes());
                let sent = Instant::now();
                let answer = client
                    .post(&url)
                    .header("content-type", "application/json")
                    .header(SIGNATURE_HEADER, signature)
                    .body(body)
                    .send()
                    .await;
                let took = sent.elapsed();
                match answer {
                    Ok(response) if response.status().is_success() => {
                        let said: serde_json::Value = response.json().await.unwrap_or_default();
                        if said["new"] == true {
                            stored_new.fetch_add(1, Ordering::Relaxed);
                        }
                    }
                    _ => {
                        refused.fetch_add(1, Ordering::Relaxed);
                    }
                }
                latencies.lock().expect("latencies").push(took);
            }
        })
    });
    for worker in workers.collect::<Vec<_>>() {
        worker.await?;
    }
    let elapsed = started.elapsed();
    let mut latencies = latencies.lock().expect("latencies").clone();
    latencies.sort();
    let at = |q: f64| {
        latencies
            .get(((latencies.len() as f64 * q) as usize).min(latencies.len().saturating_sub(1)))
            .copied()
            .unwrap_or(Duration::ZERO)
    };
    println!(
        "{deliveries} deliveries from {connections} connections in {:.2} s: {:.0} events/s, p50 {:.2} ms, p99 {:.2} ms; stored as new {}, refused or failed {}",
        elapsed.as_secs_f64(),
        deliveries as f64 / elapsed.as_secs_f64(),
        at(0.50).as_secs_f64() * 1000.0,
        at(0.99).as_secs_f64() * 1000.0,
        stored_new.load(Ordering::Relaxed),
        refused.load(Ordering::Relaxed),
    );
    Ok(())
}
