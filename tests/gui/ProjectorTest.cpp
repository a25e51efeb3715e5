#include "FacilitatorSupport.h"
#include "Screens.h"
#include "TestSupport.h"
#include "domain/Prioritisation.h"
#include "gui/MainWindow.h"
#include "gui/plenary/PlenaryPane.h"
#include "gui/plenary/RestitutionView.h"
#include "gui/projector/ProjectorController.h"
#include "gui/projector/ProjectorPages.h"
#include "gui/projector/ProjectorText.h"
#include "gui/projector/ProjectorWindow.h"
#include "gui/subgroups/PrioritisationView.h"
#include "gui/subgroups/SubgroupView.h"
#include "session/Editor.h"
#include "session/Session.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>

using namespace copil;
using copil::test::laptopAndProjector;
using copil::test::screenNamed;
using copil::test::ScreensGuard;
using copil::test::ScreenSpec;
using copil::test::seedDay;
using copil::test::setScreens;
using copil::test::TempDir;
using domain::TimePhase;
using gui::ProjectorMode;

namespace {

const QString kLaptop = QStringLiteral("Portable");
const QString kProjector = QStringLiteral("Projecteur");

// The control window on the laptop's screen, the seed meeting at a moment of the day.
struct Room {
    explicit Room(const QList<ScreenSpec>& screens = laptopAndProjector()) : guard(screens)
    {
        window = copil::test::openSeedWindow(dir.path(QStringLiteral("copil.sqlite")), clock);
        window->resize(1280, 700);
        window->useSettings(std::make_unique<QSettings>(dir.path(QStringLiteral("copil.conf")),
                                                        QSettings::IniFormat));
        projector = window->projector();
        copil::test::activate(*window);
    }
    ~Room() { window.reset(); }

    gui::ProjectorWindow* room() const { return projector->window(); }
    gui::DayPage* day() const { return room()->dayPage(); }
    session::Session& session() const { return window->session(); }
    QString item(const char* prefix) const
    {
        return copil::test::itemIdOf(*window, QString::fromUtf8(prefix));
    }
    QString subgroup(int number) const
    {
        for (const auto& s : session().data().subgroups) {
            if (s.number == number) {
                return s.id;
            }
        }
        FAIL("no subgroup " << number);
        return {};
    }
    void at(int h, int m, int s = 0)
    {
        clock->set(seedDay(h, m, s));
        window->tick();
    }
    // Keys pressed in the control window, as the facilitator does.
    void keys(const QKeySequence& sequence)
    {
        QApplication::setActiveWindow(window.get());
        QTest::keySequence(window.get(), sequence);
        QCoreApplication::processEvents();
    }
    // The welcome from 9:45 to 10:00, both subgroups started at 10:00, the clock at h:m:s.
    void morning(int h, int m, int s = 0)
    {
        at(9, 45);
        REQUIRE(session().start(item("Accueil")));
        at(10, 0);
        REQUIRE(session().finish(item("Accueil")));
        REQUIRE(session().start(item("Sujet n°3")));
        REQUIRE(session().start(item("Sujet n°4")));
        at(h, m, s);
    }

    ScreensGuard guard;
    TempDir dir;
    std::shared_ptr<domain::ManualClock> clock =
        std::make_shared<domain::ManualClock>(seedDay(9, 40));
    std::unique_ptr<gui::MainWindow> window;
    gui::ProjectorController* projector = nullptr;
};

QAction* screenAction(gui::ProjectorController* projector, const QString& name)
{
    const QList<QAction*> menus = projector->menu()->actions();
    for (QAction* entry : menus) {
        if (entry->menu() && entry->menu()->title().contains(QStringLiteral("cran"))) {
            for (QAction* a : entry->menu()->actions()) {
                if (a->data().toString() == name) {
                    return a;
                }
            }
        }
    }
    return nullptr;
}

// The smallest text the room's window shows, in pixels: labels, the time left, the
// chart, the rich text of questions and restitution (every fragment).
int smallestText(QWidget* window)
{
    int smallest = 100000;
    const auto see = [&smallest](const QFont& f) {
        smallest = std::min(smallest, QFontInfo(f).pixelSize());
    };
    for (QLabel* l : window->findChildren<QLabel*>()) {
        if (l->isVisible() && !l->text().isEmpty()) {
            see(l->font());
        }
    }
    for (gui::TimeDisplay* t : window->findChildren<gui::TimeDisplay*>()) {
        if (t->isVisible()) {
            see(t->captionFont());
            see(t->unitFont());
            see(t->digitFont());
        }
    }
    for (gui::RankingChart* c : window->findChildren<gui::RankingChart*>()) {
        if (c->isVisible() && !c->bars().isEmpty()) {
            see(c->font());
        }
    }
    for (QTextBrowser* b : window->findChildren<QTextBrowser*>()) {
        if (!b->isVisible()) {
            continue;
        }
        const QFont base = b->document()->defaultFont();
        for (QTextBlock block = b->document()->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                QTextCharFormat format = it.fragment().charFormat();
                QFont f = base;
                if (format.hasProperty(QTextFormat::FontPixelSize)) {
                    f.setPixelSize(format.intProperty(QTextFormat::FontPixelSize));
                }
                if (format.hasProperty(QTextFormat::FontPointSize)) {
                    f.setPointSizeF(format.doubleProperty(QTextFormat::FontPointSize));
                }
                // Headings are larger; anything adjusted below the base is smaller.
                if (format.intProperty(QTextFormat::FontSizeAdjustment) < 0) {
                    f.setPixelSize(base.pixelSize() * 8 / 10);
                }
                see(f);
            }
        }
    }
    return smallest;
}

