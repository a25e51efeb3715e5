// Views over one Session follow every change in place: a cell edited through its
// delegate is saved and stays the same row, whatever else changes meanwhile.
#include "FacilitatorSupport.h"
#include "TestSupport.h"
#include "gui/common/NotesPanel.h"
#include "gui/common/RowModel.h"
#include "gui/participants/ParticipantsPane.h"
#include "gui/plenary/PlenaryPane.h"
#include "gui/subgroups/PrioritisationView.h"
#include "gui/subgroups/SolutionsView.h"
#include "gui/subgroups/SubgroupView.h"
#include "gui/timeline/AgendaModel.h"
#include "session/Editor.h"
#include "session/Session.h"
#include "storage/NoteRepository.h"

#include <QAbstractItemModelTester>
#include <QUndoStack>
#include <QComboBox>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>

using namespace copil;
using copil::test::cellText;
using copil::test::Commit;
using copil::test::editCell;
using copil::test::rowCount;
using copil::test::TempDir;

namespace {

struct Room {
    TempDir dir;
    QString path = dir.path(QStringLiteral("copil.sqlite"));
    std::unique_ptr<gui::MainWindow> window = copil::test::openSeedWindow(path);
    session::Session& session = window->session();
    QString meeting = window->currentMeetingId();

    QList<domain::Note> storedNotes() const
    {
        return storage::NoteRepository(window->workspace()).notes(meeting).value();
    }
    // Types two notes in a panel, then corrects each of them in place, through the
    // delegate, with Enter, Tab and a click elsewhere.
    void correctNotes(gui::NotesPanel* panel)
    {
        QApplication::setActiveWindow(panel->window());
        QLineEdit* edit = panel->noteEdit();
        REQUIRE(edit->isEnabled());
        for (const char* text : {"Premier jet", "Second jet"}) {
            edit->setFocus();
            QTest::keyClicks(edit, QString::fromUtf8(text));
            QTest::keyClick(edit, Qt::Key_Return);
            // The field keeps the focus for the next note.
            CHECK(edit->hasFocus());
        }
        QTreeView* view = panel->noteView();
        REQUIRE(rowCount(view) == 2);
        const QPersistentModelIndex first = view->model()->index(0, gui::NotesPanel::TextColumn);
        const void* row = first.internalPointer();
        const struct {
            Commit how;
            int row;
            const char* text;
        } edits[] = {{Commit::Enter, 0, "Premier jet, relu"},
                     {Commit::Tab, 1, "Second jet, relu"},
                     {Commit::ClickElsewhere, 0, "Premier jet, relu deux fois"}};
        for (const auto& e : edits) {
            editCell(view, e.row, gui::NotesPanel::TextColumn, QString::fromUtf8(e.text), e.how);
            const QString text = QString::fromUtf8(e.text);
            CHECK(cellText(view, e.row, gui::NotesPanel::TextColumn) == text);
            bool stored = false;
            for (const auto& n : storedNotes()) {
                stored = stored || n.text == text;
            }
            CHECK(stored);
        }
        // The same row all along: the view was not rebuilt under the editor.
        CHECK(first.isValid());
        CHECK(first.internalPointer() == row);
        CHECK(rowCount(view) == 2);
        // An empty note is refused in place; Delete removes it.
        editCell(view, 1, gui::NotesPanel::TextColumn, QString());
        CHECK(panel->message()->text().contains(QStringLiteral("vide")));
        CHECK(cellText(view, 1, gui::NotesPanel::TextColumn) == QStringLiteral("Second jet, relu"));
    }
};

} // namespace

