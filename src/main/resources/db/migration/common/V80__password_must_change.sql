-- Issue 16: a password an administrator set (or the initial administrator's) is a one-time password that
-- must be changed at the first login.
ALTER TABLE app_user ADD COLUMN password_must_change BOOLEAN NOT NULL DEFAULT FALSE;
