#include "Editor.h"

#include "domain/Clock.h"
#include "domain/MeetingData.h"
#include "domain/Prioritisation.h"
#include "domain/Validation.h"
#include "exchange/RoomCopy.h"
#include "storage/Backups.h"
#include "storage/MeetingRepository.h"
#include "storage/RowStore.h"
#include "storage/Workspace.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace copil::session {

using domain::Error;
using domain::Fault;
using domain::Status;
using storage::Workspace;

/// One undo step. Its work is done by the Editor, which moves the stack only once the
/// workspace has taken the change: the command's own undo() and redo() do nothing, so
/// the stack can never say something the database does not.
class EditCommand : public QUndoCommand {
public:
    EditCommand(const QString& text, Editor::Work redo, Editor::Work undo, int mergeId,
                QString mergeKey)
        : QUndoCommand(text), m_redo(std::move(redo)), m_undo(std::move(undo)), m_mergeId(mergeId),
          m_mergeKey(std::move(mergeKey))
    {
    }
    void redo() override {}
    void undo() override {}
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = static_cast<const EditCommand*>(other);
        if (next->m_mergeKey != m_mergeKey) {
            return false;
        }
        m_redo = next->m_redo; // keep our undo: back to the state before the first keystroke
        setText(next->text());
        return true;
    }

    // The work of a step and of the steps grouped in it, in the order it must run.
    static Status run(const QUndoCommand* command, bool forward)
    {
        if (const auto* edit = dynamic_cast<const EditCommand*>(command)) {
            return forward ? edit->m_redo() : edit->m_undo();
        }
        const int n = command->childCount();
        for (int i = 0; i < n; ++i) {
            const Status s = run(command->child(forward ? i : n - 1 - i), forward);
            if (!s) {
                return s;
            }
        }
        return {};
    }

private:
    Editor::Work m_redo;
    Editor::Work m_undo;
    int m_mergeId;
    QString m_mergeKey;
};

namespace {

constexpr int kTypingMergeId = 1;

// Applies f to each row in turn; stops at the first failure.
template <class T, class F> Status each(const QList<T>& rows, F&& f)
{
    for (const T& row : rows) {
        if (const Status s = f(row); !s) {
            return s;
        }
    }
    return {};
}

// "2 sous-points, 3 notes": what a removal takes with it beside the row itself.
QString describe(const storage::Removal& r, domain::EntityKind root)
{
    using K = domain::EntityKind;
    const auto count = [&](K kind, qsizetype n) { return kind == root ? n - 1 : n; };
    QStringList parts;
    const auto add = [&parts](qsizetype n, const QString& text) {
        if (n > 0) {
            parts << text;
        }
    };
    const qsizetype items = count(K::AgendaItem, r.removed.agenda.size());
    add(items, Editor::tr("%n sous-point(s)", nullptr, int(items)));
    const qsizetype questions = count(K::Question, r.removed.questions.size());
    add(questions, Editor::tr("%n question(s)", nullptr, int(questions)));
    const qsizetype causes = count(K::PriorityItem, r.removed.priorityItems.size());
    add(causes, Editor::tr("%n cause(s)", nullptr, int(causes)));
    const qsizetype criteria = count(K::Criterion, r.removed.criteria.size());
    add(criteria, Editor::tr("%n critère(s)", nullptr, int(criteria)));
    int dots = 0;
    for (const auto& v : r.removed.dotVotes) {
        dots += v.count;
    }
    add(dots, Editor::tr("%n gommette(s)", nullptr, dots));
    const qsizetype scores = r.removed.scores.size();
    add(scores, Editor::tr("%n note(s) par critère", nullptr, int(scores)));
    const qsizetype solutions = count(K::Solution, r.removed.solutions.size());
    add(solutions, Editor::tr("%n solution(s)", nullptr, int(solutions)));
    const qsizetype selections = r.removed.selections.size();
    add(selections, Editor::tr("%n sélection(s) confirmée(s)", nullptr, int(selections)));
    const qsizetype notes = count(K::Note, r.removed.notes.size());
    add(notes, Editor::tr("%n note(s)", nullptr, int(notes)));
    return parts.join(QStringLiteral(", "));
}

QString withContents(const QString& text, const QString& contents)
{
    return contents.isEmpty() ? text : Editor::tr("%1 (avec %2)").arg(text, contents);
}

} // namespace

