-- Copil workspace schema, version 13 (PostgreSQL): who may edit what, enforced by the
-- server's row-level security (docs/server.md, « Roles »).
--
-- Optional: while copil_member is empty, every role with the rights on the tables may
-- edit everything, as before. Once a role is listed there, only listed roles write: a
-- facilitator everything, the rapporteur of a subgroup that subgroup (its title and
-- framing, questions, causes, criteria, selections, votes, scores, solutions, and the
-- notes on its questions, causes and solutions). Every role with SELECT reads everything.
-- The owner of the tables (who updates the schema) is not bound by these rules.
CREATE TABLE copil_member (
    id          TEXT COLLATE "C" PRIMARY KEY NOT NULL DEFAULT replace(gen_random_uuid()::text, '-', ''),
    role_name   TEXT COLLATE "C" NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('facilitator', 'rapporteur')),
    subgroup_id TEXT COLLATE "C" REFERENCES subgroup(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    CHECK ((kind = 'rapporteur') = (subgroup_id IS NOT NULL)),
    UNIQUE NULLS NOT DISTINCT (role_name, kind, subgroup_id)
);
CREATE INDEX copil_member_subgroup ON copil_member(subgroup_id);
GRANT SELECT ON copil_member TO PUBLIC;

-- Whether the role running the statement (or a group role it belongs to) may write a row
-- of that subgroup; NULL: a row of the whole meeting or workspace (facilitators only).
CREATE FUNCTION copil_may_edit(sg text) RETURNS boolean LANGUAGE sql STABLE AS $$
SELECT NOT EXISTS (SELECT 1 FROM copil_member)
    OR EXISTS (SELECT 1 FROM copil_member m JOIN pg_roles r ON r.rolname = m.role_name
               WHERE pg_has_role(current_user, r.oid, 'MEMBER')
                 AND (m.kind = 'facilitator' OR (sg IS NOT NULL AND m.subgroup_id = sg)))
$$;

-- The subgroup a cause, a solution or a note belongs to (NULL for the meeting's own).
CREATE FUNCTION copil_item_subgroup(item text) RETURNS text LANGUAGE sql STABLE AS $$
SELECT subgroup_id FROM priority_item WHERE id = item
$$;
CREATE FUNCTION copil_note_subgroup(kind text, target text) RETURNS text LANGUAGE sql STABLE AS $$
SELECT CASE kind
    WHEN 'question' THEN (SELECT subgroup_id FROM guiding_question WHERE id = target)
    WHEN 'priorityItem' THEN (SELECT subgroup_id FROM priority_item WHERE id = target)
    WHEN 'solution' THEN (SELECT p.subgroup_id FROM solution s
                          JOIN priority_item p ON p.id = s.item_id WHERE s.id = target)
END
$$;

-- The notes of a removed question, cause or solution go with it, whoever removed it (its
-- removal was allowed): the clean-up runs as the owner.
ALTER FUNCTION copil_note_cleanup() SECURITY DEFINER SET search_path FROM CURRENT;

-- Per table: the subgroup of a row for adding or removing it, and for changing it.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT * FROM (VALUES
            ('meeting', 'NULL', 'NULL'),
            ('agenda_item', 'NULL', 'NULL'),
            ('participant', 'NULL', 'NULL'),
            ('statement', 'NULL', 'NULL'),
            ('decision', 'NULL', 'NULL'),
            ('action_item', 'NULL', 'NULL'),
            ('workspace_info', 'NULL', 'NULL'),
            ('room_copy', 'NULL', 'NULL'),
            ('room_merge', 'NULL', 'NULL'),
            ('subgroup', 'NULL', 'id'),
            ('guiding_question', 'subgroup_id', 'subgroup_id'),
            ('priority_item', 'subgroup_id', 'subgroup_id'),
            ('criterion', 'subgroup_id', 'subgroup_id'),
            ('priority_selection', 'subgroup_id', 'subgroup_id'),
            ('dot_vote', 'copil_item_subgroup(item_id)', 'copil_item_subgroup(item_id)'),
            ('criterion_score', 'copil_item_subgroup(item_id)', 'copil_item_subgroup(item_id)'),
            ('solution', 'copil_item_subgroup(item_id)', 'copil_item_subgroup(item_id)'),
            ('note', 'copil_note_subgroup(target_type, target_id)',
             'copil_note_subgroup(target_type, target_id)')
        ) AS v(tbl, on_create, on_change) LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t.tbl);
        EXECUTE format('CREATE POLICY copil_read ON %I FOR SELECT USING (true)', t.tbl);
        EXECUTE format('CREATE POLICY copil_add ON %I FOR INSERT WITH CHECK (copil_may_edit(%s))',
                       t.tbl, t.on_create);
        EXECUTE format('CREATE POLICY copil_change ON %I FOR UPDATE USING (copil_may_edit(%s)) '
                       'WITH CHECK (copil_may_edit(%s))', t.tbl, t.on_change, t.on_change);
        EXECUTE format('CREATE POLICY copil_remove ON %I FOR DELETE USING (copil_may_edit(%s))',
                       t.tbl, t.on_create);
    END LOOP;
END;
$$;

-- A rapporteur's change to validated minutes takes them back to draft, which is written
-- on the meeting's row: the rapporteurs of a meeting may change that row, but only so.
CREATE FUNCTION copil_reports_in(meeting text) RETURNS boolean LANGUAGE sql STABLE AS $$
SELECT EXISTS (SELECT 1 FROM copil_member m JOIN pg_roles r ON r.rolname = m.role_name
               JOIN subgroup s ON s.id = m.subgroup_id
               WHERE pg_has_role(current_user, r.oid, 'MEMBER') AND s.meeting_id = meeting)
$$;
DROP POLICY copil_change ON meeting;
CREATE POLICY copil_change ON meeting FOR UPDATE
    USING (copil_may_edit(NULL) OR copil_reports_in(id))
    WITH CHECK (copil_may_edit(NULL) OR copil_reports_in(id));
CREATE FUNCTION copil_meeting_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    minutes text[] := ARRAY['minutes_validated_by', 'minutes_validated_at', 'minutes_history',
                            'row_revision'];
BEGIN
    IF copil_may_edit(NULL)
       OR pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'USAGE')
       OR (NEW.minutes_validated_at IS NULL AND (to_jsonb(NEW) - minutes) = (to_jsonb(OLD) - minutes)) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'row-level security of Copil: only a facilitator changes the meeting %', OLD.id
        USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER copil_meeting_guard BEFORE UPDATE ON meeting
    FOR EACH ROW EXECUTE FUNCTION copil_meeting_guard();

-- The list of members and the schema's mark: read by all, written by the owner alone
-- (even when the other roles were granted every right on every table).
ALTER TABLE copil_member ENABLE ROW LEVEL SECURITY;
CREATE POLICY copil_read ON copil_member FOR SELECT USING (true);
ALTER TABLE copil_meta ENABLE ROW LEVEL SECURITY;
CREATE POLICY copil_read ON copil_meta FOR SELECT USING (true);
