#include "gui/MainWindow.h"

#include "Damage.h"
#include "FacilitatorSupport.h"
#include "GuiSupport.h"
#include "TestSupport.h"
#include "exchange/Archive.h"
#include "exchange/DefaultWorkspace.h"
#include "gui/common/Recovery.h"
#include "gui/plenary/PlenaryPane.h"
#include "gui/subgroups/PrioritisationView.h"
#include "gui/subgroups/SubgroupView.h"
#include "gui/timeline/AgendaModel.h"
#include "session/Editor.h"
#include "session/Session.h"
#include "storage/AgendaRepository.h"
#include "storage/Backups.h"
#include "storage/MeetingRepository.h"

#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace copil;
using copil::test::TempDir;

namespace {

int countLeaves(const QTreeView* tree)
{
    int leaves = 0;
    const QAbstractItemModel* model = tree->model();
    for (int i = 0; i < model->rowCount(); ++i) {
        leaves += model->rowCount(model->index(i, 0));
    }
    return leaves;
}

} // namespace

TEST_CASE("the main window shows the seed meeting: agenda, subgroups, plenary")
{
    TempDir dir;
    auto window = copil::test::openSeedWindow(dir.path(QStringLiteral("copil.sqlite")));
    const gui::AgendaModel* agenda = window->agendaModel();
    REQUIRE(agenda->rowCount() == 5);
    CHECK(agenda->index(0, gui::AgendaModel::TimeColumn).data().toString() ==
          QStringLiteral("09:45 – 10:00"));
    CHECK(agenda->index(0, gui::AgendaModel::TitleColumn).data().toString() ==
          QStringLiteral("Accueil"));
    const QModelIndex plenary = agenda->index(4, 0);
    CHECK(agenda->index(4, gui::AgendaModel::TitleColumn).data().toString() ==
          QStringLiteral("Échanges en séance plénière"));
    REQUIRE(agenda->rowCount(plenary) == 3);
    CHECK(agenda->index(0, gui::AgendaModel::PresentersColumn, plenary).data().toString() ==
          QStringLiteral("Odas, CGET"));

    const auto views = window->subgroupViews();
    REQUIRE(views.size() == 2);
    CHECK(copil::test::rowCount(views[0]->questionView()) == 4); // four blocks
    CHECK(countLeaves(views[0]->questionView()) == 10);
    // Six causes to prioritise on four criteria, nothing voted yet.
    const gui::PrioritisationView* priorities = views[1]->prioritisation();
    REQUIRE(copil::test::rowCount(priorities->scoreTable()) == 6);
    CHECK(copil::test::cellText(priorities->scoreTable(), 0, 0)
              .startsWith(QStringLiteral("Les critères d’évaluation")));
    CHECK(copil::test::rowCount(priorities->criteriaTable()) == 4);
    CHECK(copil::test::cellText(priorities->criteriaTable(), 0, 0) ==
          QStringLiteral("C1 : Urgence"));
    CHECK(priorities->selectionText().contains(QStringLiteral("Aucune sélection")));

    const QString plenaryText = window->plenaryText();
    CHECK(plenaryText.contains(QStringLiteral("Introduction")));
    CHECK(plenaryText.contains(QStringLiteral("Questions et remarques diverses")));
    CHECK(plenaryText.contains(QStringLiteral("Aucun constat")));
}

