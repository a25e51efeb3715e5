#include "MainWindow.h"

#include "AgendaModel.h"
#include "ExportDialog.h"
#include "SubgroupView.h"
#include "domain/Labels.h"
#include "exchange/Archive.h"
#include "storage/AgendaRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/PlenaryRepository.h"
#include "storage/SubgroupRepository.h"
#include "ui_MainWindow.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTabBar>
#include <QtConcurrent/QtConcurrentRun>

namespace copil::gui {

MainWindow::MainWindow(std::unique_ptr<storage::Workspace> workspace, QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    connect(m_ui->openAction, &QAction::triggered, this, &MainWindow::openWorkspace);
    connect(m_ui->importAction, &QAction::triggered, this, &MainWindow::importMeeting);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::about);
    connect(m_ui->exportMinutesAction, &QAction::triggered, this,
            [this] { exportDocument(exchange::MinutesOptions::Variant::Minutes); });
    connect(m_ui->exportAgendaAction, &QAction::triggered, this,
            [this] { exportDocument(exchange::MinutesOptions::Variant::Agenda); });
    connect(m_ui->meetingCombo, &QComboBox::currentIndexChanged, this, &MainWindow::showMeeting);
    setWorkspace(std::move(workspace));
}

MainWindow::~MainWindow()
{
    // A running export holds copies of its data only: let it finish before going away.
    if (m_export) {
        m_export->waitForFinished();
    }
    // Views hold references to the repositories: drop them first.
    m_ui->agendaView->setModel(nullptr);
    delete m_agendaModel;
}

