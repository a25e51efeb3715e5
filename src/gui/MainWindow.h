#pragma once

#include "domain/Clock.h"
#include "domain/MeetingData.h"
#include "domain/Timekeeping.h"
#include "exchange/Export.h"

#include <QFutureWatcher>
#include <QHash>
#include <QMainWindow>
#include <memory>
#include <optional>

class QLabel;
class QSettings;
class QTimer;

namespace Ui {
class MainWindow;
}

namespace copil::storage {
class Workspace;
class MeetingRepository;
class AgendaRepository;
class ParticipantRepository;
class SubgroupRepository;
class NoteRepository;
class PlenaryRepository;
} // namespace copil::storage

namespace copil::gui {

class AgendaModel;
class ClockPanel;
class Editor;
class ItemDetailsPane;
class ParticipantsPane;
class PlenaryPane;
class RestitutionView;
class SaveBanner;
struct Draft;
class SubgroupView;
class TimelineView;

/// The facilitator's window: the day's timeline with the live clock in the centre, the
/// panes around it (selected item, agenda list, subgroups, plenary, participants). One
/// workspace, one meeting shown at a time. Every edit goes through the Editor: saved at
/// once, undoable. Owns the workspace and the repositories over it.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<storage::Workspace> workspace,
                        std::shared_ptr<domain::Clock> clock = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    storage::Workspace& workspace() const { return *m_workspace; }
    storage::AgendaRepository& agendaRepository() const { return *m_agenda; }
    storage::SubgroupRepository& subgroupRepository() const { return *m_subgroups; }
    storage::ParticipantRepository& participantRepository() const { return *m_participants; }
    Editor& editor() const { return *m_editor; }
    QString currentMeetingId() const;
    /// Puts a backup back in place of the open workspace (File › Restaurer une
    /// sauvegarde…) and reopens it; the replaced version is kept as a backup.
    bool restoreBackup(const QString& backupPath);
    /// Reads the list of meetings again (after an import done outside the window).
    void reloadMeetings();
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
    RestitutionView* restitution() const;
    void showRestitution();
    /// Asks for a decision or an action (what, then who and when) and adds it: from any pane.
    void addDecision();
    void addAction();
    QList<SubgroupView*> subgroupViews() const;
    QString plenaryText() const;
    QString savedIndicatorText() const;
    /// The band saying that nothing is being saved (read-only, save failed), if shown.
    SaveBanner* saveBanner() const { return m_banner; }
    /// The agenda of the current meeting as last loaded.
    const QList<domain::AgendaItem>& agenda() const { return m_agendaItems; }

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

    /// Renders the current meeting off the GUI thread and writes it atomically to path;
    /// a validated export first records who validated and when. Emits exportFinished.
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

private:
    void setWorkspace(std::unique_ptr<storage::Workspace> workspace);
    /// Drops the repositories, the panes over them and the workspace (for a restore).
    void closeWorkspace();
    void chooseBackup();
    void showMeeting();
    void refreshPanes();
    void reloadAgenda();
    void showSubgroups(const domain::MeetingData& data);
    /// Builds or refreshes the subgroup views from data (showSubgroups defers this while
    /// the pane is hidden: the window opens faster, and hidden views need no refresh).
    void buildSubgroupViews(const domain::MeetingData& data);
    /// Builds the subgroup views if their content is waiting.
    void ensureSubgroupViews();
    /// Fills the plenary pane and the restitution window if their content is waiting.
    void ensurePlenary();
    void ensureRestitution();
    void showPlenary(const domain::MeetingData& data);
    void showError(const QString& message);
    void openWorkspace();
    void importMeeting();
    void about();
    void exportDocument(exchange::MinutesOptions::Variant variant);
    void updateActions();
    void openPaneFor(const QString& itemId);
    const domain::AgendaItem* item(const QString& id) const;
    void applyTimekeeping(const QString& text,
                          const domain::Result<QList<domain::AgendaItem>>& changes);
    void addItem(bool asSubItem);
    void editSelectedItem();
    void removeSelectedItem();
    void moveSelected(int direction);
    void moveItem(const QString& id, QTime start);
    void resizeItem(const QString& id, QTime end);
    bool saveAgendaChanges(const QString& text, const QList<domain::AgendaItem>& changed);
    void saveDescription(const QString& itemId, const QString& text);
    /// A save failed: a passing failure goes to the band (with a retry), others to a box.
    void saveFailed(const QString& message);
    /// Tries again what could not be saved (the band's timer and button).
    void retrySaving();
    /// What was typed and is not saved: for the emergency file.
    QList<Draft> drafts() const;
    void saveViewState();
    void restoreViewState();
    QString settingsGroup() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::shared_ptr<domain::Clock> m_clock;
    std::unique_ptr<storage::Workspace> m_workspace;
    std::unique_ptr<storage::MeetingRepository> m_meetings;
    std::unique_ptr<storage::AgendaRepository> m_agenda;
    std::unique_ptr<storage::ParticipantRepository> m_participants;
    std::unique_ptr<storage::SubgroupRepository> m_subgroups;
    std::unique_ptr<storage::NoteRepository> m_notes;
    std::unique_ptr<storage::PlenaryRepository> m_plenary;
    std::unique_ptr<Editor> m_editor;
    AgendaModel* m_agendaModel = nullptr;
    ItemDetailsPane* m_details = nullptr;
    ParticipantsPane* m_participantsPane = nullptr;
    PlenaryPane* m_plenaryPane = nullptr;
    RestitutionView* m_restitution = nullptr;
    QLabel* m_savedLabel = nullptr;
    SaveBanner* m_banner = nullptr;
    /// A description whose save failed, tried again by retrySaving().
    struct UnsavedText {
        QString itemId;
        QString text;
    };
    std::optional<UnsavedText> m_unsavedDescription;
    /// The content the hidden subgroups pane will show when it appears.
    std::optional<domain::MeetingData> m_deferredSubgroups;
    std::optional<domain::MeetingData> m_deferredPlenary;
    std::optional<domain::MeetingData> m_deferredRestitution;
    bool m_subgroupsSeen = false;
    bool m_plenarySeen = false;
    QTimer* m_ticker = nullptr;
    QFutureWatcher<QString>* m_export = nullptr;
    QList<domain::AgendaItem> m_agendaItems;
    domain::Meeting m_meeting;
    QString m_selectedItem;
    QHash<QString, domain::TimePhase> m_phases; ///< last phase seen, for the alerts
    bool m_shown = false;
    std::unique_ptr<QSettings> m_settings;
};

} // namespace copil::gui
