#include "MainWindow.h"

#include "gui/common/Accessibility.h"
#include "gui/common/MeetingHeader.h"
#include "gui/common/SaveBanner.h"
#include "gui/common/SaveStatus.h"
#include "gui/common/SharedWorkspace.h"
#include "gui/common/Views.h"
#include "gui/common/WorkspaceActions.h"
#include "gui/minutes/ExportDialog.h"
#include "gui/participants/ParticipantsPane.h"
#include "gui/plenary/PlenaryPane.h"
#include "gui/plenary/RestitutionView.h"
#include "gui/prepare/PrepareActions.h"
#include "gui/projector/ProjectorController.h"
#include "gui/rooms/RoomActions.h"
#include "gui/subgroups/SubgroupTabs.h"
#include "gui/subgroups/SubgroupView.h"
#include "gui/timeline/AgendaActions.h"
#include "gui/timeline/AgendaControls.h"
#include "gui/timeline/AgendaModel.h"
#include "gui/timeline/ClockPanel.h"
#include "gui/timeline/ItemDetailsPane.h"
#include "gui/timeline/LiveAlerts.h"
#include "gui/timeline/TimelineView.h"
#include "session/Editor.h"
#include "session/Session.h"
#include "storage/Workspace.h"
#include "ui_MainWindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <algorithm>

