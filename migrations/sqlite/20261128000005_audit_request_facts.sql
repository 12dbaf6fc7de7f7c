-- Where each audited action came from: the client's address and browser, and the
-- request id its log lines carry (quoted by users when they ask for help).
ALTER TABLE audit_events ADD COLUMN client_ip TEXT;
ALTER TABLE audit_events ADD COLUMN user_agent TEXT;
ALTER TABLE audit_events ADD COLUMN request_id TEXT;
