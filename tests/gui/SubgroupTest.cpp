#include "FacilitatorSupport.h"
#include "TestSupport.h"
#include "gui/common/NotesPanel.h"
#include "gui/subgroups/SubgroupView.h"
#include "session/Editor.h"
#include "storage/NoteRepository.h"
#include "storage/SubgroupRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QTreeView>

using namespace copil;
using copil::test::TempDir;

namespace {

struct Rapporteur {
    TempDir dir;
    QString path = dir.path(QStringLiteral("copil.sqlite"));
    std::unique_ptr<gui::MainWindow> window = copil::test::openSeedWindow(path);

    gui::SubgroupView* view(int index) const { return window->subgroupViews().at(index); }
    QList<domain::Note> notes() const
    {
        storage::NoteRepository repo(window->workspace());
        auto n = repo.notes(window->currentMeetingId());
        REQUIRE(n.ok());
        return n.value();
    }
    QList<domain::GuidingQuestion> questions() const
    {
        auto q =
            storage::SubgroupRepository(window->workspace()).questions(window->currentMeetingId());
        REQUIRE(q.ok());
        return q.value();
    }
};

} // namespace

TEST_CASE("a rapporteur types notes with their kind from the keyboard, question by question")
{
    Rapporteur r;
    REQUIRE(r.window->showPane(QStringLiteral("subgroup-3")));
    gui::SubgroupView* view = r.view(0);
    const auto questions = r.questions();
    const QString first = questions.first().id;
    view->selectQuestion(first);
    REQUIRE(view->selectedQuestionId() == first);

    QLineEdit* edit = view->noteEdit();
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("Loi NOTRe : competences floues entre Ville et EPCI"));
    QTest::keyClick(edit, Qt::Key_3, Qt::AltModifier); // point de vigilance
    CHECK(view->noteKind()->currentData().toInt() == int(domain::NoteKind::Vigilance));
    QTest::keyClick(edit, Qt::Key_Return);
    CHECK(edit->text().isEmpty());
    QTest::keyClicks(edit, QStringLiteral("Mutualiser les diagnostics"));
    QTest::keyClick(edit, Qt::Key_2, Qt::AltModifier); // proposition
    QTest::keyClick(edit, Qt::Key_Return);

    auto notes = r.notes();
    REQUIRE(notes.size() == 2);
    CHECK(notes[0].targetType == domain::NoteTarget::Question);
    CHECK(notes[0].targetId == first);
    CHECK(notes[0].kind == domain::NoteKind::Vigilance);
    CHECK(notes[0].text == QStringLiteral("Loi NOTRe : competences floues entre Ville et EPCI"));
    CHECK(notes[1].kind == domain::NoteKind::Proposal);
    CHECK(notes[1].position == 1);
    CHECK(copil::test::rowCount(view->notes()->noteView()) == 2);
    // The first note marked the question as discussed; the facilitator sees it on the
    // subgroup's block of the timeline.
    CHECK(r.questions().first().progress == domain::QuestionProgress::Discussed);
    const QString block = copil::test::itemIdOf(*r.window, QStringLiteral("Sujet n°3"));
    CHECK(r.window->timeline()->badge(block) ==
          QStringLiteral("questions : 0 traitées, 1 abordées sur 10"));

    // Space on the question moves its progress on; Alt+1 on a selected note changes its kind.
    view->questionView()->setFocus();
    QTest::keyClick(view->questionView(), Qt::Key_Space);
    CHECK(r.questions().first().progress == domain::QuestionProgress::Done);
    CHECK(r.window->timeline()->badge(block).startsWith(QStringLiteral("questions : 1 traitées")));
    QTreeView* noteView = view->notes()->noteView();
    noteView->setFocus();
    noteView->setCurrentIndex(noteView->model()->index(1, 0));
    QTest::keyClick(noteView, Qt::Key_1, Qt::AltModifier);
    CHECK(r.notes()[1].kind == domain::NoteKind::Finding);

    // Another question has its own notes.
    view->selectQuestion(questions[1].id);
    CHECK(copil::test::rowCount(noteView) == 0);
    view->selectQuestion(first);
    CHECK(copil::test::rowCount(noteView) == 2);

    // Undo, step by step: the kind, the progress, then the second note, then the first
    // note with the "discussed" it brought.
    session::Editor& editor = r.window->editor();
    REQUIRE(editor.undo());
    CHECK(r.notes()[1].kind == domain::NoteKind::Proposal);
    REQUIRE(editor.undo());
    CHECK(r.questions().first().progress == domain::QuestionProgress::Discussed);
    REQUIRE(editor.undo());
    CHECK(r.notes().size() == 1);
    REQUIRE(editor.undo());
    CHECK(r.notes().isEmpty());
    CHECK(r.questions().first().progress == domain::QuestionProgress::NotStarted);
    REQUIRE(editor.redo());
    CHECK(r.notes().size() == 1);
    CHECK(r.questions().first().progress == domain::QuestionProgress::Discussed);

    // Delete removes the selected note.
    noteView->setFocus();
    noteView->setCurrentIndex(noteView->model()->index(0, 0));
    QTest::keyClick(noteView, Qt::Key_Delete);
    CHECK(r.notes().isEmpty());
}

