//! All SQL lives here, behind functions that take the [`Pool`] this module defines and
//! plain values, and return plain rows. Nothing outside `db/` names the engine: a second
//! engine is this folder and its migrations.

pub mod audit;
pub mod embed;
pub mod invitations;
pub mod organizations;
pub mod sessions;
pub mod users;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions};
use std::{path::Path, time::Duration};

/// The database Portico keeps its records in.
pub type Pool = SqlitePool;
/// One connection (or an open transaction, through `&mut *tx`).
pub type Connection = sqlx::SqliteConnection;

pub const DATABASE_FILE: &str = "portico.db";

/// Opens (creating if needed) the database under `data_dir` and applies migrations.
pub async fn connect(data_dir: &Path) -> Result<Pool, sqlx::Error> {
    std::fs::create_dir_all(data_dir).map_err(sqlx::Error::Io)?;
    let options = SqliteConnectOptions::new()
        .filename(data_dir.join(DATABASE_FILE))
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .foreign_keys(true)
        .busy_timeout(Duration::from_secs(5));
    let pool = SqlitePoolOptions::new()
        .max_connections(8)
        // A local file does not drop connections: pinging each one before every query
        // was a second round trip to its worker thread (seen in the link path's profile).
        .test_before_acquire(false)
        .connect_with(options)
        .await?;
    migrate(&pool).await?;
    Ok(pool)
}

pub async fn migrate(pool: &Pool) -> Result<(), sqlx::Error> {
    sqlx::migrate!("./migrations").run(pool).await?;
    Ok(())
}
