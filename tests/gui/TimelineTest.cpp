#include "FacilitatorSupport.h"
#include "TestSupport.h"
#include "domain/Schedule.h"
#include "exchange/Archive.h"
#include "exchange/DefaultWorkspace.h"
#include "gui/MainWindow.h"
#include "gui/timeline/AgendaItemDialog.h"
#include "gui/timeline/ClockPanel.h"
#include "gui/timeline/ItemDetailsPane.h"
#include "session/Editor.h"
#include "storage/AgendaRepository.h"
#include "storage/NoteRepository.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTimeEdit>
#include <QUndoStack>

using namespace copil;
using copil::test::clickBlock;
using copil::test::itemIdOf;
using copil::test::itemOf;
using copil::test::seedDay;
using copil::test::TempDir;
using domain::TimePhase;

namespace {

struct LiveDay {
    TempDir dir;
    std::shared_ptr<domain::ManualClock> clock =
        std::make_shared<domain::ManualClock>(seedDay(9, 40));
    std::unique_ptr<gui::MainWindow> window =
        copil::test::openSeedWindow(dir.path(QStringLiteral("copil.sqlite")), clock);

    QString id(const char* prefix) const { return itemIdOf(*window, QString::fromUtf8(prefix)); }
    domain::AgendaItem item(const char* prefix) const { return itemOf(*window, id(prefix)); }
    QTime forecastStart(const char* prefix) const
    {
        return window->timeline()->forecast().byItem.value(id(prefix)).start.time();
    }
    void at(int h, int m, int s = 0)
    {
        clock->set(seedDay(h, m, s));
        window->tick();
    }
    // The stored agenda, read back from the workspace.
    QList<domain::AgendaItem> stored() const
    {
        auto items =
            storage::AgendaRepository(window->workspace()).items(window->currentMeetingId());
        REQUIRE(items.ok());
        return items.value();
    }
};

} // namespace

TEST_CASE("the timeline shows the seed day in three lanes with a now line")
{
    LiveDay day;
    gui::TimelineView* timeline = day.window->timeline();
    CHECK(timeline->lanes() == QStringList{QStringLiteral("Plénière"),
                                           QStringLiteral("Sous-groupe 3"),
                                           QStringLiteral("Sous-groupe 4")});
    // Parallel subgroups side by side, at the same height; lunch below them.
    const QRect sg3 = timeline->blockRect(day.id("Sujet n°3"));
    const QRect sg4 = timeline->blockRect(day.id("Sujet n°4"));
    const QRect lunch = timeline->blockRect(day.id("Déjeuner"));
    CHECK(sg3.top() == sg4.top());
    CHECK(sg4.left() > sg3.right());
    CHECK(lunch.top() >= sg3.bottom());
    // Sub-items inside their parent.
    const QRect plenary = timeline->blockRect(day.id("Échanges"));
    const QRect intro = timeline->blockRect(day.id("Introduction"));
    CHECK(plenary.contains(intro));
    CHECK(intro.left() > plenary.left());
    CHECK(day.window->clockPanel()->clockText() == QStringLiteral("09:40:00"));
}

