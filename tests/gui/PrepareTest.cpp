#include "FacilitatorSupport.h"
#include "GuiSupport.h"
#include "domain/Preparation.h"
#include "exchange/Archive.h"
#include "exchange/Templates.h"
#include "gui/common/WorkspaceActions.h"
#include "gui/prepare/NewMeetingDialog.h"
#include "gui/subgroups/PrioritisationView.h"
#include "gui/subgroups/SubgroupView.h"
#include "gui/timeline/AgendaModel.h"
#include "session/Editor.h"
#include "session/Session.h"
#include "storage/Backups.h"
#include "storage/MeetingRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTimeEdit>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace copil;
using copil::test::TempDir;
using copil::test::typeText;

namespace {

QAction* action(QWidget& window, const char* name)
{
    auto* a = window.findChild<QAction*>(QLatin1StringView(name));
    REQUIRE(a);
    return a;
}

// Replaces what a field holds by typing, as a person does.
void retype(QWidget* field, const QString& text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Delete);
    typeText(field, text);
}

void clickCreate(QDialog* dialog)
{
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    REQUIRE(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

// Presses the button of the next message box whose text contains `button`.
void onNextBox(const QString& button)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, button] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box) {
            return;
        }
        timer->stop();
        timer->deleteLater();
        for (QAbstractButton* b : box->buttons()) {
            if (b->text().remove(u'&').contains(button)) {
                QTest::mouseClick(b, Qt::LeftButton);
                return;
            }
        }
        box->reject();
    });
    timer->start();
}

QStringList comboTexts(const QComboBox* combo)
{
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i) {
        texts << combo->itemText(i);
    }
    return texts;
}

} // namespace

TEST_CASE("Nouvelle réunion makes the next committee from the keyboard, kept after a restart")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("copil.sqlite"));
    {
        auto window = copil::test::openSeedWindow(path);
        session::Session& session = window->session();
        const QString sixth = session.meetingId();
        bool seen = false;
        copil::test::onNextDialog([&](QDialog* dialog) {
            seen = true;
            auto* previous = dialog->findChild<QRadioButton*>(QStringLiteral("previousStart"));
            REQUIRE(previous);
            CHECK(previous->isChecked()); // the next of the series comes first
            auto* title = dialog->findChild<QLineEdit*>(QStringLiteral("titleEdit"));
            CHECK(title->text() == QStringLiteral("Comité de pilotage n°7"));
            auto* preview = dialog->findChild<QLabel*>(QStringLiteral("startPreview"));
            CHECK(preview->text().contains(QStringLiteral("2 sous-groupe")));
            auto* date = dialog->findChild<QDateEdit*>(QStringLiteral("dateEdit"));
            date->setFocus();
            date->setSelectedSection(QDateTimeEdit::DaySection);
            typeText(date, QStringLiteral("17012018")); // each section full moves to the next
            CHECK(date->date() == QDate(2018, 1, 17));
            clickCreate(dialog);
        });
        QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier | Qt::AltModifier);
        REQUIRE(seen);
        REQUIRE(session.meetings().size() == 2);
        CHECK(session.meetingId() != sixth);
        CHECK(session.data().meeting.title == QStringLiteral("Comité de pilotage n°7"));
        CHECK(session.data().meeting.number == 7);
        CHECK(session.data().meeting.date == QDate(2018, 1, 17));
        CHECK(session.data().subgroups.size() == 2);
        CHECK(session.data().notes.isEmpty());
        CHECK(window->agendaModel()->rowCount() == 5);
        auto* combo = window->findChild<QComboBox*>(QStringLiteral("meetingCombo"));
        REQUIRE(combo);
        CHECK(comboTexts(combo) ==
              QStringList{QStringLiteral("11/10/2017 – Comité de pilotage n°6"),
                          QStringLiteral("17/01/2018 – Comité de pilotage n°7")});
        CHECK(combo->currentIndex() == 1);
        // One step of the history: undo takes the new meeting away.
        CHECK(session.editor().undoStack()->undoText().contains(QStringLiteral("n°7")));
    }
    auto window = copil::test::openSeedWindow(path);
    CHECK(window->session().meetings().size() == 2);
}

