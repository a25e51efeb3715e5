#pragma once

#include "domain/AgendaItem.h"
#include "domain/Change.h"
#include "domain/Meeting.h"
#include "domain/MeetingData.h"
#include "domain/Note.h"
#include "domain/Participant.h"
#include "domain/Plenary.h"
#include "domain/Result.h"
#include "domain/Subgroup.h"

#include <QDateTime>
#include <QObject>
#include <functional>
#include <memory>
#include <optional>

class QUndoStack;
class QUndoCommand;

namespace copil::domain {
class Clock;
}

namespace copil::exchange {
struct MergeChanges;
}

namespace copil::storage {
class Workspace;
class RowStore;
} // namespace copil::storage

namespace copil::session {

/// A save refused because someone else saved the same row since it was read: both
/// versions, field by field, for the person to choose (Editor::keepMine, keepTheirs).
struct Conflict {
    QString text;  ///< what the edit was ("Note modifiée")
    QString table; ///< the kind of row ("note")
    struct Field {
        QString column; ///< the table's column ("text")
        QString mine;
        QString theirs;
    };
    QList<Field> fields; ///< the fields whose values differ
};

/// Every edit goes through here: one transaction in the workspace, then one step on the
/// undo stack. A failed edit changes nothing and is not pushed; the failure is reported
/// by failed(). Undo and redo are transactions too, and move the stack only once the
/// workspace has taken them: a failed undo leaves both where they were, and says so.
/// The workspace must outlive the editor (or be replaced with setWorkspace first).
class Editor : public QObject {
    Q_OBJECT

public:
    explicit Editor(storage::Workspace& workspace, QObject* parent = nullptr);
    ~Editor() override;

    /// Edits go to another workspace from now on; the history is cleared.
    void setWorkspace(storage::Workspace& workspace);
    /// Where lastSaved() and the time of confirmed selections come from (the system
    /// clock when none is set). Not owned.
    void setClock(const domain::Clock* clock) { m_clock = clock; }

    /// The history, to read (its texts, its size). Undo and redo go through undo() and
    /// redo(), never through the stack itself.
    const QUndoStack* undoStack() const { return m_stack; }
    /// Undoes the last step in one transaction; false (and failed()) if the workspace
    /// refused it, in which case nothing moved.
    bool undo();
    bool redo();

    /// Replaces items of the agenda by their new values (times, live clock, fields).
    bool updateAgenda(const QString& meetingId, const QString& text,
                      const QList<domain::AgendaItem>& changed);
    /// Like updateAgenda, but successive calls for the same item merge into one undo
    /// step (typing saved as it goes).
    bool typeInAgenda(const QString& meetingId, const domain::AgendaItem& changed);
    bool addAgendaItem(const QString& meetingId, const domain::AgendaItem& item);
    /// Removes the item with its sub-items and their notes; undo brings all back.
    bool removeAgendaItem(const QString& meetingId, const QString& itemId);

    /// The meeting's own fields (title, date, times…).
    bool updateMeeting(const QString& text, const domain::Meeting& meeting);
    /// Adds a whole meeting (new, from a template, the next of a series, a copy), every
    /// rule checked first; undo removes it again.
    bool createMeeting(const QString& text, const domain::MeetingData& meeting);
    /// Removes a meeting with everything it holds, after a backup of the workspace (no
    /// backup, no removal); undo puts it all back.
    bool removeMeeting(const QString& meetingId);

    bool addParticipants(const QString& meetingId, const QString& text,
                         const QList<domain::Participant>& people);
    /// Saves (adds) a participant and, when rapporteur is set, makes them the rapporteur
    /// of their subgroup (or stops them being one when they no longer are).
    bool updateParticipant(const QString& meetingId, const QString& text,
                           const domain::Participant& person, bool rapporteur);
    bool setAttendance(const QString& meetingId, const QStringList& participantIds,
                       domain::Attendance attendance);
    /// Removes a participant; undo restores their dots and their rapporteur role.
    bool removeParticipant(const QString& meetingId, const QString& participantId);