void MainWindow::setWorkspace(std::unique_ptr<storage::Workspace> workspace)
{
    m_ui->agendaView->setModel(nullptr);
    delete m_agendaModel;
    m_agendaModel = nullptr;
    m_plenary.reset();
    m_subgroups.reset();
    m_agenda.reset();
    m_meetings.reset();

    m_workspace = std::move(workspace);
    m_meetings = std::make_unique<storage::MeetingRepository>(*m_workspace);
    m_agenda = std::make_unique<storage::AgendaRepository>(*m_workspace);
    m_subgroups = std::make_unique<storage::SubgroupRepository>(*m_workspace);
    m_plenary = std::make_unique<storage::PlenaryRepository>(*m_workspace);

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
    connect(m_meetings.get(), &storage::Repository::changed, this, &MainWindow::reloadMeetings);
    const auto refreshIfCurrent = [this](const QString& id) {
        if (id == currentMeetingId()) {
            refreshPanes();
        }
    };
    connect(m_subgroups.get(), &storage::Repository::changed, this, refreshIfCurrent);
    connect(m_plenary.get(), &storage::Repository::changed, this, refreshIfCurrent);

    setWindowTitle(tr("Copil – %1").arg(QFileInfo(m_workspace->path()).fileName()));
    statusBar()->showMessage(
        tr("Espace de travail : %1").arg(QDir::toNativeSeparators(m_workspace->path())));
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

bool MainWindow::showPane(const QString& name)
{
    QWidget* const panes[] = {m_ui->agendaTab, m_ui->subgroupsTab, m_ui->plenaryTab};
    const QStringList names{QStringLiteral("agenda"), QStringLiteral("subgroups"),
                            QStringLiteral("plenary")};
    // "subgroup-N" opens the subgroups pane on the subgroup numbered N.
    if (name.startsWith(u"subgroup-")) {
        const int number = name.mid(9).toInt();
        for (int i = 0; i < m_ui->subgroupTabs->count(); ++i) {
            if (m_ui->subgroupTabs->tabBar()->tabData(i).toInt() == number) {
                m_ui->tabs->setCurrentWidget(m_ui->subgroupsTab);
                m_ui->subgroupTabs->setCurrentIndex(i);
                return true;
            }
        }
        return false;
    }
    const auto index = names.indexOf(name);
    if (index < 0) {
        return false;
    }
    m_ui->tabs->setCurrentWidget(panes[index]);
    return true;
}

void MainWindow::showMeeting()
{
    m_agendaModel->setMeeting(currentMeetingId());
    m_ui->agendaView->expandAll();
    refreshPanes();
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
    QStringList lines;
    lines << u"<b style='font-size:large'>" + x.title.toHtmlEscaped() + u"</b>";
    if (!x.series.isEmpty()) {
        lines << x.series.toHtmlEscaped();
    }
    lines << tr("%1, de %2 à %3")
                     .arg(QLocale().toString(x.date, QLocale::LongFormat),
                          QLocale().toString(x.dayStart, QLocale::ShortFormat),
                          QLocale().toString(x.dayEnd, QLocale::ShortFormat))
                     .toHtmlEscaped() +
                 (x.location.isEmpty() ? QString() : u" – " + x.location.toHtmlEscaped());
    if (!x.contact.name.isEmpty()) {
        lines << tr("Contact : %1").arg(x.contact.name).toHtmlEscaped();
    }
    m_ui->headerLabel->setText(lines.join(u"<br>"));
    showSubgroups(data);
    showPlenary(data);
}

QList<SubgroupView*> MainWindow::subgroupViews() const
{
    QList<SubgroupView*> views;
    for (int i = 0; i < m_ui->subgroupTabs->count(); ++i) {
        views << qobject_cast<SubgroupView*>(m_ui->subgroupTabs->widget(i));
    }
    return views;
}

void MainWindow::showSubgroups(const domain::MeetingData& data)
{
    while (m_ui->subgroupTabs->count() > 0) {
        QWidget* page = m_ui->subgroupTabs->widget(0);
        m_ui->subgroupTabs->removeTab(0);
        delete page;
    }
    for (const auto& s : data.subgroups) {
        auto* view = new SubgroupView;
        view->setContent(s, data.questions, data.priorityItems, data.criteria);
        const int tab =
            m_ui->subgroupTabs->addTab(view, tr("Sous-groupe %1 – %2").arg(s.number).arg(s.title));
        m_ui->subgroupTabs->tabBar()->setTabData(tab, s.number);
    }
}

void MainWindow::showPlenary(const domain::MeetingData& data)
{
    m_ui->plenaryView->clear();
    if (data.meeting.id.isEmpty()) {
        return;
    }
    QString html;
    QStringList plenaryIds;
    for (const auto& item : data.agenda) {
        if (item.kind == domain::AgendaItemKind::Plenary && item.parentId.isEmpty()) {
            plenaryIds << item.id;
            html += u"<h2>" + item.title.toHtmlEscaped() + u" (" +
                    item.plannedStart.toString(u"HH:mm") + u" – " +
                    item.plannedEnd.toString(u"HH:mm") + u")</h2>";
        }
    }
    html += u"<ol>";
    for (const auto& item : data.agenda) {
        if (plenaryIds.contains(item.parentId)) {
            html += u"<li><b>" + item.title.toHtmlEscaped() + u"</b>";
            if (!item.presenters.isEmpty()) {
                html += u" — " + tr("par %1").arg(item.presenters.join(u", ")).toHtmlEscaped();
            }
            if (!item.description.isEmpty()) {
                html += u"<br><i>" + item.description.toHtmlEscaped() + u"</i>";
            }
            html += u"</li>";
        }
    }
    html += u"</ol>";
    const auto section = [&html](const QString& title, const QStringList& entries,
                                 const QString& empty) {
        html += u"<h3>" + title.toHtmlEscaped() + u"</h3>";
        if (entries.isEmpty()) {
            html += u"<p><i>" + empty.toHtmlEscaped() + u"</i></p>";
            return;
        }
        html += u"<ul>";
        for (const QString& e : entries) {
            html += u"<li>" + e.toHtmlEscaped() + u"</li>";
        }
        html += u"</ul>";
    };
    QStringList findings;
    QStringList recommendations;
    for (const auto& s : data.statements) {
        (s.kind == domain::StatementKind::Finding ? findings : recommendations)
            << tr("%1 [%2]").arg(s.text, domain::Labels::of(s.status));
    }
    QStringList decisionTexts;
    for (const auto& d : data.decisions) {
        decisionTexts << d.text;
    }
    QStringList actionTexts;
    for (const auto& a : data.actions) {
        actionTexts << tr("%1 [%2]").arg(a.what, domain::Labels::of(a.status));
    }
    section(tr("Constats"), findings, tr("Aucun constat pour l’instant."));
    section(tr("Préconisations"), recommendations, tr("Aucune préconisation pour l’instant."));
    section(tr("Décisions"), decisionTexts, tr("Aucune décision pour l’instant."));
    section(tr("Actions"), actionTexts, tr("Aucune action pour l’instant."));
    m_ui->plenaryView->setHtml(html);
}

QString MainWindow::plenaryText() const
{
    return m_ui->plenaryView->toPlainText();
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
    auto opened = storage::Workspace::open(path, {.createIfMissing = false});
    if (!opened) {
        showError(opened.error());
        return;
    }
    setWorkspace(std::move(opened).value());
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
