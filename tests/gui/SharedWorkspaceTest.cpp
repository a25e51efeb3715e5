// The window over a shared workspace on PostgreSQL, as the person uses it: Fichier › Ouvrir
// un espace partagé… typed into its fields (the password asked for, never kept), a
// conflicting save shown with both versions, the server stopped in the middle of typing,
// and the day's backup without pg_dump.
#include "gui/common/SharedWorkspace.h"

#include "FacilitatorSupport.h"
#include "GuiSupport.h"
#include "SampleMeeting.h"
#include "ServerSupport.h"
#include "TestSupport.h"
#include "exchange/MeetingJson.h"
#include "exchange/WorkspaceCopy.h"
#include "gui/MainWindow.h"
#include "gui/common/NotesPanel.h"
#include "gui/common/SaveBanner.h"
#include "gui/common/TypingSaver.h"
#include "gui/common/Views.h"
#include "gui/subgroups/SubgroupView.h"
#include "gui/timeline/ItemDetailsPane.h"
#include "session/Editor.h"
#include "session/Session.h"
#include "storage/Backups.h"
#include "storage/MeetingRepository.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace copil;
using copil::test::TempDir;

namespace {

std::unique_ptr<storage::Workspace> openAt(const QString& location)
{
    auto ws = storage::Workspace::open(location);
    INFO((ws.ok() ? QString() : ws.error()).toStdString());
    REQUIRE(ws.ok());
    return std::move(ws).value();
}

// A window over the workspace at location, showing its meeting.
std::unique_ptr<gui::MainWindow> openWindow(const QString& location, const QString& meetingId)
{
    auto window = std::make_unique<gui::MainWindow>(openAt(location));
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    window->selectMeeting(meetingId);
    REQUIRE(window->currentMeetingId() == meetingId);
    return window;
}

template <class F> bool waitFor(F pred, int ms = 3000)
{
    QElapsedTimer t;
    t.start();
    while (!pred() && t.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return pred();
}

QString storedDescription(const QString& location, const QString& meetingId, const QString& id)
{
    auto loaded = storage::MeetingRepository(*openAt(location)).load(meetingId);
    REQUIRE(loaded.ok());
    for (const auto& x : loaded.value().agenda) {
        if (x.id == id) {
            return x.description;
        }
    }
    FAIL("no such agenda item");
    return {};
}

// Clicks into the item's description, types text after what is there, and leaves with Tab.
QPlainTextEdit* typeDescription(gui::MainWindow& window, const QString& itemId, const QString& text,
                                bool leave = true)
{
    window.selectItem(itemId);
    QPlainTextEdit* edit = window.detailsPane()->descriptionEdit();
    REQUIRE(edit->isEnabled());
    copil::test::activate(window);
    edit->setFocus(Qt::MouseFocusReason);
    edit->selectAll();
    copil::test::typeText(edit, text);
    if (leave) {
        QTest::keyClick(edit, Qt::Key_Tab);
    }
    return edit;
}

// The password box libpq's refusal brings up: checks what it says, types the password, Enter.
void answerPassword(QDialog* dialog, const QString& password, const QString& expectedText)
{
    auto* input = qobject_cast<QInputDialog*>(dialog);
    REQUIRE(input);
    CHECK(input->textEchoMode() == QLineEdit::Password);
    CHECK(input->labelText().contains(expectedText));
    auto* field = input->findChild<QLineEdit*>();
    REQUIRE(field);
    copil::test::typeText(field, password);
    QTest::keyClick(field, Qt::Key_Return);
}

// The view of subgroup 3 in the window, showing the question questionId.
gui::SubgroupView* subgroupThree(gui::MainWindow& window, const QString& questionId)
{
    REQUIRE(window.showPane(QStringLiteral("subgroup-3")));
    gui::SubgroupView* view = nullptr;
    REQUIRE(waitFor([&] {
        for (gui::SubgroupView* v : window.subgroupViews()) {
            if (!v->visibleRegion().isEmpty()) {
                v->selectQuestion(questionId);
                if (v->selectedQuestionId() == questionId) {
                    view = v;
                }
            }
        }
        return view != nullptr;
    }));
    return view;
}

gui::ConflictDialog* conflictShown(gui::MainWindow& window)
{
    gui::ConflictDialog* dialog = nullptr;
    waitFor([&] {
        dialog = window.findChild<gui::ConflictDialog*>();
        return dialog && dialog->isVisible();
    });
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

QString storedNoteText(const QString& location, const QString& meetingId, const QString& noteId)
{
    auto stored = storage::MeetingRepository(*openAt(location)).load(meetingId);
    REQUIRE(stored.ok());
    const domain::Note* n = domain::findRow(stored.value().notes, noteId);
    return n ? n->text : QString();
}

} // namespace

TEST_CASE("Fichier › Ouvrir un espace partagé… opens the server typed in its fields, asks for "
          "the password and never keeps it",
          "[server]")
{
    TempDir dir;
    copil::test::PrivateServer server;
    const QString role = QStringLiteral("animatrice");
    const QString password = QStringLiteral("Secret-42-été");
    copil::test::serverExec(
        {QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(role, password),
         QStringLiteral("CREATE DATABASE partage OWNER %1").arg(role)},
        {}, server.uri(QStringLiteral("postgres")));
    // This role must give its password on the socket; the others are trusted.
    {
        const QString hba = server.folder() + QStringLiteral("/data/pg_hba.conf");
        const QByteArray before = copil::test::readAll(hba);
        copil::test::writeAll(hba, "local all animatrice scram-sha-256\n" + before);
    }
    server.control(QStringLiteral("restart"));
    // No ~/.pgpass to find it in.
    qputenv("PGPASSFILE", dir.path(QStringLiteral("none.pgpass")).toLocal8Bit());

    auto window = copil::test::openSeedWindow(dir.path(QStringLiteral("local.sqlite")));
    const QString settingsPath = dir.path(QStringLiteral("copil.conf"));
    window->useSettings(std::make_unique<QSettings>(settingsPath, QSettings::IniFormat));
    auto* openShared = window->findChild<QAction*>(QStringLiteral("openSharedAction"));
    REQUIRE(openShared);
    CHECK(openShared->text().remove(u'&').contains(QStringLiteral("Ouvrir un espace partagé")));

    int asked = 0;
    copil::test::onNextDialog([&](QDialog* dialog) {
        REQUIRE(qobject_cast<gui::ServerDialog*>(dialog));
        auto* host = dialog->findChild<QLineEdit*>(QStringLiteral("serverHost"));
        auto* port = dialog->findChild<QSpinBox*>(QStringLiteral("serverPort"));
        auto* database = dialog->findChild<QLineEdit*>(QStringLiteral("serverDatabase"));
        auto* user = dialog->findChild<QLineEdit*>(QStringLiteral("serverUser"));
        REQUIRE((host && port && database && user));
        // No password field: it is asked for only when the server wants one.
        for (QLineEdit* e : dialog->findChildren<QLineEdit*>()) {
            CHECK(e->echoMode() == QLineEdit::Normal);
        }
        copil::test::typeText(host, server.folder());
        port->selectAll();
        copil::test::typeText(port, QString::number(server.port()));
        database->selectAll();
        copil::test::typeText(database, QStringLiteral("partage"));
        copil::test::typeText(user, role);
        // A wrong password first: asked again, saying why.
        copil::test::onNextDialog([&](QDialog* first) {
            ++asked;
            answerPassword(first, QStringLiteral("pas-le-bon"), QStringLiteral("partage"));
            copil::test::onNextDialog([&](QDialog* second) {
                ++asked;
                answerPassword(second, password, QStringLiteral("partage"));
            });
        });
        QTest::keyClick(database, Qt::Key_Return);
    });
    // A box in the way (the server refused) would stop the test: it says why instead.
    QStringList boxes;
    QTimer boxWatch;
    QObject::connect(&boxWatch, &QTimer::timeout, [&boxes] {
        if (auto* b = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            boxes << b->text();
            b->reject();
        }
    });
    boxWatch.start(100);
    openShared->trigger();
    boxWatch.stop();
    CHECK(boxes.join(u'\n') == QString());
    CHECK(asked == 2);

    REQUIRE(window->workspace().isShared());
    CHECK(window->workspace().server().database == QStringLiteral("partage"));
    CHECK(window->workspace().server().user == role);
    CHECK(window->workspace().server().port == server.port());
    CHECK(window->windowTitle().contains(QStringLiteral("partage")));
    CHECK(window->windowTitle().contains(QStringLiteral("(partagé)")));
    CHECK(window->statusBar()->currentMessage().contains(QStringLiteral("base « partage »")));
    auto* indicator = window->findChild<QLabel*>(QStringLiteral("workspaceIndicator"));
    REQUIRE(indicator);
    CHECK(indicator->text().contains(QStringLiteral("partage")));
    // It works: an edit through the window reaches the server.
    CHECK(window->editor().hasUnsaved() == false);

    // The server is remembered, never the password: not in the settings, nor anywhere in
    // the person's folders.
    window->close();
    QSettings settings(settingsPath, QSettings::IniFormat);
    const QString last = settings.value(QStringLiteral("server/last")).toString();
    CHECK(last.contains(QStringLiteral("partage")));
    CHECK(last.contains(role));
    CHECK_FALSE(last.contains(password));
    settings.sync();
    CHECK_FALSE(QString::fromUtf8(copil::test::readAll(settingsPath)).contains(password));
    CHECK_FALSE(copil::test::readAll(settingsPath).contains(QByteArrayLiteral("Secret")));
    for (const QString& root :
         {dir.path(QStringLiteral(".")),
          QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
          QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)}) {
        QDirIterator files(root, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString f = files.next();
            if (f.endsWith(QStringLiteral(".dump")) || f.contains(QStringLiteral("/data/"))) {
                continue;
            }
            INFO(f.toStdString());
            CHECK_FALSE(copil::test::readAll(f).contains(QByteArrayLiteral("Secret-42")));
        }
    }

    // Asked again, the dialog shows the last server, and a cancelled password opens nothing.
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    const QString opened = window->workspace().path();
    copil::test::onNextDialog([&](QDialog* dialog) {
        CHECK(dialog->findChild<QLineEdit*>(QStringLiteral("serverHost"))->text() ==
              server.folder());
        CHECK(dialog->findChild<QSpinBox*>(QStringLiteral("serverPort"))->value() == server.port());
        CHECK(dialog->findChild<QLineEdit*>(QStringLiteral("serverDatabase"))->text() ==
              QStringLiteral("partage"));
        CHECK(dialog->findChild<QLineEdit*>(QStringLiteral("serverUser"))->text() == role);
        dialog->reject();
    });
    openShared->trigger();
    CHECK(window->workspace().path() == opened);
    window.reset();
    qunsetenv("PGPASSFILE");
}

TEST_CASE("a conflicting save through the window shows both versions, and each choice works",
          "[server]")
{
    TempDir dir;
    copil::test::Workspaces where(dir);
    const QString location = where.serverLocation();
    const domain::MeetingData m = copil::test::sampleMeeting();
    {
        REQUIRE(storage::MeetingRepository(*openAt(location)).insertAll(m).ok());
    }
    const QString itemId = m.agenda.first().id;
    auto window = openWindow(location, m.meeting.id);
    // Another facilitator, with a Session of their own on the same database.
    session::Session other(openAt(location));
    other.openMeeting(m.meeting.id);

    // This person types; meanwhile the other one saves the same description, which
    // reaches this window while the text is still being typed.
    QPlainTextEdit* edit =
        typeDescription(*window, itemId, QStringLiteral("Texte de l’animatrice"), false);
    domain::AgendaItem theirs = *other.agendaItem(itemId);
    theirs.description = QStringLiteral("Texte du rapporteur");
    REQUIRE(other.editor().typeInAgenda(m.meeting.id, theirs));
    REQUIRE(waitFor(
        [&] { return window->session().agendaItem(itemId)->description == theirs.description; }));
    CHECK(edit->toPlainText() == QStringLiteral("Texte de l’animatrice")); // never overwritten
    QTest::keyClick(edit, Qt::Key_Tab);

    // Both versions, and nothing overwritten while the person chooses.
    gui::ConflictDialog* dialog = nullptr;
    REQUIRE(waitFor([&] {
        dialog = window->findChild<gui::ConflictDialog*>();
        return dialog && dialog->isVisible();
    }));
    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("conflictFields"));
    REQUIRE(table);
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->text() == QStringLiteral("Description")) {
            row = r;
        }
    }
    REQUIRE(row >= 0);
    CHECK(table->item(row, 1)->text() == QStringLiteral("Texte de l’animatrice"));
    CHECK(table->item(row, 2)->text() == QStringLiteral("Texte du rapporteur"));
    CHECK(storedDescription(location, m.meeting.id, itemId) == theirs.description);

    SECTION("keeping mine saves it, and the other facilitator sees it")
    {
        dialog->findChild<QPushButton*>(QStringLiteral("keepMine"))->click();
        CHECK(storedDescription(location, m.meeting.id, itemId) ==
              QStringLiteral("Texte de l’animatrice"));
        CHECK(waitFor([&] {
            return other.agendaItem(itemId)->description == QStringLiteral("Texte de l’animatrice");
        }));
        CHECK(edit->toPlainText() == QStringLiteral("Texte de l’animatrice"));
        CHECK(window->statusBar()->currentMessage().contains(QStringLiteral("Votre version")));
    }
    SECTION("keeping theirs shows theirs in the field, and saves nothing more")
    {
        dialog->findChild<QPushButton*>(QStringLiteral("keepTheirs"))->click();
        CHECK(edit->toPlainText() == theirs.description);
        CHECK(window->statusBar()->currentMessage().contains(QStringLiteral("L’autre version")));
        // Leaving the field again does not bring the dropped text back.
        edit->setFocus(Qt::MouseFocusReason);
        QTest::keyClick(edit, Qt::Key_Tab);
        QTest::qWait(50);
        CHECK(storedDescription(location, m.meeting.id, itemId) == theirs.description);
        CHECK_FALSE(window->editor().hasConflict());
        for (auto* d : window->findChildren<gui::ConflictDialog*>()) {
            CHECK_FALSE(d->isVisible());
        }
    }
    // Later typing is based on the version now stored: no conflict.
    QTest::qWait(50);
    typeDescription(*window, itemId, QStringLiteral("Suite, sans conflit"));
    CHECK_FALSE(window->editor().hasConflict());
    CHECK(storedDescription(location, m.meeting.id, itemId) ==
          QStringLiteral("Suite, sans conflit"));
}