// How high the digits of a font are, from its metrics.
double digitHeight(const QFont& font)
{
    return QFontMetricsF(font).tightBoundingRect(QStringLiteral("0123456789")).height();
}

bool sameImage(const QImage& a, const QImage& b)
{
    return a.convertToFormat(QImage::Format_RGB32) == b.convertToFormat(QImage::Format_RGB32);
}

} // namespace

TEST_CASE("durations for the room are written out, never as a time of day")
{
    using gui::ProjectorText;
    domain::LiveStatus s;
    s.state = domain::RunState::Running;
    s.remaining = 14 * 60 + 49;
    CHECK(ProjectorText::remaining(s) == QStringLiteral("reste 14\u00A0min 49\u00A0s"));
    s.remaining = 3600 + 5 * 60 + 59;
    CHECK(ProjectorText::remaining(s) == QStringLiteral("reste 1\u00A0h 05"));
    s.remaining = 45;
    CHECK(ProjectorText::remaining(s) == QStringLiteral("reste 45\u00A0s"));
    s.remaining = 7 * 60 + 3;
    CHECK(ProjectorText::remaining(s) == QStringLiteral("reste 7\u00A0min 03\u00A0s"));
    s.remaining = -(3 * 60 + 20);
    CHECK(ProjectorText::remaining(s) == QStringLiteral("dépassé de 3\u00A0min 20\u00A0s"));
    s.state = domain::RunState::Paused;
    CHECK(ProjectorText::phase(s) == QStringLiteral("en pause"));
    CHECK(ProjectorText::minutes(18 * 60 + 30) == QStringLiteral("18\u00A0min"));
    CHECK(ProjectorText::minutes(65 * 60) == QStringLiteral("1\u00A0h 05"));
    for (qint64 v : {0, 59, 60, 3599, 3600, 7322}) {
        CHECK_FALSE(ProjectorText::join(ProjectorText::duration(v)).contains(u':'));
    }
}

TEST_CASE("the projector goes full screen on the chosen screen, listed by name and remembered")
{
    const QList<ScreenSpec> three{laptopAndProjector().value(0),
                                  laptopAndProjector().value(1),
                                  {QStringLiteral("Salle-2"), QRect(3286, 0, 1280, 720)}};
    TempDir settingsDir;
    const QString settingsPath = settingsDir.path(QStringLiteral("copil.conf"));
    {
        Room r(three);
        r.window->useSettings(std::make_unique<QSettings>(settingsPath, QSettings::IniFormat));
        // Each screen by its name and size; the control window's said so.
        QAction* salle = screenAction(r.projector, QStringLiteral("Salle-2"));
        REQUIRE(salle);
        CHECK(salle->text() == QStringLiteral("3 : Salle-2 (1280 × 720)"));
        REQUIRE(screenAction(r.projector, kLaptop));
        CHECK(screenAction(r.projector, kLaptop)->text().contains(QStringLiteral("cette fenêtre")));
        CHECK(r.projector->screenBox()->count() == 3);
        // Nothing chosen yet: the first screen that is not the control window's.
        CHECK(r.projector->chosenScreen()->name() == kProjector);

        salle->trigger();
        CHECK_FALSE(r.room()->isVisible());
        r.keys(QKeySequence(Qt::Key_F12));
        REQUIRE(r.room()->isVisible());
        CHECK(r.room()->isFullScreen());
        CHECK(r.room()->screen()->name() == QStringLiteral("Salle-2"));
        CHECK(r.room()->geometry() == QRect(3286, 0, 1280, 720));
        CHECK(r.projector->showAction()->isChecked());
        // The keys stay with the control window.
        QCoreApplication::processEvents();
        CHECK(QApplication::activeWindow() == r.window.get());
        r.keys(QKeySequence(Qt::Key_F12));
        CHECK_FALSE(r.room()->isVisible());
    }
    QSettings settings(settingsPath, QSettings::IniFormat);
    CHECK(settings.value(QStringLiteral("projector/screen")).toString() ==
          QStringLiteral("Salle-2"));
    {
        Room r(three);
        r.window->useSettings(std::make_unique<QSettings>(settingsPath, QSettings::IniFormat));
        CHECK(r.projector->chosenScreen()->name() == QStringLiteral("Salle-2"));
        CHECK(r.projector->screenBox()->currentText().contains(QStringLiteral("Salle-2")));
        // The chosen screen gone: the first other one.
        setScreens(laptopAndProjector());
        CHECK(r.projector->chosenScreen()->name() == kProjector);
    }
}

