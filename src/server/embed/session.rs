//! `GET /embed?token=…`: an embedded session starts from a checked token.

use super::{
    pages::{bad_appearance, failed, page, refused},
    token::{self, TokenRefusal},
    EmbedContext, CONTEXT,
};
use crate::model::{Appearance, AppearanceError};
use crate::server::{
    audit::{self, Action},
    auth::{self, SessionUser},
    db::{self, audit::Outcome, embed::Embedded},
    language,
    state::AppState,
};
use axum::{
    extract::{RawQuery, State},
    http::{header, HeaderMap, StatusCode},
    response::{IntoResponse, Redirect, Response},
};
use tower_sessions::Session;

/// `GET /embed?token=…`: checks the token, makes the records say what it says, starts
/// an embedded session and goes to the compact settings page.
pub async fn start(
    State(state): State<AppState>,
    session: Session,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Response {
    let Some(secret) = &state.embed_secret else {
        return page(
            &state,
            StatusCode::NOT_FOUND,
            &crate::t!("embed-not-set-up"),
            &crate::t!("embed-not-set-up-lead"),
        );
    };
    let query = query.unwrap_or_default();
    let token = url::form_urlencoded::parse(query.as_bytes())
        .find(|(name, _)| name == "token")
        .map(|(_, value)| value.into_owned())
        .unwrap_or_default();
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let claims = match token::verify(&token, secret, &state.config.embed.hosts, now) {
        Ok(claims) => claims,
        Err(refusal) => return refused(&state, &refusal),
    };
    // The token's appearance first; the script's options (in the address) fill the rest.
    let appearance = match script_appearance(&query) {
        Ok(options) => claims.appearance.clone().or(options),
        Err(error) => return bad_appearance(&state, &error),
    };
    let Some(parent_origin) = parent_origin(&state, &headers) else {
        return page(
            &state,
            StatusCode::BAD_REQUEST,
            &crate::t!("embed-unknown-parent"),
            &crate::t!("embed-unknown-parent-lead"),
        );
    };
    let forget_before = now - token::CLOCK_SKEW;
    match db::embed::first_use(
        &state.db,
        &claims.host,
        &claims.token_id,
        claims.expires_at,
        forget_before,
    )
    .await
    {
        Ok(true) => {}
        Ok(false) => return refused(&state, &TokenRefusal::Replayed),
        Err(error) => return failed(&state, &error),
    }
    match begin(&state, &session, &claims, (parent_origin, appearance)).await {
        Ok(()) => Redirect::to("/embed/settings").into_response(),
        Err(error) => failed(&state, &error),
    }
}

/// The records, the audit row and the session for a checked token.
async fn begin(
    state: &AppState,
    session: &Session,
    claims: &token::EmbedClaims,
    (parent_origin, appearance): (String, Appearance),
) -> Result<(), StartFailure> {
    let mut tx = state.db.begin().await?;
    let features = claims.features.stored();
    let embedded = Embedded {
        organization_name: &claims.organization_name,
        workos_organization_id: &claims.organization,
        features: features.as_deref(),
        email: &claims.email,
        role: claims.role,
    };
    let (user_id, organization_id) = db::embed::upsert(&mut tx, embedded).await?;
    tx.commit().await?;
    let membership = state
        .auth
        .memberships
        .of(user_id, organization_id)
        .await?
        .ok_or(StartFailure::MembershipMissing)?;
    let detail = format!("embedded by {} as {}", claims.host, claims.role.as_str());
    // An embedded sign-in that cannot be recorded does not happen either.
    audit::record(
        &state.audit,
        Some(&membership),
        Action::SignIn,
        Outcome::Succeeded,
        &detail,
    )
    .await?;
    session.cycle_id().await?;
    let now = auth::session_clock();
    SessionUser {
        user_id,
        organization_id,
        signed_in_at: now,
        last_seen: now,
        // Inside a host's frame: the host signs the person in again on its next load.
        remember: false,
        epoch: membership.session_epoch.clone(),
        // The host vouches for the person, not an SSO connection.
        sso_organization: None,
        by_host: true,
    }
    .store(session)
    .await?;
    language::bind(&state.db, session, user_id, organization_id, claims.locale).await?;
    let context = EmbedContext {
        host: claims.host.clone(),
        parent_origin,
        appearance,
    };
    session.insert(CONTEXT, context).await?;
    Ok(())
}

/// Why an embedded session could not start (the person sees one sentence; the log this).
#[derive(Debug, thiserror::Error)]
enum StartFailure {
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    #[error("session store: {0}")]
    Session(#[from] tower_sessions::session::Error),
    #[error(transparent)]
    Auth(#[from] auth::AuthError),
    #[error(transparent)]
    Unrecorded(#[from] db::audit::AuditWriteError),
    #[error(transparent)]
    Language(#[from] language::LanguageError),
    #[error("the membership just written is missing")]
    MembershipMissing,
}

/// The appearance `portico-embed.js` passed in the frame's address (`accent=…`,
/// `radius=…`, `font=…`, `scheme=…`, `heading=…`, `background=…`).
fn script_appearance(query: &str) -> Result<Appearance, AppearanceError> {
    let mut appearance = Appearance::default();
    for (name, value) in url::form_urlencoded::parse(query.as_bytes()) {
        if name != "token" {
            appearance.set(&name, &value)?;
        }
    }
    Ok(appearance)
}

/// The origin of the page framing Portico: the `Referer`'s, if it is one of the embed
/// origins; else the only embed origin, if there is one.
fn parent_origin(state: &AppState, headers: &HeaderMap) -> Option<String> {
    let allowed = &state.config.embed.origins;
    let referred = headers
        .get(header::REFERER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| url::Url::parse(v).ok())
        .map(|url| url.origin().ascii_serialization());
    match referred {
        Some(origin) if allowed.contains(&origin) => Some(origin),
        _ if allowed.len() == 1 => allowed.first().cloned(),
        _ => None,
    }
}
