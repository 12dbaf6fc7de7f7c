//! Session cookies: one for pages opened on their own, one for pages in a host's frame.
//! Sessions are read on every request: served from memory, written through to the
//! database so they survive a restart. The memory copy is bounded (least recently used
//! go first).

use crate::server::{auth::SessionUser, db, embed, state::AppState};
use axum::{extract::Request, middleware::Next, response::Response};
use tower_sessions::{cookie::SameSite, CachingSessionStore, Expiry, Session, SessionManagerLayer};
use tower_sessions_moka_store::MokaStore;

/// Sessions kept in memory at most; the rest are read from the database when they come back.
const SESSION_CACHE_ENTRIES: u64 = 10_000;

pub type SessionStore = CachingSessionStore<MokaStore, db::sessions::SessionStore>;

pub fn store(persistent: db::sessions::SessionStore) -> SessionStore {
    CachingSessionStore::new(MokaStore::new(Some(SESSION_CACHE_ENTRIES)), persistent)
}

/// The layers that give a request its session: `(standalone, embedded)`.
pub fn layers(
    state: &AppState,
    store: SessionStore,
) -> (
    SessionManagerLayer<SessionStore>,
    SessionManagerLayer<SessionStore>,
) {
    let secure = state.public_url.scheme() == "https";
    let idle = Expiry::OnInactivity(time::Duration::seconds(
        state.config.session.lifetime_minutes.get().as_secs() as i64,
    ));
    let standalone = SessionManagerLayer::new(store.clone())
        .with_name("portico_session")
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(secure)
        .with_expiry(idle);
    // Embedded pages live in a cross-site frame: their cookie must be sent there
    // (SameSite=None, which needs Secure; browsers accept Secure on http://localhost and
    // 127.0.0.1 too) and is kept in the host's partition.
    let embedded = SessionManagerLayer::new(store)
        .with_name(embed::COOKIE)
        .with_http_only(true)
        .with_same_site(SameSite::None)
        .with_secure(true)
        .with_expiry(idle);
    (standalone, embedded)
}

/// Charges the WorkOS calls a signed-in request makes to its organization's share of the
/// call budget (`workos::CallBudget`): no organization's people can spend what all share.
pub async fn charge_workos_calls(session: Session, request: Request, next: Next) -> Response {
    match SessionUser::load(&session).await {
        Ok(Some(user)) => {
            let organization = user.organization_id.to_string();
            workos::spend_for(&organization, next.run(request)).await
        }
        _ => next.run(request).await,
    }
}
