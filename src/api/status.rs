//! The organization's page: every area's status, for whoever is signed in.

use crate::model::{AppError, LiveStatus, OrgOverview};
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// The organization settings page's data: who is looking, and the live status of
/// every enterprise feature (the page itself reads it before it renders).
/// `fresh` skips the short status cache, as the page does on return from the portal.
#[server(name = OrgOverviewQuery, prefix = "/api", endpoint = "organization", input = GetUrl)]
pub async fn org_overview(#[server(default)] fresh: bool) -> Result<OrgOverview, AppError> {
    use crate::server::http::{context as cx, settings_page};
    cx::respond(async {
        let state = cx::state()?;
        let session = cx::session().await?;
        let user = state.auth.require_user(&session).await?;
        Ok(settings_page::overview(&state, &session, &user, fresh).await)
    })
    .await
}

/// What `GET /api/status_stream` sends, once: a page refused a stream (past the bound on
/// live pages) re-reads this instead, every half minute.
#[server(name = LiveStatusQuery, prefix = "/api", endpoint = "live_status", input = GetUrl)]
pub async fn live_status() -> Result<LiveStatus, AppError> {
    use crate::server::http::context as cx;
    cx::respond(async {
        let state = cx::state()?;
        let session = cx::session().await?;
        let user = state.auth.require_user(&session).await?;
        Ok(LiveStatus::of(
            state.status_cache.overview(&user, false).await,
        ))
    })
    .await
}
