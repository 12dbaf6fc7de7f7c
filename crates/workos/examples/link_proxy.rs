//! The least any server can do to hand out portal links: one route, no session, no
//! database, no audit, straight through this crate's client. `scripts/bench` measures it
//! as the floor Portico's own `POST /api/portal_link` is compared with.
//!
//! ```sh
//! WORKOS_API_KEY=sk_test_local WORKOS_API_BASE_URL=http://127.0.0.1:8787 \
//!   WORKOS_ORGANIZATION=org_… cargo run --release -p workos --example link_proxy
//! ```

use axum::{extract::State, http::StatusCode, routing::post, Router};
use std::sync::Arc;
use workos::{types::GenerateLink, ApiKey, CallBudget, ClientOptions, PortalIntent, WorkosClient};

struct Proxy {
    client: WorkosClient,
    organization: String,
}

async fn link(State(proxy): State<Arc<Proxy>>) -> Result<String, StatusCode> {
    let request = GenerateLink::new(&proxy.organization, PortalIntent::Sso);
    proxy
        .client
        .generate_portal_link(&request)
        .await
        .map_err(|_| StatusCode::BAD_GATEWAY)
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let key = std::env::var("WORKOS_API_KEY").map_err(|_| "set WORKOS_API_KEY")?;
    let base = std::env::var("WORKOS_API_BASE_URL").map_err(|_| "set WORKOS_API_BASE_URL")?;
    let organization =
        std::env::var("WORKOS_ORGANIZATION").map_err(|_| "set WORKOS_ORGANIZATION")?;
    // A floor for benchmarks: no call budget, so the figure is the route's and the client's.
    let unbudgeted = CallBudget {
        per_minute: u32::MAX,
        per_organization_per_minute: u32::MAX,
    };
    let client = WorkosClient::new(base.parse()?, ApiKey::new(key), ClientOptions::default())?
        .with_budget(unbudgeted);
    let app = Router::new()
        .route("/link", post(link))
        .with_state(Arc::new(Proxy {
            client,
            organization,
        }));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    println!("listening on http://{}", listener.local_addr()?);
    axum::serve(listener, app).await?;
    Ok(())
}
