#include "gui/common/Accessibility.h"

#include "GuiSupport.h"
#include "TestSupport.h"
#include "domain/Clock.h"
#include "gui/MainWindow.h"
#include "gui/minutes/ExportDialog.h"
#include "gui/participants/ParticipantsPane.h"
#include "gui/subgroups/PrioritisationView.h"
#include "gui/subgroups/SubgroupView.h"
#include "gui/timeline/ClockPanel.h"
#include "gui/timeline/TimelineView.h"
#include "session/Session.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFrame>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollArea>
#include <QSettings>
#include <QStandardItemModel>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace copil;
using copil::test::TempDir;

namespace {

// Every pane in front once, every window the day uses open.
void openEverything(gui::MainWindow& window)
{
    for (const char* pane :
         {"details", "agenda", "participants", "subgroup-3", "subgroup-4", "plenary"}) {
        REQUIRE(window.showPane(QString::fromLatin1(pane)));
        QCoreApplication::processEvents();
    }
    REQUIRE(window.showPane(QStringLiteral("restitution-4")));
    for (gui::SubgroupView* subgroup : window.subgroupViews()) {
        subgroup->openPrioritisation();
    }
    QCoreApplication::processEvents();
}

QStringList unnamedEverywhere()
{
    QStringList unnamed;
    for (QWidget* top : QApplication::topLevelWidgets()) {
        if (top->isVisible()) {
            unnamed << gui::Accessibility::unnamed(top);
        }
    }
    return unnamed;
}

} // namespace

TEST_CASE("every interactive widget of every window has an accessible name")
{
    TempDir dir;
    auto window = copil::test::openSeedWindow(dir.path(QStringLiteral("copil.sqlite")));
    openEverything(*window);
    gui::ExportDialog dialog(window->session().meetings().front(),
                             exchange::MinutesOptions::Variant::Minutes, window.get());
    dialog.show();
    QCoreApplication::processEvents();
    const QStringList unnamed = unnamedEverywhere();
    INFO(unnamed.join(u'\n').toStdString());
    CHECK(unnamed.isEmpty());
    // Names come from what is read beside the control: its label, its placeholder.
    auto* addCause = window->subgroupViews().at(1)->prioritisation()->findChild<QLineEdit*>();
    REQUIRE(addCause);
    CHECK_FALSE(addCause->accessibleName().isEmpty());

    // The check does see a control nothing names.
    QWidget bare;
    auto* field = new QLineEdit(&bare);
    bare.show();
    field->setAccessibleName(QString());
    CHECK(gui::Accessibility::unnamed(&bare).size() == 1);
}

TEST_CASE("every table, list and tree takes one Tab stop, arrows move inside it")
{
    TempDir dir;
    auto window = copil::test::openSeedWindow(dir.path(QStringLiteral("copil.sqlite")));
    openEverything(*window);
    int views = 0;
    for (QWidget* top : QApplication::topLevelWidgets()) {
        for (QAbstractItemView* view : top->findChildren<QAbstractItemView*>()) {
            if (view->isVisibleTo(top)) {
                ++views;
                INFO(view->objectName().toStdString());
                CHECK_FALSE(view->tabKeyNavigation());
            }
        }
    }
    CHECK(views >= 8);
}

TEST_CASE("F1 opens the user guide offline, from any pane")
{
    TempDir dir;
    const QString guide = dir.path(QStringLiteral("index.html"));
    copil::test::writeAll(
        guide, QByteArrayLiteral("<html lang=\"fr\"><body><h1>Guide d\xe2\x80\x99utilisation de "
                                 "Copil</h1></body></html>"));
    qputenv("COPIL_GUIDE", guide.toLocal8Bit());
    auto window = copil::test::openSeedWindow(dir.path(QStringLiteral("copil.sqlite")));
    REQUIRE(window->showPane(QStringLiteral("participants")));
    QApplication::setActiveWindow(window.get());
    QWidget* focus = QApplication::focusWidget() ? QApplication::focusWidget() : window.get();
    QTest::keyClick(focus, Qt::Key_F1);
    QTextBrowser* browser = nullptr;
    for (QWidget* top : QApplication::topLevelWidgets()) {
        if (top->isVisible() && top->objectName() == u"guideWindow") {
            browser = top->findChild<QTextBrowser*>(QStringLiteral("guideBrowser"));
        }
    }
    qunsetenv("COPIL_GUIDE");
    REQUIRE(browser);
    CHECK(browser->toPlainText().contains(QStringLiteral("Guide d’utilisation de Copil")));
    browser->window()->close();
}

