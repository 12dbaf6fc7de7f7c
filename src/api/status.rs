//! The organization's page: every area's status, for whoever is signed in.

use crate::model::{AppError, OrgOverview};
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