namespace copil::gui {

using domain::AgendaItem;
using domain::EntityKind;
using domain::Timekeeping;

MainWindow::MainWindow(session::Session& session, QWidget* parent)
    : MainWindow(nullptr, session, parent)
{
}

MainWindow::MainWindow(std::unique_ptr<storage::Workspace> workspace,
                       std::shared_ptr<domain::Clock> clock, QWidget* parent)
    : MainWindow(std::make_unique<session::Session>(std::move(workspace), std::move(clock)), parent)
{
}

MainWindow::MainWindow(std::unique_ptr<session::Session>&& owned, QWidget* parent)
    : MainWindow(std::move(owned), *owned, parent)
{
}

MainWindow::MainWindow(std::unique_ptr<session::Session>&& owned, session::Session& session,
                       QWidget* parent)
    : QMainWindow(parent), m_ownedSession(std::move(owned)), m_session(session),
      m_ui(std::make_unique<Ui::MainWindow>())
{
    Accessibility::install(); // before any widget is asked for its accessible interface
    m_ui->setupUi(this);
    m_banner = new SaveBanner(m_ui->centralWidget);
    m_ui->centralLayout->insertWidget(0, m_banner);
    m_workspaceLabel = new QLabel(this);
    m_workspaceLabel->setObjectName(QStringLiteral("workspaceIndicator"));
    statusBar()->addPermanentWidget(m_workspaceLabel);
    m_savedLabel = new QLabel(this);
    m_savedLabel->setObjectName(QStringLiteral("savedIndicator"));
    statusBar()->addPermanentWidget(m_savedLabel);
    m_saveStatus = new SaveStatus(m_session, m_banner, m_savedLabel, this);
    connect(m_saveStatus, &SaveStatus::problem, this, &MainWindow::showError);
    connect(m_saveStatus, &SaveStatus::refused, this, &MainWindow::showRefusal);
    // Someone else saved what was being saved here: both versions, the person chooses.
    connect(&m_session.editor(), &session::Editor::conflicted, this,
            [this] { ConflictDialog::ask(m_session, this); });

    // Panes around the timeline: tabs on the right, the selected item in front.
    tabifyDockWidget(m_ui->detailsDock, m_ui->agendaDock);
    tabifyDockWidget(m_ui->agendaDock, m_ui->subgroupsDock);
    tabifyDockWidget(m_ui->subgroupsDock, m_ui->plenaryDock);
    tabifyDockWidget(m_ui->plenaryDock, m_ui->participantsDock);
    // The room's screen, one more view over the session, driven from here.
    m_projector = new ProjectorController(m_session, this);
    addDockWidget(Qt::RightDockWidgetArea, m_projector->dock());
    tabifyDockWidget(m_ui->participantsDock, m_projector->dock());
    m_ui->centralLayout->insertWidget(1, m_projector->offerBand());
    m_ui->detailsDock->raise();
    // The tabs run down the right edge: six panes keep their whole names on a laptop.
    setTabPosition(Qt::RightDockWidgetArea, QTabWidget::East);
    // A dock in a tab that is not in front stays "visible" (moved out of sight): its
    // visibilityChanged signal says when it is really seen. Panes nobody looks at yet
    // are made when they first appear.
    connect(m_ui->subgroupsDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible) {
            m_ui->subgroupTabs->ensureBuilt();
        }
    });
    connect(m_ui->plenaryDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible) {
            ensurePlenary();
        }
    });
    // Each pane comes to the front with its key (and when shown again from this menu).
    const QHash<QString, QKeySequence> keys{
        {QStringLiteral("details"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_D)},
        {QStringLiteral("agenda"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_L)},
        {QStringLiteral("subgroups"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_S)},
        {QStringLiteral("plenary"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_P)},
        {QStringLiteral("participants"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_I)}};
    auto* front = m_ui->viewMenu->addMenu(tr("&Mettre au premier plan"));
    auto* timelineAction = front->addAction(
        tr("Le &déroulé"), this, [this] { m_ui->timelineView->setFocus(Qt::ShortcutFocusReason); });
    timelineAction->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_T));
    for (const auto& [name, dock] : docks()) {
        QAction* toggle = dock->toggleViewAction();
        m_ui->viewMenu->addAction(toggle);
        connect(toggle, &QAction::triggered, dock, [dock](bool shown) {
            if (shown) {
                dock->raise();
            }
        });
        QAction* raise = front->addAction(dock->windowTitle(), this, [this, name = name] {
            showPane(name);
            focusPane(name);
        });
        raise->setShortcut(keys.value(name));
        raise->setObjectName(name + u"PaneAction");
    }
    m_ui->viewMenu->addSeparator();
    m_ui->viewMenu->addAction(m_ui->liveToolBar->toggleViewAction());
    m_ui->viewMenu->addSeparator();
    m_ui->viewMenu->addAction(m_ui->restitutionAction);
    m_ui->viewMenu->addMenu(m_projector->menu());
    Accessibility::addActions(m_ui->helpMenu, m_ui->viewMenu, *this);

    m_restitution = new RestitutionView(m_session, this);
    m_restitution->setWindowFlag(Qt::Window);
    m_restitution->setWindowTitle(tr("Restitution des sous-groupes"));
    m_restitution->resize(1000, 700);
    m_details = new ItemDetailsPane(m_session, m_ui->detailsContents);
    m_ui->detailsContentsLayout->addWidget(m_details);
    connect(m_details, &ItemDetailsPane::pendingChanged, this, [this](bool pending) {
        if (pending) {
            m_saveStatus->typing();
        }
    });
    m_saveStatus->addPending([this] { return m_details->drafts(); },
                             [this] { return m_details->retry(); });
    m_participantsPane = new ParticipantsPane(m_session, m_ui->participantsContents);
    m_ui->participantsContentsLayout->addWidget(m_participantsPane);
    connect(m_participantsPane, &ParticipantsPane::failed, this, &MainWindow::showError);
    m_ui->subgroupTabs->attach(m_session);
    connect(m_ui->subgroupTabs, &SubgroupTabs::failed, this, &MainWindow::showError);
    connect(m_ui->subgroupTabs, &SubgroupTabs::questionSelected, m_projector,
            &ProjectorController::followQuestion);

    m_agendaModel = new AgendaModel(this);
    m_agendaModel->showIn(m_ui->agendaView);
    connect(m_ui->agendaView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& index) {
                const QString id = m_agendaModel->idAt(index);
                if (!id.isEmpty() && id != m_selectedItem) {
                    selectItem(id);
                }
            });

    connectActions();
    connect(&m_session, &session::Session::workspaceChanged, this, &MainWindow::workspaceOpened);
    connect(&m_session, &session::Session::meetingOpened, this, &MainWindow::meetingOpened);
    connect(&m_session, &session::Session::changed, this, &MainWindow::changed);
    connect(&m_session, &session::Session::notice, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(&m_session, &session::Session::exportFinished, this,
            [this](const QString& path, const QString& error) {
                if (error.isEmpty()) {
                    statusBar()->showMessage(
                        tr("Enregistré : %1").arg(QDir::toNativeSeparators(path)), 10000);
                } else {
                    showError(error);
                }
                emit exportFinished(path, error);
            });

    m_alerts = new LiveAlerts(this);
    connect(m_alerts, &LiveAlerts::alert, statusBar(), &QStatusBar::showMessage);
    connect(m_alerts, &LiveAlerts::timeUp, this, &MainWindow::timeUp);
    m_ticker = new QTimer(this);
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &MainWindow::tick);
    m_ticker->start();

    new MeetingHeader(m_session, m_ui->meetingCombo, m_ui->headerLabel, this);
    m_rooms = new RoomActions(
        m_session, m_ui->fileMenu, m_ui->liveMenu, m_ui->headerLabel,
        [this](const QString& pane) { return showPane(pane); }, this);
    connect(m_rooms, &RoomActions::failed, this, &MainWindow::showError);
    workspaceOpened();
    meetingOpened();
}

