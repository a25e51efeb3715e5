#include "FacilitatorSupport.h"
#include "TestSupport.h"
#include "gui/common/NotesPanel.h"
#include "gui/common/Views.h"
#include "gui/subgroups/PrioritisationView.h"
#include "gui/subgroups/SolutionsView.h"
#include "gui/subgroups/SubgroupView.h"
#include "session/Editor.h"
#include "storage/NoteRepository.h"
#include "storage/SubgroupRepository.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>

using namespace copil;
using copil::test::cellText;
using copil::test::Commit;
using copil::test::editCell;
using copil::test::rowCount;
using copil::test::seedDay;
using copil::test::TempDir;
using copil::test::toggleCell;

namespace {

struct Vote {
    TempDir dir;
    QString path = dir.path(QStringLiteral("copil.sqlite"));
    std::shared_ptr<domain::ManualClock> clock =
        std::make_shared<domain::ManualClock>(seedDay(11, 40));
    std::unique_ptr<gui::MainWindow> window = copil::test::openSeedWindow(path, clock);
    QString meeting = window->currentMeetingId();

    gui::PrioritisationView* view() const
    {
        return window->subgroupViews().at(1)->prioritisation();
    }
    domain::MeetingData data() const
    {
        storage::SubgroupRepository r(window->workspace());
        domain::MeetingData d;
        d.subgroups = r.subgroups(meeting).value();
        d.priorityItems = r.priorityItems(meeting).value();
        d.dotVotes = r.dotVotes(meeting).value();
        d.scores = r.scores(meeting).value();
        d.selections = r.selections(meeting).value();
        d.criteria = r.criteria(meeting).value();
        return d;
    }
    // Members of subgroup 4: two present, one absent.
    void members()
    {
        const QString sg4 =
            storage::SubgroupRepository(window->workspace()).subgroups(meeting).value().at(1).id;
        QList<domain::Participant> people;
        int position = 0;
        for (const auto& [name, attendance] : {std::pair{"Claire", domain::Attendance::Present},
                                               std::pair{"Karim", domain::Attendance::Present},
                                               std::pair{"Thomas", domain::Attendance::Absent}}) {
            domain::Participant p;
            p.id = domain::newId();
            p.position = position++;
            p.name = QString::fromUtf8(name);
            p.attendance = attendance;
            p.subgroupId = sg4;
            people << p;
        }
        REQUIRE(window->editor().addParticipants(meeting, QStringLiteral("membres"), people));
    }
    // What the view says in place, under its tables.
    QString said() const { return view()->message()->text(); }
};

} // namespace

TEST_CASE("a rapporteur enters dots and scores, the ranking and the chart follow")
{
    Vote v;
    v.members();
    gui::PrioritisationView* view = v.view();
    view->show();
    QTableView* dots = view->dotTable();
    REQUIRE(dots->model()->columnCount() == 4); // cause, Claire, Karim, paper: Thomas is absent
    CHECK(dots->model()->headerData(1, Qt::Horizontal).toString() == QStringLiteral("Claire"));
    CHECK(dots->model()->headerData(3, Qt::Horizontal).toString() == QStringLiteral("Papier"));

    editCell(dots, 0, 1, QStringLiteral("2"));
    CHECK(v.data().dotVotes.size() == 1);
    CHECK(view->dotsText().contains(QStringLiteral("Claire : 1")));
    editCell(dots, 1, 1, QStringLiteral("2"), Commit::Tab); // only one left
    CHECK(v.said().contains(QStringLiteral("il en reste 1")));
    CHECK(v.data().dotVotes.size() == 1);
    CHECK(cellText(dots, 1, 1).isEmpty());                             // what is stored
    editCell(dots, 2, 3, QStringLiteral("5"), Commit::ClickElsewhere); // paper tally
    editCell(dots, 2, 2, QStringLiteral("1"));
    CHECK(v.data().dotVotes.size() == 3);

    // Scores 1–5 per criterion; weighted total and ranking follow.
    QTableView* scores = view->scoreTable();
    const int c1 = gui::PrioritisationView::FirstCriterionColumn;
    editCell(scores, 0, c1, QStringLiteral("4"));
    editCell(scores, 0, c1 + 1, QStringLiteral("5"), Commit::Tab);
    editCell(scores, 1, c1, QStringLiteral("7"));
    CHECK(v.said().contains(QStringLiteral("de 1 à 5")));
    CHECK(v.data().scores.size() == 2);
    CHECK(cellText(scores, 0, view->weightedColumn()) == QStringLiteral("9"));
    CHECK(cellText(scores, 2, gui::PrioritisationView::DotsColumn) == QStringLiteral("6"));
    CHECK(cellText(scores, 2, view->weightedColumn() + 1) == QStringLiteral("1"));
    CHECK(cellText(scores, 0, view->weightedColumn() + 1) == QStringLiteral("2"));

    // A weight changes the weighted total.
    editCell(view->criteriaTable(), 0, gui::PrioritisationView::CriterionWeightColumn,
             QStringLiteral("2"));
    CHECK(cellText(view->scoreTable(), 0, view->weightedColumn()) == QStringLiteral("13"));

    const auto& bars = view->chart()->bars();
    REQUIRE(bars.size() == 6);
    CHECK(bars[0].label.startsWith(QStringLiteral("1. ")));
    CHECK(bars[0].dots == 6);
    CHECK(bars[1].dots == 2);

    // The number of dots per member is the subgroup's.
    view->dotsPerMember()->setValue(4);
    CHECK(v.data().subgroups.at(1).dotsPerMember == 4);
    CHECK(view->dotsText().contains(QStringLiteral("Claire : 2")));
    view->close();
}

