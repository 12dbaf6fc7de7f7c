//! The staff console's server functions, under `/staff/api/` so that only the staff
//! cookie reaches them: sign-in in two steps, and what staff do on a customer's behalf.
//! Each is a plain HTML form's target and answers with a redirect.

use crate::model::AppError;
use leptos::prelude::*;

/// The first step of a staff sign-in: the password. Next: the code, or the enrolment.
#[server(name = StaffLogin, prefix = "/staff/api", endpoint = "login")]
pub async fn staff_login(email: String, password: String) -> Result<(), AppError> {
    use crate::server::{http::context as cx, staff::sign_in};
    let typed = crate::model::clipped(&email, 254);
    cx::respond_refilling(&[("email", &typed)], async {
        let state = cx::state()?;
        let session = cx::session().await?;
        let address = cx::client_address(&state)?;
        let next = sign_in::sign_in(&state.auth, &session, &email, &password, address).await?;
        leptos_axum::redirect(match next {
            sign_in::NextStep::Code => "/staff/sign-in/code",
            sign_in::NextStep::Enrol => "/staff/enrol",
        });
        Ok(())
    })
    .await
}

/// The second step: the code from the authenticator app, or a recovery code.
#[server(name = StaffCode, prefix = "/staff/api", endpoint = "code")]
pub async fn staff_code(code: String) -> Result<(), AppError> {
    use crate::server::{http::context as cx, staff::sign_in};
    cx::respond(async {
        let state = cx::state()?;
        let session = cx::session().await?;
        let address = cx::client_address(&state)?;
        sign_in::second_factor(&state.auth, &session, &code, address).await?;
        leptos_axum::redirect("/staff");
        Ok(())
    })
    .await
}

/// The first sign-in's second step: one code confirms the new second factor; the
/// recovery codes are shown next, once.
#[server(name = StaffEnrol, prefix = "/staff/api", endpoint = "enrol")]
pub async fn staff_enrol(code: String) -> Result<(), AppError> {
    use crate::server::{http::context as cx, staff::sign_in};
    cx::respond(async {
        let state = cx::state()?;
        let session = cx::session().await?;
        let address = cx::client_address(&state)?;
        sign_in::confirm_enrolment(&state.auth, &session, &code, address).await?;
        leptos_axum::redirect("/staff/recovery-codes");
        Ok(())
    })
    .await
}

#[server(name = StaffLogout, prefix = "/staff/api", endpoint = "logout")]
pub async fn staff_logout() -> Result<(), AppError> {
    use crate::server::{http::context as cx, staff::sign_in};
    cx::respond(async {
        let state = cx::state()?;
        let session = cx::session().await?;
        sign_in::sign_out(&state.auth, &session).await?;
        leptos_axum::redirect("/staff/sign-in");
        Ok(())
    })
    .await
}

/// The organization's console page after an action, saying what happened.
#[cfg(feature = "ssr")]
fn organization_page(organization: i64, done: &str) -> String {
    format!("/staff/organizations/{organization}?done={done}")
}

/// Sends the setup for `areas` to `email`, the organization's IT contact.
#[server(name = StaffInviteItContact, prefix = "/staff/api", endpoint = "invite_it_contact")]
pub async fn staff_invite_it_contact(
    organization: i64,
    email: String,
    #[server(default)] areas: Vec<String>,
    reason: String,
) -> Result<(), AppError> {
    use crate::server::{console::actions, http::context as cx};
    let typed = crate::model::clipped(&email, 254);
    let refill = [("contact", typed.as_str()), ("reason", reason.as_str())];
    cx::respond_refilling(&refill, async {
        let (state, on_behalf) = cx::on_behalf(organization, &reason).await?;
        actions::invite_it_contact(&state, &on_behalf, &email, &areas).await?;
        leptos_axum::redirect(&organization_page(organization, "invited"));
        Ok(())
    })
    .await
}