TEST_CASE("a note is corrected in place in every list of notes, by Enter, Tab or a click")
{
    Room r;
    SECTION("on a guiding question")
    {
        REQUIRE(r.window->showPane(QStringLiteral("subgroup-3")));
        gui::SubgroupView* view = r.window->subgroupViews().at(0);
        view->selectQuestion(r.session.data().questions.at(2).id);
        r.correctNotes(view->notes());
    }
    SECTION("on a solution")
    {
        REQUIRE(r.window->showPane(QStringLiteral("subgroup-4")));
        gui::SolutionsView* solutions = r.window->subgroupViews().at(1)->prioritisation()->solutions();
        // The prioritisation window, on its Solutions tab.
        solutions->window()->show();
        for (QWidget* w = solutions; w; w = w->parentWidget()) {
            if (auto* tabs = qobject_cast<QTabWidget*>(w)) {
                tabs->setCurrentWidget(solutions);
                break;
            }
        }
        solutions->newSolution()->setText(QStringLiteral("Un guichet commun"));
        QTest::keyClick(solutions->newSolution(), Qt::Key_Return);
        REQUIRE(rowCount(solutions->table()) == 1);
        solutions->table()->setCurrentIndex(solutions->table()->model()->index(0, 0));
        r.correctNotes(solutions->notes());
        // The solution's own text, through its delegate too.
        editCell(solutions->table(), 0, gui::SolutionsView::TextColumn,
                 QStringLiteral("Un guichet commun aux partenaires"), Commit::Tab);
        CHECK(r.session.data().solutions.first().text ==
              QStringLiteral("Un guichet commun aux partenaires"));
    }
    SECTION("on a part of the plenary")
    {
        REQUIRE(r.window->showPane(QStringLiteral("plenary")));
        gui::PlenaryPane* pane = r.window->plenaryPane();
        pane->parts()->setCurrentIndex(pane->parts()->model()->index(1, 0));
        r.correctNotes(pane->notes());
    }
    // Everything typed is there after a restart.
    const auto notes = r.storedNotes();
    r.window.reset();
    auto again = copil::test::openSeedWindow(r.path);
    CHECK(storage::NoteRepository(again->workspace()).notes(r.meeting).value() == notes);
}

TEST_CASE("every list's model holds together while rows are added, changed and removed")
{
    Room r;
    REQUIRE(r.window->showPane(QStringLiteral("plenary")));
    gui::PlenaryPane* plenary = r.window->plenaryPane();
    gui::SubgroupView* three = r.window->subgroupViews().at(0);
    gui::PrioritisationView* four = r.window->subgroupViews().at(1)->prioritisation();
    QList<QAbstractItemModel*> models{r.window->agendaModel(),
                                      r.window->participantsPane()->model(),
                                      three->questionModel(),
                                      three->notes()->noteModel(),
                                      four->scoreModel(),
                                      four->dotModel(),
                                      four->criteriaModel(),
                                      four->solutions()->model(),
                                      four->solutions()->notes()->noteModel(),
                                      plenary->partModel(),
                                      plenary->notes()->noteModel(),
                                      plenary->statementModel(),
                                      plenary->decisionModel(),
                                      plenary->actionModel()};
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (QAbstractItemModel* model : models) {
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::Fatal));
    }
    session::Editor& editor = r.session.editor();
    const QString m = r.meeting;
    const domain::MeetingData& d = r.session.data();
    three->selectQuestion(d.questions.first().id);
    plenary->parts()->setCurrentIndex(plenary->parts()->model()->index(0, 0));

    // Rows of every kind added, changed, moved, removed, and the same undone.
    domain::Participant p;
    p.id = domain::newId();
    p.name = QStringLiteral("Claire Dubois");
    p.subgroupId = d.subgroups[1].id;
    p.attendance = domain::Attendance::Present;
    REQUIRE(editor.addParticipants(m, QStringLiteral("Ajout"), {p}));
    domain::Note note;
    note.id = domain::newId();
    note.targetType = domain::NoteTarget::Question;
    note.targetId = d.questions.first().id;
    note.text = QStringLiteral("Une note");
    REQUIRE(editor.saveNote(m, QStringLiteral("Note"), note));
    note.position = 5;
    REQUIRE(editor.saveNote(m, QStringLiteral("Note"), note));
    domain::PriorityItem cause{domain::newId(), d.subgroups[1].id, 0, QStringLiteral("Une cause")};
    REQUIRE(editor.savePriorityItem(m, QStringLiteral("Cause"), cause));
    REQUIRE(editor.setDots(m, cause.id, p.id, 2));
    REQUIRE(editor.setScore(m, cause.id, d.criteria.first().id, 4));
    domain::Criterion criterion{domain::newId(), d.subgroups[1].id, 9, QStringLiteral("Coût"), 1.0};
    REQUIRE(editor.saveCriterion(m, QStringLiteral("Critère"), criterion));
    domain::Solution solution;
    solution.id = domain::newId();
    solution.itemId = d.priorityItems.first().id;
    solution.text = QStringLiteral("Une solution");
    REQUIRE(editor.saveSolution(m, QStringLiteral("Solution"), solution));
    domain::Statement statement;
    statement.id = domain::newId();
    statement.text = QStringLiteral("Un constat");
    REQUIRE(editor.saveStatement(m, QStringLiteral("Constat"), statement));
    domain::Decision decision;
    decision.id = domain::newId();
    decision.text = QStringLiteral("Une décision");
    REQUIRE(editor.saveDecision(m, QStringLiteral("Décision"), decision));
    domain::ActionItem action;
    action.id = domain::newId();
    action.what = QStringLiteral("Une action");
    action.ownerParticipantId = p.id;
    REQUIRE(editor.saveAction(m, QStringLiteral("Action"), action));
    // A part of the plenary moved later in the day, and a sub-item added to it.
    domain::AgendaItem part = *r.session.agendaItem(plenary->partModel()->at(0).id);
    domain::AgendaItem sub = part;
    sub.id = domain::newId();
    sub.parentId = part.id;
    sub.title = QStringLiteral("Un sous-point");
    sub.plannedEnd = sub.plannedStart.addSecs(5 * 60);
    REQUIRE(editor.addAgendaItem(m, sub));
    REQUIRE(r.session.moveItem(part.id, QTime(15, 30)).ok());
    REQUIRE(editor.removeParticipant(m, p.id));
    REQUIRE(editor.removePriorityItem(m, cause.id));
    while (editor.undoStack()->canUndo()) {
        REQUIRE(editor.undo());
    }
    while (editor.undoStack()->canRedo()) {
        REQUIRE(editor.redo());
    }
    // Another meeting opened, and back: a reset, then rows again.
    r.session.openMeeting(QString());
    r.session.openMeeting(m);
    CHECK(r.window->agendaModel()->rowCount() > 0);
}

