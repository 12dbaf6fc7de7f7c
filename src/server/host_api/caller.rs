//! Who calls the host API: every call shows a key (`Authorization: Bearer pk_live_…`),
//! is held to its key's rate, and is a row in the trail under the key's name (in the
//! organization's own trail when the call is about one).

use super::ApiError;
use crate::server::api_keys as keys;
use crate::{
    model::{AppError, ErrorKind},
    server::{
        audit::{self, Action},
        auth::throttle::per_minute,
        db::{self, api_keys::ApiKeyRow, audit::Outcome, organizations::OrganizationRow},
        state::AppState,
    },
};
use axum::{
    extract::{Request, State},
    http::{header, HeaderMap},
    middleware::Next,
    response::{IntoResponse, Response},
};
use governor::{clock::Clock, DefaultKeyedRateLimiter, RateLimiter};
use std::sync::Arc;

/// The key a call was made with, once it checked out.
#[derive(Clone, Debug)]
pub struct ApiCaller {
    pub key: ApiKeyRow,
    pub scopes: Vec<keys::Scope>,
}

impl ApiCaller {
    /// How the trail names the caller: "API key (billing)".
    pub fn name(&self) -> String {
        format!("API key ({})", self.key.name)
    }

    pub fn require(&self, scope: keys::Scope) -> Result<(), ApiError> {
        if self.scopes.contains(&scope) {
            return Ok(());
        }
        Err(AppError::new(
            ErrorKind::Forbidden,
            format!("This key does not have the {} scope.", scope.as_str()),
        )
        .into())
    }
}

/// The organization a call was about, left in its answer for the call's trail row.
#[derive(Clone, Debug)]
pub struct CalledFor(pub OrganizationRow);

/// Each key's calls a minute, counted in this process.
#[derive(Clone)]
pub struct KeyLimits(Arc<DefaultKeyedRateLimiter<i64>>);

impl KeyLimits {
    pub fn new(calls_per_minute: u32) -> KeyLimits {
        KeyLimits(Arc::new(RateLimiter::keyed(per_minute(calls_per_minute))))
    }
}

fn unauthorized(message: &str) -> Response {
    ApiError::from(AppError::new(ErrorKind::Unauthorized, message)).into_response()
}

/// The key the request shows, checked; refused with a sentence that says what to fix.
async fn caller(state: &AppState, headers: &HeaderMap) -> Result<ApiCaller, Response> {
    let shown = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim);
    let Some(key) = shown.filter(|k| k.starts_with(keys::KEY_PREFIX)) else {
        return Err(unauthorized(
            "Send an API key as `Authorization: Bearer pk_live_…`. Keys are made with `portico api-key create` or by an owner in the staff console.",
        ));
    };
    let found = db::api_keys::by_hash(&state.db, &keys::hash(key)).await;
    let key = match found {
        Ok(Some(key)) => key,
        Ok(None) => return Err(unauthorized("This API key is not known.")),
        Err(error) => {
            return Err(
                ApiError::from(crate::server::error::ServerError::from(error)).into_response(),
            )
        }
    };
    if let Some(revoked) = &key.revoked_at {
        let day = crate::model::day_and_month(revoked);
        return Err(unauthorized(&format!("This API key was revoked on {day}.")));
    }
    let scopes = key
        .scopes
        .split(' ')
        .filter_map(keys::Scope::parse)
        .collect();
    Ok(ApiCaller { key, scopes })
}

/// Authenticates the call, holds it to its key's rate, notes the key's use, and writes
/// the call's trail row once it is answered.
pub async fn authenticate(
    State((state, limits)): State<(AppState, KeyLimits)>,
    mut request: Request,
    next: Next,
) -> Response {
    let caller = match caller(&state, request.headers()).await {
        Ok(caller) => caller,
        Err(refused) => return refused,
    };
    if let Err(not_until) = limits.0.check_key(&caller.key.id) {
        let wait = not_until.wait_time_from(governor::clock::DefaultClock::default().now());
        let seconds = wait.as_secs().max(1);
        let refusal = AppError::new(
            ErrorKind::Throttled,
            format!("This key made too many calls. Try again in {seconds} s."),
        )
        .retry_after(seconds);
        return ApiError::from(refusal).into_response();
    }
    let now = db::now_text();
    let minute_ago = (time::OffsetDateTime::now_utc() - time::Duration::MINUTE)
        .format(db::audit::TRAIL_TIME)
        .unwrap_or_default();
    if let Err(error) = db::api_keys::used(&state.db, caller.key.id, &now, &minute_ago).await {
        tracing::warn!(%error, "could not note an API key's use");
    }
    // The whole path, not the part after `/api/v1` the nested router sees.
    let path = match request.extensions().get::<axum::extract::OriginalUri>() {
        Some(original) => original.path().to_owned(),
        None => request.uri().path().to_owned(),
    };
    let call = format!("{} {path}", request.method());
    request.extensions_mut().insert(caller.clone());
    let response = next.run(request).await;
    let status = response.status();
    let outcome = match status.as_u16() {
        200..=399 => Outcome::Succeeded,
        400..=499 => Outcome::Refused,
        _ => Outcome::Failed,
    };
    // Cloned: the answer (whose body is not `Sync`) is not borrowed across the write.
    let organization = response
        .extensions()
        .get::<CalledFor>()
        .map(|c| c.0.clone());
    let name = caller.name();
    let detail = format!("{call} → {}", status.as_u16());
    let row = audit::by_host(
        Some(&name),
        organization.as_ref(),
        Action::ApiCall,
        outcome,
        &detail,
    );
    if let Err(error) = state.audit.write(row).await {
        tracing::error!(%error, detail, "could not record an API call");
    }
    response
}