TEST_CASE("the group confirms its selection, revises it, and both are kept with their time")
{
    Vote v;
    QTableView* scores = v.view()->scoreTable();
    const int retained = v.view()->retainedColumn();
    toggleCell(scores, scores->model()->index(2, retained));
    toggleCell(scores, scores->model()->index(0, retained));
    REQUIRE(v.view()->confirmSelection());
    auto selections = v.data().selections;
    REQUIRE(selections.size() == 1);
    CHECK(selections[0].revision == 1);
    CHECK(selections[0].confirmedAt == seedDay(11, 40));
    CHECK(selections[0].itemIds ==
          QStringList{v.data().priorityItems[0].id, v.data().priorityItems[2].id});
    CHECK(v.view()->selectionText().contains(QStringLiteral("11:40 (révision 1)")));
    CHECK(v.view()->chart()->bars().count() == 6);

    v.clock->set(seedDay(12, 5));
    toggleCell(scores, scores->model()->index(0, retained));
    REQUIRE(v.view()->confirmSelection());
    selections = v.data().selections;
    REQUIRE(selections.size() == 2);
    CHECK(selections[1].revision == 2);
    CHECK(selections[1].itemIds == QStringList{v.data().priorityItems[2].id});
    CHECK(v.view()->selectionText().contains(QStringLiteral("12:05 (révision 2)")));

    // Undo takes the revision back; the ticks follow the selection shown.
    REQUIRE(v.window->editor().undo());
    CHECK(v.data().selections.size() == 1);
    CHECK(v.view()->selectionText().contains(QStringLiteral("révision 1")));
    CHECK(scores->model()->index(0, retained).data(Qt::CheckStateRole).toInt() == Qt::Checked);
    REQUIRE(v.window->editor().redo());
    CHECK(v.data().selections.size() == 2);

    // After a restart, the same.
    const auto before = v.data();
    v.window.reset();
    auto window = copil::test::openSeedWindow(v.path, v.clock);
    CHECK(storage::SubgroupRepository(window->workspace()).selections(v.meeting).value() ==
          before.selections);
    CHECK(window->subgroupViews().at(1)->prioritisation()->selectionText().contains(
        QStringLiteral("révision 2")));
}

