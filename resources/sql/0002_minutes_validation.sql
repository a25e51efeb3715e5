-- Copil workspace schema, version 2: who validated a meeting's minutes, and when.
-- A meeting whose minutes_validated_at is NULL has draft minutes.
ALTER TABLE meeting ADD COLUMN minutes_validated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE meeting ADD COLUMN minutes_validated_at TEXT;