Editor::Editor(Workspace& workspace, QObject* parent)
    : QObject(parent), m_ws(&workspace), m_rows(std::make_unique<storage::RowStore>(workspace)),
      m_stack(new QUndoStack(this))
{
}

Editor::~Editor() = default;

void Editor::setWorkspace(Workspace& workspace)
{
    m_stack->clear();
    m_unsaved.reset();
    m_ws = &workspace;
    m_rows = std::make_unique<storage::RowStore>(workspace);
}

QDateTime Editor::now() const
{
    return m_clock ? m_clock->now() : QDateTime::currentDateTime();
}

bool Editor::fail(const QString& message, Fault fault)
{
    emit failed(message, fault);
    return false;
}

bool Editor::apply(const QString& text, Work redo, Work undo, int mergeId, const QString& mergeKey)
{
    const Workspace::OriginScope origin(*m_ws, m_origin);
    // The rules over several rows that this edit could break are checked on what it
    // wrote, in the same transaction: a refusal leaves nothing behind.
    const Work guard = std::exchange(m_guard, {});
    const Status s = m_ws->write([&]() -> Status {
        Status done = redo();
        return done && guard ? guard() : done;
    });
    m_lastFault = s.fault();
    if (!s) {
        if (s.fault() == Fault::Offline) {
            // The server is away: this edit, typing included, waits for it in order.
            return later(
                text, mergeKey,
                [this, text, redo, undo, mergeId, mergeKey] {
                    return apply(text, redo, undo, mergeId, mergeKey);
                },
                s.error());
        }
        // Typing is kept by its own field, which saves it again; other edits are kept here.
        if (domain::isTransient(s.fault()) && mergeId != kTypingMergeId) {
            m_unsaved = Unsaved{text, std::move(redo), std::move(undo), mergeId, mergeKey};
        }
        return fail(s.error(), s.fault());
    }
    m_unsaved.reset();
    m_stack->push(new EditCommand(text, std::move(redo), std::move(undo), mergeId, mergeKey));
    m_lastSaved = now();
    emit saved(m_lastSaved);
    return true;
}

bool Editor::mergeRoomCopy(const exchange::MergeChanges& changes)
{
    storage::RowStore& rows = *m_rows;
    m_origin = domain::ChangeOrigin::Merge;
    const bool ok = apply(
        tr("Fusion : %1").arg(changes.mark.label),
        [&rows, changes] { return exchange::RoomMerge::apply(rows, changes); },
        [&rows, changes] { return exchange::RoomMerge::revert(rows, changes); });
    m_origin = domain::ChangeOrigin::Edit;
    return ok;
}

bool Editor::later(const QString& text, const QString& mergeKey, std::function<bool()> again,
                   const QString& message)
{
    if (!mergeKey.isEmpty()) {
        for (Deferred& d : m_offline) {
            if (d.mergeKey == mergeKey) {
                d.again = std::move(again); // the latest typing holds the earlier
                return fail(message, Fault::Offline);
            }
        }
    }
    m_offline.append({text, mergeKey, std::move(again)});
    return fail(message, Fault::Offline);
}

QString Editor::unsavedText() const
{
    QStringList texts;
    if (m_unsaved) {
        texts << m_unsaved->text;
    }
    for (const Deferred& d : m_offline) {
        texts << d.text;
    }
    return texts.join(QStringLiteral(" ; "));
}

bool Editor::retry()
{
    if (!m_offline.isEmpty()) {
        const QList<Deferred> queue = std::exchange(m_offline, {});
        for (qsizetype i = 0; i < queue.size(); ++i) {
            if (!queue[i].again() && m_lastFault == Fault::Offline) {
                // Away again: it queued itself anew; the rest follow it, in order.
                m_offline += queue.mid(i + 1);
                return false;
            }
        }
    }
    if (!m_unsaved) {
        return m_offline.isEmpty();
    }
    Unsaved edit = std::move(*m_unsaved);
    m_unsaved.reset();
    return apply(edit.text, std::move(edit.redo), std::move(edit.undo), edit.mergeId,
                 edit.mergeKey);
}

bool Editor::keepMine()
{
    if (!m_conflict) {
        return true;
    }
    const PendingConflict c = std::move(*m_conflict);
    m_conflict.reset();
    const bool saved = c.keepMine();
    emit conflictSettled(false);
    return saved;
}

