#include "Editor.h"

#include "storage/AgendaRepository.h"
#include "storage/NoteRepository.h"
#include "storage/ParticipantRepository.h"
#include "storage/PlenaryRepository.h"
#include "storage/SubgroupRepository.h"
#include "storage/Workspace.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace copil::gui {

using domain::Status;

/// One undo step. The edit was already applied (and committed) when the command is
/// pushed, so its first redo() does nothing.
class EditCommand : public QUndoCommand {
public:
    EditCommand(Editor& editor, const QString& text, std::function<Status()> redo,
                std::function<Status()> undo, int mergeId, QString mergeKey)
        : QUndoCommand(text), m_editor(editor), m_redo(std::move(redo)), m_undo(std::move(undo)),
          m_mergeId(mergeId), m_mergeKey(std::move(mergeKey))
    {
    }
    void redo() override
    {
        if (m_applied) {
            m_applied = false;
            return;
        }
        m_editor.run(m_redo);
    }
    void undo() override { m_editor.run(m_undo); }
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = static_cast<const EditCommand*>(other);
        if (next->m_mergeKey != m_mergeKey) {
            return false;
        }
        m_redo = next->m_redo; // keep our undo: back to the state before the first keystroke
        return true;
    }

private:
    Editor& m_editor;
    std::function<Status()> m_redo;
    std::function<Status()> m_undo;
    int m_mergeId;
    QString m_mergeKey;
    bool m_applied = true;
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

// Runs the steps in order; stops at the first failure.
Status all(std::initializer_list<std::function<Status()>> steps)
{
    for (const auto& step : steps) {
        if (const Status s = step(); !s) {
            return s;
        }
    }
    return {};
}

template <class T> const T* findById(const QList<T>& list, const QString& id)
{
    for (const auto& x : list) {
        if (x.id == id) {
            return &x;
        }
    }
    return nullptr;
}

} // namespace

Editor::Editor(storage::Workspace& workspace, storage::AgendaRepository& agenda,
               storage::ParticipantRepository& participants, storage::SubgroupRepository& subgroups,
               storage::NoteRepository& notes, storage::PlenaryRepository& plenary, QObject* parent)
    : QObject(parent), m_ws(workspace), m_agenda(agenda), m_participants(participants),
      m_subgroups(subgroups), m_notes(notes), m_plenary(plenary), m_stack(new QUndoStack(this))
{
}

Editor::~Editor() = default;

bool Editor::run(const std::function<Status()>& work)
{
    const Status s = m_ws.write(work);
    if (!s) {
        emit failed(s.error());
        return false;
    }
    m_lastSaved = QDateTime::currentDateTime();
    emit saved(m_lastSaved);
    return true;
}

bool Editor::apply(const QString& text, std::function<Status()> redo, std::function<Status()> undo,
                   int mergeId, const QString& mergeKey)
{
    if (!run(redo)) {
        // Typing is kept by its own field, which saves it again; other edits are kept here.
        if (storage::Workspace::isTransient(m_ws.lastFault()) && mergeId != kTypingMergeId) {
            m_unsaved = Unsaved{text, std::move(redo), std::move(undo), mergeId, mergeKey};
        }
        return false;
    }
    m_unsaved.reset();
    m_stack->push(
        new EditCommand(*this, text, std::move(redo), std::move(undo), mergeId, mergeKey));
    return true;
}

bool Editor::retry()
{
    if (!m_unsaved) {
        return true;
    }
    Unsaved edit = std::move(*m_unsaved);
    m_unsaved.reset();
    return apply(edit.text, std::move(edit.redo), std::move(edit.undo), edit.mergeId,
                 edit.mergeKey);
}