TEST_CASE("a started item goes through the colour thresholds as the clock advances")
{
    LiveDay day;
    QSignalSpy timeUp(day.window.get(), &gui::MainWindow::timeUp);
    const QString sg3 = day.id("Sujet n°3");
    day.at(10, 0);
    clickBlock(*day.window, sg3);
    CHECK(day.window->selectedItemId() == sg3);
    QTest::keyClick(day.window.get(), Qt::Key_F5); // Démarrer
    CHECK(day.item("Sujet n°3").actualStart == seedDay(10, 0));
    CHECK(day.stored() == day.window->agenda()); // saved at once

    gui::ClockPanel* clock = day.window->clockPanel();
    const QString lane = QStringLiteral("Sous-groupe 3");
    CHECK(clock->lanePhase(lane) == TimePhase::Normal);
    CHECK(clock->laneText(lane).contains(QStringLiteral("reste 3\u00A0h 00")));
    day.at(12, 23);
    CHECK(clock->lanePhase(lane) == TimePhase::Normal);
    CHECK(clock->laneText(lane).contains(QStringLiteral("reste 37\u00A0min 00\u00A0s")));
    day.at(12, 24); // the last 20 %
    CHECK(clock->lanePhase(lane) == TimePhase::Closing);
    CHECK(day.window->statusBar()->currentMessage().contains(QStringLiteral("plus que 36 min")));
    CHECK(timeUp.isEmpty());
    day.at(13, 0);
    CHECK(clock->lanePhase(lane) == TimePhase::Overrun);
    REQUIRE(timeUp.size() == 1);
    CHECK(timeUp.first().first().toString() == sg3);
    CHECK(day.window->statusBar()->currentMessage().contains(QStringLiteral("temps prévu")));
    day.at(13, 4, 10);
    CHECK(clock->laneText(lane).contains(QStringLiteral("dépassé de 4\u00A0min 10\u00A0s")));
    CHECK(timeUp.size() == 1); // said once

    // The other lane has its own clock: nothing runs there yet.
    CHECK(clock->lanePhase(QStringLiteral("Sous-groupe 4")) == TimePhase::Idle);

    // Pause (F6) stops the clock, resume goes on, finish (F7) records the end.
    QTest::keyClick(day.window.get(), Qt::Key_F6);
    day.at(13, 10);
    CHECK(clock->laneText(lane).contains(
        QStringLiteral("en pause · dépassé de 4\u00A0min 10\u00A0s")));
    // Nowhere a remaining time that could be read as a time of day.
    CHECK_FALSE(clock->laneText(lane).contains(QStringLiteral("04:10")));
    CHECK(day.window->timeline()->blockLines(sg3).contains(
        QStringLiteral("en pause · dépassé de 4\u00A0min 10\u00A0s")));
    QTest::keyClick(day.window.get(), Qt::Key_F6);
    day.at(13, 11);
    CHECK(clock->laneText(lane).contains(QStringLiteral("dépassé de 5\u00A0min 10\u00A0s")));
    QTest::keyClick(day.window.get(), Qt::Key_F7);
    const auto done = day.item("Sujet n°3");
    CHECK(done.actualEnd == seedDay(13, 11));
    CHECK(done.pausedSeconds == 350);
}

TEST_CASE("extending the running item re-plans lunch, the plenary and the end of the day")
{
    LiveDay day;
    day.at(9, 45);
    day.window->selectItem(day.id("Accueil"));
    day.window->startSelected();
    day.at(10, 0);
    day.window->finishSelected();
    clickBlock(*day.window, day.id("Sujet n°3"));
    QTest::keyClick(day.window.get(), Qt::Key_F5);
    clickBlock(*day.window, day.id("Sujet n°4"));
    QTest::keyClick(day.window.get(), Qt::Key_F5);
    CHECK(day.forecastStart("Déjeuner") == QTime(13, 0));
    QTest::keyClick(day.window.get(), Qt::Key_F9); // +10 min
    QTest::keyClick(day.window.get(), Qt::Key_F8); // +5 min
    CHECK(day.item("Sujet n°4").extensionMinutes == 15);
    CHECK(day.forecastStart("Déjeuner") == QTime(13, 15));
    CHECK(day.forecastStart("Échanges") == QTime(14, 15));
    CHECK(day.forecastStart("Questions") == QTime(15, 45));
    CHECK(day.window->timeline()->forecast().dayEnd.time() == QTime(16, 15));
    CHECK(day.window->clockPanel()->dayEndText().contains(QStringLiteral("16:15")));
    CHECK(day.window->clockPanel()->dayEndText().contains(QStringLiteral("+15 min")));
    // The other subgroup keeps its plan.
    CHECK(day.window->timeline()->forecast().byItem.value(day.id("Sujet n°3")).end.time() ==
          QTime(13, 0));
    // An overrun past the extension pushes further, as time goes.
    day.at(13, 30);
    CHECK(day.forecastStart("Déjeuner") == QTime(13, 30));
}