TEST_CASE("a blank meeting says in place what is missing, then is made")
{
    TempDir dir;
    auto window = copil::test::openSeedWindow(dir.path(QStringLiteral("copil.sqlite")));
    session::Session& session = window->session();
    gui::NewMeetingDialog dialog(session, window.get(), dir.path(QStringLiteral("modeles")));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(dialog.findChild<QRadioButton*>(QStringLiteral("blankStart")),
                      Qt::LeftButton);
    CHECK_FALSE(dialog.findChild<QListWidget*>(QStringLiteral("startChoices"))->isVisible());
    clickCreate(&dialog);
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("newMeetingError"));
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("Titre")));
    CHECK(dialog.isVisible());
    CHECK(session.meetings().size() == 1);

    retype(dialog.findChild<QLineEdit*>(QStringLiteral("titleEdit")),
           QStringLiteral("Réunion d’équipe"));
    CHECK_FALSE(error->isVisible());
    retype(dialog.findChild<QLineEdit*>(QStringLiteral("locationEdit")), QStringLiteral("Lyon"));
    clickCreate(&dialog);
    CHECK_FALSE(dialog.isVisible());
    REQUIRE(session.meetings().size() == 2);
    CHECK(session.data().meeting.title == QStringLiteral("Réunion d’équipe"));
    CHECK(session.data().meeting.location == QStringLiteral("Lyon"));
    CHECK(session.data().agenda.isEmpty());
}

TEST_CASE("every built-in template and a saved one make a meeting through the dialog")
{
    TempDir dir;
    const QString folder = dir.path(QStringLiteral("modeles"));
    auto window = copil::test::openSeedWindow(dir.path(QStringLiteral("copil.sqlite")));
    session::Session& session = window->session();
    REQUIRE(exchange::Templates::save(session.data(), false, QStringLiteral("Mon comité"), folder));
    gui::NewMeetingDialog dialog(session, window.get(), folder);
    dialog.setStart(gui::NewMeetingDialog::Start::Template);
    auto* list = dialog.findChild<QListWidget*>(QStringLiteral("startChoices"));
    REQUIRE(list->count() == 4);
    CHECK(list->item(1)->text() == QStringLiteral("Atelier participatif"));
    CHECK(list->item(3)->text().contains(QStringLiteral("vos modèles")));
    for (int row = 0; row < list->count(); ++row) {
        list->setCurrentRow(row);
        auto made = dialog.meeting();
        INFO((made.ok() ? QString() : made.error()).toStdString());
        CHECK(made.ok());
    }
    list->setCurrentRow(1);
    auto* preview = dialog.findChild<QLabel*>(QStringLiteral("startPreview"));
    CHECK(preview->text().contains(QStringLiteral("3 sous-groupe")));
    dialog.show();
    clickCreate(&dialog);
    CHECK(session.data().meeting.title == QStringLiteral("Atelier participatif"));
    CHECK(session.data().subgroups.size() == 3);
    CHECK(session.data().participants.isEmpty());
}

