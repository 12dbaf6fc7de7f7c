//! Session cookies: one for pages opened on their own, one for pages in a host's frame.
//! Sessions are read on every request. On SQLite (one instance) they are served from
//! memory and written through to the database so they survive a restart; the memory copy
//! is bounded (least recently used go first). On PostgreSQL, which several instances
//! share, every read goes to the database: an instance must never serve a session that
//! another one ended.

use crate::server::{auth::SessionUser, db, embed, state::AppState};
use axum::{extract::Request, middleware::Next, response::Response};
use tower_sessions::{
    cookie::SameSite,
    session::{Id, Record},
    session_store, CachingSessionStore, Expiry, Session, SessionManagerLayer,
};
use tower_sessions_moka_store::MokaStore;

/// Sessions kept in memory at most; the rest are read from the database when they come back.
const SESSION_CACHE_ENTRIES: u64 = 10_000;

/// Where sessions are read from: see the module's note.
#[derive(Clone, Debug)]
pub enum SessionStore {
    Cached(CachingSessionStore<MokaStore, db::sessions::SessionStore>),
    Shared(db::sessions::SessionStore),
}

pub fn store(persistent: db::sessions::SessionStore, engine: db::Engine) -> SessionStore {
    match engine {
        db::Engine::Sqlite => SessionStore::Cached(CachingSessionStore::new(
            MokaStore::new(Some(SESSION_CACHE_ENTRIES)),
            persistent,
        )),
        db::Engine::Postgres => SessionStore::Shared(persistent),
    }
}

#[async_trait::async_trait]
impl tower_sessions::SessionStore for SessionStore {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        match self {
            SessionStore::Cached(store) => store.create(record).await,
            SessionStore::Shared(store) => store.create(record).await,
        }
    }

    async fn save(&self, record: &Record) -> session_store::Result<()> {
        match self {
            SessionStore::Cached(store) => store.save(record).await,
            SessionStore::Shared(store) => store.save(record).await,
        }
    }

    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        match self {
            SessionStore::Cached(store) => store.load(id).await,
            SessionStore::Shared(store) => store.load(id).await,
        }
    }

    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        match self {
            SessionStore::Cached(store) => store.delete(id).await,
            SessionStore::Shared(store) => store.delete(id).await,
        }
    }
}

/// The layers that give a request its session, one cookie each.
pub struct Layers {
    pub standalone: SessionManagerLayer<SessionStore>,
    pub embedded: SessionManagerLayer<SessionStore>,
    /// The staff console's: sent only to `/staff`, never cross-site.
    pub staff: SessionManagerLayer<SessionStore>,
}

/// Where the staff console lives: its pages and its server functions.
pub const STAFF_PATH: &str = "/staff";

/// Whether `path` is the staff console's (and so uses the staff cookie).
pub fn is_staff_path(path: &str) -> bool {
    path.strip_prefix(STAFF_PATH)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

pub fn layers(state: &AppState, store: SessionStore) -> Layers {
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
    let embedded = SessionManagerLayer::new(store.clone())
        .with_name(embed::COOKIE)
        .with_http_only(true)
        .with_same_site(SameSite::None)
        .with_secure(true)
        .with_expiry(idle);
    let staff = SessionManagerLayer::new(store)
        .with_name("portico_staff")
        .with_path(STAFF_PATH)
        .with_http_only(true)
        .with_same_site(SameSite::Strict)
        .with_secure(secure)
        .with_expiry(idle);
    Layers {
        standalone,
        embedded,
        staff,
    }
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