TEST_CASE("the server stopped in the middle of typing: the band at once, the text kept, saved "
          "on reconnection",
          "[server]")
{
    TempDir dir;
    copil::test::PrivateServer server;
    const QString location = server.newDatabase(QStringLiteral("coupure"));
    const domain::MeetingData m = copil::test::sampleMeeting();
    {
        REQUIRE(storage::MeetingRepository(*openAt(location)).insertAll(m).ok());
    }
    const QString itemId = m.agenda.first().id;
    auto window = openWindow(location, m.meeting.id);
    gui::SaveBanner* banner = window->saveBanner();
    typeDescription(*window, itemId, QStringLiteral("Avant la coupure"));
    REQUIRE(storedDescription(location, m.meeting.id, itemId) ==
            QStringLiteral("Avant la coupure"));
    CHECK_FALSE(banner->inTrouble());

    server.control(QStringLiteral("stop"));
    // The band comes at once, before anything is typed.
    QTRY_VERIFY_WITH_TIMEOUT(banner->inTrouble(), 1000);
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("serveur")));
    CHECK(window->savedIndicatorText().contains(QStringLiteral("Serveur injoignable")));
    for (QMessageBox* box : window->findChildren<QMessageBox*>()) {
        CHECK_FALSE(box->isVisible()); // no modal box in the middle of a meeting
    }
    const QString typed = QStringLiteral("Pendant la coupure : tour de table, café à 10 h");
    QPlainTextEdit* edit = typeDescription(*window, itemId, typed);
    CHECK(edit->toPlainText() == typed);
    window->tick(); // the window refreshes: the text stays
    CHECK(edit->toPlainText() == typed);
    CHECK(banner->inTrouble());
    CHECK(window->editor().hasUnsaved());

    server.control(QStringLiteral("start"));
    QTRY_VERIFY_WITH_TIMEOUT(!banner->inTrouble(), 20000);
    CHECK(banner->isHidden());
    CHECK(edit->toPlainText() == typed);
    CHECK_FALSE(window->editor().hasUnsaved());
    CHECK(storedDescription(location, m.meeting.id, itemId) == typed);
    CHECK(window->savedIndicatorText().contains(QStringLiteral("Enregistré")));
    if (!banner->emergencyPath().isEmpty()) {
        QFile::remove(banner->emergencyPath());
    }
}