TEST_CASE("dragging a block moves it by five-minute steps, its bottom edge resizes it")
{
    LiveDay day;
    gui::TimelineView* timeline = day.window->timeline();
    const QString lunch = day.id("Déjeuner");
    const QRect r = timeline->blockRect(lunch);
    const double ppm = timeline->pixelsPerMinute();
    const QPoint from = r.center();
    copil::test::dragOnTimeline(timeline, from, from + QPoint(0, int(17 * ppm)));
    // 13:17 snaps to 13:15; the hour is kept.
    CHECK(day.item("Déjeuner").plannedStart == QTime(13, 15));
    CHECK(day.item("Déjeuner").plannedEnd == QTime(14, 15));
    CHECK(day.stored() == day.window->agenda());

    const QRect moved = timeline->blockRect(lunch);
    const QPoint edge(moved.center().x(), moved.bottom() - 2);
    copil::test::dragOnTimeline(timeline, edge, edge - QPoint(0, int(22 * ppm)));
    CHECK(day.item("Déjeuner").plannedEnd == QTime(13, 55)); // 13:53 snaps to 13:55
    CHECK(day.item("Déjeuner").plannedStart == QTime(13, 15));

    // Moving the plenary carries its three parts.
    const QRect plenary = timeline->blockRect(day.id("Échanges"));
    const QPoint strip(plenary.left() + 5, plenary.center().y());
    copil::test::dragOnTimeline(timeline, strip, strip - QPoint(0, int(10 * ppm)));
    CHECK(day.item("Échanges").plannedStart == QTime(13, 50));
    CHECK(day.item("Introduction").plannedStart == QTime(13, 50));
    CHECK(day.item("Questions").plannedEnd == QTime(15, 50));

    // Lunch and the plenary now overlap by five minutes in the main lane: flagged.
    CHECK(domain::Schedule::clashing(day.window->agenda()).contains(lunch));

    // A move that would take the item out of the day is refused and nothing changes.
    const auto before = day.stored();
    const QRect welcome = timeline->blockRect(day.id("Accueil"));
    copil::test::dragOnTimeline(timeline, welcome.center(),
                                QPoint(welcome.center().x(), timeline->height() - 2));
    CHECK(day.stored() == before);
}

