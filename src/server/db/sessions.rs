//! Where sessions are kept. Portico's own store rather than the session library's SQL
//! stores, which key a row by the cookie's id itself: here a row is keyed by the id's
//! SHA-256 (a copy of the database is not enough to become someone) and names its user,
//! so a new session epoch (a password change, a lost membership) deletes that user's
//! sessions at once (a trigger in the migrations).

use super::Pool;
use sha2::{Digest, Sha256};
use time::OffsetDateTime;
use tower_sessions::{
    session::{Id, Record},
    session_store::{self, ExpiredDeletion},
};

/// Finds the signed-in user a session's values name, if any.
pub type OwnerOf = fn(&Record) -> Option<i64>;

#[derive(Clone, Debug)]
pub struct SessionStore {
    pool: Pool,
    owner_of: OwnerOf,
}

/// The store (its table comes with the migrations).
pub fn store(pool: &Pool, owner_of: OwnerOf) -> SessionStore {
    SessionStore {
        pool: pool.clone(),
        owner_of,
    }
}

/// The row key of a session: what the cookie holds, hashed.
fn id_hash(id: &Id) -> String {
    hex::encode(Sha256::digest(id.to_string().as_bytes()))
}

fn backend(error: impl std::fmt::Display) -> session_store::Error {
    session_store::Error::Backend(error.to_string())
}

impl SessionStore {
    /// Writes `record`; with `replace` false, only if its id is new (`Ok(false)` if not).
    async fn write(&self, record: &Record, replace: bool) -> session_store::Result<bool> {
        let data = serde_json::to_string(&record.data)
            .map_err(|e| session_store::Error::Encode(e.to_string()))?;
        let on_conflict = match replace {
            true => "DO UPDATE SET user_id = excluded.user_id, data = excluded.data, expires_at = excluded.expires_at",
            false => "DO NOTHING",
        };
        let written = sqlx::query(&format!(
            "INSERT INTO session_records (id_hash, user_id, data, expires_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (id_hash) {on_conflict}"
        ))
        .bind(id_hash(&record.id))
        .bind((self.owner_of)(record))
        .bind(data)
        .bind(record.expiry_date.unix_timestamp())
        .execute(&self.pool)
        .await;
        match written {
            Ok(done) => Ok(done.rows_affected() == 1),
            // A user removed since the session was read: nothing to keep.
            Err(sqlx::Error::Database(e)) if e.is_foreign_key_violation() => Ok(true),
            Err(e) => Err(backend(e)),
        }
    }
}

#[async_trait::async_trait]
impl tower_sessions::SessionStore for SessionStore {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        while !self.write(record, false).await? {
            record.id = Id::default();
        }
        Ok(())
    }

    async fn save(&self, record: &Record) -> session_store::Result<()> {
        self.write(record, true).await.map(drop)
    }

    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        let row: Option<(String, i64)> = sqlx::query_as(
            "SELECT data, expires_at FROM session_records WHERE id_hash = $1 AND expires_at > $2",
        )
        .bind(id_hash(id))
        .bind(OffsetDateTime::now_utc().unix_timestamp())
        .fetch_optional(&self.pool)
        .await
        .map_err(backend)?;
        let Some((data, expires_at)) = row else {
            return Ok(None);
        };
        Ok(Some(Record {
            id: *id,
            data: serde_json::from_str(&data)
                .map_err(|e| session_store::Error::Decode(e.to_string()))?,
            expiry_date: OffsetDateTime::from_unix_timestamp(expires_at)
                .map_err(|e| session_store::Error::Decode(e.to_string()))?,
        }))
    }

    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        sqlx::query("DELETE FROM session_records WHERE id_hash = $1")
            .bind(id_hash(id))
            .execute(&self.pool)
            .await
            .map_err(backend)?;
        Ok(())
    }
}

#[async_trait::async_trait]
impl ExpiredDeletion for SessionStore {
    async fn delete_expired(&self) -> session_store::Result<()> {
        sqlx::query("DELETE FROM session_records WHERE expires_at <= $1")
            .bind(OffsetDateTime::now_utc().unix_timestamp())
            .execute(&self.pool)
            .await
            .map_err(backend)?;
        Ok(())
    }
}

/// How many unexpired sessions are signed in (on every instance sharing the database).
pub async fn signed_in_count(pool: &Pool) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM session_records WHERE user_id IS NOT NULL AND expires_at > $1",
    )
    .bind(OffsetDateTime::now_utc().unix_timestamp())
    .fetch_one(pool)
    .await
}

/// Every ten minutes, deletes the sessions that have expired.
pub fn spawn_expired_cleanup(store: SessionStore) {
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