TEST_CASE("without pg_dump, a shared workspace's backup is the JSON archive of every meeting",
          "[server]")
{
    TempDir dir;
    copil::test::Workspaces where(dir);
    exchange::installWorkspaceArchiver(); // as the program does when it starts
    const QString location = where.serverLocation();
    const domain::MeetingData m = copil::test::sampleMeeting();
    {
        REQUIRE(storage::MeetingRepository(*openAt(location)).insertAll(m).ok());
    }
    const QString folder = storage::Backups::folderOf(location);
    QDir(folder).removeRecursively();
    const QByteArray path = qgetenv("PATH");

    SECTION("PATH without pg_dump: one JSON file per meeting, each imported again identical")
    {
        qputenv("PATH", dir.path(QStringLiteral("bin-without-pg_dump")).toLocal8Bit());
        REQUIRE(QStandardPaths::findExecutable(QStringLiteral("pg_dump")).isEmpty());
        session::Session session(openAt(dir.path(QStringLiteral("local.sqlite"))));
        const bool opened = gui::ServerDialog::openInto(session, location, nullptr, nullptr);
        qputenv("PATH", path);
        REQUIRE(opened);
        CHECK(session.workspace().warning().isEmpty());
        const auto backups = storage::Backups::list(location);
        REQUIRE(backups.size() == 1);
        CHECK(backups.first().reason == QStringLiteral("quotidienne"));
        CHECK(backups.first().path.endsWith(QStringLiteral(".json")));
        const QStringList files = QDir(backups.first().path).entryList(QDir::Files);
        REQUIRE(files.size() == 1);
        // What `copil import` does with it: the same meeting, in a file of its own.
        const QByteArray bytes = copil::test::readAll(backups.first().path + u'/' + files.first());
        auto parsed = exchange::MeetingJson::parse(bytes, files.first());
        INFO((parsed.ok() ? QString() : parsed.error()).toStdString());
        REQUIRE(parsed.ok());
        auto original = storage::MeetingRepository(session.workspace()).load(m.meeting.id);
        REQUIRE(original.ok());
        CHECK(parsed.value() == original.value());
        auto restored = openAt(dir.path(QStringLiteral("restored.sqlite")));
        REQUIRE(storage::MeetingRepository(*restored).insertAll(parsed.value()).ok());
        CHECK(storage::MeetingRepository(*restored).load(m.meeting.id).value() == original.value());

        // The same day, no second copy; one made by hand is a second archive.
        CHECK(storage::Backups::makeDaily(session.workspace()).value().isEmpty());
        qputenv("PATH", dir.path(QStringLiteral("bin-without-pg_dump")).toLocal8Bit());
        auto made = storage::Backups::make(session.workspace(), QStringLiteral("manuelle"));
        qputenv("PATH", path);
        REQUIRE(made.ok());
        CHECK(made.value().endsWith(QStringLiteral(".json")));
        CHECK(storage::Backups::list(location).size() == 2);
    }
    SECTION("with pg_dump: its own format, for pg_restore")
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pg_dump")).isEmpty()) {
            WARN("pg_dump is not installed here: its backup was not tried");
            return;
        }
        auto ws = openAt(location);
        auto made = storage::Backups::make(*ws, QStringLiteral("manuelle"));
        INFO((made.ok() ? QString() : made.error()).toStdString());
        REQUIRE(made.ok());
        CHECK(made.value().endsWith(QStringLiteral(".dump")));
        CHECK(copil::test::readAll(made.value()).startsWith("PGDMP"));
    }
    QDir(folder).removeRecursively();
}