MainWindow::~MainWindow()
{
    // QWidget's destructor hides the docks, which would call back into this half-destroyed
    // window through visibilityChanged.
    m_ui->subgroupsDock->disconnect(this);
    m_ui->plenaryDock->disconnect(this);
    m_session.disconnect(this);
    // A running export holds copies of its data only: let it finish before going away.
    m_session.waitForExport();
    // The views go before the session they show.
    delete m_projector;
    delete m_restitution;
    delete m_plenaryPane;
    delete m_participantsPane;
    delete m_details;
    while (m_ui->subgroupTabs->count() > 0) {
        delete m_ui->subgroupTabs->widget(0);
    }
    m_ui->agendaView->setModel(nullptr);
    delete m_agendaModel;
}

void MainWindow::connectActions()
{
    connect(m_ui->openAction, &QAction::triggered, this,
            [this] { reportIfFailed(WorkspaceActions::open(m_session, this)); });
    connect(m_ui->openSharedAction, &QAction::triggered, this,
            [this] { ServerDialog::ask(m_session, this, m_settings.get()); });
    connect(m_ui->importAction, &QAction::triggered, this,
            [this] { reportIfFailed(WorkspaceActions::importMeeting(m_session, this)); });
    connect(m_ui->restoreAction, &QAction::triggered, this,
            [this] { reportIfFailed(WorkspaceActions::chooseBackup(m_session, this)); });
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    auto* prepare = new PrepareActions(m_session, this, m_ui->fileMenu, m_ui->restoreAction,
                                       m_ui->subgroupTabs);
    connect(prepare, &PrepareActions::failed, this, &MainWindow::showError);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::about);
    connect(m_ui->restitutionAction, &QAction::triggered, this, &MainWindow::showRestitution);
    connect(m_ui->exportMinutesAction, &QAction::triggered, this, [this] {
        ExportDialog::exportMeeting(m_session, exchange::MinutesOptions::Variant::Minutes, this);
    });
    connect(m_ui->exportAgendaAction, &QAction::triggered, this, [this] {
        ExportDialog::exportMeeting(m_session, exchange::MinutesOptions::Variant::Agenda, this);
    });
    connect(m_ui->attendanceSheetAction, &QAction::triggered, this, [this] {
        ExportDialog::exportMeeting(m_session, exchange::MinutesOptions::Variant::AttendanceSheet,
                                    this);
    });

    m_controls = new AgendaControls(
        m_session,
        {m_ui->startAction, m_ui->pauseAction, m_ui->finishAction, m_ui->extend5Action,
         m_ui->extend10Action, m_ui->extendAction, m_ui->resetAction, m_ui->addItemAction,
         m_ui->addSubItemAction, m_ui->editItemAction, m_ui->removeItemAction, m_ui->moveUpAction,
         m_ui->moveDownAction},
        [this] { return m_selectedItem; }, [this](const QString& id) { selectItem(id); }, this);
    connect(m_controls, &AgendaControls::said, statusBar(), &QStatusBar::showMessage);
    connect(m_controls, &AgendaControls::refused, this, &MainWindow::showError);
    connect(m_ui->addDecisionAction, &QAction::triggered, this, &MainWindow::addDecision);
    connect(m_ui->addActionAction, &QAction::triggered, this, &MainWindow::addAction);

    // Undo and redo of every edit, whichever pane has the focus.
    QAction* first = m_ui->editMenu->actions().value(0);
    m_ui->editMenu->insertActions(first,
                                  WorkspaceActions::historyActions(m_session.editor(), this));
    m_ui->editMenu->insertSeparator(first);

    TimelineView* timeline = m_ui->timelineView;
    connect(timeline, &TimelineView::itemSelected, this, [this](const QString& id) {
        selectItem(id);
        openPaneFor(id);
    });
    connect(timeline, &TimelineView::itemActivated, this, [this](const QString& id) {
        selectItem(id);
        AgendaActions::edit(m_session, id, this);
    });
    // A refused move puts the block back where it was.
    connect(timeline, &TimelineView::itemMoved, this, [this](const QString& id, QTime start) {
        if (const auto s = m_session.moveItem(id, start); !s) {
            m_controls->report(s);
            showAgenda();
        }
    });
    connect(timeline, &TimelineView::itemResized, this, [this](const QString& id, QTime end) {
        if (const auto s = m_session.resizeItem(id, end); !s) {
            m_controls->report(s);
            showAgenda();
        }
    });
    connect(m_ui->clockPanel, &ClockPanel::itemClicked, this, [this](const QString& id) {
        selectItem(id);
        openPaneFor(id);
    });
}

