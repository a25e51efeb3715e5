-- Earlier validations of the minutes, each taken back to draft by a change made after it:
-- a JSON array of {"by", "at", "reopenedAt"}, oldest first.
ALTER TABLE meeting ADD COLUMN minutes_history TEXT NOT NULL DEFAULT '[]';
