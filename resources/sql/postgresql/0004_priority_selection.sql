-- Copil workspace schema, version 4, for PostgreSQL: the causes a subgroup confirms it
-- will work on (as ../0004_priority_selection.sql, text compared byte by byte).
CREATE TABLE priority_selection (
    id           TEXT COLLATE "C" PRIMARY KEY NOT NULL,
    subgroup_id  TEXT COLLATE "C" NOT NULL REFERENCES subgroup(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    revision     INTEGER NOT NULL CHECK (revision >= 1),
    confirmed_at TEXT NOT NULL,
    item_ids     TEXT NOT NULL DEFAULT '[]',
    note         TEXT NOT NULL DEFAULT '',
    UNIQUE (subgroup_id, revision)
);
CREATE INDEX priority_selection_subgroup ON priority_selection(subgroup_id);