TEST_CASE("on the control window's own screen the projector is an ordinary window")
{
    Room r({laptopAndProjector().value(0)});
    CHECK(r.projector->chosenScreen()->name() == kLaptop);
    r.projector->open();
    REQUIRE(r.room()->isVisible());
    CHECK_FALSE(r.room()->isFullScreen());
    CHECK(r.room()->screen()->name() == kLaptop);
    CHECK(r.room()->width() < 1366 / 2);
    CHECK(QRect(0, 0, 1366, 768).contains(r.room()->geometry()));
    // --projector 1 on the only screen: the same; a screen that is not there is said.
    r.projector->close();
    CHECK(r.projector->openOnScreenNumber(1).isEmpty());
    CHECK_FALSE(r.room()->isFullScreen());
    const QString error = r.projector->openOnScreenNumber(2);
    CHECK(error.contains(QStringLiteral("n° 2")));
    CHECK(error.contains(QStringLiteral("1 : Portable (1366 × 768)")));
}

TEST_CASE("copil --projector N opens on the N-th screen without changing the remembered choice")
{
    Room r;
    CHECK(r.projector->openOnScreenNumber(2).isEmpty());
    CHECK(r.room()->isFullScreen());
    CHECK(r.room()->screen()->name() == kProjector);
    QSettings settings(r.dir.path(QStringLiteral("copil.conf")), QSettings::IniFormat);
    CHECK_FALSE(settings.contains(QStringLiteral("projector/screen")));
}

TEST_CASE("when its screen goes the projector falls back to a window, and a new screen is offered")
{
    Room r;
    r.projector->open();
    REQUIRE(r.room()->isFullScreen());
    REQUIRE(r.room()->screen()->name() == kProjector);

    // The projector's cable is pulled.
    setScreens({laptopAndProjector().value(0)});
    REQUIRE(r.room()->isVisible());
    CHECK_FALSE(r.room()->isFullScreen());
    CHECK(r.room()->screen()->name() == kLaptop);
    CHECK(r.room()->width() < r.window->width());
    CHECK(QRect(0, 0, 1366, 768).contains(r.room()->geometry()));
    CHECK(r.projector->screenBox()->count() == 1);
    CHECK(r.projector->offerBand()->isHidden());

    // Plugged in again: Copil offers it in a band, and projects there when asked.
    setScreens(laptopAndProjector());
    REQUIRE(r.projector->offerBand()->isVisible());
    CHECK(r.projector->offerBand()->findChild<QLabel*>()->text().contains(kProjector));
    CHECK_FALSE(r.room()->isFullScreen());
    auto* accept =
        r.projector->offerBand()->findChild<QPushButton*>(QStringLiteral("projectorOfferAccept"));
    REQUIRE(accept);
    QTest::mouseClick(accept, Qt::LeftButton);
    CHECK(r.projector->offerBand()->isHidden());
    CHECK(r.room()->isFullScreen());
    CHECK(r.room()->screen()->name() == kProjector);
    CHECK(r.room()->geometry() == QRect(1366, 0, 1920, 1080));

    // Declined, the offer goes and nothing moves.
    r.projector->close();
    setScreens({laptopAndProjector().value(0)});
    setScreens(laptopAndProjector());
    REQUIRE(r.projector->offerBand()->isVisible());
    QTest::mouseClick(
        r.projector->offerBand()->findChild<QPushButton*>(QStringLiteral("projectorOfferDecline")),
        Qt::LeftButton);
    CHECK(r.projector->offerBand()->isHidden());
    CHECK_FALSE(r.room()->isVisible());
}

TEST_CASE("Esc on the projector window leaves full screen")
{
    Room r;
    r.projector->open();
    REQUIRE(r.room()->isFullScreen());
    QApplication::setActiveWindow(r.room());
    QTest::keyClick(r.room(), Qt::Key_Escape);
    CHECK(r.room()->isVisible());
    CHECK_FALSE(r.room()->isFullScreen());
    CHECK(r.room()->screen()->name() == kProjector);
    CHECK(r.projector->showAction()->isChecked());
    // The projector's own keys: B blacks it out from there too.
    QApplication::setActiveWindow(r.room());
    QTest::keyClick(r.room(), Qt::Key_B);
    CHECK(r.room()->isBlackedOut());
}

