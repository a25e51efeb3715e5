-- Copil workspace schema, version 9, for PostgreSQL (as ../0009_action_follow_up.sql,
-- ids compared byte by byte).
ALTER TABLE action_item ADD COLUMN continues_action_id TEXT COLLATE "C" NOT NULL DEFAULT '';
