// The window when saving fails for a passing reason (another program holds the file, the
// disk is full) and when the workspace cannot be written at all.
#include "FacilitatorSupport.h"
#include "GuiSupport.h"
#include "Mounts.h"
#include "SqlSupport.h"
#include "TestSupport.h"
#include "gui/MainWindow.h"
#include "gui/common/SaveBanner.h"
#include "gui/subgroups/SubgroupView.h"
#include "gui/timeline/ItemDetailsPane.h"
#include "storage/MeetingRepository.h"
#include "storage/NoteRepository.h"
#include "storage/SubgroupRepository.h"

#include <QAction>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>

using namespace copil;
using copil::test::TempDir;

namespace {

QString emergencyText(const gui::SaveBanner& banner)
{
    REQUIRE_FALSE(banner.emergencyPath().isEmpty());
    return QString::fromUtf8(copil::test::readAll(banner.emergencyPath()));
}

// No message box may stand in the way: a passing failure is told by the band.
void requireNoBox(gui::MainWindow& window)
{
    for (QMessageBox* box : window.findChildren<QMessageBox*>()) {
        CHECK_FALSE(box->isVisible());
    }
}

} // namespace

TEST_CASE("a file locked by another program: no wait, the band says so, the text stays, retry")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("copil.sqlite"));
    auto window = copil::test::openSeedWindow(path);
    // The window's thread never waits on a lock.
    CHECK(copil::test::pragmaValue(window->workspace().database(),
                                   QStringLiteral("busy_timeout")) == u"0");

    auto other = storage::Workspace::open(path, {.createIfMissing = false});
    REQUIRE(other.ok());
    QSqlQuery lock(other.value()->database());
    REQUIRE(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));

    const QString welcome = copil::test::itemIdOf(*window, QStringLiteral("Accueil"));
    window->selectItem(welcome);
    QPlainTextEdit* description = window->findChild<gui::ItemDetailsPane*>()->descriptionEdit();
    const QString typed = QStringLiteral("Tour de table rapide, café à 10 h");
    description->setPlainText(typed);
    window->findChild<gui::ItemDetailsPane*>()->flush();
    window->extendSelected(5);

    gui::SaveBanner* banner = window->saveBanner();
    REQUIRE(banner->inTrouble());
    CHECK(banner->text().contains(QStringLiteral("verrouillé par un autre programme")));
    CHECK(window->savedIndicatorText().contains(QStringLiteral("Non enregistré")));
    requireNoBox(*window);
    // The text stays in its field, even when the window refreshes, and in the emergency file.
    window->tick();
    CHECK(description->toPlainText() == typed);
    CHECK(copil::test::itemOf(*window, welcome).description != typed);
    const QString copy = emergencyText(*banner);
    CHECK(copy.contains(typed));
    CHECK(copy.contains(QStringLiteral("Accueil")));
    CHECK(copy.contains(QStringLiteral("copil.sqlite")));

    // The other program lets go: one retry saves both the text and the extension.
    REQUIRE(lock.exec(QStringLiteral("COMMIT")));
    banner->findChild<QPushButton*>(QStringLiteral("saveBannerRetry"))->click();
    CHECK_FALSE(banner->inTrouble());
    CHECK(banner->isHidden());
    CHECK(copil::test::itemOf(*window, welcome).description == typed);
    CHECK(copil::test::itemOf(*window, welcome).extensionMinutes == 5);
    CHECK(window->savedIndicatorText().contains(QStringLiteral("Enregistré")));
    QFile::remove(banner->emergencyPath());
}

