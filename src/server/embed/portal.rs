//! The portal from an embedded page: its form opens a new top-level tab, where the
//! frame's (partitioned) cookie is not sent, so the form carries a hand-off this server
//! signed, and the membership is read afresh.

use super::pages::{error_page, failed, page};
use crate::{
    model::{AppError, Intent},
    server::{
        audit::{self, Action},
        auth::{OrgAdmin, SignedInUser},
        portal::{self, Back},
        state::AppState,
    },
};
use axum::{
    extract::State,
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};

/// The signed hand-off an embedded page puts in its new-tab forms (the portal, Test SSO):
/// the form opens a new top-level tab, where the frame's (partitioned) cookie is not
/// sent, so the tab proves who asked with this instead. Bound to the user and
/// organization, valid briefly.
pub fn handoff(state: &AppState, user_id: i64, organization_id: i64) -> String {
    signed_pass(
        state,
        (user_id, organization_id),
        HANDOFF_SECONDS,
        HANDOFF_PURPOSE,
    )
}

/// How long an embedded page's new-tab forms work after it was shown.
const HANDOFF_SECONDS: i64 = 15 * 60;
const HANDOFF_PURPOSE: &str = "embed-portal-handoff";

/// The (user, organization) a hand-off was made for, if this server signed it and it
/// has not expired.
pub fn handed_off(state: &AppState, handoff: &str) -> Option<(i64, i64)> {
    verified_pass(state, handoff, HANDOFF_PURPOSE)
}

/// `user.organization.expires.signature`, signed for one purpose.
pub(super) fn signed_pass(
    state: &AppState,
    (user_id, organization_id): (i64, i64),
    seconds: i64,
    purpose: &str,
) -> String {
    let expires = time::OffsetDateTime::now_utc().unix_timestamp() + seconds;
    let claim = format!("{user_id}.{organization_id}.{expires}");
    let signature = state.signing_key.sign(&claim, Some(purpose));
    format!("{claim}.{signature}")
}

/// The (user, organization) of a pass this server signed for `purpose`, unexpired.
pub(super) fn verified_pass(state: &AppState, pass: &str, purpose: &str) -> Option<(i64, i64)> {
    let (claim, signature) = pass.rsplit_once('.')?;
    let claim = state
        .signing_key
        .verified(claim, Some(purpose), signature)?;
    let mut parts = claim.split('.').map(str::parse::<i64>);
    let (Some(Ok(user)), Some(Ok(organization)), Some(Ok(expires)), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return None;
    };
    (expires > time::OffsetDateTime::now_utc().unix_timestamp()).then_some((user, organization))
}

/// The admin a new tab's pass names, their membership read afresh; otherwise the page
/// that says why not (a refusal by role is recorded as `action` on `subject`).
pub(super) async fn admin_of(
    state: &AppState,
    passed: Option<(i64, i64)>,
    (action, subject, title): (Action, &str, &str),
) -> Result<OrgAdmin, Response> {
    let Some((user_id, organization_id)) = passed else {
        return Err(page(
            state,
            StatusCode::UNAUTHORIZED,
            &crate::t!("embed-button-expired"),
            &crate::t!("embed-button-expired-lead"),
        ));
    };
    let membership = match state.auth.memberships.of(user_id, organization_id).await {
        Ok(Some(membership)) => membership,
        Ok(None) => {
            return Err(page(
                state,
                StatusCode::FORBIDDEN,
                &crate::t!("embed-no-longer-member"),
                &crate::t!("embed-no-longer-member-lead"),
            ))
        }
        Err(error) => return Err(failed(state, &error)),
    };
    let who = membership.clone();
    match (SignedInUser { membership }).require_admin() {
        Ok(admin) => Ok(admin),
        Err(refusal) => {
            let error =
                audit::unsuccessful(&state.audit, &who, action, subject, refusal.into()).await;
            Err(error_page(state, title, error))
        }
    }
}

/// `POST /embed/portal` (`intent`, `handoff`): from an embedded page's portal form, in a
/// new tab. The hand-off names the user; their membership is read afresh.
pub async fn portal(
    State(state): State<AppState>,
    axum::Form(form): axum::Form<PortalForm>,
) -> Response {
    let title = crate::t!("embed-portal-failed");
    let passed = handed_off(&state, &form.handoff);
    let admin = match admin_of(
        &state,
        passed,
        (Action::CreatePortalLink, &form.intent, &title),
    )
    .await
    {
        Ok(admin) => admin,
        Err(page) => return page,
    };
    let intent = match Intent::parse(&form.intent) {
        Ok(intent) => intent,
        Err(unknown) => {
            let refusal = AppError::bad_request(unknown.to_string()).into();
            let error = audit::unsuccessful(
                &state.audit,
                &admin.membership,
                Action::CreatePortalLink,
                &form.intent,
                refusal,
            )
            .await;
            return error_page(&state, &title, error);
        }
    };
    // Audited inside: the row commits before the link is handed out.
    match portal::open_link(&state, &admin, intent, Back::ToEmbed).await {
        Ok(link) => Redirect::to(&link).into_response(),
        Err(error) => error_page(&state, &title, error.into()),
    }
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PortalForm {
    pub intent: String,
    pub handoff: String,
}