TEST_CASE("the open meeting is renamed, duplicated, saved as a template and removed from its menu")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("copil.sqlite"));
    auto window = copil::test::openSeedWindow(path);
    session::Session& session = window->session();
    const QString sixth = session.meetingId();
    auto* combo = window->findChild<QComboBox*>(QStringLiteral("meetingCombo"));

    // Duplicate: the copy reads differently in the list.
    action(*window, "duplicateMeetingAction")->trigger();
    REQUIRE(session.meetings().size() == 2);
    CHECK(session.data().meeting.title == QStringLiteral("Comité de pilotage n°6 (copie)"));
    CHECK(comboTexts(combo)[0] != comboTexts(combo)[1]);

    // Rename through the dialog, typed.
    copil::test::onNextDialog([](QDialog* dialog) {
        auto* line = dialog->findChild<QLineEdit*>();
        REQUIRE(line);
        retype(line, QStringLiteral("Comité de pilotage n°6 bis"));
        QTest::keyClick(line, Qt::Key_Return);
    });
    action(*window, "renameMeetingAction")->trigger();
    CHECK(session.data().meeting.title == QStringLiteral("Comité de pilotage n°6 bis"));
    CHECK(comboTexts(combo).contains(QStringLiteral("11/10/2017 – Comité de pilotage n°6 bis")));

    // Save as a template, without the people.
    copil::test::onNextDialog([](QDialog* dialog) {
        retype(dialog->findChild<QLineEdit*>(QStringLiteral("templateNameEdit")),
               QStringLiteral("Comité test prép"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
    });
    action(*window, "saveTemplateAction")->trigger();
    const QString saved =
        exchange::Templates::userFolder() + QStringLiteral("/comite-test-prep.json");
    REQUIRE(QFileInfo::exists(saved));
    auto loaded = exchange::Templates::load(QStringLiteral("comite-test-prep"));
    REQUIRE(loaded.ok());
    CHECK(loaded.value().participants.isEmpty());
    CHECK(loaded.value().notes.isEmpty());
    QFile::remove(saved);

    // Remove, after saying what goes; a backup first; undo brings it back.
    const QString copy = session.meetingId();
    onNextBox(QStringLiteral("Supprimer"));
    action(*window, "removeMeetingAction")->trigger();
    REQUIRE(session.meetings().size() == 1);
    CHECK(session.meetingId() == sixth);
    CHECK(storage::Backups::list(path).size() >= 1);
    REQUIRE(session.editor().undo());
    CHECK(session.meetings().size() == 2);
    CHECK(storage::MeetingRepository(session.workspace()).contains(copy));
}

TEST_CASE("the meeting's properties: typed, checked in place against the agenda, saved")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("copil.sqlite"));
    {
        auto window = copil::test::openSeedWindow(path);
        session::Session& session = window->session();
        bool seen = false;
        copil::test::onNextDialog([&](QDialog* dialog) {
            seen = true;
            auto* end = dialog->findChild<QTimeEdit*>(QStringLiteral("dayEndEdit"));
            auto* error = dialog->findChild<QLabel*>(QStringLiteral("errorLabel"));
            auto* save = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
            CHECK_FALSE(error->isVisible());
            end->setFocus();
            end->setSelectedSection(QDateTimeEdit::HourSection);
            typeText(end, QStringLiteral("1500"));
            CHECK(end->time() == QTime(15, 0));
            CHECK(error->isVisible());
            CHECK(error->text().contains(QStringLiteral("Échanges en séance plénière")));
            CHECK(error->text().contains(QStringLiteral("Questions et remarques diverses")));
            CHECK_FALSE(save->isEnabled());
            end->setSelectedSection(QDateTimeEdit::HourSection);
            typeText(end, QStringLiteral("1630"));
            CHECK_FALSE(error->isVisible());
            CHECK(save->isEnabled());
            retype(dialog->findChild<QLineEdit*>(QStringLiteral("locationEdit")),
                   QStringLiteral("Paris, salle Éluard"));
            retype(dialog->findChild<QLineEdit*>(QStringLiteral("organisersEdit")),
                   QStringLiteral("Odas, CGET, Ville de Lyon"));
            QTest::mouseClick(save, Qt::LeftButton);
        });
        action(*window, "meetingPropertiesAction")->trigger();
        REQUIRE(seen);
        const domain::Meeting& m = session.data().meeting;
        CHECK(m.location == QStringLiteral("Paris, salle Éluard"));
        CHECK(m.dayEnd == QTime(16, 30));
        CHECK(m.organisers == QStringList{QStringLiteral("Odas"), QStringLiteral("CGET"),
                                          QStringLiteral("Ville de Lyon")});
        CHECK(session.editor().undoStack()->undoText() ==
              QStringLiteral("Propriétés de la réunion"));
    }
    auto window = copil::test::openSeedWindow(path);
    CHECK(window->session().data().meeting.location == QStringLiteral("Paris, salle Éluard"));
}

