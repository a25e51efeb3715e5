#include "CapturedDay.h"
#include "FacilitatorSupport.h"
#include "TestSupport.h"
#include "gui/Editor.h"
#include "gui/NotesPanel.h"
#include "gui/ParticipantsPane.h"
#include "gui/PlenaryPane.h"
#include "gui/PrioritisationView.h"
#include "gui/RestitutionView.h"
#include "gui/SubgroupView.h"
#include "storage/MeetingRepository.h"
#include "storage/NoteRepository.h"
#include "storage/PlenaryRepository.h"

#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>

using namespace copil;
using copil::test::TempDir;

namespace {

struct Plenary {
    TempDir dir;
    QString path = dir.path(QStringLiteral("copil.sqlite"));
    std::unique_ptr<gui::MainWindow> window = copil::test::openSeedWindow(path);
    QString meeting = window->currentMeetingId();

    gui::PlenaryPane* pane() const { return window->plenaryPane(); }
    storage::PlenaryRepository repo() const
    {
        return storage::PlenaryRepository(window->workspace());
    }
    QList<domain::Statement> statements() const { return repo().statements(meeting).value(); }
    QList<domain::Decision> decisions() const { return repo().decisions(meeting).value(); }
    QList<domain::ActionItem> actions() const { return repo().actions(meeting).value(); }
};

// Answers a QInputDialog (one line or several) with text.
void answer(QDialog* dialog, const QString& text)
{
    if (auto* line = dialog->findChild<QLineEdit*>()) {
        line->setText(text);
    } else if (auto* lines = dialog->findChild<QPlainTextEdit*>()) {
        lines->setPlainText(text);
    }
    dialog->accept();
}

} // namespace

TEST_CASE("plenary: notes per part, findings and recommendations with debate and status")
{
    Plenary p;
    REQUIRE(p.window->showPane(QStringLiteral("plenary")));
    QListWidget* parts = p.pane()->parts();
    REQUIRE(parts->count() == 3);
    CHECK(parts->item(0)->text().contains(QStringLiteral("Introduction")));
    CHECK(parts->item(0)->text().contains(QStringLiteral("par Odas, CGET")));

    // A note on the second part.
    parts->setCurrentRow(1);
    QLineEdit* note = p.pane()->notes()->noteEdit();
    note->setText(QStringLiteral("Le rapport final paraîtra au printemps"));
    QTest::keyClick(note, Qt::Key_Return);
    storage::NoteRepository notes(p.window->workspace());
    REQUIRE(notes.notes(p.meeting).value().size() == 1);
    CHECK(notes.notes(p.meeting).value().first().targetId ==
          copil::test::itemIdOf(*p.window, QStringLiteral("Principaux constats")));

    // A finding and a recommendation, tied to the part being presented.
    p.pane()->newStatement()->setText(QStringLiteral("La transversalité dépend des élus"));
    QTest::keyClick(p.pane()->newStatement(), Qt::Key_Return);
    p.pane()->newStatementKind()->setCurrentIndex(
        p.pane()->newStatementKind()->findData(int(domain::StatementKind::Recommendation)));
    p.pane()->newStatement()->setText(QStringLiteral("Un pacte de gouvernance Ville–EPCI"));
    QTest::keyClick(p.pane()->newStatement(), Qt::Key_Return);
    auto statements = p.statements();
    REQUIRE(statements.size() == 2);
    CHECK(statements[0].kind == domain::StatementKind::Finding);
    CHECK(statements[1].kind == domain::StatementKind::Recommendation);
    CHECK(statements[1].agendaItemId == notes.notes(p.meeting).value().first().targetId);

    // The debate, then the status chosen in the row's box.
    QTableWidget* table = p.pane()->statements();
    table->item(1, gui::PlenaryPane::DebateColumn)
        ->setText(QStringLiteral("Soutien des villes ; réserve du Département"));
    auto* status = qobject_cast<QComboBox*>(
        p.pane()->statements()->cellWidget(1, gui::PlenaryPane::StatusColumn));
    REQUIRE(status);
    status->setCurrentIndex(status->findData(int(domain::StatementStatus::Kept)));
    emit status->activated(status->currentIndex());
    statements = p.statements();
    CHECK(statements[1].debate == QStringLiteral("Soutien des villes ; réserve du Département"));
    CHECK(statements[1].status == domain::StatementStatus::Kept);
    CHECK(p.window->plenaryText().contains(
        QStringLiteral("Un pacte de gouvernance Ville–EPCI [Retenu]")));

    // Undo: the status, then the debate.
    QUndoStack* stack = p.window->editor().undoStack();
    stack->undo();
    CHECK(p.statements()[1].status == domain::StatementStatus::Pending);
    stack->undo();
    CHECK(p.statements()[1].debate.isEmpty());
    stack->redo();
    stack->redo();
    const auto before = p.statements();
    p.window.reset();
    auto window = copil::test::openSeedWindow(p.path);
    CHECK(storage::PlenaryRepository(window->workspace()).statements(p.meeting).value() == before);
    CHECK(window->plenaryPane()->statements()->rowCount() == 2);
}

