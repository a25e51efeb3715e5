#include "FacilitatorSupport.h"
#include "TestSupport.h"
#include "gui/Editor.h"
#include "gui/NotesPanel.h"
#include "gui/PrioritisationView.h"
#include "gui/SolutionsView.h"
#include "gui/SubgroupView.h"
#include "storage/NoteRepository.h"
#include "storage/SubgroupRepository.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QUndoStack>

using namespace copil;
using copil::test::seedDay;
using copil::test::TempDir;

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
        storage::SubgroupRepository& r = window->subgroupRepository();
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
        const QString sg4 = window->subgroupRepository().subgroups(meeting).value().at(1).id;
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
    void type(QTableWidget* table, int row, int column, const QString& text)
    {
        QTableWidgetItem* item = table->item(row, column);
        REQUIRE(item);
        item->setText(text); // as the delegate does when editing ends
    }
};

} // namespace

TEST_CASE("a rapporteur enters dots and scores; the ranking and the chart follow")
{
    Vote v;
    v.members();
    gui::PrioritisationView* view = v.view();
    QTableWidget* dots = view->dotTable();
    REQUIRE(dots->columnCount() == 4); // cause, Claire, Karim, paper: Thomas is absent
    CHECK(dots->horizontalHeaderItem(1)->text() == QStringLiteral("Claire"));
    CHECK(dots->horizontalHeaderItem(3)->text() == QStringLiteral("Papier"));

    QSignalSpy refused(view, &gui::PrioritisationView::failed);
    v.type(dots, 0, 1, QStringLiteral("2"));
    CHECK(v.data().dotVotes.size() == 1);
    CHECK(v.view()->dotsText().contains(QStringLiteral("Claire : 1")));
    v.type(v.view()->dotTable(), 1, 1, QStringLiteral("2")); // only one left
    REQUIRE(refused.size() == 1);
    CHECK(refused.first().first().toString().contains(QStringLiteral("il en reste 1")));
    CHECK(v.data().dotVotes.size() == 1);
    CHECK(v.view()->dotTable()->item(1, 1)->text().isEmpty()); // back to what is stored
    v.type(v.view()->dotTable(), 2, 3, QStringLiteral("5"));   // paper tally
    v.type(v.view()->dotTable(), 2, 2, QStringLiteral("1"));
    CHECK(v.data().dotVotes.size() == 3);

    // Scores 1–5 per criterion; weighted total and ranking follow.
    QTableWidget* scores = v.view()->scoreTable();
    const int c1 = gui::PrioritisationView::FirstCriterionColumn;
    v.type(scores, 0, c1, QStringLiteral("4"));
    v.type(v.view()->scoreTable(), 0, c1 + 1, QStringLiteral("5"));
    v.type(v.view()->scoreTable(), 1, c1, QStringLiteral("7"));
    CHECK(refused.size() == 2);
    CHECK(v.data().scores.size() == 2);
    scores = v.view()->scoreTable();
    CHECK(scores->item(0, v.view()->weightedColumn())->text() == QStringLiteral("9"));
    CHECK(scores->item(2, gui::PrioritisationView::DotsColumn)->text() == QStringLiteral("6"));
    CHECK(scores->item(2, v.view()->weightedColumn() + 1)->text() == QStringLiteral("1"));
    CHECK(scores->item(0, v.view()->weightedColumn() + 1)->text() == QStringLiteral("2"));

    // A weight changes the weighted total.
    v.type(v.view()->criteriaTable(), 0, 1, QStringLiteral("2"));
    CHECK(v.view()->scoreTable()->item(0, v.view()->weightedColumn())->text() ==
          QStringLiteral("13"));

    const auto& bars = v.view()->chart()->bars();
    REQUIRE(bars.size() == 6);
    CHECK(bars[0].label.startsWith(QStringLiteral("1. ")));
    CHECK(bars[0].dots == 6);
    CHECK(bars[1].dots == 2);

    // The number of dots per member is the subgroup's.
    v.view()->dotsPerMember()->setValue(4);
    CHECK(v.data().subgroups.at(1).dotsPerMember == 4);
    CHECK(v.view()->dotsText().contains(QStringLiteral("Claire : 2")));
}