TEST_CASE("the day: per lane the item, its time left in large digits, its phase, what follows")
{
    Room r;
    r.morning(10, 25);
    r.projector->open();
    REQUIRE(r.projector->state().mode == ProjectorMode::Day);
    gui::DayPage* day = r.day();
    CHECK(day->lanes() == QStringList{QStringLiteral("Plénière"), QStringLiteral("Sous-groupe 3"),
                                      QStringLiteral("Sous-groupe 4")});
    const QString sg3 = QStringLiteral("Sous-groupe 3");
    QString text = day->laneText(sg3);
    INFO(text.toStdString());
    CHECK(
        text.contains(QStringLiteral("Sujet n°3 : Le territoire comme vecteur de transversalité")));
    CHECK(text.contains(QStringLiteral("reste 2\u00A0h 35")));
    CHECK(text.contains(QStringLiteral("dans les temps")));
    CHECK(text.contains(QStringLiteral("Ensuite : Déjeuner, à 13:00")));
    CHECK(day->lanePhase(sg3) == TimePhase::Normal);
    CHECK(day->timeDisplay(sg3)->colour() == gui::ProjectorColours::foreground(TimePhase::Normal));
    // The lane with nothing running says what comes next there.
    CHECK(day->laneText(QStringLiteral("Plénière")).contains(QStringLiteral("à suivre")));
    CHECK(day->laneText(QStringLiteral("Plénière")).contains(QStringLiteral("Déjeuner")));
    CHECK(day->dayEndText() == QStringLiteral("Fin de la journée prévue à 16:00, à l’heure"));
    CHECK(day->clockText() == QStringLiteral("10:25"));

    // The last 20 %: amber, and said.
    r.at(12, 30, 11);
    text = day->laneText(sg3);
    CHECK(text.contains(QStringLiteral("reste 29\u00A0min 49\u00A0s")));
    CHECK(text.contains(QStringLiteral("dernières minutes")));
    CHECK(day->lanePhase(sg3) == TimePhase::Closing);
    CHECK(day->timeDisplay(sg3)->colour() == gui::ProjectorColours::foreground(TimePhase::Closing));
    // Overrun: red, and the day's end moves.
    r.at(13, 3, 20);
    text = day->laneText(sg3);
    CHECK(text.contains(QStringLiteral("dépassé de 3\u00A0min 20\u00A0s")));
    CHECK(text.contains(QStringLiteral("temps dépassé")));
    CHECK(day->lanePhase(sg3) == TimePhase::Overrun);
    CHECK(day->timeDisplay(sg3)->colour() == gui::ProjectorColours::foreground(TimePhase::Overrun));
    CHECK(day->dayEndText().contains(QStringLiteral("après le programme (16:00)")));
    CHECK_FALSE(day->dayEndText().contains(QStringLiteral(" s ")));
    // The plenary's parts follow one another.
    REQUIRE(r.session().finish(r.item("Sujet n°3")));
    REQUIRE(r.session().finish(r.item("Sujet n°4")));
    REQUIRE(r.session().start(r.item("Déjeuner")));
    r.at(14, 0);
    REQUIRE(r.session().start(r.item("Introduction")));
    r.at(14, 1);
    text = day->laneText(QStringLiteral("Plénière"));
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Introduction")));
    CHECK(text.contains(QStringLiteral("reste 14\u00A0min 00\u00A0s")));
    CHECK(text.contains(QStringLiteral("Ensuite : Principaux constats")));
}

TEST_CASE("the digits are at least a tenth of the window's height at 1920×1080 and 1280×720")
{
    for (const QSize size : {QSize(1920, 1080), QSize(1280, 720)}) {
        INFO("projector " << size.width() << "×" << size.height());
        Room r(laptopAndProjector(size));
        r.morning(10, 25);
        r.projector->open();
        REQUIRE(r.room()->size() == size);
        for (const QString& lane :
             {QStringLiteral("Sous-groupe 3"), QStringLiteral("Sous-groupe 4")}) {
            gui::TimeDisplay* digits = r.day()->timeDisplay(lane);
            REQUIRE(digits);
            REQUIRE(digits->isVisible());
            CHECK(digitHeight(digits->digitFont()) >= size.height() / 10.0);
            // Drawn whole: the widget has the width its widest duration needs.
            CHECK(digits->width() >= digits->widestWidth());
            CHECK(r.room()->rect().contains(digits->mapTo(r.room(), digits->rect().bottomRight())));
        }
        // Three lanes running at once: still a tenth.
        REQUIRE(r.session().start(r.item("Déjeuner")));
        r.at(13, 2);
        for (const QString& lane : r.day()->lanes()) {
            CHECK(digitHeight(r.day()->timeDisplay(lane)->digitFont()) >= size.height() / 10.0);
        }
    }
}

