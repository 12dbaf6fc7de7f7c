//! The staff console's owners' server functions for the host's integrations: API keys
//! and webhook endpoints (what each makes is shown once on the page it goes back to), and
//! sending a delivery again.

use crate::model::AppError;
use leptos::prelude::*;

/// Keeps what was just made for the integrations page's next view, and goes there:
/// `what` names it, in the request's language ("The API key \"billing\"").
#[cfg(feature = "ssr")]
async fn show_once(
    session: &tower_sessions::Session,
    what: &str,
    value: String,
) -> Result<(), crate::server::error::ServerError> {
    use crate::server::{http::staff_pages::keys, staff::StaffError};
    let kept = session
        .insert(keys::SHOWN_ONCE, (what.to_owned(), value))
        .await;
    kept.map_err(StaffError::from)?;
    leptos_axum::redirect("/staff/integrations#shown-once");
    Ok(())
}

/// Makes a host API key with `scopes[]` (owners only); the key is shown once.
#[server(name = StaffCreateApiKey, prefix = "/staff/api", endpoint = "create_api_key")]
pub async fn staff_create_api_key(
    name: String,
    #[server(default)] scopes: Vec<String>,
) -> Result<(), AppError> {
    use crate::server::{console::integrations, http::context as cx};
    let typed = crate::model::clipped(&name, 60);
    cx::respond_refilling(&[("name", &typed)], async {
        let (state, session, member) = cx::staff().await?;
        let key = integrations::create_key(&state, &member, &name, &scopes).await?;
        let what = crate::t!("console-shown-key", name = format!("{:?}", name.trim()));
        show_once(&session, &what, key).await
    })
    .await
}

#[server(name = StaffRevokeApiKey, prefix = "/staff/api", endpoint = "revoke_api_key")]
pub async fn staff_revoke_api_key(name: String) -> Result<(), AppError> {
    use crate::server::{console::integrations, http::context as cx};
    cx::respond(async {
        let (state, _, member) = cx::staff().await?;
        integrations::revoke_key(&state, &member, &name).await?;
        leptos_axum::redirect("/staff/integrations");
        Ok(())
    })
    .await
}

/// Registers a webhook endpoint for `events[]` (owners only); its secret is shown once.
#[server(name = StaffAddEndpoint, prefix = "/staff/api", endpoint = "add_webhook_endpoint")]
pub async fn staff_add_endpoint(
    url: String,
    #[server(default)] events: Vec<String>,
) -> Result<(), AppError> {
    use crate::server::{console::integrations, http::context as cx};
    let typed = crate::model::clipped(&url, 500);
    cx::respond_refilling(&[("url", &typed)], async {
        let (state, session, member) = cx::staff().await?;
        let secret = integrations::add_endpoint(&state, &member, &url, &events).await?;
        let what = crate::t!("console-shown-secret", url = url.trim());
        show_once(&session, &what, secret).await
    })
    .await
}

#[server(name = StaffRemoveEndpoint, prefix = "/staff/api", endpoint = "remove_webhook_endpoint")]
pub async fn staff_remove_endpoint(id: i64) -> Result<(), AppError> {
    use crate::server::{console::integrations, http::context as cx};
    cx::respond(async {
        let (state, _, member) = cx::staff().await?;
        integrations::remove_endpoint(&state, &member, id).await?;
        leptos_axum::redirect("/staff/integrations");
        Ok(())
    })
    .await
}

/// Sends a delivery again, due now, its attempts starting over (owners only).
#[server(name = StaffReplayDelivery, prefix = "/staff/api", endpoint = "replay_delivery")]
pub async fn staff_replay_delivery(id: i64) -> Result<(), AppError> {
    use crate::server::{console::integrations, http::context as cx};
    cx::respond(async {
        let (state, _, member) = cx::staff().await?;
        integrations::replay(&state, &member, id).await?;
        leptos_axum::redirect("/staff/integrations#deliveries");
        Ok(())
    })
    .await
}
