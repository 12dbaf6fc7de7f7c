-- Sessions keyed by the SHA-256 of the cookie's id (reading the database is not enough
-- to become someone) and naming their user (a new session epoch deletes them at once).
-- The earlier table kept the ids themselves: sessions from before this version end.
DROP TABLE IF EXISTS sessions;
CREATE TABLE session_records (
    id_hash TEXT PRIMARY KEY NOT NULL,
    user_id INTEGER REFERENCES users (id) ON DELETE CASCADE,
    data TEXT NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX session_records_by_user ON session_records (user_id);
CREATE INDEX session_records_by_expiry ON session_records (expires_at);
CREATE TRIGGER users_new_epoch_deletes_sessions AFTER UPDATE OF session_epoch ON users
BEGIN
    DELETE FROM session_records WHERE user_id = NEW.id;
END;
