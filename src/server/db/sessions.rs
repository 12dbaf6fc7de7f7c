//! Where sessions are kept: a table beside Portico's own, behind the session library's
//! store for this engine.

use super::Pool;
use tower_sessions_sqlx_store::SqliteStore;

/// The session library's store for this database.
pub type SessionStore = SqliteStore;

/// The store, with its table created if it is missing.
pub async fn store(pool: &Pool) -> Result<SessionStore, sqlx::Error> {
    let store = SqliteStore::new(pool.clone())
        .with_table_name("sessions")
        .expect("constant table name");
    store.migrate().await?;
    Ok(store)
}

/// Every ten minutes, deletes the sessions that have expired.
pub fn spawn_expired_cleanup(store: SessionStore) {
    use tower_sessions::ExpiredDeletion;
    tokio::spawn(async move {
        let mut every = tokio::time::interval(std::time::Duration::from_secs(600));
        loop {
            every.tick().await;
            if let Err(error) = store.delete_expired().await {
                tracing::warn!(%error, "could not delete expired sessions");
            }
        }
    });
}
