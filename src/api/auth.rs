use crate::model::{AppError, CurrentUser};
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// Signs in with email and password; on success the session is bound to the user's
/// organization and the browser goes to `next` (a local path) or the settings page.
#[server(name = Login, prefix = "/api", endpoint = "login")]
pub async fn login(
    email: String,
    password: String,
    next: Option<String>,
    /// "Keep me signed in": the cookie outlives the browser (up to the idle timeout).
    remember: Option<String>,
) -> Result<(), AppError> {
    use crate::server::{auth, http::context as cx};
    // A failed plain form post comes back with the email filled in (as long as an email
    // can be), never the password.
    let typed = crate::model::clipped(&email, 254);
    cx::respond_refilling(&[("email", &typed)], async {
        let state = cx::state()?;
        let session = cx::session().await?;
        let address = cx::client_address(&state)?;
        let remember = remember.is_some();
        state
            .auth
            .sign_in(&session, &email, &password, address, remember)
            .await?;
        leptos_axum::redirect(&auth::local_redirect_target(next.as_deref()));
        Ok(())
    })
    .await
}

#[server(name = Logout, prefix = "/api", endpoint = "logout")]
pub async fn logout() -> Result<(), AppError> {
    use crate::server::http::context as cx;
    cx::respond(async {
        let state = cx::state()?;
        let session = cx::session().await?;
        state.auth.sign_out(&session).await?;
        leptos_axum::redirect("/sign-in");
        Ok(())
    })
    .await
}

/// The signed-in user, or `None` when signed out.
#[server(name = CurrentUserQuery, prefix = "/api", endpoint = "me", input = GetUrl)]
pub async fn current_user() -> Result<Option<CurrentUser>, AppError> {
    use crate::server::{auth, http::context as cx};
    cx::respond(async {
        let state = cx::state()?;
        let session = cx::session().await?;
        match state.auth.require_user(&session).await {
            Ok(user) => Ok(Some(user.view())),
            Err(auth::AuthError::SignedOut) => Ok(None),
            Err(other) => Err(other.into()),
        }
    })
    .await
}

/// Switches the session to another organization the signed-in user belongs to.
#[server(name = SwitchOrganization, prefix = "/api", endpoint = "switch_organization")]
pub async fn switch_organization(organization: i64) -> Result<(), AppError> {
    use crate::server::http::context as cx;
    cx::respond(async {
        let state = cx::state()?;
        let session = cx::session().await?;
        let user = state.auth.require_user(&session).await?;
        state
            .auth
            .switch_organization(&session, &user, organization)
            .await?;
        leptos_axum::redirect("/settings");
        Ok(())
    })
    .await
}