    /// Adds a note, or saves its new text or kind.
    bool saveNote(const QString& meetingId, const QString& text, const domain::Note& note);
    /// Like saveNote, but successive saves of the same note merge into one undo step
    /// (typing saved as it goes).
    bool typeNote(const QString& meetingId, const domain::Note& note);
    bool removeNote(const QString& meetingId, const QString& noteId);

    /// Adds a subgroup or saves its fields.
    bool saveSubgroup(const QString& meetingId, const QString& text,
                      const domain::Subgroup& subgroup);
    bool updateSubgroup(const QString& meetingId, const QString& text,
                        const domain::Subgroup& subgroup);
    /// Gives each present member of a subgroup perMember dots; with trimExtra, the dots
    /// members placed beyond it are taken back in the same undo step (the last causes of
    /// the list first), otherwise such a change is refused with who must remove what.
    bool setDotsPerMember(const QString& meetingId, const QString& subgroupId, int perMember,
                          bool trimExtra);
    /// Removes a subgroup with its questions, causes, criteria, dots, scores, solutions,
    /// selections and notes; its members stay, without a subgroup. Undo brings all back.
    bool removeSubgroup(const QString& meetingId, const QString& subgroupId);
    /// Adds a guiding question or saves it (its progress, its text, its place).
    bool saveQuestion(const QString& meetingId, const QString& text,
                      const domain::GuidingQuestion& question);
    /// Saves a guiding question that must exist.
    bool updateQuestion(const QString& meetingId, const QString& text,
                        const domain::GuidingQuestion& question);
    /// Removes a question with its notes.
    bool removeQuestion(const QString& meetingId, const QString& questionId);

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
    bool updateCriterion(const QString& meetingId, const QString& text,
                         const domain::Criterion& criterion);
    /// Adds a criterion or saves its name and weight.
    bool saveCriterion(const QString& meetingId, const QString& text,
                       const domain::Criterion& criterion);
    /// Removes a criterion with its scores.
    bool removeCriterion(const QString& meetingId, const QString& criterionId);
    /// Adds a solution or saves its fields.
    bool saveSolution(const QString& meetingId, const QString& text,
                      const domain::Solution& solution);
    /// Like saveSolution, merging successive saves of one solution (typing).
    bool typeSolution(const QString& meetingId, const domain::Solution& solution);
    /// Removes a solution with its notes; undo brings them back.
    bool removeSolution(const QString& meetingId, const QString& solutionId);

    // The plenary: findings and recommendations, decisions, actions (insert or update).
    bool saveStatement(const QString& meetingId, const QString& text, const domain::Statement& x);
    /// Like saveStatement, merging successive saves of one statement (typing).
    bool typeStatement(const QString& meetingId, const domain::Statement& x);
    bool saveDecision(const QString& meetingId, const QString& text, const domain::Decision& x);
    bool saveAction(const QString& meetingId, const QString& text, const domain::ActionItem& x);
    /// Removes a finding or recommendation with its notes.
    bool removeStatement(const QString& meetingId, const QString& id);
    bool removeDecision(const QString& meetingId, const QString& id);
    bool removeAction(const QString& meetingId, const QString& id);

    /// Merges a room copy back (exchange::RoomMerge): every row in one transaction, one
    /// undo step (« Fusion : Sous-groupe 4 »); the change events say ChangeOrigin::Merge.
    /// Refused, with nothing written, when someone else saved one of the rows since the
    /// preview read them.
    bool mergeRoomCopy(const exchange::MergeChanges& changes);

    /// Edits made between these two calls are undone and redone as one step.
    void beginStep(const QString& text);
    void endStep();