TEST_CASE("the agenda view follows the repository's changes")
{
    TempDir dir;
    auto window = copil::test::openSeedWindow(dir.path(QStringLiteral("copil.sqlite")));
    const QString meetingId = window->currentMeetingId();
    REQUIRE_FALSE(meetingId.isEmpty());
    domain::AgendaItem extra{domain::newId(),
                             {},
                             10,
                             QStringLiteral("Conclusion"),
                             domain::AgendaItemKind::Discussion,
                             QTime(15, 50),
                             QTime(16, 0),
                             {},
                             {},
                             QStringLiteral("Salle B"),
                             {},
                             {},
                             {},
                             false,
                             {},
                             0,
                             0};
    storage::AgendaRepository repository(window->workspace());
    REQUIRE(repository.insert(meetingId, extra).ok());
    const gui::AgendaModel* agenda = window->agendaModel();
    REQUIRE(agenda->rowCount() == 6);
    CHECK(agenda->index(5, gui::AgendaModel::TitleColumn).data().toString() ==
          QStringLiteral("Conclusion"));
    REQUIRE(repository.remove(meetingId, extra.id).ok());
    CHECK(agenda->rowCount() == 5);
}

TEST_CASE("the window reopens the same workspace in the same state")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("copil.sqlite"));
    QString meetingId;
    {
        auto window = copil::test::openSeedWindow(path);
        meetingId = window->currentMeetingId();
        storage::AgendaRepository repository(window->workspace());
        auto items = repository.items(meetingId);
        REQUIRE(items.ok());
        auto first = items.value().first();
        first.title = QStringLiteral("Accueil et café");
        REQUIRE(repository.update(meetingId, first).ok());
    }
    auto window = copil::test::openSeedWindow(path);
    CHECK(window->currentMeetingId() == meetingId);
    CHECK(window->agendaModel()->index(0, gui::AgendaModel::TitleColumn).data().toString() ==
          QStringLiteral("Accueil et café"));
}

TEST_CASE("panes are brought to the front by name")
{
    TempDir dir;
    auto window = copil::test::openSeedWindow(dir.path(QStringLiteral("copil.sqlite")));
    auto* subgroupTabs = window->findChild<QTabWidget*>(QStringLiteral("subgroupTabs"));
    REQUIRE(subgroupTabs);
    CHECK(window->frontPane() == QStringLiteral("details"));
    CHECK(window->showPane(QStringLiteral("plenary")));
    CHECK(window->frontPane() == QStringLiteral("plenary"));
    CHECK(window->showPane(QStringLiteral("subgroup-4")));
    CHECK(window->frontPane() == QStringLiteral("subgroups"));
    CHECK(subgroupTabs->currentIndex() == 1);
    CHECK(window->showPane(QStringLiteral("participants")));
    CHECK(window->frontPane() == QStringLiteral("participants"));
    CHECK_FALSE(window->showPane(QStringLiteral("subgroup-9")));
    CHECK_FALSE(window->showPane(QStringLiteral("kitchen")));
    CHECK(window->frontPane() == QStringLiteral("participants"));
    CHECK(subgroupTabs->currentIndex() == 1);
}

TEST_CASE("a pane asked for before the window is shown is the one in front once shown")
{
    // As copil --pane NAME does: the settings of last time, the pane, then show().
    TempDir dir;
    const QString path = dir.path(QStringLiteral("copil.sqlite"));
    const QString conf = dir.path(QStringLiteral("copil.conf"));
    {
        auto window = copil::test::openSeedWindow(path);
        window->useSettings(std::make_unique<QSettings>(conf, QSettings::IniFormat));
        REQUIRE(window->showPane(QStringLiteral("subgroup-3")));
    } // the layout of last time: the subgroups in front
    for (const char* pane : {"plenary", "participants", "subgroup-4", "agenda"}) {
        INFO(pane);
        auto ws = exchange::DefaultWorkspace::open(path);
        REQUIRE(ws.ok());
        gui::MainWindow window(std::move(ws).value());
        window.useSettings(std::make_unique<QSettings>(conf, QSettings::IniFormat));
        REQUIRE(window.showPane(QString::fromUtf8(pane)));
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(50);
        const QString front = QString::fromUtf8(pane).startsWith(u"subgroup-")
                                  ? QStringLiteral("subgroups")
                                  : QString::fromUtf8(pane);
        CHECK(window.frontPane() == front);
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        // The keyboard goes with it.
        auto* dock = window.findChild<QDockWidget*>(front + u"Dock");
        REQUIRE(dock);
        REQUIRE(QApplication::focusWidget());
        CHECK(dock->isAncestorOf(QApplication::focusWidget()));
    }
}