TEST_CASE("decisions and actions: in the plenary pane, and from any pane by shortcut")
{
    Plenary p;
    p.window->showPane(QStringLiteral("plenary"));
    p.pane()->showTab(2);
    p.pane()->newDecision()->setText(
        QStringLiteral("Le rapport final intégrera les préconisations"));
    QTest::keyClick(p.pane()->newDecision(), Qt::Key_Return);
    p.pane()->newAction()->setText(QStringLiteral("Diffuser le compte rendu"));
    QTest::keyClick(p.pane()->newAction(), Qt::Key_Return);
    REQUIRE(p.decisions().size() == 1);
    REQUIRE(p.actions().size() == 1);

    QTableWidget* actions = p.pane()->actions();
    actions->item(0, gui::PlenaryPane::OwnerColumn)->setText(QStringLiteral("Odas"));
    p.pane()
        ->actions()
        ->item(0, gui::PlenaryPane::DueColumn)
        ->setText(QStringLiteral("20/10/2017"));
    QSignalSpy refused(p.pane(), &gui::PlenaryPane::failed);
    p.pane()->actions()->item(0, gui::PlenaryPane::DueColumn)->setText(QStringLiteral("demain"));
    CHECK(refused.size() == 1);
    // The window said so in a message box: close it.
    for (QMessageBox* box : p.window->findChildren<QMessageBox*>()) {
        box->close();
    }
    auto stored = p.actions().first();
    CHECK(stored.ownerOrganisation == QStringLiteral("Odas"));
    CHECK(stored.dueDate == QDate(2017, 10, 20));

    // From the participants pane: Ctrl+Shift+A asks what, then who.
    p.window->showPane(QStringLiteral("participants"));
    copil::test::onNextDialog([](QDialog* what) {
        answer(what, QStringLiteral("Rédiger le rapport final"));
        copil::test::onNextDialog([](QDialog* who) { answer(who, QStringLiteral("CGET")); });
    });
    p.window->participantsPane()->table()->setFocus();
    QTest::keyClick(p.window->participantsPane()->table(), Qt::Key_A,
                    Qt::ControlModifier | Qt::ShiftModifier);
    copil::test::activate(*p.window);
    REQUIRE(p.actions().size() == 2);
    CHECK(p.actions()[1].what == QStringLiteral("Rédiger le rapport final"));
    CHECK(p.actions()[1].ownerOrganisation == QStringLiteral("CGET"));
    copil::test::onNextDialog(
        [](QDialog* d) { answer(d, QStringLiteral("Prochain comité en janvier")); });
    QTest::keyClick(p.window.get(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    copil::test::activate(*p.window);
    REQUIRE(p.decisions().size() == 2);
    CHECK(p.pane()->decisions()->rowCount() == 2);

    // Emptying an action's text removes it; undo brings it back.
    p.pane()->actions()->item(1, gui::PlenaryPane::WhatColumn)->setText(QString());
    CHECK(p.actions().size() == 1);
    p.window->editor().undoStack()->undo();
    CHECK(p.actions().size() == 2);
}

TEST_CASE("the restitution shows each subgroup's selected causes, retained solutions and notes")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("copil.sqlite"));
    {
        auto ws = storage::Workspace::open(path);
        REQUIRE(ws.ok());
        storage::MeetingRepository meetings(*ws.value());
        REQUIRE(meetings.insertAll(copil::test::capturedDay()).ok());
    }
    auto opened = storage::Workspace::open(path);
    REQUIRE(opened.ok());
    gui::MainWindow window(std::move(opened).value());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    copil::test::activate(window);
    QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier);
    gui::RestitutionView* view = window.restitution();
    REQUIRE(QTest::qWaitForWindowExposed(view));
    REQUIRE(view->showSubgroup(4));
    CHECK_FALSE(window.showPane(QStringLiteral("restitution-9")));
    const QString four = view->text();
    CHECK(four.contains(QStringLiteral("Causes retenues")));
    CHECK(four.contains(QStringLiteral("Les partenaires ne prennent pas le temps")));
    CHECK(four.contains(QStringLiteral("Un diagnostic partagé en début de contrat")));
    CHECK_FALSE(four.contains(QStringLiteral("annuaire en ligne"))); // not retained
    CHECK(four.contains(QStringLiteral("gommettes")));
    view->showSubgroup(3);
    const QString three = view->text();
    CHECK(three.contains(QStringLiteral("Ce que le groupe a dit")));
    CHECK(three.contains(QStringLiteral("Faire du contrat de ville le document de référence")));
    // Text from the meeting is shown as text, never as markup.
    domain::MeetingData d = copil::test::capturedDay();
    d.subgroups[0].title = QStringLiteral("<b>gras</b>");
    CHECK(gui::RestitutionView::html(d, d.subgroups[0].id).contains(QStringLiteral("&lt;b&gt;")));
}

