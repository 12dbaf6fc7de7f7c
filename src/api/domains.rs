//! Inline domain verification: claim a domain, have WorkOS check its TXT record, or
//! give it up. Plain HTML forms post here; each answers with a redirect to the card.

use crate::domain::AppError;
use leptos::prelude::*;

/// The card these forms are in; where they land.
#[cfg(feature = "ssr")]
const CARD: &str = "domain_verification";
#[cfg(feature = "ssr")]
const DOMAIN_CARD: &str = "/settings#domain_verification";

/// Claims a domain for the session's organization; the page then shows the TXT record
/// to publish. Only admins may call it.
#[server(name = AddDomain, prefix = "/api", endpoint = "add_domain")]
pub async fn add_domain(domain: String) -> Result<(), AppError> {
    use crate::server::{api_context as cx, domains};
    let typed: String = domain.chars().take(253).collect();
    cx::respond_in_card(Some(CARD), &[("domain", &typed)], async {
        let (state, admin) = cx::admin().await?;
        domains::add(&state, &admin, &domain).await?;
        leptos_axum::redirect(DOMAIN_CARD);
        Ok(())
    })
    .await
}

/// Has WorkOS check one of the organization's domains now. Only admins may call it.
#[server(name = VerifyDomain, prefix = "/api", endpoint = "verify_domain")]
pub async fn verify_domain(id: String) -> Result<(), AppError> {
    use crate::server::{api_context as cx, domains};
    cx::respond_in_card(Some(CARD), &[], async {
        let (state, admin) = cx::admin().await?;
        domains::verify(&state, &admin, &id).await?;
        leptos_axum::redirect(DOMAIN_CARD);
        Ok(())
    })
    .await
}

/// Gives up one of the organization's domains. Only admins may call it.
#[server(name = RemoveDomain, prefix = "/api", endpoint = "remove_domain")]
pub async fn remove_domain(id: String) -> Result<(), AppError> {
    use crate::server::{api_context as cx, domains};
    cx::respond_in_card(Some(CARD), &[], async {
        let (state, admin) = cx::admin().await?;
        domains::remove(&state, &admin, &id).await?;
        leptos_axum::redirect(DOMAIN_CARD);
        Ok(())
    })
    .await
}
