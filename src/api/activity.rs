//! The organization's recent activity, for its admins.

use crate::model::{ActivityPage, AppError};
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// A page of what happened in the session's organization, newest first, from just
/// before row `before`. Only admins may read it. (Exports: `GET /api/audit_events`.)
#[server(name = RecentActivity, prefix = "/api", endpoint = "activity", input = GetUrl)]
pub async fn recent_activity(
    #[server(default)] before: Option<i64>,
) -> Result<ActivityPage, AppError> {
    use crate::server::http::{context as cx, settings_page};
    cx::respond(async {
        let state = cx::state()?;
        let session = cx::session().await?;
        let user = state.auth.require_user(&session).await?;
        let admin = user.require_admin_to(crate::server::auth::AdminsOnly::ReadActivity)?;
        let query = crate::server::activity::ActivityQuery {
            before,
            ..Default::default()
        };
        settings_page::activity(&state, &admin, &query).await
    })
    .await
}
