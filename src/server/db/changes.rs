//! Telling the other instances on a shared PostgreSQL what changed (`NOTIFY`), and hearing
//! what they changed (`LISTEN`), so that their caches forget it at once. With SQLite there
//! is no other instance: nothing is sent, nothing heard.

use super::{Engine, Pool};
use sqlx::postgres::PgListener;
use std::time::Duration;
use tokio::sync::mpsc;

const CHANNEL: &str = "portico_changes";

/// Tells every instance on the database (this one included) what changed, from one task
/// of its own: no request waits for it, and the changes waiting when it sends are sent
/// once each, so a burst of links for one organization costs one `NOTIFY`, not one each.
#[derive(Clone, Debug)]
pub struct Announcer {
    /// `None` with SQLite: no other instance to tell.
    queue: Option<mpsc::Sender<String>>,
}

/// Changes waiting at most; past it one is dropped with a warning (the other instances'
/// caches then hold it for their lifetime, `status.cache_seconds`).
const WAITING: usize = 4096;

impl Announcer {
    pub fn start(pool: &Pool) -> Announcer {
        if Engine::of(pool) != Engine::Postgres {
            return Announcer { queue: None };
        }
        let (queue, mut waiting) = mpsc::channel::<String>(WAITING);
        let pool = pool.clone();
        tokio::spawn(async move {
            let mut batch = Vec::new();
            while waiting.recv_many(&mut batch, WAITING).await > 0 {
                let changes: std::collections::BTreeSet<String> = batch.drain(..).collect();
                for change in changes {
                    if let Err(error) = notify(&pool, &change).await {
                        tracing::warn!(%error, "could not tell the other instances what changed");
                    }
                }
            }
        });
        Announcer { queue: Some(queue) }
    }

    /// Queues `change` to be announced.
    pub fn announce(&self, change: String) {
        let Some(queue) = &self.queue else {
            return;
        };
        if let Err(error) = queue.try_send(change) {
            tracing::warn!(%error, "too many changes waiting to be announced; one is dropped");
        }
    }
}

async fn notify(pool: &Pool, change: &str) -> Result<(), sqlx::Error> {
    sqlx::query("SELECT pg_notify($1, $2)")
        .bind(CHANNEL)
        .bind(change)
        .execute(pool)
        .await
        .map(drop)
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