void Editor::keepTheirs()
{
    m_conflict.reset();
    emit conflictSettled(true);
}

template <class T>
void Editor::raiseConflict(const QString& meetingId, const QString& text, const T& mine,
                           const QString& mergeKey)
{
    auto stored = m_rows->rowsById<T>({mine.id});
    if (!stored || stored.value().isEmpty()) {
        return;
    }
    const T theirs = stored.value().first();
    Conflict c{text, storage::sql::RowTraits<T>::table().name, {}};
    const auto& columns = storage::sql::RowTraits<T>::table().columns;
    for (qsizetype i = 1; i < columns.size(); ++i) {
        const QString a = columns[i].get(mine).toString();
        const QString b = columns[i].get(theirs).toString();
        if (a != b) {
            c.fields.append({columns[i].name, a, b});
        }
    }
    T overwrite = mine;
    overwrite.rowRevision = theirs.rowRevision; // based on what is stored now
    m_conflict = PendingConflict{std::move(c), [this, meetingId, text, overwrite, mergeKey] {
                                     return saveRow(meetingId, text, overwrite, mergeKey);
                                 }};
    emit conflicted();
}

bool Editor::move(bool forward)
{
    if (forward ? !m_stack->canRedo() : !m_stack->canUndo()) {
        return false;
    }
    const QUndoCommand* command = m_stack->command(m_stack->index() - (forward ? 0 : 1));
    const Workspace::OriginScope origin(*m_ws, forward ? domain::ChangeOrigin::Redo
                                                       : domain::ChangeOrigin::Undo);
    const Status s = m_ws->write([command, forward] { return EditCommand::run(command, forward); });
    if (!s) {
        return fail((forward ? tr("« %1 » n’a pas pu être rétabli : %2")
                             : tr("« %1 » n’a pas pu être annulé : %2"))
                        .arg(command->text(), s.error()),
                    s.fault());
    }
    // The workspace took it: now the stack follows (its commands do no work themselves).
    if (forward) {
        m_stack->redo();
    } else {
        m_stack->undo();
    }
    m_lastSaved = now();
    emit saved(m_lastSaved);
    return true;
}

bool Editor::undo()
{
    return move(false);
}

bool Editor::redo()
{
    return move(true);
}

void Editor::beginStep(const QString& text)
{
    m_stack->beginMacro(text);
}

void Editor::endStep()
{
    m_stack->endMacro();
}

// --- generic row edits ---------------------------------------------------------------

template <class T>
bool Editor::saveRow(const QString& meetingId, const QString& text, const T& row,
                     const QString& mergeKey)
{
    auto stored = m_rows->rowsById<T>({row.id});
    if (!stored) {
        if (stored.fault() == Fault::Offline) {
            return later(
                text, mergeKey,
                [this, meetingId, text, row, mergeKey] {
                    return saveRow(meetingId, text, row, mergeKey);
                },
                stored.error());
        }
        return fail(stored.error(), stored.fault());
    }
    std::optional<T> before;
    if (!stored.value().isEmpty()) {
        before = stored.value().first();
    }
    if (before && *before == row) {
        return true;
    }
    storage::RowStore& rows = *m_rows;
    Work redo = [&rows, meetingId, row, existed = before.has_value()]() -> Status {
        return existed ? rows.update(meetingId, row) : rows.insert(meetingId, row);
    };
    // Undo puts back what was there, or removes the new row, unless someone else saved
    // it since (then it says so and does nothing).
    Work undo = [&rows, meetingId, before, id = row.id]() -> Status {
        return before ? rows.update(meetingId, *before) : rows.remove<T>(meetingId, id, 0);
    };
    const bool ok = mergeKey.isEmpty()
                        ? apply(text, std::move(redo), std::move(undo))
                        : apply(text, std::move(redo), std::move(undo), kTypingMergeId, mergeKey);
    if (!ok && m_lastFault == Fault::Conflict) {
        raiseConflict(meetingId, text, row, mergeKey);
    }
    return ok;
}

template <class T>
bool Editor::updateRow(const QString& meetingId, const QString& text, const T& row,
                       const QString& missing)
{
    auto stored = m_rows->rowsById<T>({row.id});
    if (stored && stored.value().isEmpty()) {
        return fail(missing, Fault::Missing);
    }
    return saveRow(meetingId, text, row);
}