bool Editor::updateAgenda(const QString& meetingId, const QString& text,
                          const QList<domain::AgendaItem>& changed)
{
    auto current = m_agenda.items(meetingId);
    if (!current) {
        emit failed(current.error());
        return false;
    }
    QList<domain::AgendaItem> before;
    for (const auto& item : changed) {
        if (const auto* old = findById(current.value(), item.id)) {
            before << *old;
        }
    }
    auto put = [this, meetingId](const QList<domain::AgendaItem>& items) {
        return [this, meetingId, items]() -> Status {
            return each(items, [&](const auto& item) { return m_agenda.update(meetingId, item); });
        };
    };
    return apply(text, put(changed), put(before));
}

bool Editor::typeInAgenda(const QString& meetingId, const domain::AgendaItem& changed)
{
    auto current = m_agenda.items(meetingId);
    if (!current) {
        emit failed(current.error());
        return false;
    }
    const auto* old = findById(current.value(), changed.id);
    if (!old) {
        emit failed(tr("Ce point n’existe plus."));
        return false;
    }
    const domain::AgendaItem before = *old;
    return apply(
        tr("Saisie dans « %1 »").arg(changed.title),
        [this, meetingId, changed] { return m_agenda.update(meetingId, changed); },
        [this, meetingId, before] { return m_agenda.update(meetingId, before); }, kTypingMergeId,
        changed.id);
}

bool Editor::addAgendaItem(const QString& meetingId, const domain::AgendaItem& item)
{
    return apply(
        tr("Ajout de « %1 »").arg(item.title),
        [this, meetingId, item] { return m_agenda.insert(meetingId, item); },
        [this, meetingId, id = item.id] { return m_agenda.remove(meetingId, id); });
}

bool Editor::removeAgendaItem(const QString& meetingId, const QString& itemId)
{
    auto agenda = m_agenda.items(meetingId);
    auto notes = m_notes.notes(meetingId);
    auto subgroups = m_subgroups.subgroups(meetingId);
    auto statements = m_plenary.statements(meetingId);
    auto decisions = m_plenary.decisions(meetingId);
    for (const QString* error : {&agenda.error(), &notes.error(), &subgroups.error(),
                                 &statements.error(), &decisions.error()}) {
        if (!error->isEmpty()) {
            emit failed(*error);
            return false;
        }
    }
    // The item and everything below it, parents before children.
    QList<domain::AgendaItem> family;
    QStringList ids{itemId};
    for (qsizetype i = 0; i < ids.size(); ++i) {
        for (const auto& item : agenda.value()) {
            if (item.id == ids[i]) {
                family << item;
            } else if (item.parentId == ids[i] && !ids.contains(item.id)) {
                ids << item.id;
            }
        }
    }
    if (family.isEmpty()) {
        emit failed(tr("Ce point n’existe plus."));
        return false;
    }
    QList<domain::Note> lostNotes;
    for (const auto& n : notes.value()) {
        if (n.targetType == domain::NoteTarget::AgendaItem && ids.contains(n.targetId)) {
            lostNotes << n;
        }
    }
    QList<domain::Subgroup> linkedSubgroups;
    for (const auto& s : subgroups.value()) {
        if (ids.contains(s.agendaItemId)) {
            linkedSubgroups << s;
        }
    }
    QList<domain::Statement> linkedStatements;
    for (const auto& s : statements.value()) {
        if (ids.contains(s.agendaItemId)) {
            linkedStatements << s;
        }
    }
    QList<domain::Decision> linkedDecisions;
    for (const auto& d : decisions.value()) {
        if (ids.contains(d.agendaItemId)) {
            linkedDecisions << d;
        }
    }
    auto redo = [this, meetingId, itemId] { return m_agenda.remove(meetingId, itemId); };
    auto undo = [=, this]() -> Status {
        return all(
            {[&] {
                 return each(family, [&](const auto& x) { return m_agenda.insert(meetingId, x); });
             },
             [&] {
                 return each(lostNotes,
                             [&](const auto& n) { return m_notes.insert(meetingId, n); });
             },
             [&] {
                 return each(linkedSubgroups,
                             [&](const auto& x) { return m_subgroups.update(meetingId, x); });
             },
             [&] {
                 return each(linkedStatements,
                             [&](const auto& x) { return m_plenary.update(meetingId, x); });
             },
             [&] {
                 return each(linkedDecisions,
                             [&](const auto& x) { return m_plenary.update(meetingId, x); });
             }});
    };
    return apply(tr("Suppression de « %1 »").arg(family.first().title), redo, undo);
}

