-- Sign-in attempts per minute, counted here so that every instance sees every attempt.
CREATE TABLE sign_in_attempts (
    key          TEXT NOT NULL,
    window_start BIGINT NOT NULL,
    attempts     BIGINT NOT NULL,
    PRIMARY KEY (key, window_start)
);