TEST_CASE("a note edited in its cell while someone else saves it shows both versions", "[server]")
{
    TempDir dir;
    copil::test::Workspaces where(dir);
    const QString location = where.serverLocation();
    const domain::MeetingData m = copil::test::sampleMeeting();
    {
        REQUIRE(storage::MeetingRepository(*openAt(location)).insertAll(m).ok());
    }
    const auto onQuestion = std::find_if(m.notes.begin(), m.notes.end(), [](const domain::Note& n) {
        return n.targetType == domain::NoteTarget::Question;
    });
    REQUIRE(onQuestion != m.notes.end());
    const domain::Note note = *onQuestion; // on the first question of subgroup 3
    auto window = openWindow(location, m.meeting.id);
    session::Session other(openAt(location));
    other.openMeeting(m.meeting.id);
    // The view of subgroup 3, the one of the note's question.
    gui::SubgroupView* view = subgroupThree(*window, note.targetId);
    REQUIRE(view);
    QTreeView* notes = view->notes()->noteView();
    REQUIRE(copil::test::rowCount(notes) >= 1);
    const QModelIndex cell = notes->model()->index(0, gui::NotesPanel::TextColumn);
    REQUIRE(cell.data().toString() == note.text);

    // The rapporteur opens the cell and types; the facilitator's change of the same note
    // reaches the window meanwhile.
    copil::test::activate(*window);
    notes->setFocus();
    notes->setCurrentIndex(cell);
    QTest::keyClick(notes, Qt::Key_F2);
    auto* line = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    REQUIRE(line);
    line->selectAll();
    copil::test::typeText(line, QStringLiteral("Version du rapporteur"));
    domain::Note theirs = *domain::findRow(other.data().notes, note.id);
    theirs.text = QStringLiteral("Version de l’animatrice");
    REQUIRE(other.editor().saveNote(m.meeting.id, QStringLiteral("Note"), theirs));
    REQUIRE(waitFor([&] {
        return domain::findRow(window->session().data().notes, note.id)->text == theirs.text;
    }));
    QTest::keyClick(line, Qt::Key_Return);
    QCoreApplication::processEvents();

    gui::ConflictDialog* dialog = nullptr;
    REQUIRE(waitFor([&] {
        dialog = window->findChild<gui::ConflictDialog*>();
        return dialog && dialog->isVisible();
    }));
    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("conflictFields"));
    REQUIRE(table);
    bool shown = false;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->text() == QStringLiteral("Texte")) {
            shown = true;
            CHECK(table->item(r, 1)->text() == QStringLiteral("Version du rapporteur"));
            CHECK(table->item(r, 2)->text() == theirs.text);
        }
    }
    CHECK(shown);
    auto stored = storage::MeetingRepository(*openAt(location)).load(m.meeting.id);
    REQUIRE(stored.ok());
    CHECK(domain::findRow(stored.value().notes, note.id)->text == theirs.text);

    dialog->findChild<QPushButton*>(QStringLiteral("keepMine"))->click();
    stored = storage::MeetingRepository(*openAt(location)).load(m.meeting.id);
    REQUIRE(stored.ok());
    CHECK(domain::findRow(stored.value().notes, note.id)->text ==
          QStringLiteral("Version du rapporteur"));
    CHECK(
        waitFor([&] { return cell.data().toString() == QStringLiteral("Version du rapporteur"); }));
}

