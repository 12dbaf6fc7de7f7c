-- Each embed token works once: its id (per host) is kept until it would have expired.
CREATE TABLE embed_tokens_used (
    host       TEXT NOT NULL,
    jti        TEXT NOT NULL,
    expires_at INTEGER NOT NULL,
    PRIMARY KEY (host, jti)
);
CREATE INDEX embed_tokens_by_expiry ON embed_tokens_used (expires_at);
