//! The organization's page: every area's status, for whoever is signed in.

use crate::model::{AppError, OrgOverview};
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// The organization settings page's data: who is looking, and the live status of
/// every enterprise feature.
/// `fresh` skips the short status cache: the page asks for it on return from the portal.
#[server(name = OrgOverviewQuery, prefix = "/api", endpoint = "organization", input = GetUrl)]
pub async fn org_overview(#[server(default)] fresh: bool) -> Result<OrgOverview, AppError> {
    use crate::server::{embed, http::context as cx};
    cx::respond(async {
        let state = cx::state()?;
        let session = cx::session().await?;
        let user = state.auth.require_user(&session).await?;
        let mut overview = state.status_cache.overview(&user, fresh).await;
        overview.embed = embed::view(&state, &session, &user).await;
        Ok(overview)
    })
    .await
}
