//! `Idempotency-Key`: a retried create gets the first answer again instead of making a
//! second organization. The key is claimed in the database before the work, so two
//! retries racing (on two instances) cannot both do it; a failed request gives the key
//! back for the next retry, and a claim whose request never finished is taken over after
//! two minutes. Answers are kept a day (`spawn_cleanup`).

use super::{caller::ApiCaller, ApiError};
use crate::{
    model::{AppError, ErrorKind},
    server::{db, error::ServerError, state::AppState},
};
use axum::{
    body::{to_bytes, Body},
    http::{header, HeaderMap, HeaderValue, StatusCode},
    response::Response,
};
use sha2::{Digest, Sha256};

pub const HEADER: &str = "idempotency-key";
/// The most an answer kept for a retry may hold.
const KEPT_BYTES: usize = 64 * 1024;

/// Runs `work` once per key and request: a retry with the same key and body gets the
/// first answer (marked `Idempotent-Replayed: true`).
pub async fn once<T, F, Fut>(
    state: &AppState,
    caller: &ApiCaller,
    headers: &HeaderMap,
    request: &T,
    work: F,
) -> Result<Response, ApiError>
where
    T: serde::Serialize,
    F: FnOnce() -> Fut,
    Fut: std::future::Future<Output = Result<Response, ApiError>>,
{
    let Some(key) = headers.get(HEADER) else {
        return work().await;
    };
    let key = key
        .to_str()
        .ok()
        .map(str::trim)
        .filter(|k| (1..=255).contains(&k.len()))
        .ok_or_else(|| {
            AppError::bad_request("`Idempotency-Key` must be 1 to 255 visible characters.")
        })?
        .to_owned();
    let body = serde_json::to_vec(request).unwrap_or_default();
    let request_hash = hex::encode(Sha256::digest(&body));
    let id = caller.key.id;
    let kept = db::api_keys::claim_idempotency(&state.db, id, &key, &request_hash)
        .await
        .map_err(ServerError::from)?;
    if let Some(first) = kept {
        return replay(first, &request_hash);
    }
    let answer = work().await;
    let succeeded = matches!(&answer, Ok(response) if response.status().is_success());
    if !succeeded {
        db::api_keys::finish_idempotency(&state.db, id, &key, None)
            .await
            .map_err(ServerError::from)?;
        return answer;
    }
    // Read the answer to keep it, then hand on the same bytes (and its extensions).
    let (parts, body) = answer?.into_parts();
    let bytes = to_bytes(body, KEPT_BYTES).await.unwrap_or_default();
    let text = String::from_utf8_lossy(&bytes);
    db::api_keys::finish_idempotency(&state.db, id, &key, Some((parts.status.as_u16(), &text)))
        .await
        .map_err(ServerError::from)?;
    Ok(Response::from_parts(parts, Body::from(bytes)))
}

fn replay(first: db::api_keys::Kept, request_hash: &str) -> Result<Response, ApiError> {
    if first.request_hash != request_hash {
        return Err(AppError::new(
            ErrorKind::Conflict,
            "This Idempotency-Key was used for a different request. Use a new key for a new request.",
        )
        .into());
    }
    if first.status == 0 {
        return Err(AppError::new(
            ErrorKind::Conflict,
            "A request with this Idempotency-Key is still being answered. Retry in a moment.",
        )
        .retry_after(1)
        .into());
    }
    let status = u16::try_from(first.status)
        .ok()
        .and_then(|s| StatusCode::from_u16(s).ok())
        .unwrap_or(StatusCode::OK);
    let mut response = Response::new(Body::from(first.response));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    headers.insert("idempotent-replayed", HeaderValue::from_static("true"));
    Ok(response)
}

/// Every hour, forgets the answers older than a day.
pub fn spawn_cleanup(pool: db::Pool) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut hours = tokio::time::interval(std::time::Duration::from_secs(3_600));
        loop {
            hours.tick().await;
            let day_ago = (time::OffsetDateTime::now_utc() - time::Duration::DAY)
                .format(db::audit::TRAIL_TIME)
                .unwrap_or_default();
            if let Err(error) = db::api_keys::forget_idempotency_before(&pool, &day_ago).await {
                tracing::warn!(%error, "could not forget old idempotent answers");
            }
        }
    })
}
