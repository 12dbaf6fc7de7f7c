//! Reads on the calling thread, for SQLite only, for the one read every signed-in request
//! makes (its session's membership).
//!
//! Written by hand because sqlx's SQLite driver runs every connection on a thread of its
//! own: each query is a hand-off to that thread and a wake-up back, and the link path's
//! profile spent a quarter of its time there. A point read of a WAL database takes a few
//! microseconds and never waits for a writer, so running it inline costs the runtime's
//! thread less than the two hand-offs. rusqlite links the same SQLite library as sqlx.

use rusqlite::{Connection, OpenFlags};
use std::{
    path::{Path, PathBuf},
    sync::Mutex,
    time::Duration,
};

/// Connections kept open between reads: one per runtime thread is enough; more only when
/// several threads read at once.
const KEPT_OPEN: usize = 8;

/// Opens connections to one SQLite file on demand and keeps a few open for the next read.
#[derive(Debug)]
pub struct NativeReads {
    file: PathBuf,
    idle: Mutex<Vec<Connection>>,
}

impl NativeReads {
    /// Reads from `file`, which the pool has already created and set to WAL mode.
    pub fn new(file: &Path) -> NativeReads {
        NativeReads {
            file: file.to_owned(),
            idle: Mutex::new(Vec::new()),
        }
    }

    /// Runs `read` on an open connection, in a read transaction of its own.
    pub fn read<T>(
        &self,
        read: impl FnOnce(&Connection) -> rusqlite::Result<T>,
    ) -> Result<T, sqlx::Error> {
        let kept = self.idle.lock().ok().and_then(|mut idle| idle.pop());
        let connection = match kept {
            Some(connection) => connection,
            None => self.open().map_err(driver_error)?,
        };
        let result = read(&connection).map_err(driver_error);
        if let Ok(mut idle) = self.idle.lock() {
            if idle.len() < KEPT_OPEN {
                idle.push(connection);
            }
        }
        result
    }

    fn open(&self) -> rusqlite::Result<Connection> {
        let connection = Connection::open_with_flags(
            &self.file,
            // Never creates the file: a missing database is an error, not an empty one.
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        connection.busy_timeout(Duration::from_secs(5))?;
        // Read-write only so that it can join the WAL's shared memory; it writes nothing.
        connection.pragma_update(None, "query_only", true)?;
        Ok(connection)
    }
}

fn driver_error(error: rusqlite::Error) -> sqlx::Error {
    sqlx::Error::AnyDriverError(Box::new(error))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_another_connection_committed_and_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("reads.db");
        let writer = Connection::open(&file).unwrap();
        writer
            .execute_batch(
                "PRAGMA journal_mode = WAL; CREATE TABLE t (v INTEGER); INSERT INTO t VALUES (1);",
            )
            .unwrap();
        let reads = NativeReads::new(&file);
        let count = |reads: &NativeReads| {
            reads
                .read(|c| c.query_row("SELECT SUM(v) FROM t", [], |row| row.get::<_, i64>(0)))
                .unwrap()
        };
        assert_eq!(count(&reads), 1);
        // The kept connection sees a later commit at its next read.
        writer.execute("INSERT INTO t VALUES (2)", []).unwrap();
        assert_eq!(count(&reads), 3);
        let refused = reads.read(|c| c.execute("INSERT INTO t VALUES (5)", []));
        assert!(refused.is_err(), "a read connection wrote");
        assert_eq!(count(&reads), 3);
    }

    #[test]
    fn a_missing_database_is_an_error_not_a_new_file() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("missing.db");
        let reads = NativeReads::new(&file);
        assert!(reads
            .read(|c| c.query_row("SELECT 1", [], |_| Ok(())))
            .is_err());
        assert!(!file.exists());
    }
}
