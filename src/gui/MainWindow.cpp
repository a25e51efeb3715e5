#include "MainWindow.h"

#include "AgendaItemDialog.h"
#include "AgendaModel.h"
#include "ClockPanel.h"
#include "Editor.h"
#include "ExportDialog.h"
#include "ItemDetailsPane.h"
#include "ParticipantsPane.h"
#include "PlenaryPane.h"
#include "Recovery.h"
#include "RestitutionView.h"
#include "SaveBanner.h"
#include "SubgroupView.h"
#include "TimelineView.h"
#include "domain/Labels.h"
#include "domain/Schedule.h"
#include "domain/Validation.h"
#include "exchange/Archive.h"
#include "storage/AgendaRepository.h"
#include "storage/Backups.h"
#include "storage/MeetingRepository.h"
#include "storage/NoteRepository.h"
#include "storage/ParticipantRepository.h"
#include "storage/PlenaryRepository.h"
#include "storage/SubgroupRepository.h"
#include "ui_MainWindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QSettings>
#include <QTabBar>
#include <QTextEdit>
#include <QTimer>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

namespace copil::gui {

using domain::AgendaItem;
using domain::Timekeeping;

MainWindow::MainWindow(std::unique_ptr<storage::Workspace> workspace,
                       std::shared_ptr<domain::Clock> clock, QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()),
      m_clock(clock ? std::move(clock) : std::make_shared<domain::SystemClock>())
{
    m_ui->setupUi(this);
    m_banner = new SaveBanner(m_ui->centralWidget);
    m_ui->centralLayout->insertWidget(0, m_banner);
    connect(m_banner, &SaveBanner::retryRequested, this, &MainWindow::retrySaving);
    // Panes around the timeline: tabs on the right, the selected item in front.
    tabifyDockWidget(m_ui->detailsDock, m_ui->agendaDock);
    tabifyDockWidget(m_ui->agendaDock, m_ui->subgroupsDock);
    tabifyDockWidget(m_ui->subgroupsDock, m_ui->plenaryDock);
    tabifyDockWidget(m_ui->plenaryDock, m_ui->participantsDock);
    m_ui->detailsDock->raise();
    // A dock in a tab that is not in front stays "visible" (moved out of sight): its
    // visibilityChanged signal says when it is really seen.
    connect(m_ui->subgroupsDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        m_subgroupsSeen = visible;
        if (visible) {
            ensureSubgroupViews();
        }
    });
    connect(m_ui->plenaryDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        m_plenarySeen = visible;
        if (visible) {
            ensurePlenary();
        }
    });
    setTabPosition(Qt::RightDockWidgetArea, QTabWidget::North);
    for (QDockWidget* dock : {m_ui->detailsDock, m_ui->agendaDock, m_ui->subgroupsDock,
                              m_ui->plenaryDock, m_ui->participantsDock}) {
        m_ui->viewMenu->addAction(dock->toggleViewAction());
    }
    m_ui->viewMenu->addSeparator();
    m_ui->viewMenu->addAction(m_ui->liveToolBar->toggleViewAction());
    m_ui->viewMenu->addSeparator();
    m_ui->viewMenu->addAction(m_ui->restitutionAction);
    m_restitution = new RestitutionView(this);
    m_restitution->setWindowFlag(Qt::Window);
    m_restitution->setWindowTitle(tr("Restitution des sous-groupes"));
    m_restitution->resize(1000, 700);
    connect(m_ui->restitutionAction, &QAction::triggered, this, &MainWindow::showRestitution);

    m_details = new ItemDetailsPane(m_ui->detailsContents);
    m_ui->detailsContentsLayout->addWidget(m_details);
    connect(m_details, &ItemDetailsPane::descriptionEdited, this, &MainWindow::saveDescription);
    connect(m_details, &ItemDetailsPane::pendingChanged, this, [this](bool pending) {
        if (pending) {
            m_savedLabel->setText(tr("✎ Saisie en cours…"));
        }
    });

    m_savedLabel = new QLabel(this);
    m_savedLabel->setObjectName(QStringLiteral("savedIndicator"));
    m_savedLabel->setToolTip(tr("Chaque modification est enregistrée aussitôt dans l’espace de "
                                "travail : il n’y a pas de bouton Enregistrer."));
    statusBar()->addPermanentWidget(m_savedLabel);

    connect(m_ui->openAction, &QAction::triggered, this, &MainWindow::openWorkspace);
    connect(m_ui->importAction, &QAction::triggered, this, &MainWindow::importMeeting);
    connect(m_ui->restoreAction, &QAction::triggered, this, &MainWindow::chooseBackup);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::about);
    connect(m_ui->exportMinutesAction, &QAction::triggered, this,
            [this] { exportDocument(exchange::MinutesOptions::Variant::Minutes); });
    connect(m_ui->exportAgendaAction, &QAction::triggered, this,
            [this] { exportDocument(exchange::MinutesOptions::Variant::Agenda); });
    connect(m_ui->meetingCombo, &QComboBox::currentIndexChanged, this, &MainWindow::showMeeting);

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
    connect(m_ui->resetAction, &QAction::triggered, this, [this] {
        applyTimekeeping(tr("Heures réelles effacées"),
                         Timekeeping::reset(m_agendaItems, m_selectedItem));
    });
    connect(m_ui->addItemAction, &QAction::triggered, this, [this] { addItem(false); });
    connect(m_ui->addSubItemAction, &QAction::triggered, this, [this] { addItem(true); });
    connect(m_ui->editItemAction, &QAction::triggered, this, &MainWindow::editSelectedItem);
    connect(m_ui->removeItemAction, &QAction::triggered, this, &MainWindow::removeSelectedItem);
    connect(m_ui->moveUpAction, &QAction::triggered, this, [this] { moveSelected(-1); });
    connect(m_ui->moveDownAction, &QAction::triggered, this, [this] { moveSelected(1); });
    connect(m_ui->addDecisionAction, &QAction::triggered, this, &MainWindow::addDecision);
    connect(m_ui->addActionAction, &QAction::triggered, this, &MainWindow::addAction);

    TimelineView* timeline = m_ui->timelineView;
    connect(timeline, &TimelineView::itemSelected, this, [this](const QString& id) {
        selectItem(id);
        openPaneFor(id);
    });
    connect(timeline, &TimelineView::itemActivated, this, [this](const QString& id) {
        selectItem(id);
        editSelectedItem();
    });
    connect(timeline, &TimelineView::itemMoved, this, &MainWindow::moveItem);
    connect(timeline, &TimelineView::itemResized, this, &MainWindow::resizeItem);
    connect(m_ui->clockPanel, &ClockPanel::itemClicked, this, [this](const QString& id) {
        selectItem(id);
        openPaneFor(id);
    });

    m_ticker = new QTimer(this);
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &MainWindow::tick);
    m_ticker->start();

    setWorkspace(std::move(workspace));
}