bool Editor::addParticipants(const QString& meetingId, const QString& text,
                             const QList<domain::Participant>& people)
{
    return apply(
        text,
        [this, meetingId, people]() -> Status {
            return each(people, [&](const auto& p) { return m_participants.insert(meetingId, p); });
        },
        [this, meetingId, people]() -> Status {
            return each(people,
                        [&](const auto& p) { return m_participants.remove(meetingId, p.id); });
        });
}

bool Editor::updateParticipant(const QString& meetingId, const QString& text,
                               const domain::Participant& person, bool rapporteur)
{
    auto people = m_participants.participants(meetingId);
    auto subgroups = m_subgroups.subgroups(meetingId);
    if (!people || !subgroups) {
        emit failed(!people ? people.error() : subgroups.error());
        return false;
    }
    const auto* old = findById(people.value(), person.id);
    // Subgroups whose rapporteur changes: the one they report for, and any they left.
    QList<domain::Subgroup> before;
    QList<domain::Subgroup> after;
    for (const auto& s : subgroups.value()) {
        domain::Subgroup changed = s;
        if (rapporteur && s.id == person.subgroupId) {
            changed.rapporteurId = person.id;
        } else if (s.rapporteurId == person.id) {
            changed.rapporteurId.clear();
        }
        if (!(changed == s)) {
            before << s;
            after << changed;
        }
    }
    const bool existed = old != nullptr;
    const domain::Participant previous = existed ? *old : domain::Participant{};
    auto redo = [=, this]() -> Status {
        const Status s = existed ? m_participants.update(meetingId, person)
                                 : m_participants.insert(meetingId, person);
        if (!s) {
            return s;
        }
        return each(after, [&](const auto& sg) { return m_subgroups.update(meetingId, sg); });
    };
    auto undo = [=, this]() -> Status {
        if (const Status st =
                each(before, [&](const auto& sg) { return m_subgroups.update(meetingId, sg); });
            !st) {
            return st;
        }
        return existed ? m_participants.update(meetingId, previous)
                       : m_participants.remove(meetingId, person.id);
    };
    return apply(text, redo, undo);
}

bool Editor::setAttendance(const QString& meetingId, const QStringList& participantIds,
                           domain::Attendance attendance)
{
    auto people = m_participants.participants(meetingId);
    if (!people) {
        emit failed(people.error());
        return false;
    }
    QList<domain::Participant> before;
    QList<domain::Participant> after;
    for (const auto& p : people.value()) {
        if (participantIds.contains(p.id) && p.attendance != attendance) {
            before << p;
            after << p;
            after.last().attendance = attendance;
        }
    }
    if (after.isEmpty()) {
        return true;
    }
    auto put = [this, meetingId](const QList<domain::Participant>& rows) {
        return [this, meetingId, rows]() -> Status {
            return each(rows, [&](const auto& p) { return m_participants.update(meetingId, p); });
        };
    };
    const QString text = after.size() == 1
                             ? tr("Présence de %1").arg(after.first().name)
                             : tr("Présence de %n personne(s)", nullptr, int(after.size()));
    return apply(text, put(after), put(before));
}

