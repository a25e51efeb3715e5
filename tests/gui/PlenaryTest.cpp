#include "CapturedDay.h"
#include "FacilitatorSupport.h"
#include "TestSupport.h"
#include "gui/common/NotesPanel.h"
#include "gui/common/RowModel.h"
#include "gui/common/Views.h"
#include "gui/participants/ParticipantsPane.h"
#include "gui/plenary/PlenaryPane.h"
#include "gui/plenary/RestitutionView.h"
#include "gui/subgroups/PrioritisationView.h"
#include "gui/subgroups/SubgroupView.h"
#include "session/Editor.h"
#include "storage/MeetingRepository.h"
#include "storage/NoteRepository.h"
#include "storage/PlenaryRepository.h"

#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
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
    QTreeView* parts = p.pane()->parts();
    REQUIRE(rowCount(parts) == 3);
    CHECK(cellText(parts, 0, 0).contains(QStringLiteral("Introduction")));
    CHECK(cellText(parts, 0, 0).contains(QStringLiteral("par Odas, CGET")));

    // A note on the second part.
    parts->setCurrentIndex(parts->model()->index(1, 0));
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
    QTableView* table = p.pane()->statements();
    editCell(table, 1, gui::PlenaryPane::DebateColumn,
             QStringLiteral("Soutien des villes ; reserve du Departement"), Commit::Tab);
    copil::test::chooseInCell(table, table->model()->index(1, gui::PlenaryPane::StatusColumn),
                              int(domain::StatementStatus::Kept));
    statements = p.statements();
    CHECK(statements[1].debate == QStringLiteral("Soutien des villes ; reserve du Departement"));
    CHECK(statements[1].status == domain::StatementStatus::Kept);
    CHECK(p.window->plenaryText().contains(
        QStringLiteral("Un pacte de gouvernance Ville–EPCI [Retenu]")));

    // Undo: the status, then the debate.
    session::Editor& editor = p.window->editor();
    REQUIRE(editor.undo());
    CHECK(p.statements()[1].status == domain::StatementStatus::Pending);
    REQUIRE(editor.undo());
    CHECK(p.statements()[1].debate.isEmpty());
    REQUIRE(editor.redo());
    REQUIRE(editor.redo());
    const auto before = p.statements();
    p.window.reset();
    auto window = copil::test::openSeedWindow(p.path);
    CHECK(storage::PlenaryRepository(window->workspace()).statements(p.meeting).value() == before);
    CHECK(rowCount(window->plenaryPane()->statements()) == 2);
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

    QTableView* actions = p.pane()->actions();
    editCell(actions, 0, gui::PlenaryPane::OwnerColumn, QStringLiteral("Odas"));
    editCell(actions, 0, gui::PlenaryPane::DueColumn, QStringLiteral("20/10/2017"), Commit::Tab);
    editCell(actions, 0, gui::PlenaryPane::DueColumn, QStringLiteral("demain"));
    // Said in place, under the table: no box in the way of the next entry.
    CHECK(p.pane()->message()->text().contains(QStringLiteral("demain")));
    CHECK(p.window->findChildren<QMessageBox*>().isEmpty());
    // The right form, a day that does not exist: said as such.
    editCell(actions, 0, gui::PlenaryPane::DueColumn, QStringLiteral("31/02/2017"));
    INFO(p.pane()->message()->text().toStdString());
    CHECK(p.pane()->message()->text().contains(QStringLiteral("n’existe pas")));
    CHECK(p.pane()->message()->text().contains(QStringLiteral("28 jours")));
    CHECK_FALSE(p.pane()->message()->text().contains(QStringLiteral("JJ/MM/AAAA")));
    editCell(actions, 0, gui::PlenaryPane::DueColumn, QStringLiteral("12/13/2017"));
    CHECK(p.pane()->message()->text().contains(QStringLiteral("pas de mois 13")));
    CHECK(p.window->findChildren<QMessageBox*>().isEmpty());
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
    CHECK(rowCount(p.pane()->decisions()) == 2);

    // Emptying an action's text removes it; undo brings it back.
    editCell(p.pane()->actions(), 1, gui::PlenaryPane::WhatColumn, QString());
    CHECK(p.actions().size() == 1);
    REQUIRE(p.window->editor().undo());
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
    const int before = rowCount(window->scoreTable());
    p.window->findChild<QDockWidget*>(QStringLiteral("detailsDock"))->raise();
    QTRY_VERIFY(view->visibleRegion().isEmpty());

    domain::PriorityItem cause;
    cause.id = domain::newId();
    cause.subgroupId = view->subgroupId();
    cause.position = 99;
    cause.text = QStringLiteral("Une cause ajoutée depuis la fenêtre de priorisation");
    REQUIRE(p.window->editor().savePriorityItem(p.meeting, QStringLiteral("Cause"), cause));
    CHECK(rowCount(window->scoreTable()) == before + 1);
    window->close();
}