TEST_CASE("the high-contrast option changes the palette of every window and is remembered")
{
    TempDir dir;
    auto window = copil::test::openSeedWindow(dir.path(QStringLiteral("copil.sqlite")));
    auto* action = window->findChild<QAction*>(QStringLiteral("highContrastAction"));
    REQUIRE(action);
    const QColor before = window->palette().color(QPalette::Window);
    action->trigger();
    QCoreApplication::processEvents();
    CHECK(gui::Accessibility::highContrast());
    CHECK(window->palette().color(QPalette::Window) == QColor(0, 0, 0));
    CHECK(window->palette().color(QPalette::WindowText) == QColor(255, 255, 255));
    CHECK(window->palette().color(QPalette::Highlight) == QColor(255, 255, 0));
    // The timeline paints light blocks of its own: it keeps dark text on them.
    auto* timeline = window->findChild<gui::TimelineView*>();
    REQUIRE(timeline);
    CHECK(timeline->palette().color(QPalette::Text) != QColor(255, 255, 255));
    // A window opened afterwards (the next launch) starts in high contrast.
    gui::MainWindow second(window->session());
    CHECK(second.findChild<QAction*>(QStringLiteral("highContrastAction"))->isChecked());
    action->trigger();
    QCoreApplication::processEvents();
    CHECK_FALSE(gui::Accessibility::highContrast());
    CHECK(window->palette().color(QPalette::Window) == before);
}

TEST_CASE("one object at most claims the focus: a tab is focused only when its bar has the "
          "keyboard")
{
    TempDir dir;
    auto window = copil::test::openSeedWindow(dir.path(QStringLiteral("copil.sqlite")));
    REQUIRE(window->showPane(QStringLiteral("subgroup-4")));
    QCoreApplication::processEvents();
    int bars = 0;
    int focusedTabs = 0;
    for (QTabBar* bar : window->findChildren<QTabBar*>()) {
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(bar);
        REQUIRE(iface);
        if (!bar->isVisible() || bar->count() == 0) {
            continue;
        }
        ++bars;
        CHECK(iface->role() == QAccessible::PageTabList);
        REQUIRE(iface->childCount() == bar->count());
        for (int i = 0; i < bar->count(); ++i) {
            QAccessibleInterface* tab = iface->child(i);
            CHECK(tab->role() == QAccessible::PageTab);
            CHECK_FALSE(tab->text(QAccessible::Name).isEmpty());
            CHECK(tab->state().selected == (i == bar->currentIndex()));
            CHECK(iface->indexOfChild(tab) == i);
            focusedTabs += tab->state().focused ? 1 : 0;
        }
    }
    CHECK(bars >= 2);        // the panes' tabs, the subgroups' tabs, a subgroup's parts
    CHECK(focusedTabs == 0); // the keyboard is on the timeline
}

TEST_CASE("every window reports itself as a window to a screen reader")
{
    TempDir dir;
    auto window = copil::test::openSeedWindow(dir.path(QStringLiteral("copil.sqlite")));
    openEverything(*window);
    int windows = 0;
    for (QWidget* top : QApplication::topLevelWidgets()) {
        if (!top->isVisible() || qobject_cast<QMenu*>(top)) {
            continue;
        }
        ++windows;
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(top);
        REQUIRE(iface);
        INFO(top->windowTitle().toStdString());
        CHECK((iface->role() == QAccessible::Window || iface->role() == QAccessible::Dialog));
    }
    CHECK(windows >= 2); // the main window and the restitution
}

