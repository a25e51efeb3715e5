-- Copil workspace schema, version 3: live timekeeping of agenda items.
-- paused_at is set while a running item is paused; paused_seconds sums the pauses
-- already ended; extension_minutes is the time added to the planned duration.
ALTER TABLE agenda_item ADD COLUMN paused_at TEXT;
ALTER TABLE agenda_item ADD COLUMN paused_seconds INTEGER NOT NULL DEFAULT 0 CHECK (paused_seconds >= 0);
ALTER TABLE agenda_item ADD COLUMN extension_minutes INTEGER NOT NULL DEFAULT 0 CHECK (extension_minutes >= 0);