storage::Workspace& MainWindow::workspace() const
{
    return m_session.workspace();
}

session::Editor& MainWindow::editor() const
{
    return m_session.editor();
}

QString MainWindow::currentMeetingId() const
{
    return m_session.meetingId();
}

const QList<AgendaItem>& MainWindow::agenda() const
{
    return m_session.data().agenda;
}

void MainWindow::workspaceOpened()
{
    storage::Workspace& ws = m_session.workspace();
    // The window's thread never waits for another program's lock: a write that finds the
    // file locked fails at once, the band says so and tries again.
    if (!ws.isReadOnly()) {
        if (const auto set = ws.setBusyTimeout(0); !set) {
            showError(set.error());
        }
    }
    m_saveStatus->workspaceOpened();
    if (!ws.warning().isEmpty()) {
        showError(ws.warning());
    }
    setWindowTitle(tr("Copil – %1").arg(ws.displayName()) +
                   (ws.isShared() ? tr(" (partagé)") : QString()) +
                   (ws.isReadOnly() ? tr(" (lecture seule)") : QString()) +
                   (m_session.isRealTime() ? QString() : tr(" (heure simulée)")));
    const QString where =
        ws.isShared()
            ? tr("base « %1 » sur le serveur %2%3")
                  .arg(ws.server().database, ws.server().hostLabel(),
                       ws.server().port > 0 ? u':' + QString::number(ws.server().port) : QString())
            : QDir::toNativeSeparators(ws.path());
    statusBar()->showMessage(ws.isReadOnly() ? tr("%1 est ouvert en lecture seule.").arg(where)
                             : ws.isShared() ? tr("Espace partagé : %1").arg(where)
                                             : tr("Espace de travail : %1").arg(where));
    showWorkspaceMark();
}

void MainWindow::showWorkspaceMark()
{
    const storage::Workspace& ws = m_session.workspace();
    if (!ws.isShared()) {
        m_workspaceLabel->clear();
        m_workspaceLabel->setToolTip(QString());
        return;
    }
    const storage::Workspace::EditRights rights = ws.editRights();
    QString role;
    if (rights.facilitator) {
        role = tr("animation");
    } else if (rights.ruled) {
        QStringList numbers;
        for (const domain::Subgroup& g : m_session.data().subgroups) {
            if (rights.subgroups.contains(g.id)) {
                numbers << QString::number(g.number);
            }
        }
        role = numbers.isEmpty() ? tr("lecture seule")
                                 : tr("rapporteur du sous-groupe %1", nullptr, int(numbers.size()))
                                       .arg(numbers.join(QStringLiteral(", ")));
    }
    m_workspaceLabel->setText(role.isEmpty() ? tr("Partagé : %1").arg(ws.displayName())
                                             : tr("Partagé : %1 — %2").arg(ws.displayName(), role));
    m_workspaceLabel->setToolTip(
        rights.ruled ? ws.path() + u'\n' +
                           tr("Sur cet espace partagé, seuls les animateurs et le rapporteur de "
                              "chaque sous-groupe modifient ; les autres lisent.")
                     : ws.path());
}

void MainWindow::meetingOpened()
{
    showWorkspaceMark();
    m_agendaModel->reset(m_session.data().agenda);
    m_ui->agendaView->expandAll();
    m_selectedItem.clear();
    m_alerts->reset();
    showAgenda();
}

void MainWindow::changed(const domain::ChangeEvent& event)
{
    if (event.reset) {
        m_agendaModel->reset(m_session.data().agenda);
        m_ui->agendaView->expandAll();
    } else if (event.touches(EntityKind::AgendaItem)) {
        m_agendaModel->update(m_session.data().agenda);
    }
    if (event.touches(EntityKind::AgendaItem) || event.touches(EntityKind::Meeting) ||
        event.touches(EntityKind::Question) || event.touches(EntityKind::Subgroup)) {
        showAgenda();
    }
}

