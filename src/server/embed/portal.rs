//! The portal from an embedded page: its form opens a new top-level tab, where the
//! frame's (partitioned) cookie is not sent, so the form carries a hand-off this server
//! signed, and the membership is read afresh.

use super::pages::{error_page, failed, page};
use crate::{
    model::{AppError, Intent},
    server::{
        audit::{self, Action},
        auth::SignedInUser,
        portal::{self, Back},
        state::AppState,
    },
};
use axum::{
    extract::State,
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};

/// The signed hand-off an embedded page puts in its portal forms: the form opens a new
/// top-level tab, where the frame's (partitioned) cookie is not sent, so the tab proves
/// who asked with this instead. Bound to the user and organization, valid briefly.
pub fn handoff(state: &AppState, user_id: i64, organization_id: i64) -> String {
    let expires = time::OffsetDateTime::now_utc().unix_timestamp() + HANDOFF_SECONDS;
    let claim = format!("{user_id}.{organization_id}.{expires}");
    let signature = state.signing_key.sign(&claim, Some(HANDOFF_PURPOSE));
    format!("{claim}.{signature}")
}

/// How long an embedded page's portal forms work after it was shown.
const HANDOFF_SECONDS: i64 = 15 * 60;
const HANDOFF_PURPOSE: &str = "embed-portal-handoff";

/// The (user, organization) a hand-off was made for, if this server signed it and it
/// has not expired.
pub fn handed_off(state: &AppState, handoff: &str) -> Option<(i64, i64)> {
    let (claim, signature) = handoff.rsplit_once('.')?;
    let claim = state
        .signing_key
        .verified(claim, Some(HANDOFF_PURPOSE), signature)?;
    let mut parts = claim.split('.').map(str::parse::<i64>);
    let (Some(Ok(user)), Some(Ok(organization)), Some(Ok(expires)), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return None;
    };
    (expires > time::OffsetDateTime::now_utc().unix_timestamp()).then_some((user, organization))
}

/// `POST /embed/portal` (`intent`, `handoff`): from an embedded page's portal form, in a
/// new tab. The hand-off names the user; their membership is read afresh.
pub async fn portal(
    State(state): State<AppState>,
    axum::Form(form): axum::Form<PortalForm>,
) -> Response {
    let Some((user_id, organization_id)) = handed_off(&state, &form.handoff) else {
        return page(
            &state,
            StatusCode::UNAUTHORIZED,
            "This setup button has expired",
            "Go back to your product and click the button again.",
        );
    };
    let membership = match state.auth.memberships.of(user_id, organization_id).await {
        Ok(Some(membership)) => membership,
        Ok(None) => {
            return page(
                &state,
                StatusCode::FORBIDDEN,
                "You are no longer a member",
                "Your product no longer lists you in this organization.",
            )
        }
        Err(error) => return failed(&state, &error),
    };
    let who = membership.clone();
    let admin = match (SignedInUser { membership }).require_admin() {
        Ok(admin) => admin,
        Err(refusal) => {
            let error = audit::unsuccessful(
                &state.audit,
                &who,
                Action::CreatePortalLink,
                &form.intent,
                refusal.into(),
            )
            .await;
            return error_page(&state, error);
        }
    };
    let intent = match Intent::parse(&form.intent) {
        Ok(intent) => intent,
        Err(unknown) => {
            let refusal = AppError::bad_request(unknown.to_string()).into();
            let error = audit::unsuccessful(
                &state.audit,
                &who,
                Action::CreatePortalLink,
                &form.intent,
                refusal,
            )
            .await;
            return error_page(&state, error);
        }
    };
    // Audited inside: the row commits before the link is handed out.
    match portal::open_link(&state, &admin, intent, Back::ToEmbed).await {
        Ok(link) => Redirect::to(&link).into_response(),
        Err(error) => error_page(&state, error.into()),
    }
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PortalForm {
    pub intent: String,
    pub handoff: String,
}