TEST_CASE("every mode is readable: no text under 28 px at 1280×720, long titles wrapped")
{
    Room r(laptopAndProjector({1280, 720}));
    r.morning(10, 25);
    r.projector->open();
    REQUIRE(r.room()->height() == 720);
    // A very long title is wrapped on several lines, whole.
    domain::AgendaItem sg3 = *r.session().agendaItem(r.item("Sujet n°3"));
    sg3.title = QStringLiteral("Sujet n°3 : Le territoire comme vecteur de transversalité entre "
                               "les villes, les intercommunalités et les départements, dans les "
                               "quartiers prioritaires comme dans les quartiers de veille");
    REQUIRE(r.session().editor().updateAgenda(r.window->currentMeetingId(), QStringLiteral("Titre"),
                                              {sg3}));
    QCoreApplication::processEvents(); // the lanes laid out again
    auto* title = [&]() -> QLabel* {
        for (QLabel* l : r.day()->findChildren<QLabel*>()) {
            if (l->text() == sg3.title) {
                return l;
            }
        }
        return nullptr;
    }();
    REQUIRE(title);
    CHECK(title->wordWrap());
    CHECK(title->height() >= title->heightForWidth(title->width()));
    CHECK(title->height() >= 2 * title->fontMetrics().height());

    r.projector->setMessage(QStringLiteral("Pause jusqu’à 11\u00A0h"));
    const QList<ProjectorMode> modes{ProjectorMode::Day, ProjectorMode::Questions,
                                     ProjectorMode::Ranking, ProjectorMode::Restitution};
    for (ProjectorMode mode : modes) {
        INFO("mode " << int(mode));
        r.projector->setMode(mode);
        if (mode == ProjectorMode::Ranking || mode == ProjectorMode::Restitution) {
            r.projector->setSubgroup(r.subgroup(4));
        } else {
            r.projector->setSubgroup(r.subgroup(3));
        }
        QCoreApplication::processEvents();
        CHECK(r.room()->currentPage()->isVisible());
        CHECK(smallestText(r.room()) >= 28);
    }
}

TEST_CASE("a change made in any pane reaches the projector at once, without rebuilding it")
{
    Room r;
    r.morning(10, 25);
    r.projector->open();
    const QString sg4 = QStringLiteral("Sous-groupe 4");
    gui::TimeDisplay* before = r.day()->timeDisplay(sg4);
    const QImage thumbnail = r.projector->thumbnail()->image();
    CHECK(r.day()->laneText(sg4).contains(QStringLiteral("reste 2\u00A0h 35")));
    // +5 min on subgroup 4 from the timeline (F8).
    copil::test::clickBlock(*r.window, r.item("Sujet n°4"));
    // At once: the change event updates the projector before the event loop runs again,
    // well within the half second (speed itself is measured in bench/).
    QTest::keySequence(r.window.get(), QKeySequence(Qt::Key_F8));
    CHECK(r.day()->laneText(sg4).contains(QStringLiteral("reste 2\u00A0h 40")));
    CHECK(r.day()->timeDisplay(sg4) == before); // the same widgets, updated in place
    // The thumbnail in the control window shows it too.
    CHECK_FALSE(sameImage(r.projector->thumbnail()->image(), thumbnail));

    // Dots typed in subgroup 4's prioritisation window, on the projector's ranking.
    r.projector->setMode(ProjectorMode::Ranking);
    r.projector->setSubgroup(r.subgroup(4));
    REQUIRE(r.window->showPane(QStringLiteral("subgroup-4")));
    gui::SubgroupView* view = nullptr;
    for (gui::SubgroupView* v : r.window->subgroupViews()) {
        if (v->subgroupId() == r.subgroup(4)) {
            view = v;
        }
    }
    REQUIRE(view);
    view->openPrioritisation();
    QTableView* dots = view->prioritisation()->dotTable();
    const int paper = dots->model()->columnCount() - 1;
    gui::RankingChart* chart = r.room()->rankingPage()->chart();
    REQUIRE(chart->bars().size() == 6);
    CHECK(chart->bars().first().dots == 0);
    copil::test::editCell(dots, 2, paper, QStringLiteral("7"));
    CHECK(chart->bars().first().dots == 7);
    CHECK(chart->bars().first().label.startsWith(QStringLiteral("1. Les partenaires ne prennent")));
    CHECK(chart == r.room()->rankingPage()->chart());
}