template <class T>
bool Editor::removeRow(const QString& meetingId, const QString& text, const QString& id)
{
    auto plan = m_rows->removalOf<T>(id);
    if (!plan) {
        return fail(plan.error(), plan.fault());
    }
    const storage::Removal removal = std::move(plan).value();
    int basedOn = -1;
    storage::forEachRowList(removal.removed, [&](const auto& list) {
        for (const auto& r : list) {
            if (r.id == id) {
                basedOn = r.rowRevision.value;
            }
        }
    });
    storage::RowStore& rows = *m_rows;
    return apply(
        withContents(text, describe(removal, storage::sql::RowTraits<T>::kind)),
        [&rows, meetingId, id, basedOn] { return rows.remove<T>(meetingId, id, basedOn); },
        [&rows, meetingId, removal]() -> Status {
            if (Status s = rows.insertAll(meetingId, removal.removed); !s) {
                return s;
            }
            return rows.updateAll(meetingId, removal.emptied);
        });
}

// --- rules over several rows --------------------------------------------------------------

Status Editor::agendaFits(const QString& meetingId) const
{
    auto meeting = m_rows->rowsById<domain::Meeting>({meetingId});
    auto agenda = m_rows->rows<domain::AgendaItem>(meetingId);
    if (!meeting || !agenda) {
        return !meeting ? meeting.failure() : agenda.failure();
    }
    if (meeting.value().isEmpty()) {
        return Error{tr("Cette réunion n’existe plus."), Fault::Missing};
    }
    // Overlaps are warnings the timeline shows; everything else would make the meeting
    // one that Copil could not import again.
    const auto issues =
        domain::Validation::checkAgendaPlacement(agenda.value(), meeting.value().first(), false);
    if (issues.isEmpty()) {
        return {};
    }
    QStringList lines;
    for (const auto& issue : issues) {
        lines << issue.message;
    }
    return Error{tr("Modification refusée :\n%1").arg(lines.join(u'\n')), Fault::Invalid};
}

Status Editor::dotsFit(const QString& meetingId) const
{
    auto subgroups = m_rows->rows<domain::Subgroup>(meetingId);
    auto items = m_rows->rows<domain::PriorityItem>(meetingId);
    auto votes = m_rows->rows<domain::DotVote>(meetingId);
    auto people = m_rows->rows<domain::Participant>(meetingId);
    if (!subgroups || !items || !votes || !people) {
        return Error{tr("Lecture impossible avant l’enregistrement.")};
    }
    domain::MeetingData d;
    d.subgroups = subgroups.value();
    d.priorityItems = items.value();
    d.dotVotes = votes.value();
    d.participants = people.value();
    const QStringList over = domain::DotRules::excess(d);
    if (over.isEmpty()) {
        return {};
    }
    return Error{over.join(u'\n'), Fault::Invalid};
}

// --- the agenda -----------------------------------------------------------------------

bool Editor::updateAgenda(const QString& meetingId, const QString& text,
                          const QList<domain::AgendaItem>& changed)
{
    QStringList ids;
    for (const auto& item : changed) {
        ids << item.id;
    }
    auto stored = m_rows->rowsById<domain::AgendaItem>(ids);
    if (!stored) {
        return fail(stored.error(), stored.fault());
    }
    if (stored.value().size() != changed.size()) {
        return fail(tr("Ce point n’existe plus."), Fault::Missing);
    }
    domain::MeetingData before;
    before.agenda = stored.value();
    domain::MeetingData after;
    after.agenda = changed;
    storage::RowStore& rows = *m_rows;
    const GuardScope guard(*this, [this, meetingId] { return agendaFits(meetingId); });
    return apply(
        text, [&rows, meetingId, after] { return rows.updateAll(meetingId, after); },
        [&rows, meetingId, before] { return rows.updateAll(meetingId, before); });
}

bool Editor::typeInAgenda(const QString& meetingId, const domain::AgendaItem& changed)
{
    auto stored = m_rows->rowsById<domain::AgendaItem>({changed.id});
    if (stored && stored.value().isEmpty()) {
        return fail(tr("Ce point n’existe plus."), Fault::Missing);
    }
    return saveRow(meetingId, tr("Saisie dans « %1 »").arg(changed.title), changed, changed.id);
}