TEST_CASE("a full disk: the band says so, the note stays typed, saving resumes with space")
{
    TempDir dir;
    copil::test::TmpfsMount disk(dir.path(QStringLiteral("disk")), 8 << 20);
    if (!disk.mounted()) {
        WARN("tmpfs could not be mounted (not root?): the window's full-disk test did not run; "
             "the storage test fills the file with max_page_count instead");
        return;
    }
    const QString path = disk.path(QStringLiteral("copil.sqlite"));
    auto window = copil::test::openSeedWindow(path);
    REQUIRE(window->showPane(QStringLiteral("subgroup-3"))); // the rapporteur's pane in front
    gui::SubgroupView* view = window->subgroupViews().at(0);
    QTRY_VERIFY(!view->visibleRegion().isEmpty());
    const auto questions =
        storage::SubgroupRepository(window->workspace()).questions(window->currentMeetingId());
    view->selectQuestion(questions.value().at(1).id);
    storage::NoteRepository notes(window->workspace());
    const auto before = notes.notes(window->currentMeetingId()).value();

    // The journal emptied, then every free byte taken: the next write must grow a file.
    REQUIRE(copil::test::pragmaValue(window->workspace().database(),
                                     QStringLiteral("wal_checkpoint(TRUNCATE)")) == u"0");
    REQUIRE(disk.fill());

    const QString typed = QStringLiteral("Les bailleurs absents du diagnostic partagé");
    view->noteEdit()->setText(typed);
    view->noteEdit()->setFocus();
    CHECK_FALSE(view->addNote());
    gui::SaveBanner* banner = window->saveBanner();
    REQUIRE(banner->inTrouble());
    CHECK(banner->text().contains(QStringLiteral("disque est plein")));
    requireNoBox(*window);
    CHECK(view->noteEdit()->text() == typed);
    CHECK(emergencyText(*banner).contains(typed));
    // Pressing Enter again while the disk is full changes nothing.
    CHECK_FALSE(view->addNote());
    CHECK(notes.notes(window->currentMeetingId()).value() == before);
    auto problems = window->workspace().checkIntegrity();
    REQUIRE(problems.ok());
    CHECK(problems.value().isEmpty());

    // Space comes back: the band's own timer saves the note, once, and empties the field.
    disk.free();
    QTRY_VERIFY_WITH_TIMEOUT(!banner->inTrouble(), 4 * gui::SaveBanner::kRetryMs);
    const auto after = notes.notes(window->currentMeetingId()).value();
    REQUIRE(after.size() == before.size() + 1);
    CHECK(std::count_if(after.begin(), after.end(),
                        [&](const domain::Note& n) { return n.text == typed; }) == 1);
    CHECK(view->noteEdit()->text().isEmpty());
    QFile::remove(banner->emergencyPath());
}

TEST_CASE("a workspace on a read-only medium opens read-only with a band saying why")
{
    TempDir dir;
    copil::test::TmpfsMount medium(dir.path(QStringLiteral("medium")), 8 << 20);
    if (!medium.mounted()) {
        WARN("tmpfs could not be mounted (not root?): the read-only band test did not run");
        return;
    }
    const QString path = medium.path(QStringLiteral("copil.sqlite"));
    copil::test::openSeedWindow(path).reset();
    REQUIRE(medium.remountReadOnly());

    auto ws = storage::Workspace::open(path, {.createIfMissing = false, .dailyBackup = true});
    REQUIRE(ws.ok());
    gui::MainWindow window(std::move(ws).value());
    window.show();
    gui::SaveBanner* banner = window.saveBanner();
    CHECK_FALSE(banner->isHidden());
    CHECK(banner->text().contains(QStringLiteral("lecture seule")));
    CHECK(banner->text().contains(QStringLiteral("ne peut pas être modifié")));
    CHECK(window.windowTitle().contains(QStringLiteral("lecture seule")));
    // What is there can be read: the day's agenda is shown; nothing that edits is offered.
    CHECK_FALSE(window.agenda().isEmpty());
    window.selectItem(window.agenda().first().id);
    for (const char* name : {"addItemAction", "editItemAction", "startAction", "extend5Action"}) {
        INFO(name);
        REQUIRE(window.findChild<QAction*>(QLatin1StringView(name)));
        CHECK_FALSE(window.findChild<QAction*>(QLatin1StringView(name))->isEnabled());
    }
}
