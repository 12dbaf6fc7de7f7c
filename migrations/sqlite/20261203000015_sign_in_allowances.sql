-- Sign-in limits kept in the database when several instances share it (PostgreSQL); the
-- table has the same shape here so that one set of queries serves both engines. One
-- instance on SQLite paces attempts in memory and leaves it empty.
DROP TABLE sign_in_attempts;
CREATE TABLE sign_in_allowances (
    key      TEXT PRIMARY KEY,
    ready_at INTEGER NOT NULL
);
