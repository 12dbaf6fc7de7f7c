//! All SQL lives here, behind functions that take the [`Pool`] this module defines and
//! plain values, and return plain rows. Nothing outside `db/` names the engine: SQLite
//! and PostgreSQL share the queries, and each has its migrations.

pub mod api_keys;
pub mod attempts;
pub mod audit;
pub mod bound;
pub mod changes;
pub mod console;
pub mod embed;
pub mod events;
pub mod invitations;
pub mod languages;
pub mod leases;
pub mod mirror;
mod native;
pub mod notifications;
pub mod organizations;
pub mod sessions;
pub mod sign_ins;
pub mod sso;
pub mod staff;
pub mod users;
pub mod webhooks;

use sqlx::{
    any::{AnyConnectOptions, AnyPoolOptions},
    ConnectOptions, Executor,
};
use std::{path::Path, str::FromStr};

/// The database Portico keeps its records in: SQLite in the data directory, or
/// PostgreSQL, chosen by URL when it connects. The SQL is written once for both
/// (`$1` placeholders, standard SQL); each engine has its own migrations.
pub type Pool = sqlx::AnyPool;
/// One connection (or an open transaction, through `&mut *tx`).
pub type Connection = sqlx::AnyConnection;
/// A pool, a connection or a transaction: what the queries here run on.
pub use sqlx::any::AnyExecutor as Executes;

pub const DATABASE_FILE: &str = "portico.db";

/// The two engines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

impl Engine {
    /// The engine a pool talks to.
    pub fn of(pool: &Pool) -> Engine {
        match pool.connect_options().database_url.scheme() {
            "sqlite" => Engine::Sqlite,
            _ => Engine::Postgres,
        }
    }
}

/// Where the database is, for messages: a file in the data directory, or a PostgreSQL
/// database by name and server (never the URL's user or password).
pub fn location(data_dir: &Path, url: Option<&str>) -> String {
    match url
        .map(str::trim)
        .filter(|u| !u.is_empty())
        .map(url::Url::parse)
    {
        Some(Ok(url)) if url.scheme() != "sqlite" => format!(
            "the PostgreSQL database {} on {}:{}",
            url.path().trim_start_matches('/'),
            url.host_str().unwrap_or("localhost"),
            url.port().unwrap_or(5432)
        ),
        Some(Err(_)) => "the database PORTICO_DATABASE_URL names".to_owned(),
        _ => data_dir.join(DATABASE_FILE).display().to_string(),
    }
}

/// The file of a pool's SQLite database; `None` on PostgreSQL or in memory.
fn sqlite_file(pool: &Pool) -> Option<std::path::PathBuf> {
    let url = &pool.connect_options().database_url;
    if url.scheme() != "sqlite" {
        return None;
    }
    let options = <sqlx::sqlite::SqliteConnectOptions as ConnectOptions>::from_url(url).ok()?;
    let file = options.get_filename();
    file.is_file().then(|| file.to_owned())
}

/// How long a pooled connection may sit idle before it is checked again before use: a
/// restart of the database takes longer, and a loaded pool hands its connections on sooner.
const PING_AFTER_IDLE: std::time::Duration = std::time::Duration::from_millis(100);

/// Opens the database and applies its migrations: PostgreSQL at `url` when one is
/// given (`postgres://…`), else SQLite in `data_dir` (created if needed).
pub async fn connect(data_dir: &Path, url: Option<&str>) -> Result<Pool, sqlx::Error> {
    sqlx::any::install_default_drivers();
    let url = match url.map(str::trim).filter(|u| !u.is_empty()) {
        Some(url) => url.to_owned(),
        None => {
            private_data_dir(data_dir).map_err(sqlx::Error::Io)?;
            let file =
                std::path::absolute(data_dir.join(DATABASE_FILE)).map_err(sqlx::Error::Io)?;
            let mut url = url::Url::from_file_path(&file).map_err(|()| {
                sqlx::Error::Configuration("the data directory's path is not absolute".into())
            })?;
            url.set_query(Some("mode=rwc"));
            url.as_str().replacen("file:", "sqlite:", 1)
        }
    };
    let options = AnyConnectOptions::from_str(&url)?.disable_statement_logging();
    let engine = match options.database_url.scheme() {
        "sqlite" => Engine::Sqlite,
        "postgres" | "postgresql" => Engine::Postgres,
        other => {
            return Err(sqlx::Error::Configuration(
                format!("a database URL starts with postgres:// (or sqlite://), not {other}://")
                    .into(),
            ))
        }
    };
    let pool = AnyPoolOptions::new()
        .max_connections(match engine {
            Engine::Sqlite => 8,
            Engine::Postgres => 16,
        })
        // A connection is pinged before use only after a moment idle: pinging before
        // every query was a second round trip per query (the link path's profiles, on
        // SQLite's worker threads and on PostgreSQL alike), and a busy connection is a
        // live one. One that a database restart broke meanwhile is found here and
        // replaced before a request uses it.
        .test_before_acquire(false)
        .before_acquire(|connection, metadata| {
            Box::pin(async move {
                if metadata.idle_for < PING_AFTER_IDLE {
                    return Ok(true);
                }
                Ok(sqlx::Connection::ping(connection).await.is_ok())
            })
        })
        // A request does not wait long for a connection, and a server that refuses them
        // stops start-up in seconds, not half a minute.
        .acquire_timeout(std::time::Duration::from_secs(5))
        .after_connect(move |connection, _| {
            Box::pin(async move {
                if engine == Engine::Sqlite {
                    connection
                        .execute(
                            "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; \
                             PRAGMA busy_timeout = 5000;",
                        )
                        .await?;
                }
                Ok(())
            })
        })
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

/// How many of the engine's migrations have not run on `pool`'s database.
pub async fn pending_migrations(pool: &Pool) -> Result<usize, sqlx::Error> {
    let known = match Engine::of(pool) {
        Engine::Sqlite => sqlx::migrate!("./migrations/sqlite").iter().count(),
        Engine::Postgres => sqlx::migrate!("./migrations/postgres").iter().count(),
    };
    let (applied,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM _sqlx_migrations WHERE success")
        .fetch_one(pool)
        .await?;
    Ok(known.saturating_sub(usize::try_from(applied).unwrap_or(0)))
}

/// Now, as the records write their times (UTC, milliseconds, `Z`): they compare as text.
pub fn now_text() -> String {
    time::OffsetDateTime::now_utc()
        .format(audit::TRAIL_TIME)
        .unwrap_or_default()
}

/// Applies the engine's migrations. On PostgreSQL the migrator holds an advisory lock
/// meanwhile, so instances started together migrate once.
pub async fn migrate(pool: &Pool) -> Result<(), sqlx::Error> {
    match Engine::of(pool) {
        Engine::Sqlite => sqlx::migrate!("./migrations/sqlite").run(pool).await?,
        Engine::Postgres => sqlx::migrate!("./migrations/postgres").run(pool).await?,
    }
    Ok(())
}