TEST_CASE("guiding questions: the rapporteur's selection is highlighted, its block shown")
{
    Room r;
    r.projector->open();
    r.keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    REQUIRE(r.projector->state().mode == ProjectorMode::Questions);
    REQUIRE(r.projector->modeAction(ProjectorMode::Questions)->isChecked());
    gui::QuestionsPage* page = r.room()->questionsPage();
    // Chosen automatically: the subgroup that has questions; nothing selected yet, the
    // first question not started.
    CHECK(r.room()->shownSubgroupId() == r.subgroup(3));
    QList<domain::GuidingQuestion> questions;
    for (const auto& q : r.session().data().questions) {
        if (q.subgroupId == r.subgroup(3)) {
            questions << q;
        }
    }
    REQUIRE(questions.size() == 10);
    CHECK(page->highlightedId() == questions[0].id);
    CHECK(page->text().contains(QStringLiteral("Sous-groupe 3 : Le territoire comme vecteur")));
    CHECK(page->text().contains(QStringLiteral("Bloc 1 – Les réformes territoriales")));
    CHECK(page->text().contains(QStringLiteral("(1 sur 4)")));

    // The rapporteur clicks question 5 (block 2) in the subgroup's pane.
    REQUIRE(r.window->showPane(QStringLiteral("subgroup-3")));
    gui::SubgroupView* view = r.window->subgroupViews().value(0);
    REQUIRE(view);
    QTreeView* list = view->questionView();
    const QModelIndex index = view->questionModel()->indexOf(questions[4].id);
    REQUIRE(index.isValid());
    list->scrollTo(index);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
    REQUIRE(view->selectedQuestionId() == questions[4].id);
    CHECK(page->highlightedId() == questions[4].id);
    CHECK(page->text().contains(
        QStringLiteral("La politique de la ville à l’échelon communautaire")));
    CHECK(page->text().contains(questions[4].text));
    CHECK_FALSE(page->text().contains(questions[0].text));
    // Its progress moved on (Space), on the projector at once.
    QTest::keyClick(list, Qt::Key_Space);
    CHECK(page->text().contains(QStringLiteral("(abordée)")));
    // The rapporteur moves to the last block.
    view->selectQuestion(questions[9].id);
    CHECK(page->highlightedId() == questions[9].id);
    CHECK(page->text().contains(QStringLiteral("(4 sur 4)")));
}

TEST_CASE("prioritisation results: live, or hidden until the facilitator reveals them")
{
    Room r;
    r.projector->open();
    r.projector->setSubgroup(r.subgroup(4));
    r.keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    REQUIRE(r.projector->state().mode == ProjectorMode::Ranking);
    gui::RankingPage* page = r.room()->rankingPage();
    REQUIRE(page->isRevealed());
    CHECK(page->chart()->isVisible());
    REQUIRE(page->chart()->bars().size() == 6);
    const QString meeting = r.window->currentMeetingId();
    const auto items = [&] {
        QList<domain::PriorityItem> out;
        for (const auto& p : r.session().data().priorityItems) {
            if (p.subgroupId == r.subgroup(4)) {
                out << p;
            }
        }
        return out;
    }();
    REQUIRE(r.session().editor().setDots(meeting, items[3].id, QString(), 5));
    CHECK(page->chart()->bars().first().dots == 5);
    CHECK(page->chart()->bars().first().label.startsWith(QStringLiteral("1. ") + items[3].text));
    CHECK(page->text().contains(QStringLiteral("pas encore confirmé")));

    // Hidden (Ctrl+Shift+V): the room sees how far the vote has gone, not its result.
    r.keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    REQUIRE_FALSE(r.projector->state().resultsRevealed);
    CHECK_FALSE(page->isRevealed());
    CHECK_FALSE(page->chart()->isVisible());
    CHECK(page->chart()->bars().isEmpty());
    CHECK(page->text().contains(QStringLiteral("5 gommettes posées")));
    REQUIRE(r.session().editor().setDots(meeting, items[1].id, QString(), 8));
    CHECK(page->text().contains(QStringLiteral("13 gommettes posées")));
    for (const auto& item : items) {
        CHECK_FALSE(page->text().contains(item.text.left(30)));
    }
    const QImage hidden = r.room()->image();
    REQUIRE(r.session().editor().setDots(meeting, items[2].id, QString(), 1));
    CHECK(page->chart()->bars().isEmpty());

    // Revealed: the ranking as it stands now.
    r.keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    CHECK(page->isRevealed());
    CHECK(page->chart()->isVisible());
    REQUIRE(page->chart()->bars().size() == 6);
    CHECK(page->chart()->bars()[0].label.startsWith(QStringLiteral("1. ") + items[1].text));
    CHECK(page->chart()->bars()[0].dots == 8);
    CHECK(page->chart()->bars()[1].dots == 5);
    CHECK_FALSE(sameImage(r.room()->image(), hidden));

    // Six long causes do not fit whole on one screen: the chart shows those that do and
    // says so; Alt+Page suivante shows the next ones.
    QCoreApplication::processEvents();
    gui::RankingChart* chart = page->chart();
    const int shown = chart->shownBars();
    REQUIRE(shown >= 1);
    REQUIRE(shown < 6);
    auto* where = r.room()->findChild<QLabel*>(QStringLiteral("projectorChartPage"));
    REQUIRE(where);
    CHECK(where->isVisible());
    CHECK(where->text() == QStringLiteral("causes 1 à %1 sur 6, la suite ensuite").arg(shown));
    r.keys(QKeySequence(Qt::ALT | Qt::Key_PageDown));
    CHECK(chart->firstBar() == shown);
    CHECK(where->text().startsWith(QStringLiteral("causes %1 à").arg(shown + 1)));
    r.keys(QKeySequence(Qt::ALT | Qt::Key_PageUp));
    CHECK(chart->firstBar() == 0);
}

