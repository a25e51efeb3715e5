// Every window and dialog fits a laptop: the main window at 1280×720, the others at
// 1366×768, with the seed meeting and with a meeting of five parallel subgroups whose
// titles are long. Long titles elide (with a tooltip) instead of widening anything.
#include "FacilitatorSupport.h"
#include "GuiSupport.h"
#include "TestSupport.h"
#include "domain/MeetingData.h"
#include "gui/MainWindow.h"
#include "gui/minutes/ExportDialog.h"
#include "gui/participants/ParticipantsPane.h"
#include "gui/plenary/RestitutionView.h"
#include "gui/subgroups/PrioritisationView.h"
#include "gui/subgroups/SubgroupView.h"
#include "gui/timeline/AgendaItemDialog.h"
#include "session/Session.h"
#include "storage/MeetingRepository.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QDockWidget>
#include <QSet>
#include <QTabBar>
#include <QTabWidget>

using namespace copil;
using copil::test::TempDir;

namespace {

// The seed meeting with three more subgroups working at the same time as the first two,
// each in its own room, under titles as long as real ones.
void writeFiveSubgroups(const QString& seedPath, const QString& path)
{
    auto seed = exchange::DefaultWorkspace::open(seedPath);
    REQUIRE(seed.ok());
    storage::MeetingRepository seedMeetings(*seed.value());
    auto data = seedMeetings.load(seedMeetings.meetings().value().first().id);
    REQUIRE(data.ok());
    domain::MeetingData d = data.value();
    const domain::Subgroup model = d.subgroups.last();
    const domain::AgendaItem* modelItem = domain::findRow(d.agenda, model.agendaItemId);
    REQUIRE(modelItem);
    const domain::AgendaItem item = *modelItem;
    const QList<domain::GuidingQuestion> questions = d.questions;
    int position = 0;
    for (const auto& a : d.agenda) {
        position = std::max(position, a.position + 1);
    }
    for (int number = 5; number <= 7; ++number) {
        domain::AgendaItem a = item;
        a.id = domain::newId();
        a.position = position++;
        a.title = QStringLiteral("Sujet n°%1 : la participation des habitants et des associations "
                                 "de quartier à la gouvernance des contrats de ville")
                      .arg(number);
        a.track = QStringLiteral("Sous-groupe %1").arg(number);
        a.room = QStringLiteral("Salle %1").arg(number);
        d.agenda << a;
        domain::Subgroup s = model;
        s.id = domain::newId();
        s.number = number;
        s.title = a.title;
        s.agendaItemId = a.id;
        s.rapporteurId.clear();
        d.subgroups << s;
        for (const auto& q : questions) {
            if (q.subgroupId == model.id) {
                domain::GuidingQuestion copy = q;
                copy.id = domain::newId();
                copy.subgroupId = s.id;
                d.questions << copy;
            }
        }
    }
    auto target = storage::Workspace::open(path);
    REQUIRE(target.ok());
    auto inserted = storage::MeetingRepository(*target.value()).insertAll(d);
    INFO((inserted ? QString() : inserted.error()).toStdString());
    REQUIRE(inserted.ok());
}

void checkFits(QWidget* w, QSize screen, const char* what)
{
    w->ensurePolished();
    const QSize hint = w->minimumSizeHint().expandedTo(w->minimumSize());
    INFO(what << ": minimum " << hint.width() << "×" << hint.height() << ", screen "
              << screen.width() << "×" << screen.height());
    CHECK(hint.width() <= screen.width());
    CHECK(hint.height() <= screen.height() - 40); // a panel or a task bar
}

void checkAllFit(gui::MainWindow& window)
{
    const QSize laptop(1366, 768);
    window.resize(1280, 720);
    for (auto* dock : window.findChildren<QDockWidget*>()) {
        dock->show();
    }
    QApplication::processEvents();
    checkFits(&window, QSize(1280, 720), "main window");

    const auto views = window.subgroupViews();
    REQUIRE_FALSE(views.isEmpty());
    for (gui::SubgroupView* view : views) {
        view->openPrioritisation();
        QApplication::processEvents();
        checkFits(view->prioritisation(), laptop, "prioritisation window");
        view->prioritisation()->close();
    }
    REQUIRE(window.showPane(QStringLiteral("restitution-3")));
    QApplication::processEvents();
    checkFits(window.restitution(), laptop, "restitution window");
    window.restitution()->close();
    session::Session& session = window.session();
    for (const auto& a : session.data().agenda) {
        gui::AgendaItemDialog item(a, session.data().agenda, session.data().meeting, &window);
        checkFits(&item, laptop, "agenda item dialog");
    }
    gui::ExportDialog exporter(session.data().meeting, exchange::MinutesOptions::Variant{},
                               &window);
    checkFits(&exporter, laptop, "export dialog");
    domain::Participant someone;
    someone.name = QStringLiteral("Léa Girard");
    gui::ParticipantDialog person(someone, false, session.data().subgroups, &window);
    checkFits(&person, laptop, "participant dialog");

    // The subgroup tabs tell the groups apart: their number first, the title in a tooltip.
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("subgroupTabs"));
    REQUIRE(tabs);
    QStringList labels;
    for (int i = 0; i < tabs->count(); ++i) {
        labels << tabs->tabBar()->tabText(i);
        CHECK_FALSE(tabs->tabBar()->tabToolTip(i).isEmpty());
    }
    CHECK(QSet<QString>(labels.begin(), labels.end()).size() == labels.size());
}

} // namespace

TEST_CASE("every window and dialog fits a laptop, with the seed meeting and with five subgroups")
{
    TempDir dir;
    SECTION("the seed meeting")
    {
        auto window = copil::test::openSeedWindow(dir.path(QStringLiteral("seed.sqlite")));
        checkAllFit(*window);
    }
    SECTION("five parallel subgroups with long titles")
    {
        const QString path = dir.path(QStringLiteral("five.sqlite"));
        writeFiveSubgroups(dir.path(QStringLiteral("seed.sqlite")), path);
        auto ws = storage::Workspace::open(path, {.createIfMissing = false});
        REQUIRE(ws.ok());
        gui::MainWindow window(std::move(ws).value());
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(window.subgroupViews().size() == 5);
        checkAllFit(window);
    }
}
