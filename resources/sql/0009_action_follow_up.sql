-- Copil workspace schema, version 9: an action carried from an earlier meeting into the
-- « Suivi des actions » of the next one names the action it continues. No foreign key:
-- the earlier meeting may have been removed since, the follow-up stays.
ALTER TABLE action_item ADD COLUMN continues_action_id TEXT NOT NULL DEFAULT '';