TEST_CASE("the group confirms its selection, revises it, and both are kept with their time")
{
    Vote v;
    QTableWidget* scores = v.view()->scoreTable();
    const int retained = v.view()->retainedColumn();
    scores->item(2, retained)->setCheckState(Qt::Checked);
    v.view()->scoreTable()->item(0, retained)->setCheckState(Qt::Checked);
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
    v.view()->scoreTable()->item(0, retained)->setCheckState(Qt::Unchecked);
    REQUIRE(v.view()->confirmSelection());
    selections = v.data().selections;
    REQUIRE(selections.size() == 2);
    CHECK(selections[1].revision == 2);
    CHECK(selections[1].itemIds == QStringList{v.data().priorityItems[2].id});
    CHECK(v.view()->selectionText().contains(QStringLiteral("12:05 (révision 2)")));

    // Undo takes the revision back; the ticks follow the selection shown.
    v.window->editor().undoStack()->undo();
    CHECK(v.data().selections.size() == 1);
    CHECK(v.view()->selectionText().contains(QStringLiteral("révision 1")));
    CHECK(v.view()->scoreTable()->item(0, retained)->checkState() == Qt::Checked);
    v.window->editor().undoStack()->redo();
    CHECK(v.data().selections.size() == 2);

    // After a restart, the same.
    const auto before = v.data();
    v.window.reset();
    auto window = copil::test::openSeedWindow(v.path, v.clock);
    storage::SubgroupRepository& r = window->subgroupRepository();
    CHECK(r.selections(v.meeting).value() == before.selections);
    CHECK(window->subgroupViews().at(1)->prioritisation()->selectionText().contains(
        QStringLiteral("révision 2")));
}

TEST_CASE("causes are added and removed; undo brings a cause back with its dots")
{
    Vote v;
    v.members();
    QLineEdit* edit = v.view()->newCause();
    edit->setText(QStringLiteral("Une septième cause"));
    QTest::keyClick(edit, Qt::Key_Return);
    REQUIRE(v.data().priorityItems.size() == 7);
    CHECK(v.view()->scoreTable()->rowCount() == 7);
    CHECK(v.view()->scoreTable()->item(6, 0)->text() == QStringLiteral("Une septième cause"));
    v.type(v.view()->dotTable(), 6, 1, QStringLiteral("3"));
    REQUIRE(v.data().dotVotes.size() == 1);
    // Renaming in the table.
    v.type(v.view()->scoreTable(), 6, 0, QStringLiteral("Une 7e cause"));
    CHECK(v.data().priorityItems.last().text == QStringLiteral("Une 7e cause"));

    // A new criterion gets a column, scored like the others.
    v.view()->newCriterion()->setText(QStringLiteral("Coût"));
    QTest::keyClick(v.view()->newCriterion(), Qt::Key_Return);
    REQUIRE(v.data().criteria.size() == 5);
    CHECK(v.view()->criteriaTable()->rowCount() == 5);
    CHECK(v.view()->weightedColumn() == gui::PrioritisationView::FirstCriterionColumn + 5);

    v.view()->scoreTable()->setCurrentCell(6, 0);
    v.view()->removeSelectedCause();
    CHECK(v.data().priorityItems.size() == 6);
    CHECK(v.data().dotVotes.isEmpty());
    v.window->editor().undoStack()->undo();
    CHECK(v.data().priorityItems.size() == 7);
    CHECK(v.data().dotVotes.size() == 1);

    // Subgroup 3 had no causes: it can start its own list.
    gui::PrioritisationView* three = v.window->subgroupViews().at(0)->prioritisation();
    three->newCause()->setText(QStringLiteral("Des compétences floues entre Ville et EPCI"));
    QTest::keyClick(three->newCause(), Qt::Key_Return);
    CHECK(v.window->subgroupViews().at(0)->prioritisation()->scoreTable()->rowCount() == 1);
}