TEST_CASE("a rapporteur typing into another subgroup's note is told why in place, by the "
          "server's rules, and nothing is written",
          "[server]")
{
    TempDir dir;
    copil::test::Workspaces where(dir);
    const QString location = where.serverLocation();
    const QString db = where.lastDatabase();
    const domain::MeetingData m = copil::test::sampleMeeting();
    {
        REQUIRE(storage::MeetingRepository(*openAt(location)).insertAll(m).ok());
    }
    // The rapporteur of subgroup 4, with every right on the tables: the rules do the rest.
    const QString rap = QStringLiteral("copil_rap4_%1").arg(QCoreApplication::applicationPid());
    copil::test::createEditingRole(rap, db, QStringLiteral("rapporteur"), m.subgroups[1].id);
    const domain::Note onQuestion =
        *std::find_if(m.notes.begin(), m.notes.end(), [](const domain::Note& n) {
            return n.targetType == domain::NoteTarget::Question;
        });
    {
        auto window = openWindow(copil::test::serverUri(db, rap), m.meeting.id);
        // The status bar says what the rules give this role.
        auto* mark = window->findChild<QLabel*>(QStringLiteral("workspaceIndicator"));
        REQUIRE(mark);
        CHECK(mark->text().endsWith(QStringLiteral(" — rapporteur du sous-groupe 4")));
        gui::SubgroupView* view = subgroupThree(*window, onQuestion.targetId);
        QTreeView* notes = view->notes()->noteView();
        const QModelIndex cell = notes->model()->index(0, gui::NotesPanel::TextColumn);
        REQUIRE(cell.data().toString() == onQuestion.text);
        copil::test::activate(*window);
        notes->setFocus();
        notes->setCurrentIndex(cell);
        QTest::keyClick(notes, Qt::Key_F2);
        auto* line = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        REQUIRE(line);
        line->selectAll();
        copil::test::typeText(line, QStringLiteral("Pas mon sous-groupe"));
        QTest::keyClick(line, Qt::Key_Return);
        QCoreApplication::processEvents();

        // Said beside the notes, no box; the server kept the note as it was.
        auto* message = view->notes()->findChild<gui::InlineMessage*>();
        REQUIRE(message);
        CHECK(waitFor([&] {
            return message->text().contains(
                QStringLiteral("seuls les animateurs et le rapporteur"));
        }));
        CHECK(message->isVisible());
        for (QWidget* w : QApplication::topLevelWidgets()) {
            CHECK_FALSE((qobject_cast<QMessageBox*>(w) && w->isVisible()));
        }
        CHECK(
            window->statusBar()->currentMessage().contains(QStringLiteral("seuls les animateurs")));
        auto stored = storage::MeetingRepository(*openAt(location)).load(m.meeting.id);
        REQUIRE(stored.ok());
        CHECK(domain::findRow(stored.value().notes, onQuestion.id)->text == onQuestion.text);
        CHECK(cell.data().toString() == onQuestion.text);
        CHECK(window->session().workspace().isOnline());
    }
    copil::test::serverExec({QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(db),
                             QStringLiteral("DROP ROLE %1").arg(rap)});
}

