//! The embedded pages' plumbing: starting a session from an embed token, the separate
//! cookie a cross-site frame needs, who may frame the pages, the portal opened from a
//! frame, and the page that tells the frame when the portal is done.

use super::{
    audit::{self, Action},
    auth::{self, SessionUser},
    db::{self, audit::Outcome},
    embed::{self, TokenRefusal},
    state::AppState,
};
use crate::domain::Intent;
use axum::{
    extract::{RawQuery, Request, State},
    http::{header, HeaderMap, HeaderValue, StatusCode},
    middleware::Next,
    response::{Html, IntoResponse, Redirect, Response},
};
use tower_sessions::Session;

/// The cookie of embedded sessions: sent in a cross-site frame (`SameSite=None; Secure`)
/// and kept in the host site's partition (`Partitioned`).
pub const COOKIE: &str = "portico_embed";
/// Where in the session the embed's facts are kept.
const CONTEXT: &str = "embed";

/// What an embedded session knows about its frame.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize, PartialEq)]
pub struct EmbedContext {
    /// The host product (`iss`).
    pub host: String,
    /// The origin of the page framing Portico: messages go to it, and only its are read.
    pub parent_origin: String,
}

impl EmbedContext {
    pub async fn of(session: &Session) -> Option<EmbedContext> {
        session.get(CONTEXT).await.ok().flatten()
    }
}

/// What the settings page needs when its session is embedded.
pub async fn view(
    state: &AppState,
    session: &Session,
    user: &auth::SignedInUser,
) -> Option<crate::domain::EmbedView> {
    let context = EmbedContext::of(session).await?;
    let who = &user.membership;
    Some(crate::domain::EmbedView {
        parent_origin: context.parent_origin,
        handoff: handoff(state, who.user_id, who.organization_id),
    })
}

/// Whether a request belongs to an embedded session: the embedded pages themselves, and
/// what they call (their cookie, sent from an embedded page).
pub fn is_embedded(request: &Request) -> bool {
    if request.uri().path().starts_with("/embed") {
        return true;
    }
    let cookies = request
        .headers()
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .map(|c| c.trim().split('=').next().unwrap_or_default().to_owned())
        .collect::<Vec<_>>();
    let embedded = cookies.iter().any(|c| c == COOKIE);
    let standalone = cookies.iter().any(|c| c == "portico_session");
    let from_embed_page = request
        .headers()
        .get(header::REFERER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| url::Url::parse(v).ok())
        .is_some_and(|url| url.path().starts_with("/embed"));
    embedded && (!standalone || from_embed_page)
}

/// Answers to embedded requests: the session cookie marked `Partitioned` (the session
/// library cannot), and redirects to the settings page kept inside the frame
/// (`/embed/settings`: `/settings` may not be framed).
pub async fn embedded_answers(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    if let Some(inside) = headers
        .get(header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .filter(|to| to.starts_with("/settings"))
        .and_then(|to| HeaderValue::from_str(&format!("/embed{to}")).ok())
    {
        headers.insert(header::LOCATION, inside);
    }
    let cookies: Vec<HeaderValue> = headers
        .get_all(header::SET_COOKIE)
        .iter()
        .cloned()
        .collect();
    if cookies.is_empty() {
        return response;
    }
    headers.remove(header::SET_COOKIE);
    for cookie in cookies {
        let partitioned = cookie
            .to_str()
            .ok()
            .filter(|c| c.starts_with(&format!("{COOKIE}=")) && !c.contains("Partitioned"))
            .and_then(|c| HeaderValue::from_str(&format!("{c}; Partitioned")).ok());
        headers.append(header::SET_COOKIE, partitioned.unwrap_or(cookie));
    }
    response
}

/// `frame-ancestors` for a page at `path`: the embed origins for embedded pages, no one
/// for the rest.
pub fn frame_ancestors(state: &AppState, path: &str) -> String {
    if path.starts_with("/embed") && !state.settings.embed_origins.is_empty() {
        state.settings.embed_origins.join(" ")
    } else {
        "'none'".to_owned()
    }
}

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
            "Embedding is not set up",
            "This Portico has no PORTICO_EMBED_SECRET, so it accepts no embed tokens.",
        );
    };
    let token = url::form_urlencoded::parse(query.unwrap_or_default().as_bytes())
        .find(|(name, _)| name == "token")
        .map(|(_, value)| value.into_owned())
        .unwrap_or_default();
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let claims = match embed::verify(&token, secret, &state.settings.embed_hosts, now) {
        Ok(claims) => claims,
        Err(refusal) => return refused(&state, &refusal),
    };
    let Some(parent_origin) = parent_origin(&state, &headers) else {
        return page(
            &state,
            StatusCode::BAD_REQUEST,
            "Portico cannot tell which site embeds it",
            "The framing page sent no Referer naming one of the embed_origins. Keep the default referrer policy on the host page, or list a single origin in embed_origins.",
        );
    };
    let forget_before = now - embed::CLOCK_SKEW;
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
    match begin(&state, &session, &claims, parent_origin).await {
        Ok(()) => Redirect::to("/embed/settings").into_response(),
        Err(error) => failed(&state, &error),
    }
}

