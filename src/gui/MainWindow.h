#pragma once

#include "domain/MeetingData.h"
#include "exchange/Export.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <memory>

namespace Ui {
class MainWindow;
}

namespace copil::storage {
class Workspace;
class MeetingRepository;
class AgendaRepository;
class SubgroupRepository;
class PlenaryRepository;
} // namespace copil::storage

namespace copil::gui {

class AgendaModel;
class SubgroupView;

/// The main window: one workspace, one meeting shown at a time (agenda, subgroups,
/// plenary). Owns the workspace and the repositories over it.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<storage::Workspace> workspace, QWidget* parent = nullptr);
    ~MainWindow() override;

    storage::Workspace& workspace() const { return *m_workspace; }
    storage::AgendaRepository& agendaRepository() const { return *m_agenda; }
    storage::SubgroupRepository& subgroupRepository() const { return *m_subgroups; }
    QString currentMeetingId() const;
    void selectMeeting(const QString& meetingId);
    /// Brings a pane to the front: "agenda", "subgroups", "subgroup-N" (the subgroup
    /// numbered N) or "plenary"; false if there is no such pane.
    bool showPane(const QString& name);
    AgendaModel* agendaModel() const { return m_agendaModel; }
    QList<SubgroupView*> subgroupViews() const;
    QString plenaryText() const;

    /// Renders the current meeting off the GUI thread and writes it atomically to path;
    /// a validated export first records who validated and when. Emits exportFinished.
    void startExport(exchange::ExportRequest request, const QString& path);
    bool isExporting() const;

signals:
    /// error is empty on success.
    void exportFinished(const QString& path, const QString& error);

private:
    void setWorkspace(std::unique_ptr<storage::Workspace> workspace);
    void reloadMeetings();
    void showMeeting();
    void refreshPanes();
    void showSubgroups(const domain::MeetingData& data);
    void showPlenary(const domain::MeetingData& data);
    void showError(const QString& message);
    void openWorkspace();
    void importMeeting();
    void about();
    void exportDocument(exchange::MinutesOptions::Variant variant);

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<storage::Workspace> m_workspace;
    std::unique_ptr<storage::MeetingRepository> m_meetings;
    std::unique_ptr<storage::AgendaRepository> m_agenda;
    std::unique_ptr<storage::SubgroupRepository> m_subgroups;
    std::unique_ptr<storage::PlenaryRepository> m_plenary;
    AgendaModel* m_agendaModel = nullptr;
    QFutureWatcher<QString>* m_export = nullptr;
};

} // namespace copil::gui
