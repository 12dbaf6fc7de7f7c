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
    private_data_dir(data_dir).map_err(sqlx::Error::Io)?;
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

/// Makes `data_dir` and the database's files private to Portico's user, whatever the
/// umask: the database holds live sessions, so reading it would be enough to become
/// someone. The directory is 0700; the database file is made 0600 before SQLite opens it
/// (SQLite gives its WAL and shared-memory files the database file's mode), and files
/// an earlier version left readable are narrowed.
pub fn private_data_dir(data_dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(data_dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        let private = |path: &Path, mode: u32| -> std::io::Result<()> {
            match std::fs::metadata(path) {
                Ok(meta) if meta.permissions().mode() & 0o077 != 0 => {
                    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
                }
                _ => Ok(()),
            }
        };
        private(data_dir, 0o700)?;
        let database = data_dir.join(DATABASE_FILE);
        std::fs::OpenOptions::new()
            .append(true)
            .create(true)
            .mode(0o600)
            .open(&database)?;
        for suffix in ["", "-wal", "-shm"] {
            private(&data_dir.join(format!("{DATABASE_FILE}{suffix}")), 0o600)?;
        }
        for entry in std::fs::read_dir(data_dir)?.flatten() {
            if entry.file_type().is_ok_and(|t| t.is_file()) {
                private(&entry.path(), 0o600)?;
            }
        }
    }
    Ok(())
}

pub async fn migrate(pool: &Pool) -> Result<(), sqlx::Error> {
    sqlx::migrate!("./migrations").run(pool).await?;
    Ok(())
}