/// A one-time Admin Portal link for `area`, shown once on the organization's page to
/// hand to its admins.
#[server(name = StaffHandOverLink, prefix = "/staff/api", endpoint = "hand_over_link")]
pub async fn staff_hand_over_link(
    organization: i64,
    area: String,
    reason: String,
) -> Result<(), AppError> {
    use crate::server::{console::actions, http::context as cx, http::staff_pages::keys};
    cx::respond_refilling(&[("reason", &reason)], async {
        let (state, on_behalf) = cx::on_behalf(organization, &reason).await?;
        let (intent, link) = actions::hand_over_link(&state, &on_behalf, &area).await?;
        let session = cx::session().await?;
        let kept = session
            .insert(keys::NEW_LINK, (organization, intent, link))
            .await;
        kept.map_err(crate::server::staff::StaffError::from)?;
        leptos_axum::redirect(&format!("/staff/organizations/{organization}#handed-over"));
        Ok(())
    })
    .await
}

/// Ends unopened Admin Portal links: `handed_over` (the console's), or a member's.
#[server(name = StaffRevokeLinks, prefix = "/staff/api", endpoint = "revoke_links")]
pub async fn staff_revoke_links(
    organization: i64,
    whose: String,
    reason: String,
) -> Result<(), AppError> {
    use crate::server::{console::actions, http::context as cx};
    cx::respond_refilling(&[("reason", &reason)], async {
        let (state, on_behalf) = cx::on_behalf(organization, &reason).await?;
        actions::revoke_links(&state, &on_behalf, &whose).await?;
        leptos_axum::redirect(&organization_page(organization, "revoked"));
        Ok(())
    })
    .await
}

/// Sets the areas the organization's plan includes.
#[server(name = StaffSetPlan, prefix = "/staff/api", endpoint = "set_plan")]
pub async fn staff_set_plan(
    organization: i64,
    #[server(default)] areas: Vec<String>,
    reason: String,
) -> Result<(), AppError> {
    use crate::server::{console::actions, http::context as cx};
    cx::respond_refilling(&[("reason", &reason)], async {
        let (state, on_behalf) = cx::on_behalf(organization, &reason).await?;
        actions::set_plan(&state, &on_behalf, &areas).await?;
        leptos_axum::redirect(&organization_page(organization, "plan"));
        Ok(())
    })
    .await
}

/// Gives a member a role, or removes them (`change`: admin, member, remove). Owners only.
#[server(name = StaffChangeMember, prefix = "/staff/api", endpoint = "change_member")]
pub async fn staff_change_member(
    organization: i64,
    email: String,
    change: String,
    reason: String,
) -> Result<(), AppError> {
    use crate::server::{console::actions, http::context as cx};
    cx::respond_refilling(&[("reason", &reason)], async {
        let (state, on_behalf) = cx::on_behalf(organization, &reason).await?;
        actions::change_member(&state, &on_behalf, &email, &change).await?;
        leptos_axum::redirect(&organization_page(organization, "member"));
        Ok(())
    })
    .await
}

/// Adds a staff account (owners only); its password is shown once on the team page.
#[server(name = StaffAdd, prefix = "/staff/api", endpoint = "add_staff")]
pub async fn staff_add(email: String, role: String) -> Result<(), AppError> {
    use crate::server::{console::team, http::context as cx, http::staff_pages::keys};
    let typed = crate::model::clipped(&email, 254);
    cx::respond_refilling(&[("email", &typed)], async {
        let (state, session, member) = cx::staff().await?;
        let added = team::add(&state, &member, &email, &role).await?;
        let kept = session.insert(keys::ADDED_STAFF, added).await;
        kept.map_err(crate::server::staff::StaffError::from)?;
        leptos_axum::redirect("/staff/team");
        Ok(())
    })
    .await
}

/// Gives a staff account a role, or removes it (`change`: support, owner, remove).
/// Owners only; the last owner stays.
#[server(name = StaffChange, prefix = "/staff/api", endpoint = "change_staff")]
pub async fn staff_change(email: String, change: String) -> Result<(), AppError> {
    use crate::server::{console::team, http::context as cx};
    cx::respond(async {
        let (state, _, member) = cx::staff().await?;
        team::change(&state, &member, &email, &change).await?;
        leptos_axum::redirect("/staff/team");
        Ok(())
    })
    .await
}