TEST_CASE("solutions for each selected cause: carriers, ratings, order, retained; undo; restart")
{
    Vote v;
    // The group selects the third cause: it comes first in the list of causes.
    v.view()->scoreTable()->item(2, v.view()->retainedColumn())->setCheckState(Qt::Checked);
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
    storage::SubgroupRepository& repo = v.window->subgroupRepository();
    REQUIRE(repo.solutions(v.meeting).value().size() == 2);

    QTableWidget* table = v.view()->solutions()->table();
    REQUIRE(table->rowCount() == 2);
    table->item(0, gui::SolutionsView::CarriersColumn)->setText(QStringLiteral("Ville, epci, CAF"));
    v.view()
        ->solutions()
        ->table()
        ->item(0, gui::SolutionsView::FeasibilityColumn)
        ->setText(QStringLiteral("4"));
    v.view()
        ->solutions()
        ->table()
        ->item(0, gui::SolutionsView::ImpactColumn)
        ->setText(QStringLiteral("5"));
    v.view()
        ->solutions()
        ->table()
        ->item(0, gui::SolutionsView::NextStepColumn)
        ->setText(QStringLiteral("Atelier en janvier"));
    v.view()
        ->solutions()
        ->table()
        ->item(0, gui::SolutionsView::RetainedColumn)
        ->setCheckState(Qt::Checked);
    v.view()
        ->solutions()
        ->table()
        ->item(1, gui::SolutionsView::ImpactColumn)
        ->setText(QStringLiteral("9")); // refused
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
    CHECK(v.view()
              ->solutions()
              ->table()
              ->item(1, gui::SolutionsView::ImpactColumn)
              ->text()
              .isEmpty());

    // A note on the selected solution.
    v.view()->solutions()->table()->setCurrentCell(0, 0);
    QLineEdit* noteEdit = v.view()->solutions()->notes()->noteEdit();
    noteEdit->setText(QStringLiteral("Coût à chiffrer avec la CAF"));
    QTest::keyClick(noteEdit, Qt::Key_Return);
    storage::NoteRepository notesRepo(v.window->workspace());
    REQUIRE(notesRepo.notes(v.meeting).value().size() == 1);
    CHECK(notesRepo.notes(v.meeting).value().first().targetType == domain::NoteTarget::Solution);
    CHECK(notesRepo.notes(v.meeting).value().first().targetId == first.id);
    v.window->editor().undoStack()->undo();
    CHECK(notesRepo.notes(v.meeting).value().isEmpty());
    v.window->editor().undoStack()->redo();

    // Alt+Down moves the first solution after the second, in one undo step.
    table = v.view()->solutions()->table();
    table->setFocus();
    table->setCurrentCell(0, 0);
    QTest::keyClick(table, Qt::Key_Down, Qt::AltModifier);
    CHECK(v.view()->solutions()->table()->item(1, 0)->text() ==
          QStringLiteral("Un diagnostic partagé en début de contrat"));
    v.window->editor().undoStack()->undo();
    CHECK(v.view()->solutions()->table()->item(0, 0)->text() ==
          QStringLiteral("Un diagnostic partagé en début de contrat"));

    // Delete removes; undo brings it back; a restart keeps everything.
    table = v.view()->solutions()->table();
    table->setCurrentCell(1, 0);
    QTest::keyClick(table, Qt::Key_Delete);
    CHECK(repo.solutions(v.meeting).value().size() == 1);
    v.window->editor().undoStack()->undo();
    const auto before = repo.solutions(v.meeting).value();
    CHECK(before.size() == 2);
    v.window.reset();
    auto window = copil::test::openSeedWindow(v.path, v.clock);
    CHECK(window->subgroupRepository().solutions(v.meeting).value() == before);
    CHECK(window->subgroupViews().at(1)->prioritisation()->solutions()->table()->rowCount() == 2);
}