bool Editor::removeParticipant(const QString& meetingId, const QString& participantId)
{
    auto people = m_participants.participants(meetingId);
    auto subgroups = m_subgroups.subgroups(meetingId);
    auto votes = m_subgroups.dotVotes(meetingId);
    auto actions = m_plenary.actions(meetingId);
    if (!people || !subgroups || !votes || !actions) {
        emit failed(!people      ? people.error()
                    : !subgroups ? subgroups.error()
                    : !votes     ? votes.error()
                                 : actions.error());
        return false;
    }
    const auto* person = findById(people.value(), participantId);
    if (!person) {
        emit failed(tr("Cette personne n’est plus dans la liste."));
        return false;
    }
    const domain::Participant removed = *person;
    QList<domain::Subgroup> reported;
    for (const auto& s : subgroups.value()) {
        if (s.rapporteurId == participantId) {
            reported << s;
        }
    }
    QList<domain::DotVote> dots;
    for (const auto& v : votes.value()) {
        if (v.participantId == participantId) {
            dots << v;
        }
    }
    QList<domain::ActionItem> owned;
    for (const auto& a : actions.value()) {
        if (a.ownerParticipantId == participantId) {
            owned << a;
        }
    }
    auto redo = [this, meetingId, participantId] {
        return m_participants.remove(meetingId, participantId);
    };
    auto undo = [=, this]() -> Status {
        return all(
            {[&] { return m_participants.insert(meetingId, removed); },
             [&] {
                 return each(reported,
                             [&](const auto& x) { return m_subgroups.update(meetingId, x); });
             },
             [&] {
                 return each(dots, [&](const auto& v) { return m_subgroups.insert(meetingId, v); });
             },
             [&] {
                 return each(owned, [&](const auto& a) { return m_plenary.update(meetingId, a); });
             }});
    };
    return apply(tr("Suppression de %1").arg(removed.name), redo, undo);
}

void Editor::beginStep(const QString& text)
{
    m_stack->beginMacro(text);
}

void Editor::endStep()
{
    m_stack->endMacro();
}

bool Editor::saveNote(const QString& meetingId, const QString& text, const domain::Note& note)
{
    return saveRow(m_notes, meetingId, text, note, m_notes.note(meetingId, note.id));
}

bool Editor::removeNote(const QString& meetingId, const QString& noteId)
{
    auto notes = m_notes.notes(meetingId);
    if (!notes) {
        emit failed(notes.error());
        return false;
    }
    const auto* old = findById(notes.value(), noteId);
    if (!old) {
        emit failed(tr("Cette note n’existe plus."));
        return false;
    }
    const domain::Note removed = *old;
    return apply(
        tr("Suppression d’une note"),
        [this, meetingId, noteId] { return m_notes.remove(meetingId, noteId); },
        [this, meetingId, removed] { return m_notes.insert(meetingId, removed); });
}

bool Editor::updateQuestion(const QString& meetingId, const QString& text,
                            const domain::GuidingQuestion& question)
{
    return updateRow(m_subgroups, meetingId, text, question, m_subgroups.questions(meetingId),
                     tr("Cette question n’existe plus."));
}

namespace {

Status removeFrom(storage::SubgroupRepository& r, const QString& m, const domain::Subgroup& x)
{
    return r.removeSubgroup(m, x.id);
}
Status removeFrom(storage::SubgroupRepository& r, const QString& m,
                  const domain::GuidingQuestion& x)
{
    return r.removeQuestion(m, x.id);
}
Status removeFrom(storage::SubgroupRepository& r, const QString& m, const domain::Criterion& x)
{
    return r.removeCriterion(m, x.id);
}
Status removeFrom(storage::NoteRepository& r, const QString& m, const domain::Note& x)
{
    return r.remove(m, x.id);
}
Status removeFrom(storage::PlenaryRepository& r, const QString& m, const domain::Statement& x)
{
    return r.removeStatement(m, x.id);
}
Status removeFrom(storage::PlenaryRepository& r, const QString& m, const domain::Decision& x)
{
    return r.removeDecision(m, x.id);
}
Status removeFrom(storage::PlenaryRepository& r, const QString& m, const domain::ActionItem& x)
{
    return r.removeAction(m, x.id);
}
Status removeFrom(storage::SubgroupRepository& r, const QString& m, const domain::DotVote& x)
{
    return r.removeDotVote(m, x.id);
}
Status removeFrom(storage::SubgroupRepository& r, const QString& m, const domain::CriterionScore& x)
{
    return r.removeScore(m, x.id);
}
Status removeFrom(storage::SubgroupRepository& r, const QString& m, const domain::PriorityItem& x)
{
    return r.removePriorityItem(m, x.id);
}
Status removeFrom(storage::SubgroupRepository& r, const QString& m, const domain::Solution& x)
{
    return r.removeSolution(m, x.id);
}
Status removeFrom(storage::SubgroupRepository& r, const QString& m,
                  const domain::PrioritySelection& x)
{
    return r.removeSelection(m, x.id);
}

} // namespace