TEST_CASE("the item form refuses a broken rule and saves a good edit, undoably")
{
    LiveDay day;
    const domain::AgendaItem lunch = day.item("Déjeuner");
    {
        gui::AgendaItemDialog dialog(lunch, day.window->agenda(), domain::Meeting{}, nullptr);
        auto* end = dialog.findChild<QTimeEdit*>(QStringLiteral("endEdit"));
        auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        REQUIRE(end);
        CHECK(ok->isEnabled());
        end->setTime(QTime(12, 30));
        CHECK(dialog.hasErrors());
        CHECK(dialog.issuesText().contains(QStringLiteral("doit être après le début")));
        CHECK_FALSE(ok->isEnabled());
        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted);
        end->setTime(QTime(14, 30)); // now overlaps the plenary: a warning only
        CHECK_FALSE(dialog.hasErrors());
        CHECK(dialog.issuesText().contains(QStringLiteral("chevauche « Échanges")));
        CHECK(ok->isEnabled());
    }

    // Through the window: Ctrl+Return opens the form on the selected block.
    clickBlock(*day.window, lunch.id);
    copil::test::onNextDialog([](QDialog* dialog) {
        auto* title = dialog->findChild<QLineEdit*>(QStringLiteral("titleEdit"));
        auto* start = dialog->findChild<QTimeEdit*>(QStringLiteral("startEdit"));
        title->setText(QStringLiteral("Déjeuner sur place"));
        start->setTime(QTime(14, 30)); // after its end: refused
        dialog->accept();
        CHECK(dialog->isVisible());
        start->setTime(QTime(12, 45));
        dialog->accept();
    });
    QTest::keyClick(day.window.get(), Qt::Key_Return, Qt::ControlModifier);
    copil::test::activate(*day.window);
    CHECK(day.item("Déjeuner").title == QStringLiteral("Déjeuner sur place"));
    CHECK(day.item("Déjeuner").plannedStart == QTime(12, 45));
    CHECK(day.stored() == day.window->agenda());
    QTest::keyClick(day.window.get(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(itemOf(*day.window, lunch.id) == lunch);
    QTest::keyClick(day.window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(itemOf(*day.window, lunch.id).plannedStart == QTime(12, 45));
}

TEST_CASE("every kind of agenda edit is undone and redone, across panes")
{
    LiveDay day;
    const QUndoStack* stack = day.window->editor().undoStack();
    const auto original = day.stored();
    const auto undoRedo = [&](const QList<domain::AgendaItem>& after) {
        // Switching panes does not lose the history.
        copil::test::activate(*day.window);
        day.window->showPane(QStringLiteral("participants"));
        QTest::keyClick(day.window.get(), Qt::Key_Z, Qt::ControlModifier);
        day.window->showPane(QStringLiteral("plenary"));
        const auto undone = day.stored();
        QTest::keyClick(day.window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        CHECK(day.stored() == after);
        return undone;
    };

    // Live clock: start, extend, pause, finish.
    day.at(10, 1);
    day.window->selectItem(day.id("Sujet n°3"));
    auto before = day.stored();
    day.window->startSelected();
    auto after = day.stored();
    CHECK(after != before);
    CHECK(undoRedo(after) == before);
    before = after;
    day.window->extendSelected(10);
    after = day.stored();
    CHECK(undoRedo(after) == before);
    before = after;
    day.at(11, 0);
    day.window->togglePauseSelected();
    after = day.stored();
    CHECK(undoRedo(after) == before);
    before = after;
    day.window->finishSelected();
    after = day.stored();
    CHECK(undoRedo(after) == before);

    // Reorder: the second and third parts of the plenary swap places and slots.
    day.window->selectItem(day.id("Questions"));
    before = day.stored();
    QTest::keyClick(day.window.get(), Qt::Key_Up, Qt::AltModifier);
    CHECK(day.item("Questions").plannedStart == QTime(14, 15));
    CHECK(day.item("Principaux").plannedStart == QTime(14, 45));
    after = day.stored();
    CHECK(undoRedo(after) == before);

    // Add, then remove an item with a note attached: undo brings the note back.
    storage::NoteRepository notes(day.window->workspace());
    day.window->selectItem(day.id("Déjeuner"));
    before = day.stored();
    copil::test::onNextDialog([](QDialog* dialog) {
        dialog->findChild<QLineEdit*>(QStringLiteral("titleEdit"))
            ->setText(QStringLiteral("Bilan de la journée"));
        dialog->accept();
    });
    QTest::keyClick(day.window.get(), Qt::Key_N, Qt::ControlModifier);
    after = day.stored();
    REQUIRE(after.size() == before.size() + 1);
    CHECK(day.item("Bilan").plannedStart == QTime(14, 0)); // after the selected lunch
    CHECK(undoRedo(after) == before);

    const QString plenary = day.id("Échanges");
    domain::Note note;
    note.id = domain::newId();
    note.targetType = domain::NoteTarget::AgendaItem;
    note.targetId = day.id("Introduction");
    note.text = QStringLiteral("Présentation du calendrier du rapport final");
    REQUIRE(notes.insert(day.window->currentMeetingId(), note).ok());
    day.window->selectItem(plenary);
    before = day.stored();
    copil::test::activate(*day.window);
    QTest::keyClick(day.window.get(), Qt::Key_Delete, Qt::ControlModifier);
    after = day.stored();
    CHECK(after.size() == before.size() - 4); // the plenary and its three parts
    CHECK(notes.notes(day.window->currentMeetingId()).value().isEmpty());
    CHECK(undoRedo(after) == before);
    QTest::keyClick(day.window.get(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(day.stored() == before);
    CHECK(notes.notes(day.window->currentMeetingId()).value() == QList<domain::Note>{note});

    CHECK(stack->count() > 6);
    Q_UNUSED(original);
}

TEST_CASE("typing a description is saved after a pause, on focus loss and on close")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("copil.sqlite"));
    auto clock = std::make_shared<domain::ManualClock>(seedDay(9, 40));
    QString lunchId;
    {
        auto window = copil::test::openSeedWindow(path, clock);
        lunchId = itemIdOf(*window, QStringLiteral("Déjeuner"));
        clickBlock(*window, lunchId);
        QPlainTextEdit* edit = window->detailsPane()->descriptionEdit();
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("Traiteur"));
        // (QTest types ASCII only.)
        CHECK(window->savedIndicatorText().contains(QStringLiteral("Saisie en cours")));
        CHECK(itemOf(*window, lunchId).description.isEmpty()); // not yet
        QTRY_VERIFY_WITH_TIMEOUT(itemOf(*window, lunchId).description == QStringLiteral("Traiteur"),
                                 5000);
        CHECK(window->savedIndicatorText().contains(QStringLiteral("Enregistré")));
        QTest::keyClicks(edit, QStringLiteral(" au 1er etage"));
        window->detailsPane()->flush(); // as when the field loses focus
        // Successive typing in one item is one undo step.
        const QUndoStack* stack = window->editor().undoStack();
        CHECK(stack->count() == 1);
        CHECK(itemOf(*window, lunchId).description == QStringLiteral("Traiteur au 1er etage"));
        QTest::keyClicks(edit, QStringLiteral(", vegetarien"));
        // Closing right away still saves what was typed.
        window->close();
    }
    auto window = copil::test::openSeedWindow(path, clock);
    CHECK(itemOf(*window, lunchId).description ==
          QStringLiteral("Traiteur au 1er etage, vegetarien"));
    window->selectItem(lunchId);
    CHECK(window->detailsPane()->descriptionEdit()->toPlainText() ==
          QStringLiteral("Traiteur au 1er etage, vegetarien"));
}

TEST_CASE("closing and reopening shows the same day, live clock included")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("copil.sqlite"));
    auto clock = std::make_shared<domain::ManualClock>(seedDay(10, 2));
    const QString settings = dir.path(QStringLiteral("copil.conf"));
    QList<domain::AgendaItem> agenda;
    domain::Forecast forecast;
    QString meetingId;
    {
        auto window = copil::test::openSeedWindow(path, clock);
        window->useSettings(std::make_unique<QSettings>(settings, QSettings::IniFormat));
        // A second meeting in the workspace, so that the one shown must be remembered.
        auto copy = exchange::Archive::importFile(
            window->workspace(), exchange::DefaultWorkspace::seedTemplate(), {.newIds = true});
        REQUIRE(copy.ok());
        meetingId = copy.value();
        // An import done beside the window reaches it as a change like any other.
        window->selectMeeting(meetingId);
        REQUIRE(window->currentMeetingId() == meetingId);
        window->selectItem(itemIdOf(*window, QStringLiteral("Sujet n°4")));
        window->startSelected();
        window->extendSelected(20);
        window->selectItem(itemIdOf(*window, QStringLiteral("Sujet n°3")));
        window->startSelected();
        clock->set(seedDay(10, 40));
        window->togglePauseSelected();
        window->tick();
        agenda = window->agenda();
        forecast = window->timeline()->forecast();
        window->close();
    }
    auto window = copil::test::openSeedWindow(path, clock);
    window->useSettings(std::make_unique<QSettings>(settings, QSettings::IniFormat));
    // The same meeting and item in front, the same layout.
    CHECK(window->currentMeetingId() == meetingId);
    CHECK(window->selectedItemId() == itemIdOf(*window, QStringLiteral("Sujet n°3")));
    CHECK(window->agenda() == agenda);
    CHECK(window->timeline()->forecast().dayEnd == forecast.dayEnd);
    // Subgroup 4 began at 10:02 and was given 20 minutes: lunch at 13:22, end at 16:22.
    CHECK(window->timeline()->forecast().dayEnd.time() == QTime(16, 22));
    CHECK(window->clockPanel()
              ->laneText(QStringLiteral("Sous-groupe 3"))
              .contains(QStringLiteral("en pause")));
}