bool Editor::addAgendaItem(const QString& meetingId, const domain::AgendaItem& item)
{
    const GuardScope guard(*this, [this, meetingId] { return agendaFits(meetingId); });
    return saveRow(meetingId, tr("Ajout de « %1 »").arg(item.title), item);
}

bool Editor::removeAgendaItem(const QString& meetingId, const QString& itemId)
{
    auto stored = m_rows->rowsById<domain::AgendaItem>({itemId});
    if (!stored || stored.value().isEmpty()) {
        return fail(tr("Ce point n’existe plus."), Fault::Missing);
    }
    return removeRow<domain::AgendaItem>(
        meetingId, tr("Suppression de « %1 »").arg(stored.value().first().title), itemId);
}

bool Editor::updateMeeting(const QString& text, const domain::Meeting& meeting)
{
    const GuardScope guard(*this, [this, id = meeting.id] { return agendaFits(id); });
    return updateRow(meeting.id, text, meeting, tr("Cette réunion n’existe plus."));
}

bool Editor::createMeeting(const QString& text, const domain::MeetingData& meeting)
{
    storage::Workspace& ws = *m_ws;
    const QString id = meeting.meeting.id;
    return apply(
        text, [&ws, meeting] { return storage::MeetingRepository(ws).insertAll(meeting); },
        [&ws, id] { return storage::MeetingRepository(ws).remove(id); });
}

bool Editor::removeMeeting(const QString& meetingId)
{
    storage::Workspace& ws = *m_ws;
    auto stored = storage::MeetingRepository(ws).load(meetingId);
    if (!stored) {
        return fail(stored.error(), stored.fault());
    }
    if (auto backup = storage::Backups::make(ws, QStringLiteral("suppression")); !backup) {
        return fail(tr("La réunion n’a pas été supprimée : la sauvegarde préalable a échoué "
                       "(%1).")
                        .arg(backup.error()),
                    backup.fault());
    }
    domain::MeetingData data = std::move(stored).value();
    return apply(
        tr("Suppression de la réunion « %1 »").arg(data.meeting.title),
        [&ws, meetingId] { return storage::MeetingRepository(ws).remove(meetingId); },
        [&ws, data] { return storage::MeetingRepository(ws).insertAll(data); });
}

// --- participants ---------------------------------------------------------------------

bool Editor::addParticipants(const QString& meetingId, const QString& text,
                             const QList<domain::Participant>& people)
{
    domain::MeetingData added;
    added.participants = people;
    storage::RowStore& rows = *m_rows;
    return apply(
        text, [&rows, meetingId, added] { return rows.insertAll(meetingId, added); },
        [&rows, meetingId, people]() -> Status {
            return each(people, [&](const auto& p) {
                return rows.remove<domain::Participant>(meetingId, p.id);
            });
        });
}

bool Editor::updateParticipant(const QString& meetingId, const QString& text,
                               const domain::Participant& person, bool rapporteur)
{
    auto old = m_rows->rowsById<domain::Participant>({person.id});
    auto subgroups = m_rows->rows<domain::Subgroup>(meetingId);
    if (!old || !subgroups) {
        return fail(!old ? old.error() : subgroups.error(), !old ? old.fault() : subgroups.fault());
    }
    // Subgroups whose rapporteur changes: the one they report for, and any they left.
    domain::MeetingData before;
    domain::MeetingData after;
    for (const auto& s : subgroups.value()) {
        domain::Subgroup changed = s;
        if (rapporteur && s.id == person.subgroupId) {
            changed.rapporteurId = person.id;
        } else if (s.rapporteurId == person.id) {
            changed.rapporteurId.clear();
        }
        if (!(changed == s)) {
            before.subgroups << s;
            after.subgroups << changed;
        }
    }
    const bool existed = !old.value().isEmpty();
    const domain::Participant previous = existed ? old.value().first() : domain::Participant{};
    if (existed && previous == person && after.subgroups.isEmpty()) {
        return true;
    }
    storage::RowStore& rows = *m_rows;
    auto redo = [=, &rows]() -> Status {
        const Status s = existed ? rows.update(meetingId, person) : rows.insert(meetingId, person);
        return s ? rows.updateAll(meetingId, after) : s;
    };
    auto undo = [=, &rows]() -> Status {
        if (const Status s = rows.updateAll(meetingId, before); !s) {
            return s;
        }
        return existed ? rows.update(meetingId, previous)
                       : rows.remove<domain::Participant>(meetingId, person.id);
    };
    return apply(text, redo, undo);
}