template <class Repo, class T>
bool Editor::changeRow(Repo& repo, const QString& meetingId, const QString& text,
                       const std::optional<T>& before, const std::optional<T>& after)
{
    if ((!before && !after) || (before && after && *before == *after)) {
        return true;
    }
    const auto step = [&repo, meetingId](const std::optional<T>& from,
                                         const std::optional<T>& to) -> std::function<Status()> {
        return [&repo, meetingId, from, to]() -> Status {
            if (!to) {
                return removeFrom(repo, meetingId, *from);
            }
            if constexpr (std::is_same_v<T, domain::PrioritySelection>) {
                return repo.insert(meetingId, *to); // revisions are never rewritten
            } else {
                return from ? repo.update(meetingId, *to) : repo.insert(meetingId, *to);
            }
        };
    };
    return apply(text, step(before, after), step(after, before));
}

template <class Repo, class T, class Rows>
bool Editor::saveRow(Repo& repo, const QString& meetingId, const QString& text, const T& row,
                     const Rows& current)
{
    if (!current) {
        emit failed(current.error());
        return false;
    }
    std::optional<T> before;
    if (const auto* old = findById(current.value(), row.id)) {
        before = *old;
    }
    return changeRow<Repo, T>(repo, meetingId, text, before, row);
}

template <class Repo, class T, class Rows>
bool Editor::updateRow(Repo& repo, const QString& meetingId, const QString& text, const T& row,
                       const Rows& current, const QString& missing)
{
    if (current && !findById(current.value(), row.id)) {
        emit failed(missing);
        return false;
    }
    return saveRow(repo, meetingId, text, row, current);
}

bool Editor::setDots(const QString& meetingId, const QString& itemId, const QString& participantId,
                     int count)
{
    auto votes = m_subgroups.dotVotes(meetingId);
    if (!votes) {
        emit failed(votes.error());
        return false;
    }
    std::optional<domain::DotVote> before;
    for (const auto& v : votes.value()) {
        if (v.itemId == itemId && v.participantId == participantId) {
            before = v;
        }
    }
    std::optional<domain::DotVote> after;
    if (count > 0) {
        after = before ? *before : domain::DotVote{domain::newId(), itemId, participantId, 0};
        after->count = count;
    }
    return changeRow(m_subgroups, meetingId, tr("%n gommette(s)", nullptr, count), before, after);
}

bool Editor::setScore(const QString& meetingId, const QString& itemId, const QString& criterionId,
                      int score)
{
    auto scores = m_subgroups.scores(meetingId);
    if (!scores) {
        emit failed(scores.error());
        return false;
    }
    std::optional<domain::CriterionScore> before;
    for (const auto& s : scores.value()) {
        if (s.itemId == itemId && s.criterionId == criterionId) {
            before = s;
        }
    }
    std::optional<domain::CriterionScore> after;
    if (score > 0) {
        after =
            before ? *before : domain::CriterionScore{domain::newId(), itemId, criterionId, score};
        after->score = score;
    }
    return changeRow(m_subgroups, meetingId, tr("Note %1").arg(score), before, after);
}