MainWindow::~MainWindow()
{
    // QWidget's destructor hides the docks, which would call back into this half-destroyed
    // window through visibilityChanged.
    m_ui->subgroupsDock->disconnect(this);
    m_ui->plenaryDock->disconnect(this);
    // A running export holds copies of its data only: let it finish before going away.
    if (m_export) {
        m_export->waitForFinished();
    }
    // Views hold references to the repositories: drop them first.
    m_ui->agendaView->setModel(nullptr);
    delete m_agendaModel;
    delete m_participantsPane;
    delete m_plenaryPane;
}

void MainWindow::closeWorkspace()
{
    if (m_details) {
        m_details->flush();
    }
    m_ui->agendaView->setModel(nullptr);
    delete m_agendaModel;
    m_agendaModel = nullptr;
    delete m_participantsPane;
    m_participantsPane = nullptr;
    delete m_plenaryPane;
    m_plenaryPane = nullptr;
    while (m_ui->subgroupTabs->count() > 0) {
        QWidget* page = m_ui->subgroupTabs->widget(0);
        m_ui->subgroupTabs->removeTab(0);
        delete page;
    }
    m_deferredSubgroups.reset();
    m_deferredPlenary.reset();
    m_deferredRestitution.reset();
    m_editor.reset();
    m_plenary.reset();
    m_notes.reset();
    m_subgroups.reset();
    m_participants.reset();
    m_agenda.reset();
    m_meetings.reset();
    m_workspace.reset();
}

void MainWindow::setWorkspace(std::unique_ptr<storage::Workspace> workspace)
{
    closeWorkspace();
    m_workspace = std::move(workspace);
    m_meetings = std::make_unique<storage::MeetingRepository>(*m_workspace);
    m_agenda = std::make_unique<storage::AgendaRepository>(*m_workspace);
    m_participants = std::make_unique<storage::ParticipantRepository>(*m_workspace);
    m_subgroups = std::make_unique<storage::SubgroupRepository>(*m_workspace);
    m_notes = std::make_unique<storage::NoteRepository>(*m_workspace);
    m_plenary = std::make_unique<storage::PlenaryRepository>(*m_workspace);
    m_editor = std::make_unique<Editor>(*m_workspace, *m_agenda, *m_participants, *m_subgroups,
                                        *m_notes, *m_plenary);
    connect(m_editor.get(), &Editor::failed, this, &MainWindow::saveFailed);
    connect(m_editor.get(), &Editor::saved, this, [this](const QDateTime& when) {
        m_savedLabel->setText(
            tr("✓ Enregistré à %1").arg(when.time().toString(QStringLiteral("HH:mm:ss"))));
        if (!m_editor->hasUnsaved() && !m_unsavedDescription) {
            m_banner->resolved();
        }
    });
    // The window's thread never waits for another program's lock: a write that finds the
    // file locked fails at once, the band says so and tries again.
    m_unsavedDescription.reset();
    m_banner->resolved();
    m_banner->hide();
    if (!m_workspace->isReadOnly()) {
        if (const auto set = m_workspace->setBusyTimeout(0); !set) {
            showError(set.error());
        }
    }
    m_savedLabel->setText(tr("✓ Tout est enregistré"));

    // Undo and redo of every edit, whichever pane has the focus.
    QUndoStack* stack = m_editor->undoStack();
    for (QAction* a : m_ui->editMenu->actions()) {
        if (a->objectName() == u"undoAction" || a->objectName() == u"redoAction") {
            m_ui->editMenu->removeAction(a);
            delete a;
        }
    }
    QAction* undo = stack->createUndoAction(this, tr("&Annuler"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Z)});
    QAction* redo = stack->createRedoAction(this, tr("&Rétablir"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    QAction* first = m_ui->editMenu->actions().value(0);
    m_ui->editMenu->insertAction(first, undo);
    m_ui->editMenu->insertAction(first, redo);
    m_ui->editMenu->insertSeparator(first);

    m_agendaModel = new AgendaModel(*m_agenda, this);
    connect(m_agendaModel, &AgendaModel::loadFailed, this, &MainWindow::showError);
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
                const QString id = index.siblingAtColumn(0).data(AgendaModel::IdRole).toString();
                if (!id.isEmpty() && id != m_selectedItem) {
                    selectItem(id);
                }
            });

    // The plenary pane is made when it first appears (ensurePlenary).
    m_participantsPane =
        new ParticipantsPane(*m_editor, *m_participants, *m_subgroups, m_ui->participantsContents);
    m_ui->participantsContentsLayout->addWidget(m_participantsPane);
    connect(m_participantsPane, &ParticipantsPane::failed, this, &MainWindow::showError);

    connect(m_meetings.get(), &storage::Repository::changed, this, &MainWindow::reloadMeetings);
    const auto refreshIfCurrent = [this](const QString& id) {
        if (id == currentMeetingId()) {
            refreshPanes();
        }
    };
    connect(m_subgroups.get(), &storage::Repository::changed, this, refreshIfCurrent);
    connect(m_plenary.get(), &storage::Repository::changed, this, refreshIfCurrent);
    connect(m_notes.get(), &storage::Repository::changed, this, refreshIfCurrent);
    connect(m_participants.get(), &storage::Repository::changed, this, refreshIfCurrent);
    connect(m_agenda.get(), &storage::Repository::changed, this, [this](const QString& id) {
        if (id == currentMeetingId()) {
            reloadAgenda();
        }
    });

    if (!m_workspace->warning().isEmpty()) {
        showError(m_workspace->warning());
    }
    setWindowTitle(tr("Copil – %1").arg(QFileInfo(m_workspace->path()).fileName()) +
                   (m_workspace->isReadOnly() ? tr(" (lecture seule)") : QString()) +
                   (dynamic_cast<const domain::SystemClock*>(m_clock.get())
                        ? QString()
                        : tr(" (heure simulée)")));
    statusBar()->showMessage(
        tr("Espace de travail : %1").arg(QDir::toNativeSeparators(m_workspace->path())));
    if (m_workspace->isReadOnly()) {
        m_banner->showReadOnly(m_workspace->readOnlyReason().isEmpty()
                                   ? tr("%1 est ouvert en lecture seule : rien ne sera enregistré.")
                                         .arg(QDir::toNativeSeparators(m_workspace->path()))
                                   : m_workspace->readOnlyReason());
        m_savedLabel->setText(tr("Lecture seule : rien ne sera enregistré"));
        statusBar()->showMessage(tr("%1 est ouvert en lecture seule.")
                                     .arg(QDir::toNativeSeparators(m_workspace->path())));
    }
    reloadMeetings();
}