TEST_CASE("causes are added and removed, undo brings a cause back with its dots")
{
    Vote v;
    v.members();
    QLineEdit* edit = v.view()->newCause();
    // An empty cause is refused, and the view says why.
    QTest::keyClick(edit, Qt::Key_Return);
    CHECK(v.said().contains(QStringLiteral("texte de la cause")));
    edit->setText(QStringLiteral("Une septième cause"));
    QTest::keyClick(edit, Qt::Key_Return);
    REQUIRE(v.data().priorityItems.size() == 7);
    QTableView* scores = v.view()->scoreTable();
    CHECK(rowCount(scores) == 7);
    CHECK(cellText(scores, 6, 0) == QStringLiteral("Une septième cause"));
    editCell(v.view()->dotTable(), 6, 1, QStringLiteral("3"));
    REQUIRE(v.data().dotVotes.size() == 1);
    // Renaming in the table, committed each way a person does it.
    editCell(scores, 6, 0, QStringLiteral("Une 7e cause"));
    CHECK(v.data().priorityItems.last().text == QStringLiteral("Une 7e cause"));
    editCell(scores, 6, 0, QStringLiteral("La 7e cause"), Commit::Tab);
    CHECK(v.data().priorityItems.last().text == QStringLiteral("La 7e cause"));
    editCell(scores, 6, 0, QStringLiteral("La septieme cause"), Commit::ClickElsewhere);
    CHECK(v.data().priorityItems.last().text == QStringLiteral("La septieme cause"));
    editCell(scores, 6, 0, QString());
    CHECK(v.said().contains(QStringLiteral("ne peut pas être vide")));
    CHECK(v.data().priorityItems.last().text == QStringLiteral("La septieme cause"));

    // A new criterion gets a column, scored like the others; it is renamed in its table.
    v.view()->newCriterion()->setText(QStringLiteral("Coût"));
    QTest::keyClick(v.view()->newCriterion(), Qt::Key_Return);
    REQUIRE(v.data().criteria.size() == 5);
    CHECK(rowCount(v.view()->criteriaTable()) == 5);
    CHECK(v.view()->weightedColumn() == gui::PrioritisationView::FirstCriterionColumn + 5);
    editCell(v.view()->criteriaTable(), 4, gui::PrioritisationView::CriterionNameColumn,
             QStringLiteral("Cout pour les villes"), Commit::Tab);
    CHECK(v.data().criteria.last().name == QStringLiteral("Cout pour les villes"));
    CHECK(cellText(v.view()->criteriaTable(), 4, 0) == QStringLiteral("C5 : Cout pour les villes"));
    CHECK(scores->model()
              ->headerData(gui::PrioritisationView::FirstCriterionColumn + 4, Qt::Horizontal,
                           Qt::ToolTipRole)
              .toString()
              .startsWith(QStringLiteral("Cout pour les villes")));

    scores->setCurrentIndex(scores->model()->index(6, 0));
    v.view()->removeSelectedCause();
    CHECK(v.data().priorityItems.size() == 6);
    CHECK(v.data().dotVotes.isEmpty());
    REQUIRE(v.window->editor().undo());
    CHECK(v.data().priorityItems.size() == 7);
    CHECK(v.data().dotVotes.size() == 1);

    // Subgroup 3 had no causes: it can start its own list.
    gui::PrioritisationView* three = v.window->subgroupViews().at(0)->prioritisation();
    three->newCause()->setText(QStringLiteral("Des compétences floues entre Ville et EPCI"));
    QTest::keyClick(three->newCause(), Qt::Key_Return);
    CHECK(rowCount(v.window->subgroupViews().at(0)->prioritisation()->scoreTable()) == 1);
}

TEST_CASE("solutions for each selected cause: carriers, ratings, order, retained, undo, restart")
{
    Vote v;
    // The group selects the third cause: it comes first in the list of causes.
    toggleCell(v.view()->scoreTable(),
               v.view()->scoreTable()->model()->index(2, v.view()->retainedColumn()));
    REQUIRE(v.view()->confirmSelection());
    gui::SolutionsView* solutions = v.view()->solutions();
    const QString cause = v.data().priorityItems[2].id;
    CHECK(solutions->causes()->itemData(0).toString() == cause);
    CHECK(solutions->causes()->itemText(0).startsWith(QStringLiteral("★ ")));
    solutions->causes()->setCurrentIndex(0);
    REQUIRE(solutions->causeId() == cause);

    QLineEdit* edit = solutions->newSolution();
    edit->setText(QStringLiteral("Un diagnostic partagé en début de contrat"));
    QTest::keyClick(edit, Qt::Key_Return);
    edit->setText(QStringLiteral("Une instance de coordination"));
    QTest::keyClick(edit, Qt::Key_Return);
    storage::SubgroupRepository repo(v.window->workspace());
    REQUIRE(repo.solutions(v.meeting).value().size() == 2);

    QTableView* table = solutions->table();
    REQUIRE(rowCount(table) == 2);
    using S = gui::SolutionsView;
    editCell(table, 0, S::CarriersColumn, QStringLiteral("Ville, epci, CAF"));
    editCell(table, 0, S::FeasibilityColumn, QStringLiteral("4"), Commit::Tab);
    editCell(table, 0, S::ImpactColumn, QStringLiteral("5"), Commit::ClickElsewhere);
    editCell(table, 0, S::NextStepColumn, QStringLiteral("Atelier en janvier"));
    toggleCell(table, table->model()->index(0, S::RetainedColumn));
    editCell(table, 1, S::ImpactColumn, QStringLiteral("9")); // refused
    CHECK(solutions->message()->text().contains(QStringLiteral("de 1 à 5")));
    auto stored = repo.solutions(v.meeting).value();
    REQUIRE(stored.size() == 2);
    const domain::Solution first = stored[0].position == 0 ? stored[0] : stored[1];
    CHECK(first.itemId == cause);
    CHECK(first.carriers == QList<domain::CarrierKind>{domain::CarrierKind::Ville,
                                                       domain::CarrierKind::Intercommunalite});
    CHECK(first.otherCarrier == QStringLiteral("CAF"));
    CHECK(first.feasibility == 4);
    CHECK(first.impact == 5);
    CHECK(first.nextStep == QStringLiteral("Atelier en janvier"));
    CHECK(first.retained);
    CHECK(cellText(table, 1, S::ImpactColumn).isEmpty());

    // A note on the selected solution.
    table->setCurrentIndex(table->model()->index(0, 0));
    QLineEdit* noteEdit = solutions->notes()->noteEdit();
    noteEdit->setText(QStringLiteral("Coût à chiffrer avec la CAF"));
    QTest::keyClick(noteEdit, Qt::Key_Return);
    storage::NoteRepository notesRepo(v.window->workspace());
    REQUIRE(notesRepo.notes(v.meeting).value().size() == 1);
    CHECK(notesRepo.notes(v.meeting).value().first().targetType == domain::NoteTarget::Solution);
    CHECK(notesRepo.notes(v.meeting).value().first().targetId == first.id);
    REQUIRE(v.window->editor().undo());
    CHECK(notesRepo.notes(v.meeting).value().isEmpty());
    REQUIRE(v.window->editor().redo());

    // Alt+Down moves the first solution after the second, in one undo step.
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Down, Qt::AltModifier);
    CHECK(cellText(table, 1, 0) == QStringLiteral("Un diagnostic partagé en début de contrat"));
    CHECK(table->currentIndex().row() == 1); // the selection moved with it
    REQUIRE(v.window->editor().undo());
    CHECK(cellText(table, 0, 0) == QStringLiteral("Un diagnostic partagé en début de contrat"));

    // Delete removes; undo brings it back; a restart keeps everything.
    table->setCurrentIndex(table->model()->index(1, 0));
    QTest::keyClick(table, Qt::Key_Delete);
    CHECK(repo.solutions(v.meeting).value().size() == 1);
    REQUIRE(v.window->editor().undo());
    const auto before = repo.solutions(v.meeting).value();
    CHECK(before.size() == 2);
    v.window.reset();
    auto window = copil::test::openSeedWindow(v.path, v.clock);
    CHECK(storage::SubgroupRepository(window->workspace()).solutions(v.meeting).value() == before);
    CHECK(rowCount(window->subgroupViews().at(1)->prioritisation()->solutions()->table()) == 2);
}