bool Editor::confirmSelection(const QString& meetingId, const domain::PrioritySelection& selection)
{
    return changeRow<storage::SubgroupRepository, domain::PrioritySelection>(
        m_subgroups, meetingId, tr("Sélection confirmée (révision %1)").arg(selection.revision),
        std::nullopt, selection);
}

bool Editor::savePriorityItem(const QString& meetingId, const QString& text,
                              const domain::PriorityItem& item)
{
    return saveRow(m_subgroups, meetingId, text, item, m_subgroups.priorityItems(meetingId));
}

bool Editor::removePriorityItem(const QString& meetingId, const QString& itemId)
{
    auto items = m_subgroups.priorityItems(meetingId);
    auto votes = m_subgroups.dotVotes(meetingId);
    auto scores = m_subgroups.scores(meetingId);
    auto solutions = m_subgroups.solutions(meetingId);
    auto notes = m_notes.notes(meetingId);
    if (!items || !votes || !scores || !solutions || !notes) {
        emit failed(tr("Lecture impossible avant la suppression."));
        return false;
    }
    const auto* item = findById(items.value(), itemId);
    if (!item) {
        emit failed(tr("Cet élément n’existe plus."));
        return false;
    }
    const domain::PriorityItem removed = *item;
    QList<domain::DotVote> lostVotes;
    for (const auto& v : votes.value()) {
        if (v.itemId == itemId) {
            lostVotes << v;
        }
    }
    QList<domain::CriterionScore> lostScores;
    for (const auto& s : scores.value()) {
        if (s.itemId == itemId) {
            lostScores << s;
        }
    }
    QList<domain::Solution> lostSolutions;
    QStringList targets{itemId};
    for (const auto& s : solutions.value()) {
        if (s.itemId == itemId) {
            lostSolutions << s;
            targets << s.id;
        }
    }
    QList<domain::Note> lostNotes;
    for (const auto& n : notes.value()) {
        if (targets.contains(n.targetId)) {
            lostNotes << n;
        }
    }
    auto redo = [this, meetingId, itemId] {
        return m_subgroups.removePriorityItem(meetingId, itemId);
    };
    auto undo = [=, this]() -> Status {
        return all({[&] { return m_subgroups.insert(meetingId, removed); },
                    [&] {
                        return each(lostVotes, [&](const auto& x) {
                            return m_subgroups.insert(meetingId, x);
                        });
                    },
                    [&] {
                        return each(lostScores, [&](const auto& x) {
                            return m_subgroups.insert(meetingId, x);
                        });
                    },
                    [&] {
                        return each(lostSolutions, [&](const auto& x) {
                            return m_subgroups.insert(meetingId, x);
                        });
                    },
                    [&] {
                        return each(lostNotes,
                                    [&](const auto& x) { return m_notes.insert(meetingId, x); });
                    }});
    };
    return apply(tr("Suppression de « %1 »").arg(removed.text.left(40)), redo, undo);
}

bool Editor::updateSubgroup(const QString& meetingId, const QString& text,
                            const domain::Subgroup& subgroup)
{
    return updateRow(m_subgroups, meetingId, text, subgroup, m_subgroups.subgroups(meetingId),
                     tr("Ce sous-groupe n’existe plus."));
}

bool Editor::updateCriterion(const QString& meetingId, const QString& text,
                             const domain::Criterion& criterion)
{
    return updateRow(m_subgroups, meetingId, text, criterion, m_subgroups.criteria(meetingId),
                     tr("Ce critère n’existe plus."));
}

bool Editor::saveCriterion(const QString& meetingId, const QString& text,
                           const domain::Criterion& criterion)
{
    return saveRow(m_subgroups, meetingId, text, criterion, m_subgroups.criteria(meetingId));
}