void MainWindow::reloadMeetings()
{
    const QString current = currentMeetingId();
    auto meetings = m_meetings->meetings();
    if (!meetings) {
        showError(meetings.error());
        return;
    }
    {
        const QSignalBlocker blocker(m_ui->meetingCombo);
        m_ui->meetingCombo->clear();
        for (const auto& m : meetings.value()) {
            m_ui->meetingCombo->addItem(
                tr("%1 – %2").arg(QLocale().toString(m.date, QLocale::ShortFormat), m.title), m.id);
        }
        const int index = m_ui->meetingCombo->findData(current);
        m_ui->meetingCombo->setCurrentIndex(index >= 0 ? index : 0);
    }
    showMeeting();
}

QString MainWindow::currentMeetingId() const
{
    return m_ui->meetingCombo->currentData().toString();
}

void MainWindow::selectMeeting(const QString& meetingId)
{
    m_ui->meetingCombo->setCurrentIndex(m_ui->meetingCombo->findData(meetingId));
}

TimelineView* MainWindow::timeline() const
{
    return m_ui->timelineView;
}

ClockPanel* MainWindow::clockPanel() const
{
    return m_ui->clockPanel;
}

bool MainWindow::showPane(const QString& name)
{
    // "subgroup-N" opens the subgroups pane on the subgroup numbered N.
    if (name.startsWith(u"subgroup-")) {
        ensureSubgroupViews();
        const int number = name.mid(9).toInt();
        for (int i = 0; i < m_ui->subgroupTabs->count(); ++i) {
            if (m_ui->subgroupTabs->tabBar()->tabData(i).toInt() == number) {
                m_ui->subgroupsDock->show();
                m_ui->subgroupsDock->raise();
                m_ui->subgroupTabs->setCurrentIndex(i);
                return true;
            }
        }
        return false;
    }
    // "restitution-N": the restitution window on the subgroup numbered N.
    if (name.startsWith(u"restitution-")) {
        ensureRestitution();
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

void MainWindow::showMeeting()
{
    m_agendaModel->setMeeting(currentMeetingId());
    m_ui->agendaView->expandAll();
    m_participantsPane->setMeeting(currentMeetingId());
    m_selectedItem.clear();
    m_phases.clear();
    refreshPanes();
    reloadAgenda();
}

const AgendaItem* MainWindow::item(const QString& id) const
{
    if (id.isEmpty()) {
        return nullptr;
    }
    for (const auto& x : m_agendaItems) {
        if (x.id == id) {
            return &x;
        }
    }
    return nullptr;
}

void MainWindow::reloadAgenda()
{
    const QString id = currentMeetingId();
    m_agendaItems.clear();
    m_meeting = {};
    if (!id.isEmpty()) {
        auto meeting = m_meetings->meeting(id);
        auto items = m_agenda->items(id);
        if (!meeting || !items) {
            showError(!meeting ? meeting.error() : items.error());
        } else {
            m_meeting = meeting.value();
            m_agendaItems = items.value();
        }
    }
    if (!item(m_selectedItem)) {
        m_selectedItem.clear();
    }
    m_ui->timelineView->setAgenda(m_agendaItems, m_meeting.date, m_meeting.dayStart,
                                  m_meeting.dayEnd);
    m_ui->timelineView->setSelectedId(m_selectedItem);
    m_ui->agendaView->expandAll();
    tick();
}

void MainWindow::tick()
{
    const QDateTime now = m_clock->now();
    TimelineView* timeline = m_ui->timelineView;
    timeline->setNow(now);
    m_ui->clockPanel->showDay(m_agendaItems, timeline->lanes(), timeline->forecast(), now);
    m_details->showItem(item(m_selectedItem), timeline->forecast(), now);
    // Alerts: the last 20 % begins, the time is up. Said once, never in the way.
    for (const auto& x : m_agendaItems) {
        const auto phase = Timekeeping::status(x, now).phase;
        const auto before = m_phases.value(x.id, domain::TimePhase::Idle);
        m_phases.insert(x.id, phase);
        if (phase == before || before == domain::TimePhase::Idle) {
            continue;
        }
        if (phase == domain::TimePhase::Overrun) {
            statusBar()->showMessage(tr("⏰ « %1 » : le temps prévu est écoulé.").arg(x.title),
                                     30000);
            QApplication::beep();
            emit timeUp(x.id);
        } else if (phase == domain::TimePhase::Closing) {
            statusBar()->showMessage(tr("« %1 » : plus que %2 min.")
                                         .arg(x.title)
                                         .arg((Timekeeping::status(x, now).remaining + 59) / 60),
                                     20000);
        }
    }
    updateActions();
}

void MainWindow::updateActions()
{
    // Read-only: nothing that would change the workspace is offered.
    const AgendaItem* selected =
        m_workspace && m_workspace->isReadOnly() ? nullptr : item(m_selectedItem);
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
    const bool hasMeeting =
        !currentMeetingId().isEmpty() && m_workspace && !m_workspace->isReadOnly();
    m_ui->addItemAction->setEnabled(hasMeeting);
    for (QAction* a : {m_ui->addSubItemAction, m_ui->editItemAction, m_ui->removeItemAction,
                       m_ui->moveUpAction, m_ui->moveDownAction}) {
        a->setEnabled(selected != nullptr);
    }
}

void MainWindow::selectItem(const QString& itemId)
{
    m_selectedItem = item(itemId) ? itemId : QString();
    m_ui->timelineView->setSelectedId(m_selectedItem);
    // The list follows the timeline.
    const QModelIndexList found =
        m_agendaModel->match(m_agendaModel->index(0, 0), AgendaModel::IdRole, m_selectedItem, 1,
                             Qt::MatchExactly | Qt::MatchRecursive);
    if (!found.isEmpty() && m_ui->agendaView->currentIndex().siblingAtColumn(0) != found.first()) {
        const QSignalBlocker blocker(m_ui->agendaView->selectionModel());
        m_ui->agendaView->setCurrentIndex(found.first());
    }
    m_details->showItem(item(m_selectedItem), m_ui->timelineView->forecast(), m_clock->now());
    updateActions();
}

void MainWindow::openPaneFor(const QString& itemId)
{
    const AgendaItem* x = item(itemId);
    if (!x) {
        return;
    }
    auto loaded = m_subgroups->subgroups(currentMeetingId());
    if (loaded) {
        for (const auto& s : loaded.value()) {
            if (s.agendaItemId == x->id) {
                showPane(QStringLiteral("subgroup-%1").arg(s.number));
                return;
            }
        }
    }
    for (const AgendaItem* a = x; a; a = item(a->parentId)) {
        if (a->kind == domain::AgendaItemKind::Plenary) {
            showPane(QStringLiteral("plenary"));
            return;
        }
    }
    showPane(QStringLiteral("details"));
}

void MainWindow::applyTimekeeping(const QString& text,
                                  const domain::Result<QList<AgendaItem>>& changes)
{
    if (m_selectedItem.isEmpty()) {
        statusBar()->showMessage(tr("Sélectionnez d’abord un point dans le déroulé."), 8000);
        return;
    }
    if (!changes) {
        statusBar()->showMessage(changes.error(), 8000);
        return;
    }
    if (m_editor->updateAgenda(currentMeetingId(), text, changes.value())) {
        statusBar()->showMessage(text, 5000);
    }
}

void MainWindow::startSelected()
{
    const AgendaItem* x = item(m_selectedItem);
    applyTimekeeping(tr("Début de « %1 »").arg(x ? x->title : QString()),
                     Timekeeping::start(m_agendaItems, m_selectedItem, m_clock->now()));
}

void MainWindow::togglePauseSelected()
{
    const AgendaItem* x = item(m_selectedItem);
    if (x && Timekeeping::state(*x) == domain::RunState::Paused) {
        applyTimekeeping(tr("Reprise de « %1 »").arg(x->title),
                         Timekeeping::resume(m_agendaItems, m_selectedItem, m_clock->now()));
    } else {
        applyTimekeeping(tr("Pause de « %1 »").arg(x ? x->title : QString()),
                         Timekeeping::pause(m_agendaItems, m_selectedItem, m_clock->now()));
    }
}

void MainWindow::finishSelected()
{
    const AgendaItem* x = item(m_selectedItem);
    applyTimekeeping(tr("Fin de « %1 »").arg(x ? x->title : QString()),
                     Timekeeping::finish(m_agendaItems, m_selectedItem, m_clock->now()));
}

void MainWindow::extendSelected(int minutes)
{
    const AgendaItem* x = item(m_selectedItem);
    applyTimekeeping(tr("« %1 » prolongé de %2 min").arg(x ? x->title : QString()).arg(minutes),
                     Timekeeping::extend(m_agendaItems, m_selectedItem, minutes));
}

bool MainWindow::saveAgendaChanges(const QString& text, const QList<AgendaItem>& changed)
{
    if (changed.isEmpty()) {
        return false;
    }
    // The same rules as the form: placement errors refuse the change, overlaps do not.
    QList<AgendaItem> agenda = m_agendaItems;
    QStringList concerned;
    for (const auto& c : changed) {
        for (qsizetype i = 0; i < agenda.size(); ++i) {
            if (agenda[i].id == c.id) {
                agenda[i] = c;
                concerned << QStringLiteral("agenda[%1]").arg(i);
            }
        }
    }
    QStringList problems;
    for (const auto& issue : domain::Validation::checkAgendaPlacement(agenda, m_meeting, false)) {
        if (concerned.contains(issue.path.section(u'.', 0, 0))) {
            problems << issue.message;
        }
    }
    if (!problems.isEmpty()) {
        reloadAgenda(); // the block goes back where it was
        showError(tr("Modification refusée :\n%1").arg(problems.join(u'\n')));
        return false;
    }
    return m_editor->updateAgenda(currentMeetingId(), text, changed);
}

void MainWindow::moveItem(const QString& id, QTime start)
{
    const AgendaItem* x = item(id);
    if (!x) {
        return;
    }
    const auto changed = domain::Schedule::moved(m_agendaItems, id, start);
    if (changed.isEmpty()) {
        reloadAgenda();
        return;
    }
    saveAgendaChanges(
        tr("Déplacement de « %1 » à %2").arg(x->title, start.toString(QStringLiteral("HH:mm"))),
        changed);
}

void MainWindow::resizeItem(const QString& id, QTime end)
{
    const AgendaItem* x = item(id);
    if (!x) {
        return;
    }
    AgendaItem changed = *x;
    changed.plannedEnd = end;
    saveAgendaChanges(tr("Fin de « %1 » à %2").arg(x->title, end.toString(QStringLiteral("HH:mm"))),
                      {changed});
}

void MainWindow::moveSelected(int direction)
{
    const AgendaItem* x = item(m_selectedItem);
    if (!x) {
        return;
    }
    const auto changed = domain::Schedule::swapped(m_agendaItems, m_selectedItem, direction);
    if (changed.isEmpty()) {
        statusBar()->showMessage(direction < 0 ? tr("Déjà le premier point de sa piste.")
                                               : tr("Déjà le dernier point de sa piste."),
                                 5000);
        return;
    }
    saveAgendaChanges(direction < 0 ? tr("« %1 » avancé").arg(x->title)
                                    : tr("« %1 » reculé").arg(x->title),
                      changed);
}

void MainWindow::addItem(bool asSubItem)
{
    if (currentMeetingId().isEmpty()) {
        return;
    }
    const AgendaItem* selected = item(m_selectedItem);
    if (asSubItem && !selected) {
        return;
    }
    AgendaItem x;
    x.id = domain::newId();
    x.title = asSubItem ? tr("Nouveau sous-point") : tr("Nouveau point");
    x.kind = domain::AgendaItemKind::Discussion;
    if (asSubItem) {
        x.parentId = selected->id;
        x.track = selected->track;
        x.room = selected->room;
        x.plannedStart = selected->plannedStart;
        x.plannedEnd = std::min(selected->plannedEnd, selected->plannedStart.addSecs(15 * 60));
    } else {
        x.parentId = selected ? selected->parentId : QString();
        x.track = selected ? selected->track : domain::Schedule::mainTrack(m_agendaItems);
        x.plannedStart = selected                       ? selected->plannedEnd
                         : m_meeting.dayStart.isValid() ? m_meeting.dayStart
                                                        : QTime(9, 0);
        x.plannedEnd = x.plannedStart.addSecs(30 * 60);
    }
    int position = 0;
    for (const auto& other : m_agendaItems) {
        if (other.parentId == x.parentId) {
            position = std::max(position, other.position + 1);
        }
    }
    x.position = position;
    AgendaItemDialog dialog(x, m_agendaItems, m_meeting, this);
    dialog.setWindowTitle(asSubItem ? tr("Ajouter un sous-point") : tr("Ajouter un point"));
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const AgendaItem added = dialog.item();
    if (m_editor->addAgendaItem(currentMeetingId(), added)) {
        selectItem(added.id);
    }
}

void MainWindow::editSelectedItem()
{
    const AgendaItem* x = item(m_selectedItem);
    if (!x) {
        return;
    }
    AgendaItemDialog dialog(*x, m_agendaItems, m_meeting, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const AgendaItem changed = dialog.item();
    if (!(changed == *x)) {
        m_editor->updateAgenda(currentMeetingId(), tr("Modification de « %1 »").arg(changed.title),
                               {changed});
    }
}

void MainWindow::removeSelectedItem()
{
    const AgendaItem* x = item(m_selectedItem);
    if (!x) {
        return;
    }
    const QString title = x->title;
    if (m_editor->removeAgendaItem(currentMeetingId(), m_selectedItem)) {
        statusBar()->showMessage(tr("« %1 » supprimé. Ctrl+Z pour l’annuler.").arg(title), 10000);
    }
}

void MainWindow::saveDescription(const QString& itemId, const QString& text)
{
    const AgendaItem* x = item(itemId);
    if (!x || x->description == text) {
        return;
    }
    AgendaItem changed = *x;
    changed.description = text;
    // Known before the attempt: a failure reports it in the emergency file.
    m_unsavedDescription = UnsavedText{itemId, text};
    if (m_editor->typeInAgenda(currentMeetingId(), changed)) {
        m_unsavedDescription.reset();
        m_details->clearPending(itemId, text);
        if (!m_editor->hasUnsaved()) {
            m_banner->resolved();
        }
    } else {
        // The field keeps the text, and is not refreshed from the stored one.
        m_details->keepPending(itemId);
    }
}

void MainWindow::saveFailed(const QString& message)
{
    m_savedLabel->setText(tr("⚠ Non enregistré"));
    if (!storage::Workspace::isTransient(m_workspace->lastFault())) {
        showError(message);
        return;
    }
    statusBar()->showMessage(message.section(u'\n', 0, 0), 10000);
    m_banner->reportFailure(m_workspace->lastFault(), message, m_workspace->path(), drafts());
    QApplication::beep();
}

void MainWindow::retrySaving()
{
    if (!m_editor) {
        return;
    }
    // The kept edit first: it was made before the text now typed, and a later edit that
    // succeeds would drop it.
    // A saved retry refreshes the panes through the repositories' changed signals.
    if (m_editor->hasUnsaved() && !m_editor->retry()) {
        return;
    }
    if (m_unsavedDescription) {
        const UnsavedText pending = *m_unsavedDescription;
        saveDescription(pending.itemId, pending.text);
        if (m_unsavedDescription) {
            return;
        }
    }
    m_banner->resolved();
}

QList<Draft> MainWindow::drafts() const
{
    QList<Draft> out;
    if (m_unsavedDescription) {
        const AgendaItem* x = item(m_unsavedDescription->itemId);
        out << Draft{tr("Description de « %1 »").arg(x ? x->title : m_unsavedDescription->itemId),
                     m_unsavedDescription->text};
    }
    if (m_editor && m_editor->hasUnsaved()) {
        out << Draft{tr("Modification non enregistrée"), m_editor->unsavedText()};
    }
    // Whatever field the person is typing in.
    QWidget* focus = QApplication::focusWidget();
    QString typed;
    if (auto* line = qobject_cast<QLineEdit*>(focus)) {
        typed = line->text();
    } else if (auto* plain = qobject_cast<QPlainTextEdit*>(focus)) {
        typed = plain->toPlainText();
    } else if (auto* rich = qobject_cast<QTextEdit*>(focus)) {
        typed = rich->toPlainText();
    }
    if (!typed.trimmed().isEmpty() &&
        (!m_unsavedDescription || typed != m_unsavedDescription->text)) {
        out << Draft{tr("Champ en cours de saisie"), typed};
    }
    return out;
}

void MainWindow::addDecision()
{
    if (currentMeetingId().isEmpty()) {
        return;
    }
    bool ok = false;
    const QString text =
        QInputDialog::getMultiLineText(this, tr("Nouvelle décision"), tr("Décision :"), {}, &ok)
            .trimmed();
    if (!ok || text.isEmpty()) {
        return;
    }
    auto decisions = m_plenary->decisions(currentMeetingId());
    domain::Decision d;
    d.id = domain::newId();
    d.text = text;
    d.position = decisions ? int(decisions.value().size()) : 0;
    d.decidedAt = m_clock->now();
    d.agendaItemId = m_selectedItem;
    m_editor->saveDecision(currentMeetingId(), tr("Décision ajoutée"), d);
}

void MainWindow::addAction()
{
    if (currentMeetingId().isEmpty()) {
        return;
    }
    bool ok = false;
    const QString what = QInputDialog::getText(this, tr("Nouvelle action"), tr("Action (quoi) :"),
                                               QLineEdit::Normal, {}, &ok)
                             .trimmed();
    if (!ok || what.isEmpty()) {
        return;
    }
    const QString who = QInputDialog::getText(this, tr("Nouvelle action"),
                                              tr("Responsable (un participant ou une "
                                                 "organisation, facultatif) :"),
                                              QLineEdit::Normal, {}, &ok)
                            .trimmed();
    auto actions = m_plenary->actions(currentMeetingId());
    auto people = m_participants->participants(currentMeetingId());
    domain::ActionItem a;
    a.id = domain::newId();
    a.what = what;
    a.position = actions ? int(actions.value().size()) : 0;
    if (ok && !who.isEmpty()) {
        PlenaryPane::parseOwner(who, people ? people.value() : QList<domain::Participant>{}, a);
    }
    m_editor->saveAction(currentMeetingId(), tr("Action ajoutée"), a);
}

QString MainWindow::savedIndicatorText() const
{
    return m_savedLabel->text();
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
    restoreViewState();
}

QString MainWindow::settingsGroup() const
{
    // One group per workspace file.
    return QStringLiteral("workspaces/") +
           QString::fromLatin1(
               QCryptographicHash::hash(m_workspace->path().toUtf8(), QCryptographicHash::Sha1)
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
    m_settings->setValue(QStringLiteral("path"), m_workspace->path());
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
    if (m_ui->meetingCombo->findData(meeting) >= 0) {
        selectMeeting(meeting);
    }
    selectItem(itemId);
}

void MainWindow::refreshPanes()
{
    const QString id = currentMeetingId();
    if (id.isEmpty()) {
        m_ui->headerLabel->setText(tr("Cet espace de travail ne contient aucune réunion. "
                                      "Importez-en une par Fichier › Importer une réunion."));
        showSubgroups({});
        showPlenary({});
        return;
    }
    auto loaded = m_meetings->load(id);
    if (!loaded) {
        showError(loaded.error());
        return;
    }
    const domain::MeetingData& data = loaded.value();
    const auto& x = data.meeting;
    QString header = u"<b style='font-size:large'>" + x.title.toHtmlEscaped() + u"</b>";
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
    m_ui->headerLabel->setText(header + u"<br>" + details.join(u" · "));
    showSubgroups(data);
    showPlenary(data);
}

QList<SubgroupView*> MainWindow::subgroupViews() const
{
    const_cast<MainWindow*>(this)->ensureSubgroupViews();
    QList<SubgroupView*> views;
    for (int i = 0; i < m_ui->subgroupTabs->count(); ++i) {
        views << qobject_cast<SubgroupView*>(m_ui->subgroupTabs->widget(i));
    }
    return views;
}

void MainWindow::ensureSubgroupViews()
{
    if (m_deferredSubgroups) {
        const domain::MeetingData data = std::move(*m_deferredSubgroups);
        m_deferredSubgroups.reset();
        buildSubgroupViews(data);
    }
}

void MainWindow::buildSubgroupViews(const domain::MeetingData& data)
{
    // Views are kept and refreshed in place: the rapporteur's selection, scroll and
    // half-typed note survive each save.
    QHash<QString, SubgroupView*> existing;
    for (int i = 0; i < m_ui->subgroupTabs->count(); ++i) {
        auto* view = qobject_cast<SubgroupView*>(m_ui->subgroupTabs->widget(i));
        existing.insert(view->subgroupId() + u'@' + view->meetingId(), view);
    }
    for (const auto& s : data.subgroups) {
        SubgroupView* view = existing.take(s.id + u'@' + data.meeting.id);
        if (!view) {
            view = new SubgroupView(m_editor.get(), m_clock.get());
            connect(view, &SubgroupView::failed, this, &MainWindow::showError);
        }
        view->setContent(data, s.id);
        const int index = m_ui->subgroupTabs->indexOf(view);
        const QString title = tr("Sous-groupe %1 – %2").arg(s.number).arg(s.title);
        const int tab = index >= 0 ? index : m_ui->subgroupTabs->addTab(view, title);
        m_ui->subgroupTabs->setTabText(tab, title);
        m_ui->subgroupTabs->tabBar()->setTabData(tab, s.number);
    }
    for (SubgroupView* gone : existing) {
        m_ui->subgroupTabs->removeTab(m_ui->subgroupTabs->indexOf(gone));
        delete gone;
    }
}

void MainWindow::showSubgroups(const domain::MeetingData& data)
{
    // Only the first build waits for the pane to appear: views that exist are always kept
    // current (a prioritisation window is seen with its pane away, and a view computes
    // new positions from what it shows).
    if (m_subgroupsSeen || m_ui->subgroupTabs->count() > 0) {
        m_deferredSubgroups.reset();
        buildSubgroupViews(data);
    } else {
        m_deferredSubgroups = data;
    }
    // Progress of the guiding questions, on the subgroup's block of the timeline.
    QHash<QString, QString> badges;
    for (const auto& s : data.subgroups) {
        int total = 0;
        int done = 0;
        int discussed = 0;
        for (const auto& q : data.questions) {
            if (q.subgroupId == s.id) {
                ++total;
                done += q.progress == domain::QuestionProgress::Done ? 1 : 0;
                discussed += q.progress == domain::QuestionProgress::Discussed ? 1 : 0;
            }
        }
        if (total > 0 && !s.agendaItemId.isEmpty()) {
            badges.insert(s.agendaItemId, tr("questions : %1 traitées, %2 abordées sur %3")
                                              .arg(done)
                                              .arg(discussed)
                                              .arg(total));
        }
    }
    m_ui->timelineView->setBadges(badges);
}

void MainWindow::showPlenary(const domain::MeetingData& data)
{
    // The plenary pane is made when it first appears, then kept current.
    m_deferredPlenary = data;
    if (m_plenarySeen || m_plenaryPane) {
        ensurePlenary();
    }
    if (m_restitution->isVisible()) {
        m_deferredRestitution.reset();
        m_restitution->setContent(data);
    } else {
        m_deferredRestitution = data;
    }
}

void MainWindow::ensurePlenary()
{
    if (!m_editor) {
        return;
    }
    if (!m_plenaryPane) {
        m_plenaryPane = new PlenaryPane(m_editor.get(), m_ui->plenaryContents);
        m_ui->plenaryContentsLayout->addWidget(m_plenaryPane);
        connect(m_plenaryPane, &PlenaryPane::failed, this, &MainWindow::showError);
    }
    if (m_deferredPlenary) {
        const domain::MeetingData data = std::move(*m_deferredPlenary);
        m_deferredPlenary.reset();
        m_plenaryPane->setContent(data);
    }
}

void MainWindow::ensureRestitution()
{
    if (m_deferredRestitution) {
        const domain::MeetingData data = std::move(*m_deferredRestitution);
        m_deferredRestitution.reset();
        m_restitution->setContent(data);
    }
}

PlenaryPane* MainWindow::plenaryPane() const
{
    const_cast<MainWindow*>(this)->ensurePlenary();
    return m_plenaryPane;
}

RestitutionView* MainWindow::restitution() const
{
    const_cast<MainWindow*>(this)->ensureRestitution();
    return m_restitution;
}

void MainWindow::showRestitution()
{
    ensureRestitution();
    m_restitution->show();
    m_restitution->raise();
    m_restitution->activateWindow();
}

QString MainWindow::plenaryText() const
{
    const_cast<MainWindow*>(this)->ensurePlenary();
    return m_plenaryPane->text();
}

void MainWindow::showError(const QString& message)
{
    statusBar()->showMessage(message.section(u'\n', 0, 0), 10000);
    // Window-modal and asynchronous: the event loop (and any running export) goes on.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Copil"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::exportDocument(exchange::MinutesOptions::Variant variant)
{
    const QString id = currentMeetingId();
    if (id.isEmpty()) {
        showError(tr("Aucune réunion à exporter."));
        return;
    }
    auto meeting = m_meetings->meeting(id);
    if (!meeting) {
        showError(meeting.error());
        return;
    }
    ExportDialog dialog(meeting.value(), variant, this);
    if (variant == exchange::MinutesOptions::Variant::Agenda) {
        dialog.setWindowTitle(tr("Exporter l’ordre du jour"));
    } else {
        dialog.setWindowTitle(tr("Exporter le compte rendu"));
    }
    if (dialog.exec() == QDialog::Accepted) {
        startExport(dialog.request(), dialog.destination());
    }
}

bool MainWindow::isExporting() const
{
    return m_export && m_export->isRunning();
}

void MainWindow::startExport(exchange::ExportRequest request, const QString& path)
{
    const auto finish = [this, path](const QString& error) {
        if (error.isEmpty()) {
            statusBar()->showMessage(tr("Enregistré : %1").arg(QDir::toNativeSeparators(path)),
                                     10000);
        } else {
            showError(error);
        }
        emit exportFinished(path, error);
    };
    if (isExporting()) {
        finish(tr("Un export est déjà en cours ; attendez qu’il se termine."));
        return;
    }
    auto loaded = m_meetings->load(currentMeetingId());
    if (!loaded) {
        finish(loaded.error());
        return;
    }
    domain::MeetingData data = std::move(loaded).value();
    if (request.options.validated &&
        request.options.variant != exchange::MinutesOptions::Variant::Agenda &&
        request.format != exchange::ExportFormat::Json &&
        (!data.meeting.minutesValidated() ||
         data.meeting.minutesValidatedBy != request.options.validatedBy)) {
        data.meeting.minutesValidatedBy = request.options.validatedBy;
        data.meeting.minutesValidatedAt = QDateTime::currentDateTime();
        if (domain::Status saved = m_meetings->update(data.meeting); !saved) {
            finish(saved.error());
            return;
        }
    }
    request.options.validatedBy = data.meeting.minutesValidatedBy;
    request.options.validatedAt = data.meeting.minutesValidatedAt;

    auto* progress = new QProgressDialog(tr("Export en cours…"), QString(), 0, 0, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_export) {
        m_export = new QFutureWatcher<QString>(this);
    }
    m_export->disconnect(this);
    connect(m_export, &QFutureWatcher<QString>::finished, this, [this, progress, finish] {
        progress->close();
        finish(m_export->result());
    });
    // Rendering and writing run on a worker thread with their own copy of the meeting.
    m_export->setFuture(QtConcurrent::run([data, request, path]() -> QString {
        auto bytes = exchange::renderMeeting(data, request);
        if (!bytes) {
            return bytes.error();
        }
        const domain::Status written = exchange::Archive::writeFileAtomically(path, bytes.value());
        return written ? QString() : written.error();
    }));
}

void MainWindow::openWorkspace()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Ouvrir un espace de travail"), QFileInfo(m_workspace->path()).absolutePath(),
        tr("Espaces de travail Copil (*.sqlite *.copil);;Tous les fichiers (*)"));
    if (path.isEmpty()) {
        return;
    }
    auto opened = storage::Workspace::open(path, {.createIfMissing = false, .dailyBackup = true});
    if (!opened) {
        showError(opened.error());
        return;
    }
    setWorkspace(std::move(opened).value());
}

bool MainWindow::restoreBackup(const QString& backupPath)
{
    const QString path = m_workspace->path();
    closeWorkspace(); // the file is replaced while nothing holds it open
    const domain::Status restored = storage::Backups::restore(path, backupPath);
    auto reopened = storage::Workspace::open(path, {.createIfMissing = false});
    if (!reopened) {
        // Should not happen (the copy was checked): say so, and open the copy read-only.
        auto copy =
            storage::Workspace::open(backupPath, {.createIfMissing = false, .readOnly = true});
        if (!copy) {
            showError(reopened.error());
            return false;
        }
        setWorkspace(std::move(copy).value());
        showError(reopened.error());
        return false;
    }
    setWorkspace(std::move(reopened).value());
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
    if (storage::Backups::list(m_workspace->path()).isEmpty()) {
        showError(
            tr("Aucune sauvegarde de %1 pour l’instant (dossier %2).")
                .arg(QDir::toNativeSeparators(m_workspace->path()),
                     QDir::toNativeSeparators(storage::Backups::folderOf(m_workspace->path()))));
        return;
    }
    if (const QString chosen = Recovery::chooseBackup(m_workspace->path(), this);
        !chosen.isEmpty()) {
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
    auto imported = exchange::Archive::importFile(*m_workspace, path);
    if (!imported) {
        showError(imported.error());
        return;
    }
    reloadMeetings();
    selectMeeting(imported.value());
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("À propos de Copil"),
                       tr("<b>Copil</b> %1<br>Préparer et animer une journée de travail, "
                          "produire le compte rendu le soir même.")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace copil::gui
