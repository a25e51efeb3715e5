-- Copil workspace schema, version 8 (SQLite): several laptops, one meeting.
-- The workspace's own identity, so that a room copy says which workspace it came from.
CREATE TABLE workspace_info (
    id    TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO workspace_info (id, value) VALUES ('identity', lower(hex(randomblob(16))));
-- In a room copy: where it came from and the state of the meeting it was copied from
-- (the JSON of the meeting), the base of the three-way merge.
CREATE TABLE room_copy (
    id               TEXT PRIMARY KEY,
    meeting_id       TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    source_workspace TEXT NOT NULL,
    subgroup_id      TEXT,
    label            TEXT NOT NULL,
    copied_at        TEXT NOT NULL,
    base_state       TEXT NOT NULL
);
-- In the facilitator's workspace: the room copy's state as last merged, the base of the
-- next merge of that copy (only what is new comes in).
CREATE TABLE room_merge (
    id           TEXT PRIMARY KEY,
    meeting_id   TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    label        TEXT NOT NULL,
    merged_at    TEXT NOT NULL,
    merged_state TEXT NOT NULL
);
