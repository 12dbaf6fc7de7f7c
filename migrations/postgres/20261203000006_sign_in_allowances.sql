-- Sign-in limits shared by every instance, paced like the in-memory limiter one instance
-- uses: per key, the moment its allowance is next whole again (Unix milliseconds). A
-- counter per minute let a guesser try twice the limit across a minute's edge.
DROP TABLE sign_in_attempts;
CREATE TABLE sign_in_allowances (
    key      TEXT PRIMARY KEY,
    ready_at BIGINT NOT NULL
);
