-- Copil workspace schema, version 6 (both engines): every row counts its saves. A save
-- names the revision it was based on; when the stored one is newer, someone else saved
-- in between and the save is refused as a conflict instead of overwriting their work.
ALTER TABLE meeting ADD COLUMN row_revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE participant ADD COLUMN row_revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE agenda_item ADD COLUMN row_revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE subgroup ADD COLUMN row_revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE guiding_question ADD COLUMN row_revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE priority_item ADD COLUMN row_revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE criterion ADD COLUMN row_revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE dot_vote ADD COLUMN row_revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE criterion_score ADD COLUMN row_revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE solution ADD COLUMN row_revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE note ADD COLUMN row_revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE statement ADD COLUMN row_revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE decision ADD COLUMN row_revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE action_item ADD COLUMN row_revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE priority_selection ADD COLUMN row_revision INTEGER NOT NULL DEFAULT 1;
