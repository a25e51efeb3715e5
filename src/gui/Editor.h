#pragma once

#include "domain/AgendaItem.h"
#include "domain/Note.h"
#include "domain/Participant.h"
#include "domain/Plenary.h"
#include "domain/Result.h"
#include "domain/Subgroup.h"

#include <QDateTime>
#include <QObject>
#include <functional>
#include <optional>

class QUndoStack;

namespace copil::storage {
class Workspace;
class AgendaRepository;
class ParticipantRepository;
class SubgroupRepository;
class NoteRepository;
class PlenaryRepository;
} // namespace copil::storage

namespace copil::gui {

/// Every edit of the window goes through here: one transaction in the workspace, then
/// one step on the undo stack. A failed edit changes nothing and is not pushed; the
/// failure is reported by failed(). Undo and redo are transactions too.
class Editor : public QObject {
    Q_OBJECT

public:
    Editor(storage::Workspace& workspace, storage::AgendaRepository& agenda,
           storage::ParticipantRepository& participants, storage::SubgroupRepository& subgroups,
           storage::NoteRepository& notes, storage::PlenaryRepository& plenary,
           QObject* parent = nullptr);
    ~Editor() override;

    QUndoStack* undoStack() const { return m_stack; }

    /// Replaces items of the agenda by their new values (times, live clock, fields).
    bool updateAgenda(const QString& meetingId, const QString& text,
                      const QList<domain::AgendaItem>& changed);
    /// Like updateAgenda, but successive calls for the same item merge into one undo
    /// step (typing saved after each pause).
    bool typeInAgenda(const QString& meetingId, const domain::AgendaItem& changed);
    bool addAgendaItem(const QString& meetingId, const domain::AgendaItem& item);
    /// Removes the item with its sub-items and their notes; undo brings all back.
    bool removeAgendaItem(const QString& meetingId, const QString& itemId);

    bool addParticipants(const QString& meetingId, const QString& text,
                         const QList<domain::Participant>& people);
    /// Saves a participant and, when rapporteurOf is set, makes them that subgroup's
    /// rapporteur (or stops them being one when they no longer are).
    bool updateParticipant(const QString& meetingId, const QString& text,
                           const domain::Participant& person, bool rapporteur);
    bool setAttendance(const QString& meetingId, const QStringList& participantIds,
                       domain::Attendance attendance);
    /// Removes a participant; undo restores their dots and their rapporteur role.
    bool removeParticipant(const QString& meetingId, const QString& participantId);

    /// Adds a note, or saves its new text or kind.
    bool saveNote(const QString& meetingId, const QString& text, const domain::Note& note);
    bool removeNote(const QString& meetingId, const QString& noteId);
    /// Saves a guiding question (its progress, its text).
    bool updateQuestion(const QString& meetingId, const QString& text,
                        const domain::GuidingQuestion& question);

    // The group's prioritisation.
    /// A member's dots on an item (participantId empty: the paper tally); 0 removes them.
    bool setDots(const QString& meetingId, const QString& itemId, const QString& participantId,
                 int count);
    /// The group's score of an item on a criterion; 0 removes it.
    bool setScore(const QString& meetingId, const QString& itemId, const QString& criterionId,
                  int score);
    bool confirmSelection(const QString& meetingId, const domain::PrioritySelection& selection);
    bool savePriorityItem(const QString& meetingId, const QString& text,
                          const domain::PriorityItem& item);
    /// Removes an item with its dots, scores, solutions and notes; undo brings all back.
    bool removePriorityItem(const QString& meetingId, const QString& itemId);
    bool updateSubgroup(const QString& meetingId, const QString& text,
                        const domain::Subgroup& subgroup);
    bool updateCriterion(const QString& meetingId, const QString& text,
                         const domain::Criterion& criterion);
    /// Adds a criterion or saves its name and weight.
    bool saveCriterion(const QString& meetingId, const QString& text,
                       const domain::Criterion& criterion);
    /// Adds a solution or saves its fields.
    bool saveSolution(const QString& meetingId, const QString& text,
                      const domain::Solution& solution);
    /// Removes a solution with its notes; undo brings them back.
    bool removeSolution(const QString& meetingId, const QString& solutionId);

    // The plenary: findings and recommendations, decisions, actions (insert or update).
    bool saveStatement(const QString& meetingId, const QString& text, const domain::Statement& x);
    bool saveDecision(const QString& meetingId, const QString& text, const domain::Decision& x);
    bool saveAction(const QString& meetingId, const QString& text, const domain::ActionItem& x);
    bool removeStatement(const QString& meetingId, const QString& id);
    bool removeDecision(const QString& meetingId, const QString& id);
    bool removeAction(const QString& meetingId, const QString& id);

    /// Edits made between these two calls are undone and redone as one step.
    void beginStep(const QString& text);
    void endStep();

    /// An edit that failed for a passing reason (the file locked by another program, the
    /// disk full) is kept, and only the last one: retry() applies it again. Any later
    /// edit that succeeds drops it (the person has moved on, or done it again).
    bool hasUnsaved() const { return m_unsaved.has_value(); }
    /// What the kept edit was ("Note : …"); empty when none.
    QString unsavedText() const { return m_unsaved ? m_unsaved->text : QString(); }
    /// Applies the kept edit again; true when it is saved now (or there was none).
    bool retry();

    /// When the last edit was saved (null before the first).
    QDateTime lastSaved() const { return m_lastSaved; }

signals:
    void saved(const QDateTime& when);
    void failed(const QString& message);

private:
    friend class EditCommand;
    bool apply(const QString& text, std::function<domain::Status()> redo,
               std::function<domain::Status()> undo, int mergeId = -1,
               const QString& mergeKey = {});
    bool run(const std::function<domain::Status()>& work);
    /// One row goes from `before` to `after` (either may be absent: an insertion, a removal).
    template <class Repo, class T>
    bool changeRow(Repo& repo, const QString& meetingId, const QString& text,
                   const std::optional<T>& before, const std::optional<T>& after);
    /// Inserts the row, or updates it if `current` (the rows as stored) has it.
    template <class Repo, class T, class Rows>
    bool saveRow(Repo& repo, const QString& meetingId, const QString& text, const T& row,
                 const Rows& current);
    /// Updates a row that must exist; says `missing` otherwise.
    template <class Repo, class T, class Rows>
    bool updateRow(Repo& repo, const QString& meetingId, const QString& text, const T& row,
                   const Rows& current, const QString& missing);

    storage::Workspace& m_ws;
    storage::AgendaRepository& m_agenda;
    storage::ParticipantRepository& m_participants;
    storage::SubgroupRepository& m_subgroups;
    storage::NoteRepository& m_notes;
    storage::PlenaryRepository& m_plenary;
    QUndoStack* m_stack = nullptr;
    QDateTime m_lastSaved;
    struct Unsaved {
        QString text;
        std::function<domain::Status()> redo;
        std::function<domain::Status()> undo;
        int mergeId;
        QString mergeKey;
    };
    std::optional<Unsaved> m_unsaved;
};

} // namespace copil::gui