void MainWindow::showAgenda()
{
    const domain::MeetingData& data = m_session.data();
    if (!m_session.agendaItem(m_selectedItem)) {
        m_selectedItem.clear();
    }
    m_ui->timelineView->setAgenda(data.agenda, data.meeting.date, data.meeting.dayStart,
                                  data.meeting.dayEnd);
    m_ui->timelineView->setBadges(SubgroupTabs::progressBadges(data));
    m_ui->timelineView->setSelectedId(m_selectedItem);
    tick();
}

TimelineView* MainWindow::timeline() const
{
    return m_ui->timelineView;
}

ClockPanel* MainWindow::clockPanel() const
{
    return m_ui->clockPanel;
}

void MainWindow::selectMeeting(const QString& meetingId)
{
    m_session.openMeeting(meetingId);
}

void MainWindow::tick()
{
    const QDateTime now = m_session.now();
    TimelineView* timeline = m_ui->timelineView;
    timeline->setNow(now);
    const auto& agenda = m_session.data().agenda;
    m_ui->clockPanel->showDay(agenda, timeline->lanes(), timeline->forecast(), now);
    m_details->showItem(m_session.agendaItem(m_selectedItem), timeline->forecast(), now);
    m_projector->tick();
    m_alerts->check(agenda, now);
    m_controls->update();
}

void MainWindow::selectItem(const QString& itemId)
{
    m_selectedItem = m_session.agendaItem(itemId) ? itemId : QString();
    m_ui->timelineView->setSelectedId(m_selectedItem);
    // The list and the plenary follow the timeline.
    const QModelIndex found = m_agendaModel->indexOf(m_selectedItem);
    if (found.isValid() && m_ui->agendaView->currentIndex().siblingAtColumn(0) != found) {
        const QSignalBlocker blocker(m_ui->agendaView->selectionModel());
        m_ui->agendaView->setCurrentIndex(found);
    }
    if (m_plenaryPane) {
        m_plenaryPane->followItem(m_selectedItem);
    }
    m_details->showItem(m_session.agendaItem(m_selectedItem), m_ui->timelineView->forecast(),
                        m_session.now());
    m_controls->update();
}

void MainWindow::openPaneFor(const QString& itemId)
{
    const AgendaItem* x = m_session.agendaItem(itemId);
    if (!x) {
        return;
    }
    for (const auto& s : m_session.data().subgroups) {
        if (s.agendaItemId == x->id) {
            showPane(QStringLiteral("subgroup-%1").arg(s.number));
            return;
        }
    }
    for (const AgendaItem* a = x; a; a = m_session.agendaItem(a->parentId)) {
        if (a->kind == domain::AgendaItemKind::Plenary) {
            showPane(QStringLiteral("plenary"));
            plenaryPane()->followItem(itemId);
            return;
        }
    }
    showPane(QStringLiteral("details"));
}

void MainWindow::startSelected()
{
    (void)m_session.start(m_selectedItem);
}

void MainWindow::togglePauseSelected()
{
    (void)m_session.togglePause(m_selectedItem);
}

void MainWindow::finishSelected()
{
    (void)m_session.finish(m_selectedItem);
}

void MainWindow::extendSelected(int minutes)
{
    (void)m_session.extend(m_selectedItem, minutes);
}

void MainWindow::addDecision()
{
    PlenaryPane::askDecision(m_session, this, m_selectedItem);
}

void MainWindow::addAction()
{
    PlenaryPane::askAction(m_session, this);
}

void MainWindow::ensurePlenary()
{
    if (!m_plenaryPane) {
        m_plenaryPane = new PlenaryPane(m_session, m_ui->plenaryContents);
        m_ui->plenaryContentsLayout->addWidget(m_plenaryPane);
        m_plenaryPane->show(); // now, not at the next turn of the event loop: keys may follow
        connect(m_plenaryPane, &PlenaryPane::failed, this, &MainWindow::showError);
        m_plenaryPane->followItem(m_selectedItem);
    }
}

PlenaryPane* MainWindow::plenaryPane() const
{
    const_cast<MainWindow*>(this)->ensurePlenary();
    return m_plenaryPane;
}

QList<SubgroupView*> MainWindow::subgroupViews() const
{
    return m_ui->subgroupTabs->views();
}

void MainWindow::showRestitution()
{
    m_restitution->show();
    m_restitution->raise();
    m_restitution->activateWindow();
}

QString MainWindow::plenaryText() const
{
    return plenaryPane()->text();
}

QString MainWindow::savedIndicatorText() const
{
    return m_savedLabel->text();
}