bool Editor::saveSolution(const QString& meetingId, const QString& text,
                          const domain::Solution& solution)
{
    return saveRow(m_subgroups, meetingId, text, solution, m_subgroups.solutions(meetingId));
}

bool Editor::removeSolution(const QString& meetingId, const QString& solutionId)
{
    auto solutions = m_subgroups.solutions(meetingId);
    auto notes = m_notes.notes(meetingId);
    if (!solutions || !notes) {
        emit failed(!solutions ? solutions.error() : notes.error());
        return false;
    }
    const auto* old = findById(solutions.value(), solutionId);
    if (!old) {
        emit failed(tr("Cette solution n’existe plus."));
        return false;
    }
    const domain::Solution removed = *old;
    QList<domain::Note> lostNotes;
    for (const auto& n : notes.value()) {
        if (n.targetId == solutionId) {
            lostNotes << n;
        }
    }
    auto redo = [this, meetingId, solutionId] {
        return m_subgroups.removeSolution(meetingId, solutionId);
    };
    auto undo = [=, this]() -> Status {
        return all({[&] { return m_subgroups.insert(meetingId, removed); },
                    [&] {
                        return each(lostNotes,
                                    [&](const auto& x) { return m_notes.insert(meetingId, x); });
                    }});
    };
    return apply(tr("Suppression de la solution « %1 »").arg(removed.text.left(40)), redo, undo);
}

bool Editor::saveStatement(const QString& meetingId, const QString& text,
                           const domain::Statement& x)
{
    return saveRow(m_plenary, meetingId, text, x, m_plenary.statements(meetingId));
}

bool Editor::saveDecision(const QString& meetingId, const QString& text, const domain::Decision& x)
{
    return saveRow(m_plenary, meetingId, text, x, m_plenary.decisions(meetingId));
}

bool Editor::saveAction(const QString& meetingId, const QString& text, const domain::ActionItem& x)
{
    return saveRow(m_plenary, meetingId, text, x, m_plenary.actions(meetingId));
}

bool Editor::removeStatement(const QString& meetingId, const QString& id)
{
    auto rows = m_plenary.statements(meetingId);
    auto notes = m_notes.notes(meetingId);
    if (!rows || !notes) {
        emit failed(!rows ? rows.error() : notes.error());
        return false;
    }
    const auto* old = findById(rows.value(), id);
    if (!old) {
        return false;
    }
    const domain::Statement removed = *old;
    QList<domain::Note> lostNotes;
    for (const auto& n : notes.value()) {
        if (n.targetId == id) {
            lostNotes << n;
        }
    }
    auto redo = [this, meetingId, id] { return m_plenary.removeStatement(meetingId, id); };
    auto undo = [=, this]() -> Status {
        return all({[&] { return m_plenary.insert(meetingId, removed); },
                    [&] {
                        return each(lostNotes,
                                    [&](const auto& x) { return m_notes.insert(meetingId, x); });
                    }});
    };
    return apply(tr("Suppression de « %1 »").arg(removed.text.left(40)), redo, undo);
}

bool Editor::removeDecision(const QString& meetingId, const QString& id)
{
    auto rows = m_plenary.decisions(meetingId);
    if (!rows) {
        emit failed(rows.error());
        return false;
    }
    const auto* old = findById(rows.value(), id);
    return old && changeRow<storage::PlenaryRepository, domain::Decision>(
                      m_plenary, meetingId, tr("Suppression d’une décision"), *old, std::nullopt);
}

bool Editor::removeAction(const QString& meetingId, const QString& id)
{
    auto rows = m_plenary.actions(meetingId);
    if (!rows) {
        emit failed(rows.error());
        return false;
    }
    const auto* old = findById(rows.value(), id);
    return old && changeRow<storage::PlenaryRepository, domain::ActionItem>(
                      m_plenary, meetingId, tr("Suppression d’une action"), *old, std::nullopt);
}

} // namespace copil::gui
