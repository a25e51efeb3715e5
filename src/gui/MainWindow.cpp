#include "MainWindow.h"

#include "gui/common/Recovery.h"
#include "gui/common/SaveBanner.h"
#include "gui/common/SaveStatus.h"
#include "gui/minutes/ExportDialog.h"
#include "gui/participants/ParticipantsPane.h"
#include "gui/plenary/PlenaryPane.h"
#include "gui/plenary/RestitutionView.h"
#include "gui/projector/ProjectorController.h"
#include "gui/subgroups/SubgroupTabs.h"
#include "gui/subgroups/SubgroupView.h"
#include "gui/timeline/AgendaActions.h"
#include "gui/timeline/AgendaModel.h"
#include "gui/timeline/ClockPanel.h"
#include "gui/timeline/ItemDetailsPane.h"
#include "gui/timeline/TimelineView.h"
#include "session/Editor.h"
#include "session/Session.h"
#include "storage/Backups.h"
#include "storage/Workspace.h"
#include "ui_MainWindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <QUndoStack>

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
    m_ui->setupUi(this);
    m_banner = new SaveBanner(m_ui->centralWidget);
    m_ui->centralLayout->insertWidget(0, m_banner);
    m_savedLabel = new QLabel(this);
    m_savedLabel->setObjectName(QStringLiteral("savedIndicator"));
    statusBar()->addPermanentWidget(m_savedLabel);
    m_saveStatus = new SaveStatus(m_session, m_banner, m_savedLabel, this);
    connect(m_saveStatus, &SaveStatus::problem, this, &MainWindow::showError);

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
    setTabPosition(Qt::RightDockWidgetArea, QTabWidget::North);
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
    for (QDockWidget* dock : {m_ui->detailsDock, m_ui->agendaDock, m_ui->subgroupsDock,
                              m_ui->plenaryDock, m_ui->participantsDock}) {
        m_ui->viewMenu->addAction(dock->toggleViewAction());
    }
    m_ui->viewMenu->addSeparator();
    m_ui->viewMenu->addAction(m_ui->liveToolBar->toggleViewAction());
    m_ui->viewMenu->addSeparator();
    m_ui->viewMenu->addAction(m_ui->restitutionAction);
    m_ui->viewMenu->addMenu(m_projector->menu());

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
    m_ui->agendaView->setModel(m_agendaModel);
    m_ui->agendaView->header()->setSectionResizeMode(AgendaModel::TitleColumn,
                                                     QHeaderView::Stretch);
    m_ui->agendaView->header()->setStretchLastSection(false);
    for (int c :
         {AgendaModel::TimeColumn, AgendaModel::TrackColumn, AgendaModel::PresentersColumn}) {
        m_ui->agendaView->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    connect(m_ui->agendaView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& index) {
                const QString id = m_agendaModel->idAt(index);
                if (!id.isEmpty() && id != m_selectedItem) {
                    selectItem(id);
                }
            });
    // The list shows sub-items as they are added.
    connect(m_agendaModel, &QAbstractItemModel::rowsInserted, m_ui->agendaView,
            [this](const QModelIndex& parent) { m_ui->agendaView->expand(parent); });

    connectActions();
    connect(&m_session, &session::Session::workspaceChanged, this, &MainWindow::workspaceOpened);
    connect(&m_session, &session::Session::meetingsChanged, this, &MainWindow::meetingsChanged);
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

    m_ticker = new QTimer(this);
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &MainWindow::tick);
    m_ticker->start();

    workspaceOpened();
    meetingsChanged();
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
    connect(m_ui->openAction, &QAction::triggered, this, &MainWindow::openWorkspace);
    connect(m_ui->importAction, &QAction::triggered, this, &MainWindow::importMeeting);
    connect(m_ui->restoreAction, &QAction::triggered, this, &MainWindow::chooseBackup);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::about);
    connect(m_ui->restitutionAction, &QAction::triggered, this, &MainWindow::showRestitution);
    connect(m_ui->exportMinutesAction, &QAction::triggered, this, [this] {
        ExportDialog::exportMeeting(m_session, exchange::MinutesOptions::Variant::Minutes, this);
    });
    connect(m_ui->exportAgendaAction, &QAction::triggered, this, [this] {
        ExportDialog::exportMeeting(m_session, exchange::MinutesOptions::Variant::Agenda, this);
    });
    connect(m_ui->meetingCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QString id = m_ui->meetingCombo->currentData().toString();
        if (id != m_session.meetingId()) {
            m_session.openMeeting(id);
        }
    });

    connect(m_ui->startAction, &QAction::triggered, this, &MainWindow::startSelected);
    connect(m_ui->pauseAction, &QAction::triggered, this, &MainWindow::togglePauseSelected);
    connect(m_ui->finishAction, &QAction::triggered, this, &MainWindow::finishSelected);
    connect(m_ui->extend5Action, &QAction::triggered, this, [this] { extendSelected(5); });
    connect(m_ui->extend10Action, &QAction::triggered, this, [this] { extendSelected(10); });
    connect(m_ui->extendAction, &QAction::triggered, this, [this] {
        bool ok = false;
        const int minutes = QInputDialog::getInt(this, tr("Prolonger"), tr("Minutes à accorder :"),
                                                 15, 1, 600, 5, &ok);
        if (ok) {
            extendSelected(minutes);
        }
    });
    connect(m_ui->resetAction, &QAction::triggered, this,
            [this] { (void)m_session.resetTimes(m_selectedItem); });
    connect(m_ui->addItemAction, &QAction::triggered, this, [this] {
        if (const QString id = AgendaActions::add(m_session, m_selectedItem, false, this);
            !id.isEmpty()) {
            selectItem(id);
        }
    });
    connect(m_ui->addSubItemAction, &QAction::triggered, this, [this] {
        if (const QString id = AgendaActions::add(m_session, m_selectedItem, true, this);
            !id.isEmpty()) {
            selectItem(id);
        }
    });
    connect(m_ui->editItemAction, &QAction::triggered, this,
            [this] { AgendaActions::edit(m_session, m_selectedItem, this); });
    connect(m_ui->removeItemAction, &QAction::triggered, this, &MainWindow::removeSelectedItem);
    connect(m_ui->moveUpAction, &QAction::triggered, this,
            [this] { reportIfRefused(m_session.swapItem(m_selectedItem, -1)); });
    connect(m_ui->moveDownAction, &QAction::triggered, this,
            [this] { reportIfRefused(m_session.swapItem(m_selectedItem, 1)); });
    connect(m_ui->addDecisionAction, &QAction::triggered, this, &MainWindow::addDecision);
    connect(m_ui->addActionAction, &QAction::triggered, this, &MainWindow::addAction);

    // Undo and redo of every edit, whichever pane has the focus; they move the history
    // only once the workspace has taken them.
    const QUndoStack* stack = m_session.editor().undoStack();
    auto* undo = new QAction(tr("&Annuler"), this);
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Z)});
    auto* redo = new QAction(tr("&Rétablir"), this);
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(undo, &QAction::triggered, this, [this] { m_session.editor().undo(); });
    connect(redo, &QAction::triggered, this, [this] { m_session.editor().redo(); });
    const auto history = [stack, undo, redo] {
        undo->setEnabled(stack->canUndo());
        redo->setEnabled(stack->canRedo());
        undo->setText(stack->canUndo() ? tr("&Annuler « %1 »").arg(stack->undoText())
                                       : tr("&Annuler"));
        redo->setText(stack->canRedo() ? tr("&Rétablir « %1 »").arg(stack->redoText())
                                       : tr("&Rétablir"));
    };
    connect(stack, &QUndoStack::indexChanged, this, history);
    connect(stack, &QUndoStack::cleanChanged, this, history);
    history();
    QAction* first = m_ui->editMenu->actions().value(0);
    m_ui->editMenu->insertAction(first, undo);
    m_ui->editMenu->insertAction(first, redo);
    m_ui->editMenu->insertSeparator(first);
    m_historyActions = {undo, redo};

    TimelineView* timeline = m_ui->timelineView;
    connect(timeline, &TimelineView::itemSelected, this, [this](const QString& id) {
        selectItem(id);
        openPaneFor(id);
    });
    connect(timeline, &TimelineView::itemActivated, this, [this](const QString& id) {
        selectItem(id);
        AgendaActions::edit(m_session, id, this);
    });
    connect(timeline, &TimelineView::itemMoved, this, [this](const QString& id, QTime start) {
        reportIfRefused(m_session.moveItem(id, start));
    });
    connect(timeline, &TimelineView::itemResized, this, [this](const QString& id, QTime end) {
        reportIfRefused(m_session.resizeItem(id, end));
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
    setWindowTitle(tr("Copil – %1").arg(QFileInfo(ws.path()).fileName()) +
                   (ws.isReadOnly() ? tr(" (lecture seule)") : QString()) +
                   (m_session.isRealTime() ? QString() : tr(" (heure simulée)")));
    statusBar()->showMessage(
        ws.isReadOnly()
            ? tr("%1 est ouvert en lecture seule.").arg(QDir::toNativeSeparators(ws.path()))
            : tr("Espace de travail : %1").arg(QDir::toNativeSeparators(ws.path())));
}

void MainWindow::meetingsChanged()
{
    const QSignalBlocker blocker(m_ui->meetingCombo);
    m_ui->meetingCombo->clear();
    for (const auto& m : m_session.meetings()) {
        m_ui->meetingCombo->addItem(
            tr("%1 – %2").arg(QLocale().toString(m.date, QLocale::ShortFormat), m.title), m.id);
    }
    m_ui->meetingCombo->setCurrentIndex(m_ui->meetingCombo->findData(m_session.meetingId()));
    if (!m_session.hasMeeting() && !m_session.meetings().isEmpty()) {
        m_session.openMeeting(m_session.meetings().first().id);
    }
}

void MainWindow::meetingOpened()
{
    {
        const QSignalBlocker blocker(m_ui->meetingCombo);
        m_ui->meetingCombo->setCurrentIndex(m_ui->meetingCombo->findData(m_session.meetingId()));
    }
    m_agendaModel->reset(m_session.data().agenda);
    m_ui->agendaView->expandAll();
    m_selectedItem.clear();
    m_phases.clear();
    showHeader();
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
    if (event.touches(EntityKind::Meeting)) {
        showHeader();
    }
    if (event.touches(EntityKind::AgendaItem) || event.touches(EntityKind::Meeting) ||
        event.touches(EntityKind::Question) || event.touches(EntityKind::Subgroup)) {
        showAgenda();
    }
}

void MainWindow::showHeader()
{
    if (!m_session.hasMeeting()) {
        m_ui->headerLabel->setText(tr("Cet espace de travail ne contient aucune réunion. "
                                      "Importez-en une par Fichier › Importer une réunion."));
        return;
    }
    const auto& x = m_session.data().meeting;
    QStringList details;
    if (!x.series.isEmpty()) {
        details << x.series.toHtmlEscaped();
    }
    details << tr("%1, de %2 à %3")
                       .arg(QLocale().toString(x.date, QLocale::LongFormat),
                            QLocale().toString(x.dayStart, QLocale::ShortFormat),
                            QLocale().toString(x.dayEnd, QLocale::ShortFormat))
                       .toHtmlEscaped() +
                   (x.location.isEmpty() ? QString() : u" – " + x.location.toHtmlEscaped());
    if (!x.contact.name.isEmpty()) {
        details << tr("Contact : %1").arg(x.contact.name).toHtmlEscaped();
    }
    m_ui->headerLabel->setText(u"<b style='font-size:large'>" + x.title.toHtmlEscaped() +
                               u"</b><br>" + details.join(u" · "));
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

bool MainWindow::showPane(const QString& name)
{
    if (name.startsWith(u"subgroup-")) {
        if (!m_ui->subgroupTabs->showSubgroup(name.mid(9).toInt())) {
            return false;
        }
        m_ui->subgroupsDock->show();
        m_ui->subgroupsDock->raise();
        return true;
    }
    if (name.startsWith(u"restitution-")) {
        if (!m_restitution->showSubgroup(name.mid(12).toInt())) {
            return false;
        }
        showRestitution();
        return true;
    }
    if (name == u"timeline") {
        m_ui->timelineView->setFocus();
        return true;
    }
    const QHash<QString, QDockWidget*> docks{
        {QStringLiteral("details"), m_ui->detailsDock},
        {QStringLiteral("agenda"), m_ui->agendaDock},
        {QStringLiteral("subgroups"), m_ui->subgroupsDock},
        {QStringLiteral("plenary"), m_ui->plenaryDock},
        {QStringLiteral("participants"), m_ui->participantsDock}};
    QDockWidget* dock = docks.value(name);
    if (!dock) {
        return false;
    }
    dock->show();
    dock->raise();
    return true;
}

QString MainWindow::frontPane() const
{
    const QList<std::pair<QString, QDockWidget*>> docks{
        {QStringLiteral("details"), m_ui->detailsDock},
        {QStringLiteral("agenda"), m_ui->agendaDock},
        {QStringLiteral("subgroups"), m_ui->subgroupsDock},
        {QStringLiteral("plenary"), m_ui->plenaryDock},
        {QStringLiteral("participants"), m_ui->participantsDock}};
    for (const auto& [name, dock] : docks) {
        if (dock->isVisible() && !dock->visibleRegion().isEmpty()) {
            return name;
        }
    }
    return {};
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
    // Alerts: the last 20 % begins, the time is up. Said once, never in the way.
    for (const auto& x : agenda) {
        const auto status = Timekeeping::status(x, now);
        const auto before = m_phases.value(x.id, domain::TimePhase::Idle);
        m_phases.insert(x.id, status.phase);
        if (status.phase == before || before == domain::TimePhase::Idle) {
            continue;
        }
        if (status.phase == domain::TimePhase::Overrun) {
            statusBar()->showMessage(tr("⏰ « %1 » : le temps prévu est écoulé.").arg(x.title),
                                     30000);
            QApplication::beep();
            emit timeUp(x.id);
        } else if (status.phase == domain::TimePhase::Closing) {
            statusBar()->showMessage(
                tr("« %1 » : plus que %2 min.").arg(x.title).arg((status.remaining + 59) / 60),
                20000);
        }
    }
    updateActions();
}

void MainWindow::updateActions()
{
    // Read-only: nothing that would change the workspace is offered.
    const AgendaItem* selected =
        m_session.isReadOnly() ? nullptr : m_session.agendaItem(m_selectedItem);
    const auto state = selected ? Timekeeping::state(*selected) : domain::RunState::NotStarted;
    const bool open = selected && state != domain::RunState::Finished;
    m_ui->startAction->setEnabled(selected && state == domain::RunState::NotStarted);
    m_ui->pauseAction->setEnabled(
        selected && (state == domain::RunState::Running || state == domain::RunState::Paused));
    m_ui->pauseAction->setText(state == domain::RunState::Paused ? tr("&Reprendre") : tr("&Pause"));
    m_ui->finishAction->setEnabled(m_ui->pauseAction->isEnabled());
    for (QAction* a : {m_ui->extend5Action, m_ui->extend10Action, m_ui->extendAction}) {
        a->setEnabled(open);
    }
    m_ui->resetAction->setEnabled(
        selected && (state != domain::RunState::NotStarted || selected->extensionMinutes > 0));
    m_ui->addItemAction->setEnabled(m_session.hasMeeting() && !m_session.isReadOnly());
    for (QAction* a : {m_ui->addSubItemAction, m_ui->editItemAction, m_ui->removeItemAction,
                       m_ui->moveUpAction, m_ui->moveDownAction}) {
        a->setEnabled(selected != nullptr);
    }
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
    updateActions();
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

void MainWindow::reportIfRefused(const domain::Status& status)
{
    if (!status && status.fault() == domain::Fault::Invalid) {
        m_ui->timelineView->setAgenda(agenda(), m_session.data().meeting.date,
                                      m_session.data().meeting.dayStart,
                                      m_session.data().meeting.dayEnd); // back where it was
        statusBar()->showMessage(status.error().section(u'\n', 0, 0), 10000);
        if (status.error().contains(u'\n')) {
            showError(status.error());
        }
    }
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

void MainWindow::removeSelectedItem()
{
    const AgendaItem* x = m_session.agendaItem(m_selectedItem);
    if (!x) {
        return;
    }
    const QString title = x->title;
    if (m_session.editor().removeAgendaItem(currentMeetingId(), m_selectedItem)) {
        statusBar()->showMessage(tr("« %1 » supprimé. Ctrl+Z pour l’annuler.").arg(title), 10000);
    }
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

void MainWindow::startExport(exchange::ExportRequest request, const QString& path)
{
    m_session.startExport(std::move(request), path);
}

bool MainWindow::isExporting() const
{
    return m_session.isExporting();
}

void MainWindow::openWorkspace()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Ouvrir un espace de travail"), QFileInfo(workspace().path()).absolutePath(),
        tr("Espaces de travail Copil (*.sqlite *.copil);;Tous les fichiers (*)"));
    if (path.isEmpty()) {
        return;
    }
    auto opened = storage::Workspace::open(path, {.createIfMissing = false, .dailyBackup = true});
    if (!opened) {
        showError(opened.error());
        return;
    }
    m_details->flush();
    m_session.setWorkspace(std::move(opened).value());
}

bool MainWindow::restoreBackup(const QString& backupPath)
{
    m_details->flush();
    const domain::Status restored = m_session.restoreBackup(backupPath);
    if (!restored) {
        showError(restored.error());
        return false;
    }
    statusBar()->showMessage(
        tr("Sauvegarde remise en place ; la version remplacée est gardée parmi les sauvegardes."),
        15000);
    return true;
}

void MainWindow::chooseBackup()
{
    const QString path = workspace().path();
    if (storage::Backups::list(path).isEmpty()) {
        showError(tr("Aucune sauvegarde de %1 pour l’instant (dossier %2).")
                      .arg(QDir::toNativeSeparators(path),
                           QDir::toNativeSeparators(storage::Backups::folderOf(path))));
        return;
    }
    if (const QString chosen = Recovery::chooseBackup(path, this); !chosen.isEmpty()) {
        restoreBackup(chosen);
    }
}

void MainWindow::importMeeting()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Importer une réunion"), QString(),
                                                      tr("Réunions Copil (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    auto imported = m_session.importFile(path);
    if (!imported) {
        showError(imported.error());
        return;
    }
    m_session.openMeeting(imported.value());
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
    if (!m_shown) {
        m_shown = true;
        // The timeline has most of the room; the panes a third.
        resizeDocks({m_ui->detailsDock}, {std::max(320, width() * 33 / 100)}, Qt::Horizontal);
    }
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