TEST_CASE("two views of one session: a change in one shows in the other, nothing rebuilt")
{
    Room r;
    REQUIRE(r.window->showPane(QStringLiteral("subgroup-4")));
    gui::SubgroupView* pane = r.window->subgroupViews().at(1);
    gui::PrioritisationView* window = pane->prioritisation();
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window));

    // The rapporteur is half-way through a new cause; the facilitator's cell is selected.
    QLineEdit* newCause = window->newCause();
    newCause->setFocus();
    QTest::keyClicks(newCause, QStringLiteral("Des moyens"));
    newCause->setCursorPosition(4);
    QTableView* scores = window->scoreTable();
    const QPersistentModelIndex selected = scores->model()->index(2, 0);
    scores->setCurrentIndex(selected);
    const void* row = selected.internalPointer();
    const QString before = pane->findChild<QLabel*>() ? QString() : QString();
    Q_UNUSED(before);

    // Dots counted on paper, entered from the other view (the Editor, as the pane does).
    const auto& d = r.session.data();
    REQUIRE(r.session.editor().setDots(r.meeting, d.priorityItems[2].id, {}, 5));
    // The window shows it in the same rows: selection, text and cursor kept.
    CHECK(cellText(scores, 2, gui::PrioritisationView::DotsColumn) == QStringLiteral("5"));
    CHECK(scores->currentIndex() == selected);
    CHECK(selected.internalPointer() == row);
    CHECK(newCause->text() == QStringLiteral("Des moyens"));
    CHECK(newCause->cursorPosition() == 4);
    // And the pane's ranking at a glance follows.
    CHECK(window->chart()->bars().first().dots == 5);

    // Two main windows over one session: a note typed in one appears in the other as an
    // inserted row, not a new list.
    gui::MainWindow second(r.session);
    second.show();
    REQUIRE(QTest::qWaitForWindowExposed(&second));
    REQUIRE(second.showPane(QStringLiteral("subgroup-3")));
    REQUIRE(r.window->showPane(QStringLiteral("subgroup-3")));
    const QString question = d.questions.first().id;
    gui::SubgroupView* mine = r.window->subgroupViews().at(0);
    gui::SubgroupView* theirs = second.subgroupViews().at(0);
    mine->selectQuestion(question);
    theirs->selectQuestion(question);
    QTreeView* theirNotes = theirs->notes()->noteView();
    int inserted = 0;
    int resets = 0;
    QObject::connect(theirNotes->model(), &QAbstractItemModel::rowsInserted, [&] { ++inserted; });
    QObject::connect(theirNotes->model(), &QAbstractItemModel::modelReset, [&] { ++resets; });
    mine->noteEdit()->setText(QStringLiteral("Vu depuis les deux fenêtres"));
    QTest::keyClick(mine->noteEdit(), Qt::Key_Return);
    CHECK(inserted == 1);
    CHECK(resets == 0);
    CHECK(cellText(theirNotes, 0, gui::NotesPanel::TextColumn) ==
          QStringLiteral("Vu depuis les deux fenêtres"));
    // Undo from the second window takes it back in both.
    REQUIRE(second.editor().undo());
    CHECK(rowCount(theirNotes) == 0);
    CHECK(rowCount(mine->notes()->noteView()) == 0);
    window->close();
}

