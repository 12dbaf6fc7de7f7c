//! "Send to my IT admin": invite the organization's IT contact through WorkOS, or end
//! the invitation. Plain HTML forms post here; each answers with a redirect.

use crate::model::AppError;
#[cfg(feature = "ssr")]
use crate::model::Place;
use leptos::prelude::*;

/// Emails `email` (added as the organization's IT contact if needed) a WorkOS setup link
/// for `areas` (intent names). Only admins may call it.
#[server(name = InviteItAdmin, prefix = "/api", endpoint = "invite_it_admin")]
pub async fn invite_it_admin(
    email: String,
    #[server(default)] areas: Vec<String>,
) -> Result<(), AppError> {
    use crate::server::{audit::Action, http::context as cx, it_admins};
    let typed = crate::model::clipped(&email, 254);
    cx::respond_in_card(Some(Place::ItAdminPanel), &[("contact", &typed)], async {
        let subject = format!("{typed}: {}", areas.join(","));
        cx::admin_change(Action::InviteItContact, &subject, |state, admin| async move {
            Ok(it_admins::invite(&state, &admin, &email, &areas).await?)
        })
        .await?;
        leptos_axum::redirect(&format!(
            "/settings?invited=1#{}",
            Place::ItAdminPanel.as_str()
        ));
        Ok(())
    })
    .await
}

/// Ends the organization's current IT contact invitation. Only admins may call it.
#[server(name = RevokeItInvitation, prefix = "/api", endpoint = "revoke_it_invitation")]
pub async fn revoke_it_invitation() -> Result<(), AppError> {
    use crate::server::{audit::Action, http::context as cx, it_admins};
    cx::respond_in_card(Some(Place::ItAdminPanel), &[], async {
        cx::admin_change(Action::RevokeItInvitation, "", |state, admin| async move {
            Ok(it_admins::revoke(&state, &admin).await?)
        })
        .await?;
        leptos_axum::redirect(&format!("/settings#{}", Place::ItAdminPanel.as_str()));
        Ok(())
    })
    .await
}
