#include "FacilitatorSupport.h"
#include "GuiSupport.h"
#include "TestSupport.h"
#include "gui/common/RowModel.h"
#include "gui/participants/ParticipantsPane.h"
#include "gui/timeline/TimelineView.h"
#include "session/Editor.h"
#include "storage/ParticipantRepository.h"
#include "storage/SubgroupRepository.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>

using namespace copil;
using copil::test::TempDir;
using copil::test::writeAll;

namespace {

struct Attendees {
    TempDir dir;
    std::unique_ptr<gui::MainWindow> window =
        copil::test::openSeedWindow(dir.path(QStringLiteral("copil.sqlite")));
    gui::ParticipantsPane* pane = window->participantsPane();

    QList<domain::Participant> people() const
    {
        auto p = storage::ParticipantRepository(window->workspace())
                     .participants(window->currentMeetingId());
        REQUIRE(p.ok());
        return p.value();
    }
    QList<domain::Subgroup> subgroups() const
    {
        auto s =
            storage::SubgroupRepository(window->workspace()).subgroups(window->currentMeetingId());
        REQUIRE(s.ok());
        return s.value();
    }
    QString idOf(const QString& name) const
    {
        for (const auto& p : people()) {
            if (p.name == name) {
                return p.id;
            }
        }
        FAIL("nobody named " << name.toStdString());
        return {};
    }
    // Imports a CSV file through the preview; `check` sees the preview first.
    void importCsv(const QByteArray& bytes, const std::function<void(QDialog*)>& check)
    {
        const QString path = dir.path(QStringLiteral("liste.csv"));
        writeAll(path, bytes);
        copil::test::onNextDialog([check](QDialog* preview) {
            check(preview);
            preview->accept();
        });
        pane->importCsv(path);
        copil::test::activate(*window);
    }
    void keys(QKeyCombination k) { QTest::keyClick(pane->table(), k.key(), k.keyboardModifiers()); }
};

const QByteArray kList = "\xEF\xBB\xBF"
                         "Nom;Organisation;Type;Rôle;Sous-groupe\n"
                         "Claire Dubois;Ville de Rennes;Ville;membre;3\n"
                         "Karim Benali;Rennes Métropole;EPCI;membre;3\n"
                         "Pierre Garnier;Préfecture;préfecture;membre;4\n"
                         "Julien Moreau;Ville de Grenoble;ville;membre;4\n"
                         ";Sans nom;ville;;\n"
                         "Marc Petit;CGET;État;intervenant;\n";

} // namespace