TEST_CASE("the timeline exposes its blocks to a screen reader, the selected one selected, and "
          "the clock and the lanes' countdowns say their text")
{
    TempDir dir;
    auto clock =
        std::make_shared<domain::ManualClock>(QDateTime(QDate(2017, 10, 11), QTime(10, 25)));
    auto window = copil::test::openSeedWindow(dir.path(QStringLiteral("copil.sqlite")), clock);
    auto* timeline = window->findChild<gui::TimelineView*>();
    REQUIRE(timeline);
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(timeline);
    REQUIRE(iface);
    CHECK(iface->role() == QAccessible::List);
    CHECK_FALSE(iface->text(QAccessible::Name).isEmpty());
    const QStringList ids = timeline->blockIds();
    REQUIRE(ids.size() > 5);
    REQUIRE(iface->childCount() == ids.size());
    for (int i = 0; i < iface->childCount(); ++i) {
        QAccessibleInterface* block = iface->child(i);
        REQUIRE(block);
        CHECK(block->role() == QAccessible::ListItem);
        CHECK(block->text(QAccessible::Name) == timeline->blockTitle(ids[i]));
        // Its lane and what is written on it (times, live state).
        CHECK(block->text(QAccessible::Description).contains(timeline->blockLane(ids[i])));
        CHECK(
            block->text(QAccessible::Description).contains(timeline->blockLines(ids[i]).value(0)));
        CHECK(iface->indexOfChild(block) == i);
        CHECK(block->parent() == iface);
        const QRect r = block->rect();
        CHECK((r.isEmpty() || iface->childAt(r.center().x(), r.center().y()) != nullptr));
    }

    // The selected block is the selected child. (The selection event itself only leaves
    // with a platform accessibility bridge: scripts/check-accessibility sees it over AT-SPI.)
    timeline->setSelectedId(ids.back());
    CHECK(iface->child(int(ids.size()) - 1)->state().selected);
    CHECK_FALSE(iface->child(0)->state().selected);

    // The clock says the time, each lane's card its item and time left.
    auto* clockPanel = window->findChild<gui::ClockPanel*>();
    REQUIRE(clockPanel);
    bool clockNamed = false;
    for (QLabel* label : clockPanel->findChildren<QLabel*>()) {
        if (label->text() == clockPanel->clockText()) {
            clockNamed = QAccessible::queryAccessibleInterface(label)
                             ->text(QAccessible::Name)
                             .contains(clockPanel->clockText());
        }
    }
    CHECK(clockNamed);
    int cards = 0;
    for (QFrame* card : clockPanel->findChildren<QFrame*>(QStringLiteral("laneCard"))) {
        ++cards;
        INFO(card->accessibleName().toStdString());
        CHECK((card->accessibleName().contains(QStringLiteral("reste")) ||
               card->accessibleName().contains(QStringLiteral("suivre"))));
    }
    CHECK(cards >= 2);
}

TEST_CASE("F4 opens the prioritisation of the subgroup in front from any pane")
{
    TempDir dir;
    auto window = copil::test::openSeedWindow(dir.path(QStringLiteral("copil.sqlite")));
    REQUIRE(window->showPane(QStringLiteral("subgroup-4")));
    QCoreApplication::processEvents();
    gui::PrioritisationView* four = window->subgroupViews().at(1)->prioritisation();
    gui::PrioritisationView* three = window->subgroupViews().at(0)->prioritisation();
    // From the participants' table, the subgroup's pane behind it.
    REQUIRE(window->showPane(QStringLiteral("participants")));
    QApplication::setActiveWindow(window.get());
    auto* table = window->findChild<QAbstractItemView*>(QStringLiteral("participantsView"));
    QWidget* from = table ? static_cast<QWidget*>(table) : window.get();
    from->setFocus();
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : from, Qt::Key_F4);
    CHECK(four->isVisible());
    CHECK_FALSE(three->isVisible());
    four->close();
    // From the timeline too.
    auto* timeline = window->findChild<gui::TimelineView*>();
    QApplication::setActiveWindow(window.get());
    timeline->setFocus();
    QTest::keyClick(timeline, Qt::Key_F4);
    CHECK(four->isVisible());
    four->close();
}