bool Editor::setAttendance(const QString& meetingId, const QStringList& participantIds,
                           domain::Attendance attendance)
{
    auto people = m_rows->rowsById<domain::Participant>(participantIds);
    if (!people) {
        return fail(people.error(), people.fault());
    }
    domain::MeetingData before;
    domain::MeetingData after;
    for (const auto& p : people.value()) {
        if (p.attendance != attendance) {
            before.participants << p;
            after.participants << p;
            after.participants.last().attendance = attendance;
        }
    }
    if (after.participants.isEmpty()) {
        return true;
    }
    const QString text =
        after.participants.size() == 1
            ? tr("Présence de %1").arg(after.participants.first().name)
            : tr("Présence de %n personne(s)", nullptr, int(after.participants.size()));
    storage::RowStore& rows = *m_rows;
    return apply(
        text, [&rows, meetingId, after] { return rows.updateAll(meetingId, after); },
        [&rows, meetingId, before] { return rows.updateAll(meetingId, before); });
}

bool Editor::removeParticipant(const QString& meetingId, const QString& participantId)
{
    auto person = m_rows->rowsById<domain::Participant>({participantId});
    if (!person || person.value().isEmpty()) {
        return fail(tr("Cette personne n’est plus dans la liste."), Fault::Missing);
    }
    return removeRow<domain::Participant>(
        meetingId, tr("Suppression de %1").arg(person.value().first().name), participantId);
}

// --- notes, subgroups, questions ---------------------------------------------------------

bool Editor::saveNote(const QString& meetingId, const QString& text, const domain::Note& note)
{
    return saveRow(meetingId, text, note);
}

bool Editor::typeNote(const QString& meetingId, const domain::Note& note)
{
    return saveRow(meetingId, tr("Note modifiée"), note, note.id);
}

bool Editor::removeNote(const QString& meetingId, const QString& noteId)
{
    return removeRow<domain::Note>(meetingId, tr("Suppression d’une note"), noteId);
}

bool Editor::saveSubgroup(const QString& meetingId, const QString& text,
                          const domain::Subgroup& subgroup)
{
    const GuardScope guard(*this, [this, meetingId] { return dotsFit(meetingId); });
    return saveRow(meetingId, text, subgroup);
}

bool Editor::updateSubgroup(const QString& meetingId, const QString& text,
                            const domain::Subgroup& subgroup)
{
    const GuardScope guard(*this, [this, meetingId] { return dotsFit(meetingId); });
    return updateRow(meetingId, text, subgroup, tr("Ce sous-groupe n’existe plus."));
}

bool Editor::setDotsPerMember(const QString& meetingId, const QString& subgroupId, int perMember,
                              bool trimExtra)
{
    auto stored = m_rows->rowsById<domain::Subgroup>({subgroupId});
    if (!stored || stored.value().isEmpty()) {
        return fail(tr("Ce sous-groupe n’existe plus."), Fault::Missing);
    }
    domain::Subgroup after = stored.value().first();
    const domain::Subgroup before = after;
    if (before.dotsPerMember == perMember) {
        return true;
    }
    after.dotsPerMember = perMember;
    domain::MeetingData trim;
    domain::MeetingData untrim;
    if (trimExtra) {
        auto items = m_rows->rows<domain::PriorityItem>(meetingId);
        auto votes = m_rows->rows<domain::DotVote>(meetingId);
        if (!items || !votes) {
            return fail(!items ? items.error() : votes.error());
        }
        domain::MeetingData d;
        d.priorityItems = items.value();
        d.dotVotes = votes.value();
        for (const auto& v : domain::DotRules::trimmed(d, subgroupId, perMember)) {
            trim.dotVotes << v;
            untrim.dotVotes << *domain::findRow(d.dotVotes, v.id);
        }
    }
    storage::RowStore& rows = *m_rows;
    const QString text =
        trim.dotVotes.isEmpty()
            ? tr("%n gommette(s) par membre", nullptr, perMember)
            : tr("%n gommette(s) par membre, les gommettes en trop retirées", nullptr, perMember);
    const GuardScope guard(*this, [this, meetingId] { return dotsFit(meetingId); });
    return apply(
        text,
        [&rows, meetingId, after, trim]() -> Status {
            for (const auto& v : trim.dotVotes) {
                const Status s = v.count > 0 ? rows.update(meetingId, v)
                                             : rows.remove<domain::DotVote>(meetingId, v.id);
                if (!s) {
                    return s;
                }
            }
            return rows.update(meetingId, after);
        },
        [&rows, meetingId, before, trim, untrim]() -> Status {
            for (qsizetype i = 0; i < trim.dotVotes.size(); ++i) {
                const Status s = trim.dotVotes[i].count > 0
                                     ? rows.update(meetingId, untrim.dotVotes[i])
                                     : rows.insert(meetingId, untrim.dotVotes[i]);
                if (!s) {
                    return s;
                }
            }
            return rows.update(meetingId, before);
        });
}

