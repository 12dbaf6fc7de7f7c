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

/// What every connection shares: where to send, and the counts so far.
struct Flood {
    client: reqwest::Client,
    url: String,
    secret: String,
    organization: String,
    /// Makes this run's event ids its own.
    run: String,
    deliveries: usize,
    next: AtomicUsize,
    stored_new: AtomicUsize,
    refused: AtomicUsize,
    latencies: Mutex<Vec<Duration>>,
}

/// One connection: sends new events until `deliveries` have been sent.
async fn connection(flood: Arc<Flood>) {
    loop {
        let n = flood.next.fetch_add(1, Ordering::Relaxed);
        if n >= flood.deliveries {
            return;
        }
        let body = serde_json::json!({
            "object": "event",
            "id": format!("event_bench_{}_{n:08}", flood.run),
            "event": "dsync.user.updated",
            "data": { "id": format!("directory_user_{n}"), "organization_id": flood.organization },
            "created_at": "2026-12-03T00:00:00.000Z",
        })
        .to_string();
        let signature = signature_header(&flood.secret, now_ms(), body.as_bytes());
        let sent = Instant::now();
        let answer = flood
            .client
            .post(&flood.url)
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
                    flood.stored_new.fetch_add(1, Ordering::Relaxed);
                }
            }
            _ => {
                flood.refused.fetch_add(1, Ordering::Relaxed);
            }
        }
        flood.latencies.lock().expect("latencies").push(took);
    }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let deliveries: usize = setting("DELIVERIES", "20000").parse()?;
    let connections: usize = setting("CONNECTIONS", "64").parse()?;
    let flood = Arc::new(Flood {
        client: reqwest::Client::builder()
            .pool_max_idle_per_host(connections)
            .build()?,
        url: std::env::var("WEBHOOK_URL").map_err(|_| "set WEBHOOK_URL")?,
        secret: std::env::var("WEBHOOK_SECRET").map_err(|_| "set WEBHOOK_SECRET")?,
        organization: setting("WORKOS_ORGANIZATION", "org_01BENCH"),
        run: format!("{:x}", now_ms()),
        deliveries,
        next: AtomicUsize::new(0),
        stored_new: AtomicUsize::new(0),
        refused: AtomicUsize::new(0),
        latencies: Mutex::new(Vec::with_capacity(deliveries)),
    });
    let started = Instant::now();
    let workers: Vec<_> = (0..connections)
        .map(|_| tokio::spawn(connection(flood.clone())))
        .collect();
    for worker in workers {
        worker.await?;
    }
    let elapsed = started.elapsed();
    let mut latencies = flood.latencies.lock().expect("latencies").clone();
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
        flood.stored_new.load(Ordering::Relaxed),
        flood.refused.load(Ordering::Relaxed),
    );
    Ok(())
}
