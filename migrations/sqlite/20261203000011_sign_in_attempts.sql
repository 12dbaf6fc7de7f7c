-- Sign-in attempts per minute, counted in the database when several instances share it
-- (PostgreSQL). One instance on SQLite counts in memory; the table stays empty there.
CREATE TABLE sign_in_attempts (
    key          TEXT NOT NULL,
    window_start INTEGER NOT NULL,
    attempts     INTEGER NOT NULL,
    PRIMARY KEY (key, window_start)
);