TEST_CASE("Tab goes round each pane's controls, each seen, tables one stop, no trap")
{
    TempDir dir;
    auto window = copil::test::openSeedWindow(dir.path(QStringLiteral("copil.sqlite")));
    const QList<std::pair<QString, Qt::Key>> panes{{QStringLiteral("details"), Qt::Key_D},
                                                   {QStringLiteral("agenda"), Qt::Key_L},
                                                   {QStringLiteral("subgroups"), Qt::Key_S},
                                                   {QStringLiteral("plenary"), Qt::Key_P},
                                                   {QStringLiteral("participants"), Qt::Key_I}};
    for (const auto& [name, key] : panes) {
        INFO(name.toStdString());
        QApplication::setActiveWindow(window.get());
        QWidget* start = QApplication::focusWidget() ? QApplication::focusWidget() : window.get();
        QTest::keyClick(start, key, Qt::AltModifier | Qt::ShiftModifier);
        QCoreApplication::processEvents();
        QList<QWidget*> stops;
        bool backToStart = false;
        for (int press = 0; press < 80; ++press) {
            QWidget* focus = QApplication::focusWidget();
            REQUIRE(focus);
            if (!stops.isEmpty() && focus == stops.front()) {
                backToStart = true;
                break;
            }
            // Every stop is on screen, in the window, with a size: a person sees where it is.
            INFO("stop " << press << ": " << focus->metaObject()->className() << " "
                         << focus->objectName().toStdString());
            CHECK(focus->isVisible());
            CHECK(!focus->size().isEmpty());
            CHECK(focus->window() == window.get());
            CHECK_FALSE(focus->visibleRegion().isEmpty());
            // A table is one stop: Tab leaves it at once.
            CHECK_FALSE(stops.contains(focus));
            stops << focus;
            QTest::keyClick(focus, Qt::Key_Tab);
        }
        CHECK(backToStart); // round the window and back: no trap
        CHECK(stops.size() >= 3);
    }
}

TEST_CASE("on a screen smaller than the window's layout (a laptop at QT_SCALE_FACTOR=1.5) the "
          "window fits and its panes scroll")
{
    TempDir dir;
    auto window = copil::test::openSeedWindow(dir.path(QStringLiteral("copil.sqlite")));
    // 1366×768 at a scale factor of 1.5: 910×512 device-independent pixels.
    const QSize laptop(910, 512);
    REQUIRE_FALSE(QRect(QPoint(), laptop).contains(QRect(QPoint(), window->minimumSizeHint())));
    gui::Accessibility::fitToScreen(*window, laptop);
    QCoreApplication::processEvents();
    INFO(window->minimumSizeHint().width() << "x" << window->minimumSizeHint().height());
    CHECK(window->minimumSizeHint().width() <= laptop.width());
    CHECK(window->minimumSizeHint().height() <= laptop.height());
    CHECK(window->width() <= laptop.width());
    CHECK(window->height() <= laptop.height());
    // Everything is still there, inside scroll areas.
    CHECK(qobject_cast<QScrollArea*>(window->centralWidget()));
    CHECK(window->findChild<gui::TimelineView*>());
    CHECK(window->showPane(QStringLiteral("participants")));
    // Twice changes nothing.
    QWidget* central = window->centralWidget();
    gui::Accessibility::fitToScreen(*window, laptop);
    CHECK(window->centralWidget() == central);
}

TEST_CASE("in high contrast the colours lists give their text stay readable, in their hue")
{
    // Attendance green and red on black: 2.6:1 and 3.2:1 as chosen, 4.5:1 once adjusted.
    for (const QColor& chosen : {QColor(0x1b, 0x5e, 0x20), QColor(0xb7, 0x1c, 0x1c)}) {
        const QColor shown = gui::Accessibility::readableOn(chosen, Qt::black);
        CHECK(gui::Accessibility::contrast(chosen, Qt::black) < 4.5);
        CHECK(gui::Accessibility::contrast(shown, Qt::black) >= 4.5);
        CHECK(std::abs(shown.hslHue() - chosen.hslHue()) <= 2);
    }
    CHECK(gui::Accessibility::readableOn(Qt::white, Qt::black) == QColor(Qt::white));

    // A list as drawn by the application's style: the brightest pixel of a text coloured
    // like « Présent » reads on black.
    QStandardItemModel model(1, 1);
    auto* item = new QStandardItem(QStringLiteral("Présent"));
    item->setForeground(QColor(0x1b, 0x5e, 0x20));
    QFont bold;
    bold.setPointSize(14);
    item->setFont(bold);
    model.setItem(0, 0, item);
    QTableView table;
    table.setModel(&model);
    table.resize(300, 120);
    table.setColumnWidth(0, 200);
    table.show();
    gui::Accessibility::install();
    gui::Accessibility::setHighContrast(true);
    QCoreApplication::processEvents();
    const QModelIndex present = model.index(0, 0);
    const QImage image = table.viewport()->grab(table.visualRect(present)).toImage();
    gui::Accessibility::setHighContrast(false);
    double best = 1;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            best = std::max(
                best, gui::Accessibility::contrast(image.pixelColor(x, y), image.pixelColor(0, 0)));
        }
    }
    INFO("brightest text pixel at " << best << ":1");
    CHECK(best >= 4.0);
}
