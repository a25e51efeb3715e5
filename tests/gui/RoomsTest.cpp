#include "FacilitatorSupport.h"
#include "GuiSupport.h"
#include "TestSupport.h"
#include "gui/common/NotesPanel.h"
#include "gui/rooms/RoomActions.h"
#include "gui/subgroups/SubgroupView.h"
#include "session/Editor.h"
#include "session/Session.h"
#include "storage/MeetingRepository.h"
#include "storage/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTreeView>
#include <QUndoStack>

using namespace copil;
using copil::test::TempDir;

namespace {

// Prepares the rooms' copies from the facilitator's window, through the dialog.
QStringList prepareRooms(gui::MainWindow& hub, const QString& folder)
{
    QStringList written;
    test::onNextDialog([&](QDialog* d) {
        auto* dialog = qobject_cast<gui::PrepareRoomsDialog*>(d);
        REQUIRE(dialog);
        CHECK(dialog->subgroupBoxes().size() == 2);
        dialog->folderEdit()->clear();
        test::typeText(dialog->folderEdit(), folder);
        QTest::mouseClick(dialog->writeButton(), Qt::LeftButton);
        written = dialog->written();
        CHECK(dialog->messageLabel()->text().contains(u"écrit"));
        dialog->reject();
    });
    hub.rooms()->prepareAction()->trigger();
    return written;
}

// A rapporteur's window on a room copy.
std::unique_ptr<gui::MainWindow> openRoom(const QString& file)
{
    auto ws = storage::Workspace::open(file, {.createIfMissing = false});
    REQUIRE(ws.ok());
    auto window = std::make_unique<gui::MainWindow>(std::move(ws).value());
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    return window;
}

void typeNote(gui::MainWindow& window, int subgroupIndex, const QString& text)
{
    gui::SubgroupView* view = window.subgroupViews().at(subgroupIndex);
    QString question;
    for (const auto& q : window.session().data().questions) {
        if (q.subgroupId == window.session().data().subgroups[subgroupIndex].id) {
            question = q.id;
            break;
        }
    }
    view->selectQuestion(question);
    QLineEdit* edit = view->noteEdit();
    edit->setFocus();
    test::typeText(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
    REQUIRE(edit->text().isEmpty());
}

bool hasNote(const gui::MainWindow& window, const QString& text)
{
    for (const auto& n : window.session().data().notes) {
        if (n.text == text) {
            return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("rooms window: the facilitator prepares the rooms' copies, a rapporteur captures in "
          "the room copy, the facilitator merges it back after its preview, in one undo step")
{
    TempDir dir;
    auto hub = test::openSeedWindow(dir.path(QStringLiteral("hub.sqlite")));
    const QStringList files = prepareRooms(*hub, dir.path(QString()));
    REQUIRE(files.size() == 2);
    CHECK(files[0].endsWith(u"salle-sous-groupe-3.sqlite"));

    {
        auto room = openRoom(files[0]);
        QLabel* banner = room->rooms()->banner();
        CHECK(banner->isVisible());
        CHECK(banner->text().startsWith(u"Poste de salle : Sous-groupe 3 — copié le "));
        for (int i = 0; i < 50 && room->frontPane() != u"subgroups"; ++i) {
            QTest::qWait(10);
        }
        CHECK(room->frontPane() == u"subgroups");
        CHECK(room->subgroupViews().at(0)->isVisible());
        typeNote(*room, 0, QStringLiteral("Les EPCI portent désormais la politique de la ville"));
    }
    CHECK_FALSE(hub->rooms()->banner()->isVisible());
    CHECK_FALSE(
        hasNote(*hub, QStringLiteral("Les EPCI portent désormais la politique de la ville")));

    test::onNextDialog([&](QDialog* d) {
        auto* dialog = qobject_cast<gui::MergeRoomDialog*>(d);
        REQUIRE(dialog);
        const QString preview = dialog->previewText()->toPlainText();
        INFO(preview.toStdString());
        CHECK(preview.contains(u"Notes : 1 ajout"));
        CHECK(preview.contains(u"question « "));
        CHECK(preview.contains(u": 1 nouvelle"));
        CHECK(dialog->conflictTable() == nullptr);
        QTest::mouseClick(dialog->mergeButton(), Qt::LeftButton);
    });
    hub->rooms()->mergeRoom(files[0]);
    CHECK(hasNote(*hub, QStringLiteral("Les EPCI portent désormais la politique de la ville")));
    CHECK(hub->session().editor().undoStack()->text(hub->session().editor().undoStack()->count() -
                                                    1) == u"Fusion : Sous-groupe 3");
    // The subgroup's pane of the facilitator shows it, as if typed there.
    hub->showPane(QStringLiteral("subgroup-3"));
    gui::SubgroupView* view = hub->subgroupViews().at(0);
    for (const auto& n : hub->session().data().notes) {
        if (n.text == u"Les EPCI portent désormais la politique de la ville") {
            view->selectQuestion(n.targetId);
        }
    }
    CHECK(test::rowCount(view->notes()->noteView()) == 1);

    test::activate(*hub);
    QTest::keyClick(hub.get(), Qt::Key_Z, Qt::ControlModifier);
    CHECK_FALSE(
        hasNote(*hub, QStringLiteral("Les EPCI portent désormais la politique de la ville")));
}

TEST_CASE("rooms window: a conflict is shown side by side and both texts can be kept, and a "
          "file that is no room copy is refused in place")
{
    TempDir dir;
    auto hub = test::openSeedWindow(dir.path(QStringLiteral("hub.sqlite")));
    const QStringList files = prepareRooms(*hub, dir.path(QString()));
    REQUIRE(files.size() == 2);
    auto& hubSession = hub->session();
    domain::Note note;
    note.id = QStringLiteral("note-commune");
    note.targetType = domain::NoteTarget::Question;
    note.targetId = hubSession.data().questions.first().id;
    note.text = QStringLiteral("avant");
    REQUIRE(hubSession.editor().saveNote(hubSession.meetingId(), QStringLiteral("Note"), note));
    // The copy made again now that the note exists.
    const QStringList again = prepareRooms(*hub, dir.path(QString()));
    {
        auto room = openRoom(again[0]);
        domain::Note n = note;
        n.text = QStringLiteral("version de la salle");
        REQUIRE(room->session().editor().saveNote(room->session().meetingId(),
                                                  QStringLiteral("Note"), n));
    }
    note.text = QStringLiteral("version d’ici");
    REQUIRE(hubSession.editor().saveNote(hubSession.meetingId(), QStringLiteral("Note"), note));

    test::onNextDialog([&](QDialog* d) {
        auto* dialog = qobject_cast<gui::MergeRoomDialog*>(d);
        REQUIRE(dialog);
        QTableWidget* table = dialog->conflictTable();
        REQUIRE(table);
        REQUIRE(table->rowCount() == 1);
        CHECK(table->item(0, 2)->text() == u"version d’ici");
        CHECK(table->item(0, 3)->text() == u"version de la salle");
        QComboBox* choice = dialog->choiceOf(0);
        REQUIRE(choice->count() == 3);
        choice->setFocus();
        QTest::keyClick(choice, Qt::Key_End);
        CHECK(choice->currentIndex() == 2);
        QTest::mouseClick(dialog->mergeButton(), Qt::LeftButton);
    });
    hub->rooms()->mergeRoom(again[0]);
    CHECK(domain::findRow(hubSession.data().notes, note.id)->text ==
          u"version d’ici\nversion de la salle");

    QSignalSpy refused(hub->rooms(), &gui::RoomActions::failed);
    hub->rooms()->mergeRoom(dir.path(QStringLiteral("hub.sqlite")));
    REQUIRE(refused.size() == 1);
    CHECK(refused[0][0].toString().contains(u"n’est pas un poste de salle"));
}