TEST_CASE("the restitution of a subgroup, as the plenary sees it (Ctrl+R's content)")
{
    Room r;
    r.projector->open();
    r.keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    REQUIRE(r.projector->state().mode == ProjectorMode::Restitution);
    r.projector->subgroupBox()->setCurrentIndex(
        r.projector->subgroupBox()->findData(r.subgroup(4)));
    emit r.projector->subgroupBox()->activated(r.projector->subgroupBox()->currentIndex());
    CHECK(r.projector->state().subgroupId == r.subgroup(4));
    QTextDocument expected;
    expected.setHtml(gui::RestitutionView::html(r.session().data(), r.subgroup(4)));
    CHECK(r.room()->restitutionPage()->text() == expected.toPlainText());
    CHECK(r.room()->restitutionPage()->text().contains(QStringLiteral("Sous-groupe 4")));
    // A note taken on subgroup 3's first question, while subgroup 3 is shown.
    r.projector->setSubgroup(r.subgroup(3));
    domain::Note note;
    note.id = domain::newId();
    note.targetType = domain::NoteTarget::Question;
    for (const auto& q : r.session().data().questions) {
        if (q.subgroupId == r.subgroup(3) && note.targetId.isEmpty()) {
            note.targetId = q.id;
        }
    }
    note.text = QStringLiteral("Les EPCI portent le contrat de ville");
    REQUIRE(
        r.session().editor().saveNote(r.window->currentMeetingId(), QStringLiteral("Note"), note));
    CHECK(r.room()->restitutionPage()->text().contains(note.text));
}

TEST_CASE("a message typed in the control window shows over whatever is projected")
{
    Room r;
    r.morning(10, 25);
    r.projector->open();
    r.keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    QLineEdit* edit = r.projector->messageEdit();
    REQUIRE(QApplication::focusWidget() == edit);
    QTest::keyClicks(edit, QStringLiteral("Encore 5 minutes"));
    QTest::keyClick(edit, Qt::Key_Return);
    REQUIRE(r.room()->isMessageShown());
    QLabel* message = r.room()->messageLabel();
    CHECK(message->text() == QStringLiteral("Encore 5 minutes"));
    CHECK(r.room()->rect().contains(message->geometry()));
    CHECK(r.room()->childAt(message->geometry().center()) == message);
    CHECK(QFontInfo(message->font()).pixelSize() >= 1080 / 15);
    // Over every mode.
    r.keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    CHECK(r.room()->isMessageShown());
    CHECK(r.room()->childAt(message->geometry().center()) == message);
    // Another message replaces it; an empty one (or Retirer) takes it away.
    edit->setText(QStringLiteral("Pause jusqu’à 11\u00A0h")); // keyClicks types ASCII only
    QTest::keyClick(edit, Qt::Key_Return);
    CHECK(message->text() == QStringLiteral("Pause jusqu’à 11\u00A0h"));
    r.projector->clearMessageAction()->trigger();
    CHECK_FALSE(r.room()->isMessageShown());
    edit->clear();
    QTest::keyClick(edit, Qt::Key_Return);
    CHECK_FALSE(r.room()->isMessageShown());
}