/// The records, the audit row and the session for a checked token.
async fn begin(
    state: &AppState,
    session: &Session,
    claims: &embed::EmbedClaims,
    parent_origin: String,
) -> Result<(), StartFailure> {
    let mut tx = state.db.begin().await?;
    let (user_id, organization_id) = db::embed::upsert(&mut tx, claims).await?;
    tx.commit().await?;
    let membership = db::users::membership_in(&state.db, user_id, organization_id)
        .await?
        .ok_or(StartFailure::MembershipMissing)?;
    let detail = format!("embedded by {} as {}", claims.host, claims.role.as_str());
    // An embedded sign-in that cannot be recorded does not happen either.
    audit::record(
        state,
        Some(&membership),
        Action::SignIn,
        Outcome::Succeeded,
        &detail,
    )
    .await?;
    session.cycle_id().await?;
    let now = super::auth::session_clock();
    SessionUser {
        user_id,
        organization_id,
        signed_in_at: now,
        last_seen: now,
    }
    .store(session)
    .await?;
    let context = EmbedContext {
        host: claims.host.clone(),
        parent_origin,
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
    #[error("the membership just written is missing")]
    MembershipMissing,
}

/// The origin of the page framing Portico: the `Referer`'s, if it is one of the embed
/// origins; else the only embed origin, if there is one.
fn parent_origin(state: &AppState, headers: &HeaderMap) -> Option<String> {
    let allowed = &state.settings.embed_origins;
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

fn refused(state: &AppState, refusal: &TokenRefusal) -> Response {
    tracing::info!(%refusal, "embed token refused");
    page(
        state,
        StatusCode::UNAUTHORIZED,
        "This embedded page cannot be shown",
        &format!("Portico refused the embed token: {refusal}. Reload the page in your product to get a new one."),
    )
}

fn failed(state: &AppState, error: &dyn std::fmt::Display) -> Response {
    tracing::error!(%error, "could not start an embedded session");
    page(
        state,
        StatusCode::SERVICE_UNAVAILABLE,
        "Something went wrong on our side",
        "Portico could not start the embedded page. Reload the page in your product to try again.",
    )
}

/// A small page of its own (no scripts), framable by the embed origins.
fn page(state: &AppState, status: StatusCode, title: &str, sentence: &str) -> Response {
    let escape = |text: &str| {
        text.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    };
    let html = format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title} · Portico</title><link rel=\"stylesheet\" href=\"/pkg/portico.css\"></head>\
         <body><main class=\"narrow embed-message\"><h1>{title}</h1><p role=\"alert\">{sentence}</p></main></body></html>",
        title = escape(title),
        sentence = escape(sentence),
    );
    let policy = format!(
        "default-src 'none'; style-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors {}",
        frame_ancestors(state, "/embed")
    );
    let mut response = (status, Html(html)).into_response();
    if let Ok(value) = HeaderValue::from_str(&policy) {
        response
            .headers_mut()
            .insert(header::CONTENT_SECURITY_POLICY, value);
    }
    response
}

/// `GET /embed/done?configured=…`: where the portal sends the admin back (in the tab the
/// embed opened). It tells the embed (its opener) and closes; without an opener it says
/// the tab can be closed, and the embed re-reads when the host's tab is shown again.
pub async fn done(RawQuery(query): RawQuery) -> Response {
    let intent = url::form_urlencoded::parse(query.unwrap_or_default().as_bytes())
        .find(|(name, _)| name == "configured")
        .and_then(|(_, value)| Intent::parse(&value).ok());
    let (title, sentence) = match intent {
        Some(intent) => (
            format!("{} setup finished", intent.title()),
            "You can close this tab and go back to your product: it shows the new status.",
        ),
        None => (
            "Setup closed".to_owned(),
            "You can close this tab and go back to your product.",
        ),
    };
    let html = format!(
        "<!DOCTYPE html><html lang=\"en\" data-portico-page=\"done\" data-intent=\"{intent}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title} · Portico</title><link rel=\"stylesheet\" href=\"/pkg/portico.css\">\
         <script src=\"/portico-frame.js\" defer></script></head>\
         <body><main class=\"narrow embed-message\"><h1>{title}</h1><p>{sentence}</p></main></body></html>",
        intent = intent.map(Intent::as_str).unwrap_or(""),
    );
    let mut response = Html(html).into_response();
    let policy = "default-src 'none'; script-src 'self'; style-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    response.headers_mut().insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(policy),
    );
    response
}

/// The signed hand-off an embedded page puts in its portal forms: the form opens a new
/// top-level tab, where the frame's (partitioned) cookie is not sent, so the tab proves
/// who asked with this instead. Bound to the user and organization, valid briefly.
pub fn handoff(state: &AppState, user_id: i64, organization_id: i64) -> String {
    let expires = time::OffsetDateTime::now_utc().unix_timestamp() + HANDOFF_SECONDS;
    let claim = format!("{user_id}.{organization_id}.{expires}");
    let signature = state.form_error_key.sign(&claim, Some(HANDOFF_PURPOSE));
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
        .form_error_key
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
    let membership = match db::users::membership_in(&state.db, user_id, organization_id).await {
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
    let admin = match (auth::SignedInUser { membership }).require_admin() {
        Ok(admin) => admin,
        Err(refusal) => {
            let error = audit::unsuccessful(
                &state,
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
            let refusal = crate::domain::AppError::bad_request(unknown.to_string()).into();
            let error = audit::unsuccessful(
                &state,
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
    match super::portal::open_link(&state, &admin, intent, super::portal::Back::ToEmbed).await {
        Ok(link) => Redirect::to(&link).into_response(),
        Err(error) => error_page(&state, error.into()),
    }
}

/// A failure of the portal form, on its own page (it is in a tab of its own).
fn error_page(state: &AppState, error: super::errors::ServerError) -> Response {
    error.log();
    let shown = crate::domain::AppError::from(error);
    let status =
        StatusCode::from_u16(shown.kind.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    page(
        state,
        status,
        "The setup could not be opened",
        &shown.message,
    )
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PortalForm {
    intent: String,
    handoff: String,
}
