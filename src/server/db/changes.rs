//! Telling the other instances on a shared PostgreSQL what changed (`NOTIFY`), and hearing
//! what they changed (`LISTEN`), so that their caches forget it at once. With SQLite there
//! is no other instance: nothing is sent, nothing heard.

use super::{Engine, Pool};
use sqlx::postgres::PgListener;
use std::time::Duration;
use tokio::sync::mpsc;

const CHANNEL: &str = "portico_changes";

/// Tells every instance on the database (this one included) that `change` happened.
pub async fn announce(pool: &Pool, change: &str) -> Result<(), sqlx::Error> {
    if Engine::of(pool) == Engine::Postgres {
        sqlx::query("SELECT pg_notify($1, $2)")
            .bind(CHANNEL)
            .bind(change)
            .execute(pool)
            .await?;
    }
    Ok(())
}

/// The changes any instance announces, as they are heard, for as long as the receiver
/// is kept; `None` with SQLite. A lost connection is made again (what was announced
/// meanwhile is missed: the caches' own lifetimes bound that).
pub fn heard(pool: &Pool) -> Option<mpsc::Receiver<String>> {
    if Engine::of(pool) != Engine::Postgres {
        return None;
    }
    let url = pool.connect_options().database_url.to_string();
    let (changes, received) = mpsc::channel(1024);
    tokio::spawn(async move {
        loop {
            match listen(&url, &changes).await {
                Ok(()) => return,
                Err(error) => {
                    tracing::warn!(%error, "lost the other instances' changes; listening again")
                }
            }
            tokio::time::sleep(Duration::from_secs(1)).await;
        }
    });
    Some(received)
}

/// Passes on what is heard until the receiver is dropped (`Ok`) or the connection fails.
async fn listen(url: &str, changes: &mpsc::Sender<String>) -> Result<(), sqlx::Error> {
    let mut listener = PgListener::connect(url).await?;
    listener.listen(CHANNEL).await?;
    loop {
        let notification = listener.recv().await?;
        if changes
            .send(notification.payload().to_owned())
            .await
            .is_err()
        {
            return Ok(());
        }
    }
}
