#pragma once

#include "domain/MeetingData.h"
#include "domain/Timekeeping.h"
#include "exchange/Export.h"

#include <QHash>
#include <QMainWindow>
#include <memory>

class QDockWidget;
class QLabel;
class QSettings;
class QTimer;

namespace Ui {
class MainWindow;
}

namespace copil::domain {
class Clock;
struct ChangeEvent;
} // namespace copil::domain

namespace copil::storage {
class Workspace;
}

namespace copil::session {
class Editor;
class Session;
} // namespace copil::session

namespace copil::gui {

class AgendaControls;
class AgendaModel;
class ClockPanel;
class ItemDetailsPane;
class LiveAlerts;
class ParticipantsPane;
class PlenaryPane;
class ProjectorController;
class RestitutionView;
class RoomActions;
class SaveBanner;
class SaveStatus;
class SubgroupView;
class TimelineView;

/// The facilitator's window: the day's timeline with the live clock in the centre, the
/// panes around it (selected item, agenda list, subgroups, plenary, participants). It
/// lays them out and holds the menus; every pane is a view over one Session, which owns
/// the workspace, the open meeting, the Editor and the clock.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    /// A window over a session that outlives it.
    explicit MainWindow(session::Session& session, QWidget* parent = nullptr);
    /// A window with a session of its own over this workspace.
    explicit MainWindow(std::unique_ptr<storage::Workspace> workspace,
                        std::shared_ptr<domain::Clock> clock = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    session::Session& session() const { return m_session; }
    storage::Workspace& workspace() const;
    session::Editor& editor() const;
    QString currentMeetingId() const;
    /// The agenda of the open meeting as stored.
    const QList<domain::AgendaItem>& agenda() const;
    /// Puts a backup back in place of the open workspace (File › Restaurer une
    /// sauvegarde…) and reopens it; the replaced version is kept as a backup.
    bool restoreBackup(const QString& backupPath);
    /// Opens the shared workspace at a postgresql:// URI in place of this one (asking for
    /// a password if the server wants one); false, said, if it cannot be opened.
    bool openShared(const QString& uri);
    void selectMeeting(const QString& meetingId);
    /// Brings a pane to the front: "timeline", "details", "agenda", "participants",
    /// "subgroups", "subgroup-N" (the subgroup numbered N), "plenary" or "restitution-N"
    /// (the restitution window on subgroup N); false if there is no such pane.
    bool showPane(const QString& name);
    /// The pane in front of the others, by the names showPane takes.
    QString frontPane() const;
    AgendaModel* agendaModel() const { return m_agendaModel; }
    TimelineView* timeline() const;
    ClockPanel* clockPanel() const;
    ItemDetailsPane* detailsPane() const { return m_details; }
    ParticipantsPane* participantsPane() const { return m_participantsPane; }
    PlenaryPane* plenaryPane() const;
    /// The subgroups' synthesis for the plenary, in its own window (Ctrl+R).
    RestitutionView* restitution() const { return m_restitution; }
    void showRestitution();
    /// The room's screen and its controls (Affichage › Projection).
    ProjectorController* projector() const { return m_projector; }
    /// Room copies: prepare them, merge them back (docs/rooms.md).
    RoomActions* rooms() const { return m_rooms; }
    /// Asks for a decision or an action (what, then who and when) and adds it: from any pane.
    void addDecision();
    void addAction();
    QList<SubgroupView*> subgroupViews() const;
    QString plenaryText() const;
    QString savedIndicatorText() const;
    /// The band saying that nothing is being saved (read-only, save failed), if shown.
    SaveBanner* saveBanner() const { return m_banner; }

    /// Remembers, per workspace, the meeting shown, the selected item and the layout of
    /// the window in these settings, and restores them now and at each opening.
    void useSettings(std::unique_ptr<QSettings> settings);

    /// Selects an agenda item as a click on its block would.
    void selectItem(const QString& itemId);
    QString selectedItemId() const { return m_selectedItem; }

    // Live timekeeping on the selected item (also the Séance menu and F5–F9).
    void startSelected();
    void togglePauseSelected();
    void finishSelected();
    void extendSelected(int minutes);

    /// Reads the clock and refreshes the timeline, the large clock and the alerts; run
    /// every second by a timer, and by tests after moving a fake clock.
    void tick();

    /// Exports the open meeting (see Session::startExport); emits exportFinished.
    void startExport(exchange::ExportRequest request, const QString& path);
    bool isExporting() const;

signals:
    /// error is empty on success.
    void exportFinished(const QString& path, const QString& error);
    /// An item's time ran out (shown in the status bar, with a short sound).
    void timeUp(const QString& itemId);

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    MainWindow(std::unique_ptr<session::Session>&& owned, QWidget* parent);
    MainWindow(std::unique_ptr<session::Session>&& owned, session::Session& session,
               QWidget* parent);
    void connectActions();
    void workspaceOpened();
    void meetingOpened();
    /// The status bar's mark of a shared workspace, with what its rules let this role edit.
    void showWorkspaceMark();
    void changed(const domain::ChangeEvent& event);
    void showAgenda();
    void showError(const QString& message);
    /// An edit refused by the rules, said in place during capture (no box).
    void showRefusal(const QString& message);
    void reportIfFailed(const domain::Status& status);
    /// The panes by the names showPane() takes.
    QList<std::pair<QString, QDockWidget*>> docks() const;
    void about();
    /// Puts the keyboard in a pane (its first control).
    void focusPane(const QString& name);
    void openPaneFor(const QString& itemId);
    void ensurePlenary();
    void saveViewState();
    void restoreViewState();
    QString settingsGroup() const;

    std::unique_ptr<session::Session> m_ownedSession;
    session::Session& m_session;
    std::unique_ptr<Ui::MainWindow> m_ui;
    AgendaModel* m_agendaModel = nullptr;
    ItemDetailsPane* m_details = nullptr;
    ParticipantsPane* m_participantsPane = nullptr;
    PlenaryPane* m_plenaryPane = nullptr;
    RestitutionView* m_restitution = nullptr;
    ProjectorController* m_projector = nullptr;
    RoomActions* m_rooms = nullptr;
    QLabel* m_savedLabel = nullptr;
    QLabel* m_workspaceLabel = nullptr;
    SaveBanner* m_banner = nullptr;
    SaveStatus* m_saveStatus = nullptr;
    QTimer* m_ticker = nullptr;
    QString m_selectedItem;
    LiveAlerts* m_alerts = nullptr;
    AgendaControls* m_controls = nullptr;
    bool m_shown = false;
    QString m_pendingPane; ///< asked for before the window was shown
    bool m_started = false;
    std::unique_ptr<QSettings> m_settings;
};

} // namespace copil::gui