TEST_CASE("an empty meeting says what to do, a subgroup and its questions are added from the "
          "keyboard, moved across blocks, saved as one step")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("copil.sqlite"));
    auto window = copil::test::openSeedWindow(path);
    session::Session& session = window->session();
    const domain::MeetingData blank = domain::Preparation::blank(
        QStringLiteral("Atelier vide"), QDate(2018, 2, 1), QTime(9, 0), QTime(12, 0));
    REQUIRE(session.editor().createMeeting(QStringLiteral("Nouvelle"), blank));
    session.openMeeting(blank.meeting.id);
    window->showPane(QStringLiteral("subgroups"));
    QApplication::processEvents();
    auto* hint = window->findChild<QWidget*>(QStringLiteral("noSubgroupHint"));
    REQUIRE(hint);
    CHECK(hint->isVisible());
    auto* people = window->findChild<QPushButton*>(QStringLiteral("importParticipantsHint"));
    REQUIRE(people);
    CHECK_FALSE(people->isHidden());

    bool seen = false;
    copil::test::onNextDialog([&](QDialog* dialog) {
        seen = true;
        typeText(dialog->findChild<QLineEdit*>(QStringLiteral("subgroupTitleEdit")),
                 QStringLiteral("Mobilité des jeunes"));
        auto* tree = dialog->findChild<QTreeWidget*>(QStringLiteral("subgroupQuestionsTree"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("addBlockButton")),
                          Qt::LeftButton);
        auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        REQUIRE(editor);
        editor->selectAll();
        typeText(editor, QStringLiteral("Constats"));
        QTest::keyClick(editor, Qt::Key_Return);
        // Insert in the list adds a question, typed at once.
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Insert);
        editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        REQUIRE(editor);
        typeText(editor, QStringLiteral("Qu’est-ce qui freine les déplacements ?"));
        QTest::keyClick(editor, Qt::Key_Return);
        tree->setCurrentItem(tree->topLevelItem(0));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("addBlockButton")),
                          Qt::LeftButton);
        editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        REQUIRE(editor);
        editor->selectAll();
        typeText(editor, QStringLiteral("Pistes"));
        QTest::keyClick(editor, Qt::Key_Return);
        // The question goes down into the next block with Ctrl+Down.
        tree->setFocus();
        tree->setCurrentItem(tree->topLevelItem(0)->child(0));
        QTest::keyClick(tree, Qt::Key_Down, Qt::ControlModifier);
        REQUIRE(tree->topLevelItem(1)->childCount() == 1);
        auto* buttons = dialog->findChild<QDialogButtonBox*>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    });
    QTest::mouseClick(window->findChild<QPushButton*>(QStringLiteral("noSubgroupAddButton")),
                      Qt::LeftButton);
    REQUIRE(seen);
    REQUIRE(session.data().subgroups.size() == 1);
    const domain::Subgroup& s = session.data().subgroups.first();
    CHECK(s.title == QStringLiteral("Mobilité des jeunes"));
    CHECK(s.number == 1);
    CHECK(s.questionBlocks == QStringList{QStringLiteral("Constats"), QStringLiteral("Pistes")});
    REQUIRE(session.data().questions.size() == 1);
    CHECK(session.data().questions.first().block == 2);
    CHECK(session.data().questions.first().text ==
          QStringLiteral("Qu’est-ce qui freine les déplacements ?"));
    CHECK_FALSE(hint->isVisible());
    // One step: undo takes the subgroup and its question away together.
    REQUIRE(session.editor().undo());
    CHECK(session.data().subgroups.isEmpty());
    CHECK(session.data().questions.isEmpty());
    CHECK(hint->isVisible());
}

TEST_CASE("the rapporteur adds a question the group raises, from the keyboard, in its block")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("copil.sqlite"));
    auto window = copil::test::openSeedWindow(path);
    REQUIRE(window->showPane(QStringLiteral("subgroup-3")));
    gui::SubgroupView* view = window->subgroupViews().at(0);
    const domain::Subgroup s = view->subgroup();
    QString inBlock2;
    int inBlock2Count = 0;
    for (const auto& q : window->session().data().questions) {
        if (q.subgroupId == s.id && q.block == 2) {
            inBlock2 = inBlock2.isEmpty() ? q.id : inBlock2;
            ++inBlock2Count;
        }
    }
    REQUIRE(!inBlock2.isEmpty());
    view->selectQuestion(inBlock2);
    view->noteEdit()->setFocus();
    QTest::keyClick(view->noteEdit(), Qt::Key_Q, Qt::ControlModifier | Qt::AltModifier);
    QLineEdit* raised = view->raisedQuestionEdit();
    REQUIRE(raised->hasFocus());
    typeText(raised, QStringLiteral("Quelle place pour les habitants ?"));
    QTest::keyClick(raised, Qt::Key_Return);
    CHECK(raised->text().isEmpty());

    const QString added = view->selectedQuestionId();
    const auto* q = domain::findRow(window->session().data().questions, added);
    REQUIRE(q);
    CHECK(q->text == QStringLiteral("Quelle place pour les habitants ?"));
    CHECK(q->block == 2);
    CHECK(q->subgroupId == s.id);
    int count = 0;
    for (const auto& x : window->session().data().questions) {
        count += x.subgroupId == s.id && x.block == 2 ? 1 : 0;
    }
    CHECK(count == inBlock2Count + 1);
    window.reset();
    auto reopened = copil::test::openSeedWindow(path);
    CHECK(domain::findRow(reopened->session().data().questions, added) != nullptr);
}

