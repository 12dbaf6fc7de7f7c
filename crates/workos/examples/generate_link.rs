//! Creates an organization and asks for a one-time Admin Portal link to set up its SSO.
//!
//! Against a local emulator (no WorkOS account needed):
//!
//! ```sh
//! WORKOS_API_KEY=sk_test_local cargo run -p workos-emulator -- --addr 127.0.0.1:8787 &
//! WORKOS_API_KEY=sk_test_local WORKOS_API_BASE_URL=http://127.0.0.1:8787 \
//!   cargo run -p workos --example generate_link
//! ```
//!
//! Against WorkOS itself, set only `WORKOS_API_KEY` (an `sk_test_…` key is safest).

use workos::{
    types::{CreateOrganization, GenerateLink},
    ApiKey, ClientOptions, PortalIntent, WorkosClient,
};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let key = std::env::var("WORKOS_API_KEY").map_err(|_| "set WORKOS_API_KEY")?;
    let base = std::env::var("WORKOS_API_BASE_URL")
        .unwrap_or_else(|_| "https://api.workos.com".to_owned());
    let client = WorkosClient::new(base.parse()?, ApiKey::new(key), ClientOptions::default())?;

    let organization = client
        .create_organization(&CreateOrganization {
            name: "Example Co".to_owned(),
            ..Default::default()
        })
        .await?;
    println!("organization {} ({})", organization.id, organization.name);

    let mut request = GenerateLink::new(&organization.id, PortalIntent::Sso);
    request.return_url = Some("https://app.example.com/settings".to_owned());
    request.success_url = Some("https://app.example.com/settings?configured=sso".to_owned());
    request.external_user_id = Some("user_123".to_owned());
    let link = client.generate_portal_link(&request).await?;
    println!("portal link {link}");
    Ok(())
}