TEST_CASE("the keyboard starts on the day, moves across its lanes and reaches every pane")
{
    LiveDay day;
    copil::test::activate(*day.window);
    gui::TimelineView* timeline = day.window->timeline();
    CHECK(QApplication::focusWidget() == timeline);

    // A click selects what is under the pointer: a part of the selected plenary.
    const QRect plenary = timeline->blockRect(day.id("Échanges"));
    QTest::mouseClick(timeline, Qt::LeftButton, {},
                      QPoint(plenary.left() + 5, plenary.center().y()));
    CHECK(timeline->selectedId() == day.id("Échanges"));
    copil::test::clickBlock(*day.window, day.id("Questions"));
    CHECK(timeline->selectedId() == day.id("Questions"));
    copil::test::clickBlock(*day.window, day.id("Introduction"));
    CHECK(timeline->selectedId() == day.id("Introduction"));

    // Right and Left go from lane to lane at the same time of day.
    day.window->selectItem(day.id("Sujet n°3"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    CHECK(timeline->selectedId() == day.id("Sujet n°4"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    CHECK(timeline->selectedId() == day.id("Sujet n°4")); // the last lane
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left);
    CHECK(timeline->selectedId() == day.id("Sujet n°3"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left);
    const domain::AgendaItem morning = itemOf(*day.window, timeline->selectedId());
    CHECK(morning.track == QStringLiteral("Plénière"));
    CHECK(morning.plannedStart < QTime(12, 0));

    // Alt+Shift+letter brings each pane to the front with the keyboard inside it.
    const QList<std::pair<QString, Qt::Key>> panes{{QStringLiteral("details"), Qt::Key_D},
                                                   {QStringLiteral("agenda"), Qt::Key_L},
                                                   {QStringLiteral("subgroups"), Qt::Key_S},
                                                   {QStringLiteral("plenary"), Qt::Key_P},
                                                   {QStringLiteral("participants"), Qt::Key_I}};
    for (const auto& [name, key] : panes) {
        INFO(name.toStdString());
        auto* dock = day.window->findChild<QDockWidget*>(name + u"Dock");
        REQUIRE(dock);
        QTest::keyClick(QApplication::focusWidget(), key, Qt::AltModifier | Qt::ShiftModifier);
        CHECK(dock->isVisible());
        REQUIRE(QApplication::focusWidget());
        CHECK(dock->isAncestorOf(QApplication::focusWidget()));
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_T, Qt::AltModifier | Qt::ShiftModifier);
    CHECK(QApplication::focusWidget() == timeline);
}

TEST_CASE("no two commands of the main window share a key")
{
    LiveDay day;
    // The menu bar's Alt+letter.
    QSet<QChar> mnemonics;
    for (QAction* menu : day.window->menuBar()->actions()) {
        const QString text = menu->text();
        const qsizetype amp = text.indexOf(u'&');
        REQUIRE(amp >= 0);
        const QChar letter = text.at(amp + 1).toLower();
        INFO(text.toStdString());
        CHECK(!mnemonics.contains(letter));
        mnemonics.insert(letter);
    }
    // Every shortcut of every action, each pane built: those of the window once each;
    // those of a pane (one per subgroup) none of the window's.
    for (const char* pane : {"subgroup-3", "subgroup-4", "plenary", "participants"}) {
        REQUIRE(day.window->showPane(QString::fromUtf8(pane)));
    }
    QHash<QKeySequence, QString> window;
    QList<std::pair<QKeySequence, QString>> panes;
    for (QAction* action : day.window->findChildren<QAction*>()) {
        for (const QKeySequence& key : action->shortcuts()) {
            if (action->shortcutContext() == Qt::WidgetWithChildrenShortcut ||
                action->shortcutContext() == Qt::WidgetShortcut) {
                panes.append({key, action->text()});
                continue;
            }
            INFO(action->text().toStdString() << " and " << window.value(key).toStdString()
                                              << " share " << key.toString().toStdString());
            CHECK(!window.contains(key));
            window.insert(key, action->text());
        }
    }
    CHECK(panes.size() >= 4);
    for (const auto& [key, text] : panes) {
        INFO(text.toStdString() << " and " << window.value(key).toStdString() << " share "
                                << key.toString().toStdString());
        CHECK(!window.contains(key));
    }
}

TEST_CASE("the clock grows with the window when it is maximised on a large screen")
{
    TempDir dir;
    auto window = copil::test::openSeedWindow(dir.path(QStringLiteral("copil.sqlite")));
    window->resize(1366, 768);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    QTest::qWait(50);
    const gui::ClockPanel* panel = window->clockPanel();
    const int laptopText = panel->clockLabel()->fontInfo().pixelSize();
    const int laptopPanel = panel->height();
    CHECK(laptopText >= 28);

    window->resize(1920, 1080);
    QTest::qWait(50);
    const int largeText = panel->clockLabel()->fontInfo().pixelSize();
    INFO("clock text " << laptopText << " px at 768, " << largeText << " px at 1080; panel "
                       << laptopPanel << " px, then " << panel->height() << " px");
    CHECK(largeText >= laptopText * 13 / 10);
    CHECK(largeText * 100 / 1080 >= 4); // at least 4 % of the window's height
    CHECK(panel->height() > laptopPanel);
    // The timeline keeps most of the height.
    CHECK(window->timeline()->height() > panel->height() * 3);
    // Back to the laptop: as it was.
    window->resize(1366, 768);
    QTest::qWait(50);
    CHECK(panel->clockLabel()->fontInfo().pixelSize() == laptopText);
}