TEST_CASE("a backup is restored from the window, which goes on with the restored workspace")
{
    TempDir dir;
    auto window = copil::test::openSeedWindow(dir.path(QStringLiteral("copil.sqlite")));
    const QString meetingId = window->currentMeetingId();
    auto copy = storage::Backups::make(window->workspace(), QStringLiteral("quotidienne"));
    REQUIRE(copy.ok());
    const auto before = window->agenda();
    // The day goes on: an item is added, then the facilitator goes back to the copy.
    domain::AgendaItem extra = before.first();
    extra.id = domain::newId();
    extra.title = QStringLiteral("Point ajouté par erreur");
    extra.plannedStart = QTime(15, 45);
    extra.plannedEnd = QTime(16, 0);
    extra.position = 99;
    REQUIRE(window->editor().addAgendaItem(meetingId, extra));
    REQUIRE(window->agenda().size() == before.size() + 1);

    REQUIRE(window->restoreBackup(copy.value()));
    CHECK(window->currentMeetingId() == meetingId);
    CHECK(window->agenda() == before);
    CHECK(window->editor().undoStack()->count() == 0);
    bool kept = false;
    for (const auto& b : storage::Backups::list(window->workspace().path())) {
        kept = kept || b.reason == QStringLiteral("avant-restauration");
    }
    CHECK(kept);
    // And it is the same window: editing goes on.
    window->selectItem(before.first().id);
    window->extendSelected(5);
    CHECK(window->agenda().first().extensionMinutes == 5);
}

TEST_CASE("a damaged workspace offers its backups, a restored one opens, read-only is said")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("copil.sqlite"));
    {
        auto window = copil::test::openSeedWindow(path);
        REQUIRE(storage::Backups::make(window->workspace(), QStringLiteral("quotidienne")).ok());
        // Enough pages for a damage in the middle of the file.
        REQUIRE(exchange::Archive::importFile(
                    window->workspace(),
                    QStringLiteral(":/copil/templates/villes-vivre-ensemble-copil6.json"),
                    {.newIds = true})
                    .ok());
    }
    const QByteArray good = copil::test::readAll(path);

    for (const copil::test::Damage& damage : copil::test::damages()) {
        INFO(damage.name);
        copil::test::writeAll(path, good);
        damage.apply(path);
        const QByteArray damaged = copil::test::readAll(path);
        auto failed = storage::Workspace::open(path, {.createIfMissing = false});
        REQUIRE_FALSE(failed.ok());

        // The message names the file and what is wrong; the way forward is a backup (none
        // of these can be read even read-only). The choice of backup follows the box.
        copil::test::onNextDialog([](QDialog* choice) { choice->accept(); });
        bool seen = false;
        QTimer::singleShot(50, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            REQUIRE(box);
            CHECK(box->text().contains(QStringLiteral("copil.sqlite")));
            CHECK(box->text().contains(damage.said));
            CHECK(box->informativeText().contains(QStringLiteral("sauvegarde")));
            CHECK(copil::test::readAll(path) == damaged); // nothing written before the choice
            QPushButton* readOnly = nullptr;
            QPushButton* restore = nullptr;
            for (auto* b : box->findChildren<QPushButton*>()) {
                readOnly = b->text().contains(QStringLiteral("lecture seule")) ? b : readOnly;
                restore = b->text().contains(QStringLiteral("Restaurer")) ? b : restore;
            }
            CHECK_FALSE(readOnly);
            REQUIRE(restore);
            seen = true;
            restore->click();
        });
        auto recovered = gui::Recovery::recover(path, failed.error());
        CHECK(seen);
        INFO((recovered.ok() ? QString() : recovered.error()).toStdString());
        REQUIRE(recovered.ok());
        CHECK(storage::MeetingRepository(*recovered.value()).meetings().value().size() == 1);
        recovered = domain::Error{QString()};
        // The damaged version is kept beside the backups, as it was.
        const QDir folder(storage::Backups::folderOf(path));
        const auto kept = folder.entryList({QStringLiteral("*-endommage.sqlite.bak")});
        REQUIRE(kept.size() == 1);
        CHECK(copil::test::readAll(folder.filePath(kept.first())) == damaged);
        QFile::remove(folder.filePath(kept.first()));
    }

    // Read-only: the window says so, and edits are refused with a message.
    auto readOnly = storage::Workspace::open(path, {.createIfMissing = false, .readOnly = true});
    REQUIRE(readOnly.ok());
    gui::MainWindow window(std::move(readOnly).value());
    window.show();
    CHECK(window.windowTitle().contains(QStringLiteral("lecture seule")));
    CHECK(window.savedIndicatorText().contains(QStringLiteral("Lecture seule")));
    window.selectItem(window.agenda().first().id);
    window.extendSelected(5);
    CHECK(window.agenda().first().extensionMinutes == 0);
    for (QMessageBox* box : window.findChildren<QMessageBox*>()) {
        CHECK(box->text().contains(QStringLiteral("lecture seule")));
        box->close();
    }
}