TEST_CASE("the subgroup editor leads to the causes and criteria of the prioritisation")
{
    TempDir dir;
    auto window = copil::test::openSeedWindow(dir.path(QStringLiteral("copil.sqlite")));
    REQUIRE(window->showPane(QStringLiteral("subgroup-4")));
    gui::SubgroupView* four = window->subgroupViews().at(1);
    REQUIRE(four->subgroup().number == 4);
    copil::test::onNextDialog([](QDialog* dialog) {
        auto* title = dialog->findChild<QLineEdit*>(QStringLiteral("subgroupTitleEdit"));
        retype(title, QStringLiteral("De la coordination à la coopération"));
        QTest::mouseClick(
            dialog->findChild<QPushButton*>(QStringLiteral("openPrioritisationButton")),
            Qt::LeftButton);
    });
    action(*window, "editSubgroupAction")->trigger();
    CHECK(four->subgroup().title == QStringLiteral("De la coordination à la coopération"));
    CHECK(four->prioritisation()->isVisible());
    four->prioritisation()->close();
}

TEST_CASE("importing a meeting already in the workspace offers a copy instead of refusing")
{
    TempDir dir;
    auto window = copil::test::openSeedWindow(dir.path(QStringLiteral("copil.sqlite")));
    session::Session& session = window->session();
    const QString file = dir.path(QStringLiteral("seed.json"));
    auto bytes = exchange::Archive::exportBytes(session.workspace(), session.meetingId());
    REQUIRE(bytes.ok());
    copil::test::writeAll(file, bytes.value());

    onNextBox(QStringLiteral("Annuler"));
    CHECK(gui::WorkspaceActions::importMeetingFile(session, file, window.get()).ok());
    CHECK(session.meetings().size() == 1);

    onNextBox(QStringLiteral("Faire une copie"));
    const auto imported = gui::WorkspaceActions::importMeetingFile(session, file, window.get());
    INFO((imported.ok() ? QString() : imported.error()).toStdString());
    REQUIRE(imported.ok());
    REQUIRE(session.meetings().size() == 2);
    auto* combo = window->findChild<QComboBox*>(QStringLiteral("meetingCombo"));
    CHECK(comboTexts(combo)[0] != comboTexts(combo)[1]);
}

TEST_CASE("removing a subgroup from the menu says what goes, and undo restores all it held")
{
    TempDir dir;
    auto window = copil::test::openSeedWindow(dir.path(QStringLiteral("copil.sqlite")));
    session::Session& session = window->session();
    REQUIRE(window->showPane(QStringLiteral("subgroup-4")));
    const domain::MeetingData before = session.data();
    const QString four = window->subgroupViews().at(1)->subgroupId();
    onNextBox(QStringLiteral("Supprimer"));
    action(*window, "removeSubgroupAction")->trigger();
    REQUIRE(session.data().subgroups.size() == 1);
    CHECK(domain::findRow(session.data().subgroups, four) == nullptr);
    CHECK(session.data().priorityItems.isEmpty());
    CHECK(session.data().criteria.isEmpty());
    REQUIRE(session.editor().undo());
    CHECK(session.data().subgroups.size() == 2);
    CHECK(session.data().priorityItems.size() == before.priorityItems.size());
    CHECK(session.data().criteria.size() == before.criteria.size());
    CHECK(session.data().questions.size() == before.questions.size());
}
