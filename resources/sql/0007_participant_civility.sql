-- Copil workspace schema, version 7 (both engines): a participant's civility (Mme, M.),
-- which the minutes print before the name and with which the roles agree. Rows written
-- before it have none: the documents then use the neutral form.
ALTER TABLE participant ADD COLUMN civility TEXT NOT NULL DEFAULT 'none';