TEST_CASE("notes and progress are there after a restart")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("copil.sqlite"));
    QList<domain::Note> notes;
    {
        auto window = copil::test::openSeedWindow(path);
        gui::SubgroupView* view = window->subgroupViews().at(0);
        auto questions =
            storage::SubgroupRepository(window->workspace()).questions(window->currentMeetingId());
        view->selectQuestion(questions.value().at(2).id);
        view->noteEdit()->setText(QStringLiteral("Le contrat de ville comme cadre commun"));
        REQUIRE(view->addNote());
        storage::NoteRepository repo(window->workspace());
        notes = repo.notes(window->currentMeetingId()).value();
    }
    auto window = copil::test::openSeedWindow(path);
    storage::NoteRepository repo(window->workspace());
    CHECK(repo.notes(window->currentMeetingId()).value() == notes);
    gui::SubgroupView* view = window->subgroupViews().at(0);
    view->selectQuestion(notes.first().targetId);
    REQUIRE(copil::test::rowCount(view->notes()->noteView()) == 1);
    CHECK(copil::test::cellText(view->notes()->noteView(), 0, gui::NotesPanel::TextColumn) ==
          QStringLiteral("Le contrat de ville comme cadre commun"));
}

TEST_CASE("a rapporteur goes from question to question without leaving the note field")
{
    Rapporteur r;
    REQUIRE(r.window->showPane(QStringLiteral("subgroup-3")));
    copil::test::activate(*r.window);
    gui::SubgroupView* view = r.view(0);
    const auto questions = r.questions();
    REQUIRE(questions.size() > 4);
    view->selectQuestion(questions[2].id);
    QLineEdit* edit = view->noteEdit();
    edit->setFocus();
    REQUIRE(QApplication::focusWidget() == edit);

    QTest::keyClick(edit, Qt::Key_Down, Qt::ControlModifier);
    CHECK(view->selectedQuestionId() == questions[3].id);
    CHECK(QApplication::focusWidget() == edit);
    // The notes' box names the question they go to.
    auto* box = qobject_cast<QGroupBox*>(edit->parentWidget()->parentWidget());
    REQUIRE(box);
    CHECK(box->title().contains(questions[3].text.left(20)));
    copil::test::typeText(edit, QStringLiteral("Diagnostic partagé"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTest::keyClick(edit, Qt::Key_Up, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Up, Qt::ControlModifier);
    CHECK(view->selectedQuestionId() == questions[1].id);
    QTest::keyClicks(edit, QStringLiteral("Calendrier"));
    QTest::keyClick(edit, Qt::Key_Return);

    const auto notes = r.notes();
    REQUIRE(notes.size() == 2);
    const auto on = [&notes](const QString& text) {
        const auto it = std::find_if(notes.cbegin(), notes.cend(),
                                     [&text](const domain::Note& n) { return n.text == text; });
        return it == notes.cend() ? QString() : it->targetId;
    };
    CHECK(on(QStringLiteral("Diagnostic partagé")) == questions[3].id);
    CHECK(on(QStringLiteral("Calendrier")) == questions[1].id);
    // From the first and the last, the keys stay there; across the blocks they go on.
    for (int i = 0; i < questions.size() + 2; ++i) {
        QTest::keyClick(edit, Qt::Key_Down, Qt::ControlModifier);
    }
    CHECK(view->selectedQuestionId() == questions.last().id);
    for (int i = 0; i < questions.size() + 2; ++i) {
        QTest::keyClick(edit, Qt::Key_Up, Qt::ControlModifier);
    }
    CHECK(view->selectedQuestionId() == questions.first().id);
}