TEST_CASE("a new note being typed that someone else changes meanwhile shows both versions, "
          "and keeping theirs puts it in the line",
          "[server]")
{
    TempDir dir;
    copil::test::Workspaces where(dir);
    const QString location = where.serverLocation();
    const domain::MeetingData m = copil::test::sampleMeeting();
    {
        REQUIRE(storage::MeetingRepository(*openAt(location)).insertAll(m).ok());
    }
    const QString question = m.questions[1].id; // subgroup 3's second question, no note yet
    auto window = openWindow(location, m.meeting.id);
    session::Session other(openAt(location));
    other.openMeeting(m.meeting.id);
    gui::SubgroupView* view = subgroupThree(*window, question);
    QLineEdit* line = view->notes()->noteEdit();
    copil::test::activate(*window);
    line->setFocus(Qt::MouseFocusReason);
    copil::test::typeText(line, QStringLiteral("Première idée"));
    // Saved as it is typed: the other client sees the note at once and changes it.
    const domain::Note* seen = nullptr;
    REQUIRE(waitFor([&] {
        for (const domain::Note& n : other.data().notes) {
            if (n.targetId == question && n.text == QStringLiteral("Première idée")) {
                seen = &n;
            }
        }
        return seen != nullptr;
    }));
    domain::Note theirs = *seen;
    theirs.text = QStringLiteral("Idée reprise par l’animatrice");
    REQUIRE(other.editor().saveNote(m.meeting.id, QStringLiteral("Note"), theirs));
    REQUIRE(waitFor([&] {
        const domain::Note* n = domain::findRow(window->session().data().notes, theirs.id);
        return n && n->text == theirs.text;
    }));
    CHECK(line->text() == QStringLiteral("Première idée")); // never under the cursor

    copil::test::typeText(line, QStringLiteral(" et la suite"));
    QTest::keyClick(line, Qt::Key_Return);
    gui::ConflictDialog* dialog = conflictShown(*window);
    REQUIRE(dialog);
    CHECK(storedNoteText(location, m.meeting.id, theirs.id) == theirs.text);
    CHECK(line->text() == QStringLiteral("Première idée et la suite"));
    dialog->findChild<QPushButton*>(QStringLiteral("keepTheirs"))->click();
    CHECK(line->text() == theirs.text);
    // Enter closes the note as it now is: theirs, nothing overwritten, the line empty.
    line->setFocus(Qt::MouseFocusReason);
    QTest::keyClick(line, Qt::Key_Return);
    QCoreApplication::processEvents();
    CHECK(line->text().isEmpty());
    CHECK_FALSE(conflictShown(*window));
    CHECK(storedNoteText(location, m.meeting.id, theirs.id) == theirs.text);
}

