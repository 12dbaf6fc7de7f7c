//! Inline domain verification: claim a domain, have WorkOS check its TXT record, or
//! give it up. Plain HTML forms post here; each answers with a redirect to the card.

use crate::model::AppError;
use leptos::prelude::*;

/// The card these forms are in.
#[cfg(feature = "ssr")]
const CARD: crate::model::Place =
    crate::model::Place::Card(crate::model::Intent::DomainVerification);

/// Claims a domain for the session's organization; the page then shows the TXT record
/// to publish. Only admins may call it.
#[server(name = AddDomain, prefix = "/api", endpoint = "add_domain")]
pub async fn add_domain(domain: String) -> Result<(), AppError> {
    use crate::server::{audit::Action, domains, http::context as cx};
    let typed = crate::model::clipped(&domain, 253);
    cx::respond_in_card(Some(CARD), &[("domain", &typed)], async {
        cx::admin_change(Action::AddDomain, &typed, |state, admin| async move {
            Ok(domains::add(&state, &admin, &domain).await?.domain)
        })
        .await?;
        leptos_axum::redirect(&format!("/settings#{}", CARD.as_str()));
        Ok(())
    })
    .await
}

/// Has WorkOS check one of the organization's domains now. Only admins may call it.
#[server(name = VerifyDomain, prefix = "/api", endpoint = "verify_domain")]
pub async fn verify_domain(id: String) -> Result<(), AppError> {
    use crate::server::{audit::Action, domains, http::context as cx};
    cx::respond_in_card(Some(CARD), &[], async {
        let id = id.as_str();
        cx::admin_change(Action::VerifyDomain, id, |state, admin| async move {
            let checked = domains::verify(&state, &admin, id).await?;
            Ok(format!("{}: {}", checked.domain, checked.state))
        })
        .await?;
        leptos_axum::redirect(&format!("/settings#{}", CARD.as_str()));
        Ok(())
    })
    .await
}

/// Gives up one of the organization's domains (the page asks first). Only admins may
/// call it. The card then says which domain went.
#[server(name = RemoveDomain, prefix = "/api", endpoint = "remove_domain")]
pub async fn remove_domain(id: String) -> Result<(), AppError> {
    use crate::server::{audit::Action, domains, http::context as cx};
    cx::respond_in_card(Some(CARD), &[], async {
        let id = id.as_str();
        let removed = cx::admin_change(Action::RemoveDomain, id, |state, admin| async move {
            Ok(domains::remove(&state, &admin, id).await?)
        })
        .await?;
        cx::say_done(CARD, crate::t!("domains-removed", domain = removed)).await;
        Ok(())
    })
    .await
}