bool Editor::removeSubgroup(const QString& meetingId, const QString& subgroupId)
{
    auto stored = m_rows->rowsById<domain::Subgroup>({subgroupId});
    if (!stored || stored.value().isEmpty()) {
        return fail(tr("Ce sous-groupe n’existe plus."), Fault::Missing);
    }
    const domain::Subgroup& s = stored.value().first();
    return removeRow<domain::Subgroup>(
        meetingId, tr("Suppression du sous-groupe %1 – %2").arg(s.number).arg(s.title), subgroupId);
}

bool Editor::saveQuestion(const QString& meetingId, const QString& text,
                          const domain::GuidingQuestion& question)
{
    return saveRow(meetingId, text, question);
}

bool Editor::updateQuestion(const QString& meetingId, const QString& text,
                            const domain::GuidingQuestion& question)
{
    return updateRow(meetingId, text, question, tr("Cette question n’existe plus."));
}

bool Editor::removeQuestion(const QString& meetingId, const QString& questionId)
{
    return removeRow<domain::GuidingQuestion>(meetingId, tr("Suppression d’une question"),
                                              questionId);
}

// --- prioritisation and solutions ---------------------------------------------------------

bool Editor::setDots(const QString& meetingId, const QString& itemId, const QString& participantId,
                     int count)
{
    auto votes = m_rows->rows<domain::DotVote>(meetingId);
    if (!votes) {
        return fail(votes.error(), votes.fault());
    }
    std::optional<domain::DotVote> before;
    for (const auto& v : votes.value()) {
        if (v.itemId == itemId && v.participantId == participantId) {
            before = v;
        }
    }
    const QString text = tr("%n gommette(s)", nullptr, count);
    if (count <= 0) {
        return !before || removeRow<domain::DotVote>(meetingId, text, before->id);
    }
    domain::DotVote after =
        before ? *before : domain::DotVote{domain::newId(), itemId, participantId, 0};
    after.count = count;
    const GuardScope guard(*this, [this, meetingId] { return dotsFit(meetingId); });
    return saveRow(meetingId, text, after);
}

bool Editor::setScore(const QString& meetingId, const QString& itemId, const QString& criterionId,
                      int score)
{
    auto item = m_rows->rowsById<domain::PriorityItem>({itemId});
    auto criterion = m_rows->rowsById<domain::Criterion>({criterionId});
    if (!item || !criterion || item.value().isEmpty() || criterion.value().isEmpty()) {
        return fail(tr("Cette cause ou ce critère n’existe plus."), Fault::Missing);
    }
    if (item.value().first().subgroupId != criterion.value().first().subgroupId) {
        return fail(tr("Le critère « %1 » est celui d’un autre sous-groupe que la cause notée.")
                        .arg(criterion.value().first().name),
                    Fault::Invalid);
    }
    auto scores = m_rows->rows<domain::CriterionScore>(meetingId);
    if (!scores) {
        return fail(scores.error(), scores.fault());
    }
    std::optional<domain::CriterionScore> before;
    for (const auto& s : scores.value()) {
        if (s.itemId == itemId && s.criterionId == criterionId) {
            before = s;
        }
    }
    const QString text = tr("Note %1").arg(score);
    if (score <= 0) {
        return !before || removeRow<domain::CriterionScore>(meetingId, text, before->id);
    }
    domain::CriterionScore after =
        before ? *before : domain::CriterionScore{domain::newId(), itemId, criterionId, score};
    after.score = score;
    return saveRow(meetingId, text, after);
}

