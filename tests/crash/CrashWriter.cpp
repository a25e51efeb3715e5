// The child of the crash-loop test: writes through the window's own edit path (Editor,
// repositories, one transaction per edit) as fast as it can, and says on stdout each
// write that has been committed ("n <k>" for a note, "d <k>" for a description), until
// the test kills it.
#include "session/Editor.h"
#include "storage/AgendaRepository.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <cstdio>

using namespace copil;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: copil_crash_writer DB MEETING ITEM FIRST\n");
        return 2;
    }
    const QString meetingId = args[2];
    const QString itemId = args[3];
    qint64 k = args[4].toLongLong();

    auto opened = storage::Workspace::open(args[1], {.createIfMissing = false});
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    storage::Workspace& ws = *opened.value();
    storage::AgendaRepository agenda(ws);
    session::Editor editor(ws);
    QObject::connect(&editor, &session::Editor::failed, [](const QString& message) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        std::exit(1);
    });

    auto items = agenda.items(meetingId);
    if (!items) {
        return 1;
    }
    domain::AgendaItem item;
    for (const auto& x : items.value()) {
        if (x.id == itemId) {
            item = x;
        }
    }
    for (;; ++k) {
        domain::Note note;
        note.id = QStringLiteral("crash-%1").arg(k);
        note.targetType = domain::NoteTarget::AgendaItem;
        note.targetId = itemId;
        note.position = int(k % 1000);
        note.text = QStringLiteral("note %1").arg(k);
        if (editor.saveNote(meetingId, QStringLiteral("note"), note)) {
            std::printf("n %lld\n", static_cast<long long>(k));
            std::fflush(stdout);
        }
        if (k % 3 == 0) {
            item.description = QStringLiteral("description %1").arg(k);
            if (editor.typeInAgenda(meetingId, item)) {
                std::printf("d %lld\n", static_cast<long long>(k));
                std::fflush(stdout);
            }
        }
    }
}
