#pragma once

#include "domain/Change.h"
#include "domain/MeetingData.h"
#include "domain/Result.h"
#include "exchange/Archive.h"
#include "exchange/Export.h"

#include <QHash>
#include <QObject>
#include <QTime>
#include <memory>

namespace copil::domain {
class Clock;
}

namespace copil::storage {
class Workspace;
class RowStore;
class MeetingRepository;
} // namespace copil::storage

namespace copil::session {

class Editor;
class ExportJob;

/// One open workspace and one open meeting, shared by every window and pane that shows
/// it. Owns the workspace, the Editor (every edit, undoable), the clock, the live
/// timekeeping and the export jobs, and the meeting's data as it is stored.
///
/// Every committed write, whatever its path (an edit, an undo, an import, a restore, a
/// merge, another client), reaches the Session as one change event per commit; the
/// Session brings its copy of the meeting up to date by reading again only the rows
/// named, then emits changed(). Views read data() and apply the event to what they show,
/// row by row, without rebuilding.
class Session : public QObject {
    Q_OBJECT

public:
    /// Opens the workspace's first meeting, if it has one.
    explicit Session(std::unique_ptr<storage::Workspace> workspace,
                     std::shared_ptr<domain::Clock> clock = nullptr, QObject* parent = nullptr);
    ~Session() override;

    storage::Workspace& workspace() const { return *m_workspace; }
    bool isReadOnly() const;
    Editor& editor() const { return *m_editor; }
    const domain::Clock& clock() const { return *m_clock; }
    /// Whether the clock is the system's (not a simulation or a test clock).
    bool isRealTime() const;
    QDateTime now() const;

    /// Opens another workspace in place of this one: every view starts again.
    void setWorkspace(std::unique_ptr<storage::Workspace> workspace);
    /// Puts a backup back in place of the open workspace and reopens it; the replaced
    /// version is kept as a backup. On failure the workspace stays open (or the backup
    /// is opened read-only if the file could not be reopened) and the error says why.
    domain::Status restoreBackup(const QString& backupPath);

    /// The meetings of the workspace, by date then title.
    const QList<domain::Meeting>& meetings() const { return m_meetings; }
    /// Opens a meeting (an empty id: none). Emits meetingOpened().
    void openMeeting(const QString& meetingId);
    QString meetingId() const { return m_data.meeting.id; }
    bool hasMeeting() const { return !m_data.meeting.id.isEmpty(); }
    /// The open meeting as stored, up to date with every committed change.
    const domain::MeetingData& data() const { return m_data; }
    const domain::AgendaItem* agendaItem(const QString& id) const;
    /// The notes of the open meeting on one target (a question, a solution, a part of
    /// the plenary…), in their order. Built once after each change of the notes, so that
    /// the many views that show notes do not each go through all of them.
    QList<domain::Note> notesOn(const QString& targetId) const;

    /// Imports a meeting file (a JSON archive or template); returns the new meeting's id.
    domain::Result<QString> importFile(const QString& path, exchange::ImportOptions options = {});

    // Live timekeeping on an item of the agenda; each says what it did through notice().
    domain::Status start(const QString& itemId);
    domain::Status togglePause(const QString& itemId);
    domain::Status finish(const QString& itemId);
    domain::Status extend(const QString& itemId, int minutes);
    /// Forgets the item's actual times, pauses and extensions.
    domain::Status resetTimes(const QString& itemId);

    // Planning: the same rules as the item form (placement errors refuse the change,
    // overlaps do not).
    /// Moves an item (and its sub-items) to start at `start`.
    domain::Status moveItem(const QString& itemId, QTime start);
    /// Sets where an item ends.
    domain::Status resizeItem(const QString& itemId, QTime end);
    /// Swaps an item with the previous (-1) or next (+1) item of its lane.
    domain::Status swapItem(const QString& itemId, int direction);

    /// Renders the open meeting off the GUI thread and writes it atomically to path; a
    /// validated export first records who validated and when. Emits exportFinished.
    void startExport(exchange::ExportRequest request, const QString& path);
    bool isExporting() const;
    /// Waits for a running export (before going away).
    void waitForExport();

signals:
    /// The workspace is about to be closed (another opened, a backup put back): what is
    /// being typed is to be saved now.
    void workspaceClosing();
    /// Another workspace is open (opened, restored): everything is new.
    void workspaceChanged();
    /// The list of meetings changed (one added, removed, renamed).
    void meetingsChanged();
    /// Another meeting (or none) is open: views show it from scratch.
    void meetingOpened();
    /// The open meeting changed; data() already holds the change.
    void changed(const domain::ChangeEvent& event);
    /// Something done that the person may want to read ("Début de « Accueil »").
    void notice(const QString& text);
    /// Something could not be done or read; fault says what kind of failure.
    void failed(const QString& message, domain::Fault fault);
    /// error is empty on success.
    void exportFinished(const QString& path, const QString& error);
    /// The server of a shared workspace stopped answering: edits are kept until it is back.
    void connectionLost(const QString& message);
    /// The server answers again. Then the edits kept are saved, and the open meeting is
    /// read again whole (changed() with a reset event, origin Remote).
    void connectionRestored();

private:
    void attach();
    /// Whether this change, made here, changes a meeting whose minutes were validated.
    bool changesValidatedMinutes(const domain::Meeting& before,
                                 const domain::ChangeEvent& event) const;
    /// Validated minutes go back to draft, the validation kept in the meeting's history.
    void reopenMinutes();
    void reconnected();
    void committed(const domain::ChangeSet& changes);
    void readMeetings();
    domain::Status reloadMeeting();
    domain::Status applyTimekeeping(const QString& text,
                                    const domain::Result<QList<domain::AgendaItem>>& changes);
    domain::Status savePlanning(const QString& text, const QList<domain::AgendaItem>& changed);
    domain::Status refuse(const QString& message);

    std::shared_ptr<domain::Clock> m_clock;
    std::unique_ptr<storage::Workspace> m_workspace;
    bool m_reopenPending = false; ///< validated minutes to take back to draft when writing works
    std::unique_ptr<storage::RowStore> m_rows;
    std::unique_ptr<storage::MeetingRepository> m_meetingRepository;
    std::unique_ptr<Editor> m_editor;
    QList<domain::Meeting> m_meetings;
    domain::MeetingData m_data;
    /// Index of m_data.notes by target (positions in the list); rebuilt when needed.
    mutable QHash<QString, QList<qsizetype>> m_notesByTarget;
    mutable bool m_notesIndexed = false;
    ExportJob* m_export = nullptr;
};

} // namespace copil::session