TEST_CASE("a CSV list is previewed with its bad lines, then imported in one undoable step")
{
    Attendees a;
    a.window->showPane(QStringLiteral("participants"));
    a.importCsv(kList, [](QDialog* preview) {
        auto* summary = preview->findChild<QLabel*>(QStringLiteral("summary"));
        auto* rows = preview->findChild<QTableWidget*>(QStringLiteral("rows"));
        auto* errors = preview->findChild<QPlainTextEdit*>(QStringLiteral("errors"));
        REQUIRE(summary);
        REQUIRE(rows);
        REQUIRE(errors);
        CHECK(summary->text().contains(QStringLiteral("4 personnes prêtes")));
        CHECK(rows->rowCount() == 4);
        CHECK(rows->item(3, 1)->text() == QStringLiteral("Marc Petit"));
        CHECK(rows->item(3, 0)->text() == QStringLiteral("7"));
        const QString e = errors->toPlainText();
        CHECK(e.contains(QStringLiteral("ligne 4 : type d’organisation inconnu « préfecture »")));
        CHECK(e.contains(QStringLiteral("ligne 6 : nom manquant")));
    });
    const auto people = a.people();
    REQUIRE(people.size() == 4);
    CHECK(people[0].name == QStringLiteral("Claire Dubois"));
    CHECK(people[3].role == domain::ParticipantRole::Presenter);
    CHECK(a.pane->model()->rowCount() == 4);

    // One undo step takes the whole import back, one redo brings it again.
    QTest::keyClick(a.window.get(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(a.people().isEmpty());
    QTest::keyClick(a.window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(a.people() == people);

    // Cancelling the preview imports nothing.
    const QString path = a.dir.path(QStringLiteral("autre.csv"));
    writeAll(path, "nom\nHugo Chevalier\n");
    copil::test::onNextDialog([](QDialog* preview) { preview->reject(); });
    a.pane->importCsv(path);
    CHECK(a.people() == people);

    // A file that is not a list at all is refused with its name.
    writeAll(path, "organisation\nVille\n");
    QString failure;
    QObject::connect(a.pane, &gui::ParticipantsPane::failed,
                     [&failure](const QString& m) { failure = m; });
    a.pane->importCsv(path);
    CHECK(failure.contains(QStringLiteral("autre.csv, ligne 1")));
}

TEST_CASE("check-in during the welcome counts who came, by kind of organisation")
{
    Attendees a;
    a.window->showPane(QStringLiteral("participants"));
    a.importCsv(kList, [](QDialog*) {});
    CHECK(a.pane->countsText().contains(QStringLiteral("Présents 0 sur 4")));
    a.pane->table()->setFocus();
    a.pane->selectParticipant(a.idOf(QStringLiteral("Claire Dubois")));
    a.keys(Qt::CTRL | Qt::Key_1); // présent, and on to the next person
    a.keys(Qt::CTRL | Qt::Key_1); // Karim
    a.keys(Qt::CTRL | Qt::Key_2); // Julien excusé
    a.keys(Qt::CTRL | Qt::Key_3); // Marc absent
    CHECK(a.pane->countsText().contains(
        QStringLiteral("Présents 2 sur 4 · excusés 1 · absents 1 · non pointés 0")));
    CHECK(a.pane->countsText().contains(QStringLiteral("Ville 1/2")));
    CHECK(a.pane->countsText().contains(QStringLiteral("Intercommunalité / EPCI 1/1")));
    const auto people = a.people();
    CHECK(people[0].attendance == domain::Attendance::Present);
    CHECK(people[2].attendance == domain::Attendance::Excused);

    // Each check-in is undone alone.
    QTest::keyClick(a.window.get(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(a.people()[3].attendance == domain::Attendance::Expected);
    CHECK(a.pane->countsText().contains(QStringLiteral("absents 0")));
    QTest::keyClick(a.window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(a.people() == people);
}

TEST_CASE("participants are added, edited with their subgroup and rapporteur, and removed")
{
    Attendees a;
    a.window->showPane(QStringLiteral("participants"));
    const QUndoStack* stack = a.window->editor().undoStack();
    const auto subgroups = a.subgroups();
    REQUIRE(subgroups.size() == 2);

    // Add: the form, with the subgroup and the rapporteur box.
    copil::test::onNextDialog([](QDialog* d) {
        d->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setText(QString());
        d->accept(); // a name is required
        CHECK(d->isVisible());
        CHECK(d->findChild<QLabel*>(QStringLiteral("issuesLabel"))
                  ->text()
                  .contains(QStringLiteral("Nom")));
        d->findChild<QLineEdit*>(QStringLiteral("nameEdit"))
            ->setText(QStringLiteral("Nadia Haddad"));
        d->findChild<QLineEdit*>(QStringLiteral("organisationEdit"))
            ->setText(QStringLiteral("Grenoble-Alpes Métropole"));
        auto* subgroup = d->findChild<QComboBox*>(QStringLiteral("subgroupCombo"));
        subgroup->setCurrentIndex(2); // Sous-groupe 4
        d->findChild<QCheckBox*>(QStringLiteral("rapporteurCheck"))->setChecked(true);
        d->accept();
    });
    a.pane->addParticipant();
    copil::test::activate(*a.window);
    const QString nadia = a.idOf(QStringLiteral("Nadia Haddad"));
    CHECK(a.people().first().subgroupId == subgroups[1].id);
    CHECK(a.people().first().role == domain::ParticipantRole::Rapporteur);
    CHECK(a.subgroups()[1].rapporteurId == nadia);
    CHECK(a.pane->model()
              ->index(0, gui::ParticipantsPane::Role)
              .data()
              .toString()
              .contains(QStringLiteral("Rapporteur")));

    // Edit: she moves to subgroup 3 and stops reporting for 4.
    a.pane->selectParticipant(nadia);
    copil::test::onNextDialog([](QDialog* d) {
        d->findChild<QComboBox*>(QStringLiteral("subgroupCombo"))->setCurrentIndex(1);
        d->findChild<QCheckBox*>(QStringLiteral("rapporteurCheck"))->setChecked(false);
        d->accept();
    });
    a.pane->editSelected();
    copil::test::activate(*a.window);
    CHECK(a.people().first().subgroupId == subgroups[0].id);
    CHECK(a.subgroups()[1].rapporteurId.isEmpty());
    QTest::keyClick(a.window.get(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(a.people().first().subgroupId == subgroups[1].id);
    CHECK(a.subgroups()[1].rapporteurId == nadia);

    // Remove: undo brings her back as rapporteur.
    a.pane->selectParticipant(nadia);
    a.pane->removeSelected();
    CHECK(a.people().isEmpty());
    CHECK(a.subgroups()[1].rapporteurId.isEmpty());
    QTest::keyClick(a.window.get(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(a.people().size() == 1);
    CHECK(a.subgroups()[1].rapporteurId == nadia);
    // Add and remove; the undone edit was dropped when the removal came after it.
    CHECK(stack->count() == 2);
}

TEST_CASE("participants and attendance are there after a restart")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("copil.sqlite"));
    QList<domain::Participant> people;
    {
        auto window = copil::test::openSeedWindow(path);
        const QString csv = dir.path(QStringLiteral("liste.csv"));
        writeAll(csv, kList);
        copil::test::onNextDialog([](QDialog* preview) { preview->accept(); });
        window->participantsPane()->importCsv(csv);
        copil::test::activate(*window);
        window->participantsPane()->selectParticipant(
            window->participantsPane()->model()->at(1).id);
        window->participantsPane()->checkInSelected(domain::Attendance::Present);
        people = storage::ParticipantRepository(window->workspace())
                     .participants(window->currentMeetingId())
                     .value();
    }
    auto window = copil::test::openSeedWindow(path);
    CHECK(storage::ParticipantRepository(window->workspace())
              .participants(window->currentMeetingId())
              .value() == people);
    CHECK(window->participantsPane()->model()->rowCount() == 4);
    CHECK(window->participantsPane()->countsText().contains(QStringLiteral("Présents 1 sur 4")));
}

namespace {

// As a French Excel saves « CSV (séparateur : point-virgule) »: Windows-1252, ';', CRLF.
const QByteArray kExcel = "Pr\xE9nom;Nom;Organisation;Type;Sous-groupe;Pr\xE9sence\r\n"
                          "L\xE9\x61;Girard;Centre social \xAB Les Tilleuls \xBB;association;3;"
                          "Pr\xE9sente\r\n"
                          "Fran\xE7ois;No\xEBl;Conseil d\xE9partemental de l\x92Is\xE8re;"
                          "D\xE9partement;4;excus\xE9\r\n"
                          "\xC9lodie;Fontaine;Grenoble-Alpes M\xE9tropole;EPCI;;\r\n";

QPushButton* importButton(QDialog* preview)
{
    auto* button = preview->findChild<QPushButton*>(QStringLiteral("import"));
    REQUIRE(button);
    return button;
}

QStringList names(const QList<domain::Participant>& people)
{
    QStringList out;
    for (const auto& p : people) {
        out << p.name;
    }
    return out;
}

} // namespace

TEST_CASE("a French Excel CSV is previewed with its encoding, and imported again adds nobody "
          "unless ticked")
{
    Attendees a;
    a.window->showPane(QStringLiteral("participants"));
    a.importCsv(kExcel, [](QDialog* preview) {
        const QString summary = preview->findChild<QLabel*>(QStringLiteral("summary"))->text();
        CHECK(summary.contains(QStringLiteral("3 personnes prêtes à importer")));
        CHECK(summary.contains(QStringLiteral("Fichier lu en Windows-1252, séparateur « ; »")));
        CHECK(importButton(preview)->text() == QStringLiteral("Importer 3 personnes"));
        CHECK_FALSE(preview->findChild<QPlainTextEdit*>(QStringLiteral("errors")));
    });
    const auto first = a.people();
    CHECK(names(first) == QStringList{QStringLiteral("Léa Girard"), QStringLiteral("François Noël"),
                                      QStringLiteral("Élodie Fontaine")});
    CHECK(first[0].organisation == QStringLiteral("Centre social « Les Tilleuls »"));
    CHECK(first[0].attendance == domain::Attendance::Present);
    CHECK(first[1].organisation == QStringLiteral("Conseil départemental de l’Isère"));
    CHECK(first[1].attendance == domain::Attendance::Excused);

    // The same file again: all three « déjà inscrit », nobody ticked, nothing imported.
    a.importCsv(kExcel, [](QDialog* preview) {
        auto* rows = preview->findChild<QTableWidget*>(QStringLiteral("rows"));
        CHECK(preview->findChild<QLabel*>(QStringLiteral("summary"))
                  ->text()
                  .contains(QStringLiteral("3 personnes déjà inscrites ou en double")));
        for (int r = 0; r < 3; ++r) {
            CHECK(rows->item(r, 6)->text() == QStringLiteral("déjà inscrit"));
            CHECK(rows->item(r, 0)->checkState() == Qt::Unchecked);
        }
        CHECK_FALSE(importButton(preview)->isEnabled());
    });
    CHECK(a.people() == first);

    // Chosen anyway with Space on its line: that one is added, once.
    a.importCsv(kExcel, [](QDialog* preview) {
        auto* rows = preview->findChild<QTableWidget*>(QStringLiteral("rows"));
        copil::test::toggleCell(rows, rows->model()->index(2, 0));
        CHECK(rows->item(2, 0)->checkState() == Qt::Checked);
        CHECK(importButton(preview)->isEnabled());
        CHECK(importButton(preview)->text() == QStringLiteral("Importer 1 personne"));
        CHECK(preview->findChild<QLabel*>(QStringLiteral("summary"))
                  ->text()
                  .contains(QStringLiteral("1 personne prête à importer")));
    });
    CHECK(a.people().size() == 4);
    CHECK(a.people()[3].name == QStringLiteral("Élodie Fontaine"));
}

TEST_CASE("a subgroup column in a meeting without subgroups is said once, people come without "
          "it when agreed")
{
    Attendees a;
    a.window->showPane(QStringLiteral("participants"));
    for (const auto& s : a.subgroups()) {
        REQUIRE(a.window->editor().removeSubgroup(a.window->currentMeetingId(), s.id));
    }
    REQUIRE(a.subgroups().isEmpty());
    a.importCsv(kExcel, [](QDialog* preview) {
        auto* notice = preview->findChild<QLabel*>(QStringLiteral("subgroupNotice"));
        REQUIRE(notice);
        CHECK(notice->text().startsWith(QStringLiteral(
            "La réunion n’a aucun sous-groupe : la colonne « sous-groupe » (« 3 », « 4 », lignes "
            "2, 3) ne peut pas être suivie. Sans sous-groupe, 2 personnes de plus peuvent être "
            "importées.")));
        // No line refused for it: said once, above the list.
        CHECK_FALSE(preview->findChild<QPlainTextEdit*>(QStringLiteral("errors")));
        CHECK(importButton(preview)->text() == QStringLiteral("Importer 1 personne"));
        auto* agree = preview->findChild<QCheckBox*>(QStringLiteral("withoutSubgroup"));
        REQUIRE(agree);
        CHECK(agree->text() == QStringLiteral("Importer ces 2 personnes sans sous-groupe"));
        agree->setFocus();
        QTest::keyClick(agree, Qt::Key_Space);
        CHECK(agree->isChecked());
        CHECK(importButton(preview)->text() == QStringLiteral("Importer 3 personnes"));
        CHECK(preview->findChild<QLabel*>(QStringLiteral("summary"))
                  ->text()
                  .contains(QStringLiteral("3 personnes prêtes à importer")));
    });
    const auto people = a.people();
    REQUIRE(people.size() == 3);
    for (const auto& p : people) {
        CHECK(p.subgroupId.isEmpty());
    }
}

TEST_CASE("the welcome desk finds anyone by any part of the name or organisation, and sorts")
{
    Attendees a;
    a.window->showPane(QStringLiteral("participants"));
    a.importCsv("Nom;Organisation\n"
                "Claire Dubois;Ville de Rennes\n"
                "Sébastien Petit;CGET\n"
                "Karim Benali;Rennes Métropole\n"
                "Hélène Petitjean;Odas\n"
                "Anne Girard;Centre social\n",
                [](QDialog*) {});
    const QStringList listOrder{QStringLiteral("Claire Dubois"), QStringLiteral("Sébastien Petit"),
                                QStringLiteral("Karim Benali"), QStringLiteral("Hélène Petitjean"),
                                QStringLiteral("Anne Girard")};
    const auto shownNames = [&a] {
        QStringList out;
        for (const QString& id : a.pane->shownIds()) {
            out << a.pane->model()->find(id)->name;
        }
        return out;
    };
    CHECK(shownNames() == listOrder);

    // Typing a surname in the list searches it: « Petit » finds Sébastien Petit (and
    // Hélène Petitjean), the first selected, ready for Ctrl+1.
    a.pane->table()->setFocus();
    copil::test::typeText(a.pane->table(), QStringLiteral("petit"));
    CHECK(a.pane->filterEdit()->text() == QStringLiteral("petit"));
    CHECK(a.pane->filterEdit()->hasFocus());
    CHECK(shownNames() ==
          QStringList{QStringLiteral("Sébastien Petit"), QStringLiteral("Hélène Petitjean")});
    // B is the room screen's blackout elsewhere; typed in the list it is a name.
    a.pane->filterEdit()->clear();
    a.pane->table()->setFocus();
    copil::test::typeText(a.pane->table(), QStringLiteral("Ben"));
    CHECK(a.pane->filterEdit()->text() == QStringLiteral("Ben"));
    CHECK(shownNames() == QStringList{QStringLiteral("Karim Benali")});
    // Accents and case aside, several words, in the name or the organisation.
    a.pane->filterEdit()->clear();
    copil::test::typeText(a.pane->filterEdit(), QStringLiteral("SEBAS"));
    CHECK(shownNames() == QStringList{QStringLiteral("Sébastien Petit")});
    QTest::keyClick(a.pane->filterEdit(), Qt::Key_1, Qt::ControlModifier);
    CHECK(a.people()[1].attendance == domain::Attendance::Present);
    // The text is selected: the next name typed replaces it.
    CHECK(a.pane->filterEdit()->selectedText() == QStringLiteral("SEBAS"));
    copil::test::typeText(a.pane->filterEdit(), QStringLiteral("rennes metro"));
    CHECK(shownNames() == QStringList{QStringLiteral("Karim Benali")});
    copil::test::typeText(a.pane->filterEdit(), QStringLiteral("z"));
    CHECK(shownNames().isEmpty());
    QTest::keyClick(a.pane->filterEdit(), Qt::Key_Escape);
    CHECK(a.pane->filterEdit()->text().isEmpty());
    CHECK(shownNames() == listOrder);
    // Ctrl+F goes back to the search, from anywhere in the window.
    a.pane->table()->setFocus();
    QTest::keyClick(a.pane->table(), Qt::Key_F, Qt::ControlModifier);
    CHECK(a.pane->filterEdit()->hasFocus());
    a.window->showPane(QStringLiteral("agenda"));
    a.window->timeline()->setFocus();
    QTest::keyClick(a.window->timeline(), Qt::Key_F, Qt::ControlModifier);
    CHECK(a.pane->filterEdit()->hasFocus());
    CHECK(a.pane->filterEdit()->isVisible());

    // A click on a column's title sorts by it, again the other way, a third time the
    // list's own order comes back.
    QHeaderView* header = a.pane->table()->horizontalHeader();
    const auto clickTitle = [header](int section) {
        QTest::mouseClick(
            header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(section) + 5, header->height() / 2));
    };
    clickTitle(gui::ParticipantsPane::Name);
    CHECK(shownNames() ==
          QStringList{QStringLiteral("Anne Girard"), QStringLiteral("Claire Dubois"),
                      QStringLiteral("Hélène Petitjean"), QStringLiteral("Karim Benali"),
                      QStringLiteral("Sébastien Petit")});
    clickTitle(gui::ParticipantsPane::Name);
    CHECK(shownNames().first() == QStringLiteral("Sébastien Petit"));
    clickTitle(gui::ParticipantsPane::Name);
    CHECK(shownNames() == listOrder);
    clickTitle(gui::ParticipantsPane::Organisation);
    CHECK(shownNames() ==
          QStringList{QStringLiteral("Anne Girard"), QStringLiteral("Sébastien Petit"),
                      QStringLiteral("Hélène Petitjean"), QStringLiteral("Karim Benali"),
                      QStringLiteral("Claire Dubois")});
    // Sorted, checking in still goes on to the next person as shown.
    a.pane->table()->setFocus();
    a.pane->selectParticipant(a.idOf(QStringLiteral("Hélène Petitjean")));
    a.keys(Qt::CTRL | Qt::Key_2);
    CHECK(a.pane->selectedIds() == QStringList{a.idOf(QStringLiteral("Karim Benali"))});
}

TEST_CASE("a civility chosen in the form is saved, shown in the list and printed on the "
          "attendance sheet from the File menu")
{
    Attendees a;
    a.window->showPane(QStringLiteral("participants"));
    copil::test::onNextDialog([](QDialog* d) {
        auto* civility = d->findChild<QComboBox*>(QStringLiteral("civilityCombo"));
        civility->setFocus();
        QTest::keyClick(civility, Qt::Key_Down); // (non précisée) → Mme
        copil::test::typeText(d->findChild<QLineEdit*>(QStringLiteral("nameEdit")),
                              QStringLiteral("Nadia Haddad"));
        copil::test::typeText(d->findChild<QLineEdit*>(QStringLiteral("organisationEdit")),
                              QStringLiteral("Ville de Roubaix"));
        d->accept();
    });
    a.pane->addParticipant();
    copil::test::activate(*a.window);
    REQUIRE(a.people().size() == 1);
    CHECK(a.people().first().civility == domain::Civility::Madame);
    CHECK(a.pane->model()->index(0, 0).data().toString() ==
          QStringLiteral("Mme") + QChar(0x00A0) + QStringLiteral("Nadia Haddad"));

    // Fichier › Imprimer la feuille d'émargement…: the dialog offers one sheet per subgroup
    // and no draft status; the PDF lists her with her civility.
    const QString out = a.dir.path(QStringLiteral("emargement.pdf"));
    copil::test::onNextDialog([out](QDialog* d) {
        CHECK(d->windowTitle() == QStringLiteral("Imprimer la feuille d’émargement"));
        CHECK(d->findChild<QCheckBox*>(QStringLiteral("perSubgroupCheck"))->isVisibleTo(d));
        CHECK_FALSE(d->findChild<QCheckBox*>(QStringLiteral("notesCheck"))->isVisibleTo(d));
        CHECK_FALSE(d->findChild<QWidget*>(QStringLiteral("statusBox"))->isVisibleTo(d));
        auto* destination = d->findChild<QLineEdit*>(QStringLiteral("destinationEdit"));
        destination->selectAll();
        copil::test::typeText(destination, out);
        d->accept();
    });
    QSignalSpy finished(a.window.get(), &gui::MainWindow::exportFinished);
    a.window->findChild<QAction*>(QStringLiteral("attendanceSheetAction"))->trigger();
    if (finished.isEmpty()) {
        REQUIRE(finished.wait(60000));
    }
    CHECK(finished.first().at(1).toString().isEmpty());
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-layout"), out, QStringLiteral("-")});
    REQUIRE(pdftotext.waitForFinished(60000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    CHECK(text.contains(QStringLiteral("Feuille d’émargement")));
    CHECK(QRegularExpression(QStringLiteral("Mme\\s+Nadia Haddad\\s+Ville de Roubaix"))
              .match(text)
              .hasMatch());
}
