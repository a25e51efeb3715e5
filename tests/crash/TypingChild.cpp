// The child of the typing kill test: the real window, and a person typing steadily, about
// five characters a second, into three fields that save as they are typed — an item's
// description, a note on a guiding question, and a finding's debate in its cell — one
// key at a time through the widgets. After each key it says on stdout which field and
// how many characters it holds, until the test kills it.
#include "gui/MainWindow.h"
#include "gui/common/NotesPanel.h"
#include "gui/plenary/PlenaryPane.h"
#include "gui/subgroups/SubgroupView.h"
#include "gui/timeline/ItemDetailsPane.h"
#include "session/Editor.h"
#include "session/Session.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <cstdio>

using namespace copil;

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: copil_typing_child DB MARK\n");
        return 2;
    }
    const QString mark = args[2]; // what every text of this run starts with
    auto opened = storage::Workspace::open(args[1], {.createIfMissing = false});
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    gui::MainWindow window(std::move(opened).value());
    window.resize(1366, 768);
    window.show();
    session::Session& session = window.session();

    // The description of the first item.
    window.selectItem(session.data().agenda.first().id);
    QPlainTextEdit* description = window.detailsPane()->descriptionEdit();
    description->selectAll();
    QTest::keyClick(description, Qt::Key_Delete);
    // A new note on the first guiding question of subgroup 3.
    window.showPane(QStringLiteral("subgroup-3"));
    gui::SubgroupView* subgroup = window.subgroupViews().first();
    subgroup->selectQuestion(session.data().questions.first().id);
    QLineEdit* note = subgroup->noteEdit();
    // The debate of a finding, in its cell's editor, open all along.
    window.showPane(QStringLiteral("plenary"));
    gui::PlenaryPane* plenary = window.plenaryPane();
    domain::Statement finding;
    finding.id = domain::newId();
    finding.text = mark;
    finding.position = int(session.data().statements.size());
    if (!session.editor().saveStatement(session.meetingId(), QStringLiteral("Constat"), finding)) {
        return 1;
    }
    plenary->showTab(1);
    QTableView* statements = plenary->statements();
    const QModelIndex debate =
        statements->model()->index(statements->model()->rowCount() - 1, gui::PlenaryPane::DebateColumn);
    statements->setCurrentIndex(debate);
    statements->edit(debate);
    QApplication::processEvents();
    auto* cell = statements->viewport()->findChild<QLineEdit*>();
    if (!cell) {
        std::fprintf(stderr, "no editor in the debate cell\n");
        return 1;
    }

    const QString typed = mark + QStringLiteral(" la transversalite avance lentement mais "
                                                "surement entre les villes et les EPCI ");
    int counts[3] = {0, 0, 0};
    QWidget* fields[3] = {description, note, cell};
    int key = 0;
    QTimer typist;
    typist.setInterval(200); // five characters a second, in each field in turn
    QObject::connect(&typist, &QTimer::timeout, [&] {
        const int f = key++ % 3;
        const QChar c = typed.at(counts[f] % typed.size());
        QTest::keyClick(fields[f], c.toLatin1());
        ++counts[f];
        std::printf("%d %d\n", f, counts[f]);
        std::fflush(stdout);
    });
    std::printf("ready\n");
    std::fflush(stdout);
    typist.start();
    return app.exec();
}