TEST_CASE("a note typed in its cell meets someone else's save: one dialog with the latest text, "
          "and after « Garder l’autre version » typing goes on from theirs",
          "[server]")
{
    TempDir dir;
    copil::test::Workspaces where(dir);
    const QString location = where.serverLocation();
    const domain::MeetingData m = copil::test::sampleMeeting();
    {
        REQUIRE(storage::MeetingRepository(*openAt(location)).insertAll(m).ok());
    }
    const domain::Note note = *std::find_if(m.notes.begin(), m.notes.end(), [](const auto& n) {
        return n.targetType == domain::NoteTarget::Question;
    });
    auto window = openWindow(location, m.meeting.id);
    session::Session other(openAt(location));
    other.openMeeting(m.meeting.id);
    gui::SubgroupView* view = subgroupThree(*window, note.targetId);
    QTreeView* notes = view->notes()->noteView();
    const QModelIndex cell = notes->model()->index(0, gui::NotesPanel::TextColumn);
    REQUIRE(cell.data().toString() == note.text);
    copil::test::activate(*window);
    notes->setFocus();
    notes->setCurrentIndex(cell);
    QTest::keyClick(notes, Qt::Key_F2);
    auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    REQUIRE(editor);
    editor->selectAll();
    copil::test::typeText(editor, QStringLiteral("Version du rapporteur"));
    // Saved as typed, the editor still open.
    REQUIRE(waitFor([&] {
        return storedNoteText(location, m.meeting.id, note.id) ==
               QStringLiteral("Version du rapporteur");
    }));
    REQUIRE(waitFor([&] {
        return domain::findRow(other.data().notes, note.id)->text ==
               QStringLiteral("Version du rapporteur");
    }));
    domain::Note theirs = *domain::findRow(other.data().notes, note.id);
    theirs.text = QStringLiteral("Version de l’animatrice");
    REQUIRE(other.editor().saveNote(m.meeting.id, QStringLiteral("Note"), theirs));
    REQUIRE(waitFor([&] {
        return domain::findRow(window->session().data().notes, note.id)->text == theirs.text;
    }));
    // More typing, saved as it goes: a conflict. The editor, leaving for the dialog, saves
    // once more and meets it again: one dialog all the same, with the latest text.
    copil::test::typeText(editor, QStringLiteral(", complétée"));
    gui::ConflictDialog* dialog = conflictShown(*window);
    REQUIRE(dialog);
    QTest::qWait(gui::TypingSaver::kPauseMs + 200);
    QCoreApplication::processEvents();
    QList<gui::ConflictDialog*> open;
    for (gui::ConflictDialog* d : window->findChildren<gui::ConflictDialog*>()) {
        if (d->isVisible()) {
            open << d;
        }
    }
    REQUIRE(open.size() == 1);
    dialog = open.first();
    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("conflictFields"));
    REQUIRE(table);
    QString mineShown;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->text() == QStringLiteral("Texte")) {
            mineShown = table->item(r, 1)->text();
        }
    }
    CHECK(mineShown == QStringLiteral("Version du rapporteur, complétée"));
    dialog->findChild<QPushButton*>(QStringLiteral("keepTheirs"))->click();
    QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    CHECK_FALSE(conflictShown(*window));
    CHECK(waitFor([&] { return cell.data().toString() == theirs.text; }));
    CHECK(storedNoteText(location, m.meeting.id, note.id) == theirs.text);
    // Typing on from theirs saves without asking again.
    copil::test::activate(*window);
    notes->setFocus();
    notes->setCurrentIndex(cell);
    QTest::keyClick(notes, Qt::Key_F2);
    editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    REQUIRE(editor);
    CHECK(editor->text() == theirs.text);
    editor->end(false);
    copil::test::typeText(editor, QStringLiteral(", relue"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    CHECK_FALSE(conflictShown(*window));
    CHECK(storedNoteText(location, m.meeting.id, note.id) ==
          QStringLiteral("Version de l’animatrice, relue"));
}
