//! "Send to my IT admin": invite the organization's IT contact through WorkOS, or end
//! the invitation. Plain HTML forms post here; each answers with a redirect.

use crate::domain::AppError;
use leptos::prelude::*;

/// The hand-off panel these forms are in.
#[cfg(feature = "ssr")]
const PANEL: &str = "it-admin";

/// Emails `email` (added as the organization's IT contact if needed) a WorkOS setup link
/// for `areas` (intent names). Only admins may call it.
#[server(name = InviteItAdmin, prefix = "/api", endpoint = "invite_it_admin")]
pub async fn invite_it_admin(
    email: String,
    #[server(default)] areas: Vec<String>,
) -> Result<(), AppError> {
    use crate::server::{api_context as cx, audit::Action, it_admins};
    let typed: String = email.chars().take(254).collect();
    cx::respond_in_card(Some(PANEL), &[("contact", &typed)], async {
        let subject = format!("{typed}: {}", areas.join(","));
        cx::admin_change(Action::InviteItContact, &subject, |state, admin| async move {
            Ok(it_admins::invite(&state, &admin, &email, &areas).await?)
        })
        .await?;
        leptos_axum::redirect("/settings?invited=1#it-admin");
        Ok(())
    })
    .await
}

/// Ends the organization's current IT contact invitation. Only admins may call it.
#[server(name = RevokeItInvitation, prefix = "/api", endpoint = "revoke_it_invitation")]
pub async fn revoke_it_invitation() -> Result<(), AppError> {
    use crate::server::{api_context as cx, audit::Action, it_admins};
    cx::respond_in_card(Some(PANEL), &[], async {
        cx::admin_change(Action::RevokeItInvitation, "", |state, admin| async move {
            Ok(it_admins::revoke(&state, &admin).await?)
        })
        .await?;
        leptos_axum::redirect("/settings#it-admin");
        Ok(())
    })
    .await
}