    /// An edit that failed for a passing reason (the file locked by another program, the
    /// disk full) is kept, and only the last one: retry() applies it again. Any later
    /// edit that succeeds drops it (the person has moved on, or done it again).
    /// While the server of a shared workspace is away, every edit is kept, in order.
    bool hasUnsaved() const { return m_unsaved.has_value() || !m_offline.isEmpty(); }
    /// What the kept edits were ("Note : …"); empty when none.
    QString unsavedText() const;
    /// Applies the kept edits again; true when they are saved now (or there were none).
    bool retry();

    /// When the last edit was saved (null before the first).
    QDateTime lastSaved() const { return m_lastSaved; }

    /// A save that met someone else's (Fault::Conflict), waiting for the person's choice.
    bool hasConflict() const { return m_conflict.has_value(); }
    const Conflict& conflict() const { return m_conflict->shown; }
    /// Saves this client's version over the other one; true when saved.
    bool keepMine();
    /// Keeps the other version: this client's edit is dropped.
    void keepTheirs();

signals:
    void saved(const QDateTime& when);
    void failed(const QString& message, domain::Fault fault);
    /// A save met someone else's; conflict() says both versions.
    void conflicted();
    /// The person chose (keepMine, keepTheirs: keptTheirs): fields holding the edit show
    /// what is kept, and base their next save on the version now stored.
    void conflictSettled(bool keptTheirs);

private:
    friend class EditCommand;
    using Work = std::function<domain::Status()>;
    bool apply(const QString& text, Work redo, Work undo, int mergeId = -1,
               const QString& mergeKey = {});
    bool fail(const QString& message, domain::Fault fault = domain::Fault::Other);
    /// The rules over several rows that import checks, on what is stored now: the agenda
    /// inside the day and its items inside their parents; no member over their dots.
    domain::Status agendaFits(const QString& meetingId) const;
    domain::Status dotsFit(const QString& meetingId) const;
    /// Runs with the next apply(), inside its transaction, after its work.
    struct GuardScope {
        GuardScope(Editor& editor, Work guard) : m_editor(editor)
        {
            editor.m_guard = std::move(guard);
        }
        ~GuardScope() { m_editor.m_guard = {}; }
        Editor& m_editor;
    };
    /// Keeps an edit that could not reach the server, to be made again by retry().
    bool later(const QString& text, const QString& mergeKey, std::function<bool()> again,
               const QString& message);
    template <class T>
    void raiseConflict(const QString& meetingId, const QString& text, const T& mine,
                       const QString& mergeKey);
    bool move(bool forward);
    QDateTime now() const;

    /// Inserts the row, or updates it if it is stored; mergeKey non-empty: typing.
    template <class T>
    bool saveRow(const QString& meetingId, const QString& text, const T& row,
                 const QString& mergeKey = {});
    /// Updates a row that must exist; says `missing` otherwise.
    template <class T>
    bool updateRow(const QString& meetingId, const QString& text, const T& row,
                   const QString& missing);
    /// Removes a row with everything the schema takes with it; undo puts all back.
    template <class T>
    bool removeRow(const QString& meetingId, const QString& text, const QString& id);

    storage::Workspace* m_ws = nullptr;
    std::unique_ptr<storage::RowStore> m_rows;
    Work m_guard;
    const domain::Clock* m_clock = nullptr;
    QUndoStack* m_stack = nullptr;
    QDateTime m_lastSaved;
    struct Unsaved {
        QString text;
        Work redo;
        Work undo;
        int mergeId;
        QString mergeKey;
    };
    std::optional<Unsaved> m_unsaved;
    /// Edits made while the server of a shared workspace was away, in order; typing in
    /// one field keeps only its latest state.
    struct Deferred {
        QString text;
        QString mergeKey;
        std::function<bool()> again;
    };
    QList<Deferred> m_offline;
    domain::Fault m_lastFault = domain::Fault::None;
    domain::ChangeOrigin m_origin = domain::ChangeOrigin::Edit; ///< of the writes of apply()
    struct PendingConflict {
        Conflict shown;
        std::function<bool()> keepMine;
    };
    std::optional<PendingConflict> m_conflict;
};

} // namespace copil::session