TEST_CASE("blackout (B) and freeze: the room sees black, or keeps its image")
{
    Room r;
    r.morning(10, 25);
    r.projector->open();
    QTest::qWait(100); // laid out, every size settled
    const QImage shown = r.room()->image();
    r.keys(QKeySequence(Qt::Key_B));
    REQUIRE(r.room()->isBlackedOut());
    CHECK(r.projector->blackoutAction()->isChecked());
    QImage black = r.room()->image();
    CHECK(black.pixelColor(black.width() / 2, black.height() / 2) == QColor(Qt::black));
    CHECK(black.pixelColor(10, 10) == QColor(Qt::black));
    const QImage thumb = r.projector->thumbnail()->image();
    CHECK(thumb.pixelColor(thumb.width() / 2, thumb.height() / 2) == QColor(Qt::black));
    r.keys(QKeySequence(Qt::Key_B));
    CHECK_FALSE(r.room()->isBlackedOut());
    CHECK(sameImage(r.room()->image(), shown));

    // B typed in a table that edits on a key is a letter there, not a blackout.
    REQUIRE(r.window->showPane(QStringLiteral("plenary")));
    gui::PlenaryPane* plenary = r.window->plenaryPane();
    plenary->newStatement()->setText(QStringLiteral("La transversalité dépend des élus"));
    QTest::keyClick(plenary->newStatement(), Qt::Key_Return);
    QTableView* table = plenary->statements();
    REQUIRE(table->model()->rowCount() == 1);
    QApplication::setActiveWindow(r.window.get());
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, gui::PlenaryPane::DebateColumn));
    QTest::keyClick(table, Qt::Key_B);
    CHECK_FALSE(r.room()->isBlackedOut());
    auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    REQUIRE(editor);
    CHECK(editor->text() == QStringLiteral("b"));
    QTest::keyClick(editor, Qt::Key_Escape);

    // Frozen (Ctrl+Shift+F): the clock moves, the mode changes, the room's image stays.
    r.keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    REQUIRE(r.room()->isFrozen());
    const QImage frozen = r.room()->image();
    r.at(10, 40);
    r.keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    r.projector->setMessage(QStringLiteral("Encore 5 minutes"));
    CHECK(sameImage(r.room()->image(), frozen));
    CHECK(r.projector->thumbnail()->isVisible() == r.projector->dock()->isVisible());
    // Thawed: what is there now.
    r.keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    CHECK_FALSE(r.room()->isFrozen());
    CHECK_FALSE(sameImage(r.room()->image(), frozen));
    CHECK(r.room()->isMessageShown());
    CHECK(r.room()->currentPage() == r.room()->questionsPage());
}

TEST_CASE("the control window keeps a thumbnail of what the room sees")
{
    Room r;
    r.morning(10, 25);
    QDockWidget* dock = r.projector->dock();
    dock->show();
    dock->raise();
    QCoreApplication::processEvents();
    REQUIRE(r.projector->thumbnail()->isVisible());
    gui::ProjectorThumbnail* thumb = r.projector->thumbnail();
    CHECK(thumb->height() == thumb->heightForWidth(thumb->width()));
    // Closed, the thumbnail previews what the room would see; open, what it sees.
    const QImage preview = thumb->image();
    CHECK(preview.pixelColor(4, 4) == QColor(Qt::white));
    r.projector->open();
    const QImage room =
        r.room()->image().scaled(thumb->size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const QImage drawn = thumb->image();
    // The same picture, to the blur of scaling: a lane's band at the same place.
    int close = 0;
    int all = 0;
    for (int y = 2; y < drawn.height() - 2; y += 7) {
        for (int x = 2; x < drawn.width() - 2; x += 7) {
            const QColor a = room.pixelColor(x, y);
            const QColor b = drawn.pixelColor(x, y);
            close += std::abs(a.lightness() - b.lightness()) < 60 ? 1 : 0;
            ++all;
        }
    }
    CHECK(close > all * 85 / 100);
    CHECK(r.window->findChild<QLabel*>(QStringLiteral("projectorCaption"))
              ->text()
              .startsWith(QStringLiteral("La salle voit la journée")));
}

TEST_CASE("the projector's keys are taken by nothing else in the control window")
{
    Room r;
    // Every shortcut of the window: its actions (menus, panes, the projector's own) and
    // its buttons (F4 of a subgroup's pane).
    REQUIRE(r.window->showPane(QStringLiteral("subgroups")));
    REQUIRE(r.window->showPane(QStringLiteral("plenary")));
    QHash<QString, QStringList> owners;
    for (QAction* a : r.window->findChildren<QAction*>()) {
        for (const QKeySequence& k : a->shortcuts()) {
            owners[k.toString()] << a->objectName() + u'/' + a->text();
        }
    }
    for (QAbstractButton* b : r.window->findChildren<QAbstractButton*>()) {
        if (!b->shortcut().isEmpty() && !qobject_cast<QToolButton*>(b)) {
            owners[b->shortcut().toString()] << b->text();
        }
    }
    const QList<QAction*> ours = r.projector->actions();
    REQUIRE(ours.size() >= 12);
    for (QAction* a : ours) {
        for (const QKeySequence& k : a->shortcuts()) {
            INFO(k.toString().toStdString()
                 << " : " << owners.value(k.toString()).join(u", ").toStdString());
            CHECK(owners.value(k.toString()).size() == 1);
        }
    }
}