TEST_CASE("the plenary pane lists its parts in time order and follows the timeline")
{
    Room r;
    REQUIRE(r.window->showPane(QStringLiteral("plenary")));
    gui::PlenaryPane* pane = r.window->plenaryPane();
    QTreeView* parts = pane->parts();
    const auto times = [&] {
        QStringList out;
        for (int row = 0; row < rowCount(parts); ++row) {
            out << cellText(parts, row, 0).left(5);
        }
        return out;
    };
    REQUIRE(rowCount(parts) == 3);
    CHECK(times() == QStringList{QStringLiteral("14:00"), QStringLiteral("14:15"),
                                 QStringLiteral("15:30")});
    const QPersistentModelIndex first = parts->model()->index(0, 0);
    const QString introduction = pane->partModel()->idAt(first);

    // Dragged later on the timeline: the pane shows its new time, in order, and the row
    // is the same row, moved.
    const QRect block = r.window->timeline()->blockRect(introduction);
    REQUIRE_FALSE(block.isEmpty());
    const int later = r.window->timeline()->yForTime(QTime(15, 45)) -
                      r.window->timeline()->yForTime(QTime(14, 0));
    copil::test::dragOnTimeline(r.window->timeline(), block.center(),
                                block.center() + QPoint(0, later));
    CHECK(r.session.agendaItem(introduction)->plannedStart == QTime(15, 45));
    CHECK(times() == QStringList{QStringLiteral("14:15"), QStringLiteral("15:30"),
                                 QStringLiteral("15:45")});
    CHECK(first.isValid());
    CHECK(first.row() == 2);

    // A click on a part's block selects that part in the pane.
    const QString findings = pane->partModel()->idAt(parts->model()->index(0, 0));
    const QString questions = pane->partModel()->idAt(parts->model()->index(1, 0));
    copil::test::clickBlock(*r.window, questions);
    CHECK(pane->currentPart() == questions);
    copil::test::clickBlock(*r.window, findings);
    CHECK(pane->currentPart() == findings);

    // A sub-item added to the plenary appears at once, in its place.
    domain::AgendaItem conclusion = *r.session.agendaItem(questions);
    conclusion.id = domain::newId();
    conclusion.title = QStringLiteral("Conclusion");
    conclusion.plannedStart = QTime(15, 40);
    conclusion.plannedEnd = QTime(15, 45);
    conclusion.position = 10;
    REQUIRE(r.session.editor().addAgendaItem(r.meeting, conclusion));
    CHECK(rowCount(parts) == 4);
    CHECK(cellText(parts, 2, 0).contains(QStringLiteral("Conclusion")));
}
