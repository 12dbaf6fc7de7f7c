//! Require SSO: the organization's members then sign in through its connection only;
//! the admins chosen as break-glass keep their password, so that a broken identity
//! provider cannot lock everyone out.

use super::SsoError;
use crate::{
    model::{AppError, BreakGlassChoice, ErrorKind, SsoSettings},
    server::{auth::OrgAdmin, db, error::ServerError, state::AppState},
};

/// What the SSO card shows an admin of Require SSO.
pub async fn require_sso(state: &AppState, admin: &OrgAdmin) -> Result<SsoSettings, SsoError> {
    let organization_id = admin.membership.organization_id;
    let required = db::sso::required(&state.db, organization_id).await?;
    let admins = db::sso::admins(&state.db, organization_id).await?;
    let connection_active = match admin.membership.workos_organization_id.as_deref() {
        Some(organization) => state.status_cache.sso_active(organization).await,
        None => false,
    };
    Ok(SsoSettings {
        required,
        admins: admins
            .into_iter()
            .filter(|a| a.has_password)
            .map(|a| BreakGlassChoice {
                user_id: a.user_id,
                email: a.email,
                keeps_password: a.break_glass,
            })
            .collect(),
        connection_active,
        can_test: state.sso_client_id.is_some(),
    })
}

/// What an admin asked: SSO required or not, and who keeps their password.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RequireSso {
    pub required: bool,
    pub break_glass: Vec<i64>,
}

/// Sets Require SSO and the break-glass admins; what changed, in the trail's words.
/// Refused: requiring SSO without an active connection, or without an admin who keeps
/// their password, naming someone who is not an admin, and a change that would end the
/// acting admin's own session (`own_session_kept`: it was signed in through this
/// organization's connection, or by a host) because they did not keep themselves.
pub async fn set_require_sso(
    state: &AppState,
    admin: &OrgAdmin,
    asked: RequireSso,
    own_session_kept: bool,
) -> Result<String, ServerError> {
    let organization_id = admin.membership.organization_id;
    let admins = db::sso::admins(&state.db, organization_id)
        .await
        .map_err(SsoError::from)?;
    let refuse = |message: &str| Err(AppError::new(ErrorKind::BadRequest, message).into());
    if asked
        .break_glass
        .iter()
        .any(|id| !admins.iter().any(|a| a.user_id == *id && a.has_password))
    {
        return refuse(&crate::t!("error-break-glass-needs-password"));
    }
    if asked.required {
        let active = match admin.membership.workos_organization_id.as_deref() {
            Some(organization) => state.status_cache.sso_active(organization).await,
            None => false,
        };
        if !active {
            return refuse(&crate::t!("error-require-sso-inactive"));
        }
        if asked.break_glass.is_empty() {
            return refuse(&crate::t!("error-require-sso-no-break-glass"));
        }
        if !own_session_kept && !asked.break_glass.contains(&admin.membership.user_id) {
            return refuse(&crate::t!("error-require-sso-locks-you-out"));
        }
    }
    db::sso::set_rule(
        &state.db,
        organization_id,
        asked.required,
        &asked.break_glass,
    )
    .await
    .map_err(SsoError::from)?;
    let keep: Vec<&str> = admins
        .iter()
        .filter(|a| asked.break_glass.contains(&a.user_id))
        .map(|a| a.email.as_str())
        .collect();
    let keep = match keep.as_slice() {
        [] => "nobody".to_owned(),
        names => names.join(", "),
    };
    Ok(match asked.required {
        true => format!("SSO required; password sign-in kept by {keep}"),
        false => format!("SSO not required; break-glass admins: {keep}"),
    })
}
