-- Copil workspace schema, version 4: the causes a subgroup confirms it will work on.
-- Each confirmation is a revision; earlier ones are kept as the history of the choice.
CREATE TABLE priority_selection (
    id           TEXT PRIMARY KEY NOT NULL,
    subgroup_id  TEXT NOT NULL REFERENCES subgroup(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    revision     INTEGER NOT NULL CHECK (revision >= 1),
    confirmed_at TEXT NOT NULL,
    item_ids     TEXT NOT NULL DEFAULT '[]',
    note         TEXT NOT NULL DEFAULT '',
    UNIQUE (subgroup_id, revision)
);
CREATE INDEX priority_selection_subgroup ON priority_selection(subgroup_id);
