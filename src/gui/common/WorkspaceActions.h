#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>

class QAction;
class QObject;
class QWidget;

namespace copil::session {
class Editor;
class Session;
} // namespace copil::session

namespace copil::gui {

/// What the File menu does with the workspace as a whole: open another one, import a
/// meeting, put a backup back. Each asks what it needs in a dialog and tells the
/// person through the session's notice() or the error returned.
class WorkspaceActions {
    Q_DECLARE_TR_FUNCTIONS(WorkspaceActions)

public:
    /// Asks for a workspace file and opens it in place of the session's.
    static domain::Status open(session::Session& session, QWidget* parent);
    /// Asks for a meeting file, imports it and opens the meeting.
    static domain::Status importMeeting(session::Session& session, QWidget* parent);
    /// Imports that file and opens the meeting; one already in the workspace is offered
    /// as a copy with new ids.
    static domain::Status importMeetingFile(session::Session& session, const QString& path,
                                            QWidget* parent);
    /// Asks whether to import this meeting file (opened from a file manager) and, if so,
    /// imports it and opens the meeting; a refusal of the file is shown in a message box.
    static void offerImport(session::Session& session, const QString& path, QWidget* parent);
    /// Offers the backups of the open workspace and puts the chosen one back.
    static domain::Status chooseBackup(session::Session& session, QWidget* parent);
    /// Puts this backup back (the replaced version is kept among the backups).
    static domain::Status restoreBackup(session::Session& session, const QString& backupPath);

    /// Undo and redo of the session's history, named after the step they would take;
    /// they move the history only once the workspace has taken the change.
    static QList<QAction*> historyActions(session::Editor& editor, QObject* parent);
};

} // namespace copil::gui
