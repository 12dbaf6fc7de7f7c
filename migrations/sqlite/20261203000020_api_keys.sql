-- Keys the host company's backend calls the host API (`/api/v1`) with: shown once,
-- kept only as a SHA-256 hash (a key is 32 random bytes: a slow hash adds nothing), with
-- its scopes, who made it, its last use, and when it was revoked.
CREATE TABLE api_keys (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE,
    prefix       TEXT NOT NULL,
    key_hash     TEXT NOT NULL UNIQUE,
    scopes       TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    last_used_at TEXT,
    revoked_at   TEXT
);
-- A request made with an `Idempotency-Key`: the first one's answer, replayed to a retry
-- of the same request for a day.
CREATE TABLE api_idempotency (
    key_id          BIGINT NOT NULL REFERENCES api_keys (id) ON DELETE CASCADE,
    idempotency_key TEXT NOT NULL,
    request_hash    TEXT NOT NULL,
    status          BIGINT NOT NULL,
    response        TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    PRIMARY KEY (key_id, idempotency_key)
);
