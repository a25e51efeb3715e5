-- Copil workspace schema, version 1, for PostgreSQL (the SQLite one is ../0001_initial.sql).
-- The same tables and columns; what differs: tables in an order where what is referred to
-- comes first, text compared byte by byte (COLLATE "C", as SQLite does, so both engines
-- list rows in the same order whatever the database's locale), DOUBLE PRECISION for
-- real numbers (REAL is 4 bytes here), BOOLEAN, and the notes' clean-up written as a
-- trigger function.

CREATE TABLE meeting (
    id           TEXT COLLATE "C" PRIMARY KEY NOT NULL,
    title        TEXT COLLATE "C" NOT NULL,
    series       TEXT COLLATE "C" NOT NULL DEFAULT '',
    number       INTEGER NOT NULL DEFAULT 0,
    date         TEXT COLLATE "C" NOT NULL,
    location     TEXT NOT NULL DEFAULT '',
    day_start    TEXT NOT NULL,
    day_end      TEXT NOT NULL,
    organisers   TEXT NOT NULL DEFAULT '[]',
    contact_name  TEXT NOT NULL DEFAULT '',
    contact_email TEXT NOT NULL DEFAULT '',
    contact_phone TEXT NOT NULL DEFAULT '',
    description  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE agenda_item (
    id            TEXT COLLATE "C" PRIMARY KEY NOT NULL,
    meeting_id    TEXT COLLATE "C" NOT NULL REFERENCES meeting(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    parent_id     TEXT COLLATE "C" REFERENCES agenda_item(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position      INTEGER NOT NULL DEFAULT 0,
    title         TEXT NOT NULL,
    kind          TEXT NOT NULL,
    planned_start TEXT NOT NULL,
    planned_end   TEXT NOT NULL,
    actual_start  TEXT,
    actual_end    TEXT,
    track         TEXT NOT NULL DEFAULT '',
    room          TEXT NOT NULL DEFAULT '',
    presenters    TEXT NOT NULL DEFAULT '[]',
    description   TEXT NOT NULL DEFAULT '',
    allow_overlap BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX agenda_item_meeting ON agenda_item(meeting_id);
CREATE INDEX agenda_item_parent ON agenda_item(parent_id);

CREATE TABLE subgroup (
    id              TEXT COLLATE "C" PRIMARY KEY NOT NULL,
    meeting_id      TEXT COLLATE "C" NOT NULL REFERENCES meeting(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    number          INTEGER NOT NULL DEFAULT 0,
    title           TEXT NOT NULL,
    framing         TEXT NOT NULL DEFAULT '',
    question_blocks TEXT NOT NULL DEFAULT '[]',
    rapporteur_id   TEXT COLLATE "C",
    agenda_item_id  TEXT COLLATE "C" REFERENCES agenda_item(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    dots_per_member INTEGER NOT NULL DEFAULT 3
);
CREATE INDEX subgroup_meeting ON subgroup(meeting_id);
CREATE INDEX subgroup_rapporteur ON subgroup(rapporteur_id);
CREATE INDEX subgroup_agenda_item ON subgroup(agenda_item_id);

CREATE TABLE participant (
    id                TEXT COLLATE "C" PRIMARY KEY NOT NULL,
    meeting_id        TEXT COLLATE "C" NOT NULL REFERENCES meeting(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position          INTEGER NOT NULL DEFAULT 0,
    name              TEXT NOT NULL,
    organisation      TEXT NOT NULL DEFAULT '',
    organisation_kind TEXT NOT NULL,
    role              TEXT NOT NULL,
    attendance        TEXT NOT NULL,
    subgroup_id       TEXT COLLATE "C" REFERENCES subgroup(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    email             TEXT NOT NULL DEFAULT ''
);
CREATE INDEX participant_meeting ON participant(meeting_id);
CREATE INDEX participant_subgroup ON participant(subgroup_id);
-- The subgroup's rapporteur refers to a participant, declared once both tables exist.
ALTER TABLE subgroup ADD FOREIGN KEY (rapporteur_id) REFERENCES participant(id)
    ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED;

CREATE TABLE guiding_question (
    id          TEXT COLLATE "C" PRIMARY KEY NOT NULL,
    subgroup_id TEXT COLLATE "C" NOT NULL REFERENCES subgroup(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    block       INTEGER NOT NULL DEFAULT 1,
    position    INTEGER NOT NULL DEFAULT 0,
    text        TEXT NOT NULL,
    progress    TEXT NOT NULL
);
CREATE INDEX guiding_question_subgroup ON guiding_question(subgroup_id);

CREATE TABLE priority_item (
    id          TEXT COLLATE "C" PRIMARY KEY NOT NULL,
    subgroup_id TEXT COLLATE "C" NOT NULL REFERENCES subgroup(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position    INTEGER NOT NULL DEFAULT 0,
    text        TEXT NOT NULL
);
CREATE INDEX priority_item_subgroup ON priority_item(subgroup_id);

CREATE TABLE criterion (
    id          TEXT COLLATE "C" PRIMARY KEY NOT NULL,
    subgroup_id TEXT COLLATE "C" NOT NULL REFERENCES subgroup(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position    INTEGER NOT NULL DEFAULT 0,
    name        TEXT NOT NULL,
    weight      DOUBLE PRECISION NOT NULL DEFAULT 1.0
);
CREATE INDEX criterion_subgroup ON criterion(subgroup_id);

CREATE TABLE dot_vote (
    id             TEXT COLLATE "C" PRIMARY KEY NOT NULL,
    item_id        TEXT COLLATE "C" NOT NULL REFERENCES priority_item(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    participant_id TEXT COLLATE "C" REFERENCES participant(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    count          INTEGER NOT NULL CHECK (count >= 0)
);
CREATE INDEX dot_vote_item ON dot_vote(item_id);
CREATE INDEX dot_vote_participant ON dot_vote(participant_id);

CREATE TABLE criterion_score (
    id           TEXT COLLATE "C" PRIMARY KEY NOT NULL,
    item_id      TEXT COLLATE "C" NOT NULL REFERENCES priority_item(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    criterion_id TEXT COLLATE "C" NOT NULL REFERENCES criterion(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    score        INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    UNIQUE (item_id, criterion_id)
);
CREATE INDEX criterion_score_criterion ON criterion_score(criterion_id);

CREATE TABLE solution (
    id            TEXT COLLATE "C" PRIMARY KEY NOT NULL,
    item_id       TEXT COLLATE "C" NOT NULL REFERENCES priority_item(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position      INTEGER NOT NULL DEFAULT 0,
    text          TEXT NOT NULL,
    carriers      TEXT NOT NULL DEFAULT '[]',
    other_carrier TEXT NOT NULL DEFAULT '',
    feasibility   INTEGER NOT NULL DEFAULT 0 CHECK (feasibility BETWEEN 0 AND 5),
    impact        INTEGER NOT NULL DEFAULT 0 CHECK (impact BETWEEN 0 AND 5),
    next_step     TEXT NOT NULL DEFAULT '',
    retained      BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX solution_item ON solution(item_id);

CREATE TABLE note (
    id          TEXT COLLATE "C" PRIMARY KEY NOT NULL,
    meeting_id  TEXT COLLATE "C" NOT NULL REFERENCES meeting(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    target_type TEXT NOT NULL,
    target_id   TEXT COLLATE "C" NOT NULL,
    position    INTEGER NOT NULL DEFAULT 0,
    kind        TEXT NOT NULL,
    text        TEXT NOT NULL DEFAULT '',
    author      TEXT NOT NULL DEFAULT '',
    created_at  TEXT,
    updated_at  TEXT
);
CREATE INDEX note_meeting ON note(meeting_id);
CREATE INDEX note_target ON note(target_id);

CREATE TABLE statement (
    id             TEXT COLLATE "C" PRIMARY KEY NOT NULL,
    meeting_id     TEXT COLLATE "C" NOT NULL REFERENCES meeting(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    kind           TEXT NOT NULL,
    agenda_item_id TEXT COLLATE "C" REFERENCES agenda_item(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    position       INTEGER NOT NULL DEFAULT 0,
    text           TEXT NOT NULL,
    debate         TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL
);
CREATE INDEX statement_meeting ON statement(meeting_id);
CREATE INDEX statement_agenda_item ON statement(agenda_item_id);

CREATE TABLE decision (
    id             TEXT COLLATE "C" PRIMARY KEY NOT NULL,
    meeting_id     TEXT COLLATE "C" NOT NULL REFERENCES meeting(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    agenda_item_id TEXT COLLATE "C" REFERENCES agenda_item(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    position       INTEGER NOT NULL DEFAULT 0,
    text           TEXT NOT NULL,
    decided_at     TEXT
);
CREATE INDEX decision_meeting ON decision(meeting_id);
CREATE INDEX decision_agenda_item ON decision(agenda_item_id);

CREATE TABLE action_item (
    id                   TEXT COLLATE "C" PRIMARY KEY NOT NULL,
    meeting_id           TEXT COLLATE "C" NOT NULL REFERENCES meeting(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position             INTEGER NOT NULL DEFAULT 0,
    what                 TEXT NOT NULL,
    owner_participant_id TEXT COLLATE "C" REFERENCES participant(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    owner_organisation   TEXT NOT NULL DEFAULT '',
    due_date             TEXT,
    status               TEXT NOT NULL
);
CREATE INDEX action_item_meeting ON action_item(meeting_id);
CREATE INDEX action_item_owner ON action_item(owner_participant_id);

-- Notes have no foreign key (their target is in one of several tables):
-- they go with their target.
CREATE FUNCTION copil_note_cleanup() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM note WHERE target_id = OLD.id;
    RETURN NULL;
END;
$$;
CREATE TRIGGER note_cleanup_question AFTER DELETE ON guiding_question
    FOR EACH ROW EXECUTE FUNCTION copil_note_cleanup();
CREATE TRIGGER note_cleanup_priority_item AFTER DELETE ON priority_item
    FOR EACH ROW EXECUTE FUNCTION copil_note_cleanup();
CREATE TRIGGER note_cleanup_solution AFTER DELETE ON solution
    FOR EACH ROW EXECUTE FUNCTION copil_note_cleanup();
CREATE TRIGGER note_cleanup_agenda_item AFTER DELETE ON agenda_item
    FOR EACH ROW EXECUTE FUNCTION copil_note_cleanup();
CREATE TRIGGER note_cleanup_statement AFTER DELETE ON statement
    FOR EACH ROW EXECUTE FUNCTION copil_note_cleanup();