TEST_CASE("under a simulated time, every moment recorded comes from that one clock")
{
    // As copil --simulate-time "2017-10-11 10:25" does: the day as it was.
    TempDir dir;
    const QDateTime then(QDate(2017, 10, 11), QTime(10, 25));
    auto window = copil::test::openSeedWindow(dir.path(QStringLiteral("copil.sqlite")),
                                              std::make_shared<domain::SimulatedClock>(then));
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    session::Session& session = window->session();

    // A subgroup starts (F5 on the timeline), a note is typed, a decision taken, an item
    // confirmed in the prioritisation.
    const QString subgroupItem = copil::test::itemIdOf(*window, QStringLiteral("Sujet n°3"));
    window->selectItem(subgroupItem);
    window->timeline()->setFocus();
    QTest::keyClick(window->timeline(), Qt::Key_F5);
    REQUIRE(window->showPane(QStringLiteral("subgroup-3")));
    gui::SubgroupView* view = window->subgroupViews().first();
    view->selectQuestion(session.data().questions.first().id);
    view->noteEdit()->setFocus();
    QTest::keyClicks(view->noteEdit(), QStringLiteral("Diagnostic partage"));
    QTest::keyClick(view->noteEdit(), Qt::Key_Return);
    window->showPane(QStringLiteral("plenary"));
    window->plenaryPane()->showTab(2);
    window->plenaryPane()->newDecision()->setText(QStringLiteral("Prochain comité en janvier"));
    QTest::keyClick(window->plenaryPane()->newDecision(), Qt::Key_Return);

    auto data = storage::MeetingRepository(window->workspace()).load(window->currentMeetingId());
    REQUIRE(data.ok());
    QList<std::pair<const char*, QDateTime>> moments;
    for (const auto& item : data.value().agenda) {
        if (item.id == subgroupItem) {
            moments.append({"the start of the subgroup", item.actualStart});
        }
    }
    REQUIRE(data.value().notes.size() == 1);
    moments.append({"the note written", data.value().notes.first().createdAt});
    moments.append({"the note changed", data.value().notes.first().updatedAt});
    REQUIRE(data.value().decisions.size() == 1);
    moments.append({"the decision", data.value().decisions.first().decidedAt});
    for (const auto& [what, when] : moments) {
        INFO(what << ": " << when.toString(Qt::ISODate).toStdString());
        CHECK(when.isValid());
        CHECK(when >= then);
        CHECK(when < then.addSecs(600));
    }
}
