-- A random value per user that every session carries: a new one (on a password change,
-- or a user removed and added again, even under a reused id) ends the older sessions.
ALTER TABLE users ADD COLUMN session_epoch TEXT NOT NULL DEFAULT '';
UPDATE users SET session_epoch = lower(hex(randomblob(8)));
CREATE TRIGGER users_session_epoch AFTER INSERT ON users WHEN NEW.session_epoch = ''
BEGIN
    UPDATE users SET session_epoch = lower(hex(randomblob(8))) WHERE id = NEW.id;
END;
-- Losing a membership ends the user's sessions too: added back later, an unused old
-- cookie must not work again.
CREATE TRIGGER memberships_removed_end_sessions AFTER DELETE ON memberships
BEGIN
    UPDATE users SET session_epoch = lower(hex(randomblob(8))) WHERE id = OLD.user_id;
END;