TEST_CASE("a refusal of the rules during capture is said beside the field, never in a box")
{
    Vote v;
    v.window->show();
    REQUIRE(QTest::qWaitForWindowExposed(v.window.get()));
    REQUIRE(v.window->showPane(QStringLiteral("subgroup-4")));
    auto* parts = v.window->subgroupViews().at(1)->findChild<QTabWidget*>();
    REQUIRE(parts);
    parts->setCurrentIndex(1); // Priorisation
    copil::test::activate(*v.window);
    QTest::keyClick(v.window.get(), Qt::Key_F4); // the prioritisation window
    REQUIRE(QTest::qWaitForWindowExposed(v.view()));
    v.view()->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(v.view()));
    // A score under a criterion of another subgroup, as a second window or client could
    // send it: the Editor refuses it.
    domain::Criterion elsewhere{
        domain::newId(), v.data().subgroups.at(0).id, 0, QStringLiteral("Faisabilité"), 1.0, {}};
    REQUIRE(v.window->editor().saveCriterion(v.meeting, QStringLiteral("critère"), elsewhere));
    v.view()->newCause()->setFocus();
    QTest::keyClicks(v.view()->newCause(), QStringLiteral("Manque de temps"));
    const auto d = v.data();
    QString item, otherCriterion;
    for (const auto& p : d.priorityItems) {
        if (p.subgroupId == d.subgroups.at(1).id) {
            item = p.id;
        }
    }
    for (const auto& c : d.criteria) {
        if (c.subgroupId != d.subgroups.at(1).id) {
            otherCriterion = c.id;
        }
    }
    REQUIRE_FALSE(item.isEmpty());
    REQUIRE_FALSE(otherCriterion.isEmpty());
    CHECK_FALSE(v.window->editor().setScore(v.meeting, item, otherCriterion, 3));
    QApplication::processEvents();
    CHECK(v.said().contains(QStringLiteral("autre sous-groupe")));
    for (QMessageBox* box : v.window->findChildren<QMessageBox*>()) {
        CHECK_FALSE(box->isVisible());
    }
    // The typing goes on where it was, nothing lost.
    CHECK(v.view()->newCause()->text() == QStringLiteral("Manque de temps"));
    CHECK(QApplication::focusWidget() == v.view()->newCause());
}