bool Editor::confirmSelection(const QString& meetingId, const domain::PrioritySelection& selection)
{
    // A new revision each time: earlier ones are never rewritten.
    return saveRow(meetingId, tr("Sélection confirmée (révision %1)").arg(selection.revision),
                   selection);
}

bool Editor::savePriorityItem(const QString& meetingId, const QString& text,
                              const domain::PriorityItem& item)
{
    return saveRow(meetingId, text, item);
}

bool Editor::removePriorityItem(const QString& meetingId, const QString& itemId)
{
    auto stored = m_rows->rowsById<domain::PriorityItem>({itemId});
    if (!stored || stored.value().isEmpty()) {
        return fail(tr("Cet élément n’existe plus."), Fault::Missing);
    }
    return removeRow<domain::PriorityItem>(
        meetingId, tr("Suppression de « %1 »").arg(stored.value().first().text.left(40)), itemId);
}

bool Editor::updateCriterion(const QString& meetingId, const QString& text,
                             const domain::Criterion& criterion)
{
    return updateRow(meetingId, text, criterion, tr("Ce critère n’existe plus."));
}

bool Editor::saveCriterion(const QString& meetingId, const QString& text,
                           const domain::Criterion& criterion)
{
    return saveRow(meetingId, text, criterion);
}

bool Editor::removeCriterion(const QString& meetingId, const QString& criterionId)
{
    auto stored = m_rows->rowsById<domain::Criterion>({criterionId});
    if (!stored || stored.value().isEmpty()) {
        return fail(tr("Ce critère n’existe plus."), Fault::Missing);
    }
    return removeRow<domain::Criterion>(
        meetingId, tr("Suppression du critère « %1 »").arg(stored.value().first().name),
        criterionId);
}

bool Editor::saveSolution(const QString& meetingId, const QString& text,
                          const domain::Solution& solution)
{
    return saveRow(meetingId, text, solution);
}

bool Editor::typeSolution(const QString& meetingId, const domain::Solution& solution)
{
    return saveRow(meetingId, tr("Solution modifiée"), solution, solution.id);
}

bool Editor::removeSolution(const QString& meetingId, const QString& solutionId)
{
    auto stored = m_rows->rowsById<domain::Solution>({solutionId});
    if (!stored || stored.value().isEmpty()) {
        return fail(tr("Cette solution n’existe plus."), Fault::Missing);
    }
    return removeRow<domain::Solution>(
        meetingId,
        tr("Suppression de la solution « %1 »").arg(stored.value().first().text.left(40)),
        solutionId);
}

// --- the plenary ----------------------------------------------------------------------------

bool Editor::saveStatement(const QString& meetingId, const QString& text,
                           const domain::Statement& x)
{
    return saveRow(meetingId, text, x);
}

bool Editor::typeStatement(const QString& meetingId, const domain::Statement& x)
{
    return saveRow(meetingId, tr("Débat modifié"), x, x.id);
}

bool Editor::saveDecision(const QString& meetingId, const QString& text, const domain::Decision& x)
{
    return saveRow(meetingId, text, x);
}

bool Editor::saveAction(const QString& meetingId, const QString& text, const domain::ActionItem& x)
{
    return saveRow(meetingId, text, x);
}

bool Editor::removeStatement(const QString& meetingId, const QString& id)
{
    auto stored = m_rows->rowsById<domain::Statement>({id});
    if (!stored || stored.value().isEmpty()) {
        return fail(tr("Cet élément n’existe plus."), Fault::Missing);
    }
    return removeRow<domain::Statement>(
        meetingId, tr("Suppression de « %1 »").arg(stored.value().first().text.left(40)), id);
}

bool Editor::removeDecision(const QString& meetingId, const QString& id)
{
    return removeRow<domain::Decision>(meetingId, tr("Suppression d’une décision"), id);
}

bool Editor::removeAction(const QString& meetingId, const QString& id)
{
    return removeRow<domain::ActionItem>(meetingId, tr("Suppression d’une action"), id);
}

} // namespace copil::session