void MainWindow::showError(const QString& message)
{
    statusBar()->showMessage(message.section(u'\n', 0, 0), 10000);
    // Window-modal and asynchronous: the event loop (and any running export) goes on.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Copil"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showRefusal(const QString& message)
{
    // Beside what has the keyboard: the nearest line of messages of its pane or window.
    statusBar()->showMessage(message.section(u'\n', 0, 0), 15000);
    for (QWidget* w = QApplication::focusWidget(); w; w = w->parentWidget()) {
        for (InlineMessage* line : w->findChildren<InlineMessage*>()) {
            if (line->parentWidget() && line->parentWidget()->isVisible()) {
                line->showError(message);
                return;
            }
        }
        if (w->isWindow()) {
            break;
        }
    }
}

void MainWindow::startExport(exchange::ExportRequest request, const QString& path)
{
    m_session.startExport(std::move(request), path);
}

bool MainWindow::isExporting() const
{
    return m_session.isExporting();
}

bool MainWindow::openShared(const QString& uri)
{
    return ServerDialog::openInto(m_session, uri, this, m_settings.get());
}

bool MainWindow::restoreBackup(const QString& backupPath)
{
    const domain::Status restored = WorkspaceActions::restoreBackup(m_session, backupPath);
    reportIfFailed(restored);
    return restored.ok();
}

void MainWindow::reportIfFailed(const domain::Status& status)
{
    if (!status) {
        showError(status.error());
    }
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("À propos de Copil"),
                       tr("<b>Copil</b> %1<br>Préparer et animer une journée de travail, "
                          "produire le compte rendu le soir même.")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (!m_started) {
        m_started = true;
        // The day first: the keyboard starts on the timeline, not on the meeting list
        // (where Down would open another meeting), unless a pane was asked for.
        m_ui->timelineView->setFocus(Qt::OtherFocusReason);
        if (m_pendingPane.startsWith(u"subgroup-")) {
            focusPane(QStringLiteral("subgroups"));
        } else if (!m_pendingPane.isEmpty()) {
            focusPane(m_pendingPane);
        }
        m_pendingPane.clear();
    }
    if (!m_shown) {
        m_shown = true;
        // The timeline has most of the room; the panes a third.
        resizeDocks({m_ui->detailsDock}, {std::max(320, width() * 33 / 100)}, Qt::Horizontal);
    }
}

void MainWindow::resizeEvent(QResizeEvent* event)
{
    QMainWindow::resizeEvent(event);
    // The clock's text as designed at a laptop's 768 px, larger on a taller window.
    m_ui->clockPanel->setScale(std::clamp(height() / 768.0, 1.0, 2.0));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_details->flush(); // what is being typed is saved before the window goes
    saveViewState();
    QMainWindow::closeEvent(event);
}

void MainWindow::useSettings(std::unique_ptr<QSettings> settings)
{
    m_settings = std::move(settings);
    m_projector->useSettings(m_settings.get());
    restoreViewState();
}

QString MainWindow::settingsGroup() const
{
    // One group per workspace file.
    return QStringLiteral("workspaces/") +
           QString::fromLatin1(
               QCryptographicHash::hash(workspace().path().toUtf8(), QCryptographicHash::Sha1)
                   .toHex()
                   .left(16));
}

void MainWindow::saveViewState()
{
    if (!m_settings) {
        return;
    }
    m_settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_settings->setValue(QStringLiteral("window/state"), saveState());
    m_settings->beginGroup(settingsGroup());
    m_settings->setValue(QStringLiteral("path"), workspace().path());
    m_settings->setValue(QStringLiteral("meeting"), currentMeetingId());
    m_settings->setValue(QStringLiteral("item"), m_selectedItem);
    m_settings->endGroup();
    m_settings->sync();
}

void MainWindow::restoreViewState()
{
    if (!m_settings) {
        return;
    }
    restoreGeometry(m_settings->value(QStringLiteral("window/geometry")).toByteArray());
    if (restoreState(m_settings->value(QStringLiteral("window/state")).toByteArray())) {
        m_shown = true; // the docks keep the widths they had
    }
    m_settings->beginGroup(settingsGroup());
    const QString meeting = m_settings->value(QStringLiteral("meeting")).toString();
    const QString itemId = m_settings->value(QStringLiteral("item")).toString();
    m_settings->endGroup();
    if (m_ui->meetingCombo->findData(meeting) >= 0 && meeting != currentMeetingId()) {
        selectMeeting(meeting);
    }
    selectItem(itemId);
}

} // namespace copil::gui
