//! Signing in to Portico through the organization's connection: the profile must be of
//! that organization and carry an email on its verified domains; the account is found by
//! that email or made at the first sign-in (`sso.new_member_role`, admin only through a
//! group named in `sso.admin_groups`); then the session starts as any other.

use super::{Callback, SsoError};
use crate::{
    model::{EmailAddress, Role},
    server::{
        audit::Action,
        audit::{self, Outsider},
        db::{self, audit::Outcome, organizations::OrganizationRow},
        members,
        state::AppState,
        status::provider_name,
    },
};
use tower_sessions::Session;
use workos::types::Profile;

/// How the trail names the identity provider ("Single sign-on (Okta SAML)").
fn identity_provider(connection_type: Option<&str>) -> String {
    match connection_type {
        Some(t) => format!("Single sign-on ({})", provider_name(t)),
        None => "Single sign-on".to_owned(),
    }
}

pub(super) async fn finish(
    state: &AppState,
    session: &Session,
    organization_id: i64,
    verifier: &str,
    callback: Callback,
) -> Result<(), SsoError> {
    let (organization, _) = db::organizations::by_id(&state.db, organization_id)
        .await?
        .ok_or(SsoError::UnexpectedState)?;
    let accepted = async {
        let profile = super::profile(state, verifier, callback).await?;
        let email = check(state, &organization, &profile).await?;
        let user_id = account(state, &organization, &profile, &email).await?;
        Ok::<_, SsoError>((profile, user_id))
    };
    let (profile, user_id) = match accepted.await {
        Ok(accepted) => accepted,
        Err(error) => {
            refused(state, &organization, &error).await?;
            return Err(error);
        }
    };
    let detail = format!("method=sso ({})", provider_name(&profile.connection_type));
    state
        .auth
        .sign_in_through_sso(session, user_id, organization.id, &detail)
        .await?;
    Ok(())
}

/// The profile's email, if the profile is the organization's and the email on its
/// verified domains.
async fn check(
    state: &AppState,
    organization: &OrganizationRow,
    profile: &Profile,
) -> Result<EmailAddress, SsoError> {
    let expected = organization
        .workos_organization_id
        .clone()
        .unwrap_or_default();
    if profile.organization_id.as_deref() != Some(expected.as_str()) {
        return Err(SsoError::OtherOrganization {
            expected,
            got: profile.organization_id.clone(),
        });
    }
    let outside = || SsoError::OutsideDomains {
        email: crate::model::clipped(&profile.email, 80),
    };
    // ASCII only: a look-alike letter must not lower-case onto someone else's address.
    if !profile.email.is_ascii() {
        return Err(outside());
    }
    let email = EmailAddress::parse(&profile.email).map_err(|_| outside())?;
    let domain = email.as_str().rsplit_once('@').map_or("", |(_, d)| d);
    let verified = state.status_cache.verified_domains(&expected).await;
    if !verified.iter().any(|d| d == domain) {
        return Err(outside());
    }
    Ok(email)
}

/// A refused SSO sign-in, in the organization's trail.
async fn refused(
    state: &AppState,
    organization: &OrganizationRow,
    error: &SsoError,
) -> Result<(), SsoError> {
    let reason = match error {
        SsoError::Refused { code } => code.clone(),
        other => other.to_string(),
    };
    let by = identity_provider(None);
    let row = audit::by_outsider(
        Outsider::IdentityProvider { name: &by },
        organization,
        Action::SignIn,
        Outcome::Refused,
        &format!("method=sso: {reason}"),
    );
    state.audit.write(row).await?;
    Ok(())
}

/// The person's account: a member's, found by email; else a new account made a member
/// now. An account that exists but is not a member is not joined on an identity
/// provider's word alone (it may be someone's in another organization): an admin adds it.
async fn account(
    state: &AppState,
    organization: &OrganizationRow,
    profile: &Profile,
    email: &EmailAddress,
) -> Result<i64, SsoError> {
    if let Some(user) = db::users::find_by_email(&state.db, email.as_str()).await? {
        return match state.auth.memberships.of(user.id, organization.id).await? {
            Some(_) => Ok(user.id),
            None => Err(SsoError::NotAMember {
                email: email.to_string(),
                organization: organization.name.clone(),
            }),
        };
    }
    let by = identity_provider(Some(&profile.connection_type));
    let role = new_member_role(state, profile);
    // Added without a password: they sign in through SSO (or the host's embed).
    members::add(
        &state.db,
        email.as_str(),
        organization,
        role,
        None,
        Outsider::IdentityProvider { name: &by },
    )
    .await?;
    let user = db::users::find_by_email(&state.db, email.as_str()).await?;
    Ok(user.map(|u| u.id).ok_or(sqlx::Error::RowNotFound)?)
}

/// A new member's role: admin only when a group the profile lists is one the operator
/// named in `sso.admin_groups`; else `sso.new_member_role`.
fn new_member_role(state: &AppState, profile: &Profile) -> Role {
    let admin_groups = &state.config.sso.admin_groups.0;
    let in_admin_group = profile
        .groups
        .iter()
        .flatten()
        .any(|group| admin_groups.iter().any(|g| g == group));
    if in_admin_group {
        Role::Admin
    } else {
        state.config.sso.new_member_role.0
    }
}