TEST_CASE("hidden panes are filled when they appear, with what was saved meanwhile")
{
    Plenary p;
    // The details pane is in front: the plenary and subgroups panes are hidden tabs.
    auto* plenaryDock = p.window->findChild<QDockWidget*>(QStringLiteral("plenaryDock"));
    auto* subgroupsDock = p.window->findChild<QDockWidget*>(QStringLiteral("subgroupsDock"));
    REQUIRE(plenaryDock);
    REQUIRE(subgroupsDock);
    // Out of sight (Qt moves a tab that is not in front away rather than hiding it).
    REQUIRE(plenaryDock->visibleRegion().isEmpty());
    domain::Decision d;
    d.id = domain::newId();
    d.text = QStringLiteral("Une décision prise pendant que le volet était caché");
    REQUIRE(p.window->editor().saveDecision(p.meeting, QStringLiteral("Décision"), d));

    // Read straight from the widgets, not through the window's accessor (which fills it):
    // the pane is made when it first appears.
    CHECK_FALSE(plenaryDock->findChild<gui::PlenaryPane*>());
    plenaryDock->raise();
    QTRY_VERIFY(!plenaryDock->visibleRegion().isEmpty());
    auto* pane = plenaryDock->findChild<gui::PlenaryPane*>();
    REQUIRE(pane);
    CHECK(pane->text().contains(d.text));

    auto* tabs = subgroupsDock->findChild<QTabWidget*>(QStringLiteral("subgroupTabs"));
    REQUIRE(tabs);
    CHECK(tabs->count() == 0);
    subgroupsDock->raise();
    QTRY_VERIFY(!subgroupsDock->visibleRegion().isEmpty());
    CHECK(tabs->count() == 2);
}

TEST_CASE("a prioritisation window stays current while its pane is out of sight")
{
    Plenary p;
    REQUIRE(p.window->showPane(QStringLiteral("subgroup-4")));
    gui::SubgroupView* view = p.window->subgroupViews().at(1);
    gui::PrioritisationView* window = view->prioritisation();
    window->show();
    const int before = window->scoreTable()->rowCount();
    p.window->findChild<QDockWidget*>(QStringLiteral("detailsDock"))->raise();
    QTRY_VERIFY(view->visibleRegion().isEmpty());

    domain::PriorityItem cause;
    cause.id = domain::newId();
    cause.subgroupId = view->subgroupId();
    cause.position = 99;
    cause.text = QStringLiteral("Une cause ajoutée depuis la fenêtre de priorisation");
    REQUIRE(p.window->editor().savePriorityItem(p.meeting, QStringLiteral("Cause"), cause));
    CHECK(window->scoreTable()->rowCount() == before + 1);
    window->close();
}
