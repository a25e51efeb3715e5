#include "RoomCommand.h"

#include "Cli.h"
#include "exchange/DefaultWorkspace.h"
#include "exchange/RoomCopy.h"
#include "storage/MeetingRepository.h"
#include "storage/RowStore.h"
#include "storage/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QTextStream>

namespace copil::app {

namespace {

class RoomCli {
    Q_DECLARE_TR_FUNCTIONS(RoomCli)
};

constexpr int ExitConflicts = 3;

int say(int code, const QString& message)
{
    QTextStream(stderr) << message << Qt::endl;
    return code;
}

QString usage()
{
    return RoomCli::tr("Usage :\n"
                       "  copil room-copy --meeting ID [--subgroup N] -o FICHIER [--db FICHIER]\n"
                       "  copil merge POSTE [--dry-run] [--prefer hub|room] [--db FICHIER]");
}

QString commandOf(const QStringList& args)
{
    static const QStringList values{QStringLiteral("--db"),       QStringLiteral("--meeting"),
                                    QStringLiteral("--subgroup"), QStringLiteral("-o"),
                                    QStringLiteral("--output"),   QStringLiteral("--prefer"),
                                    QStringLiteral("--lang")};
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (values.contains(args[i])) {
            ++i;
        } else if (!args[i].startsWith(u'-')) {
            return args[i];
        }
    }
    return {};
}

domain::Result<std::unique_ptr<storage::Workspace>> openHub(const QString& db)
{
    if (db.isEmpty()) {
        return exchange::DefaultWorkspace::open(exchange::DefaultWorkspace::path());
    }
    return storage::Workspace::open(db, {.createIfMissing = false});
}

} // namespace

bool isRoomCommand(const QStringList& args)
{
    const QString c = commandOf(args);
    return c == u"room-copy" || c == u"merge";
}

int runRoomCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption db(QStringLiteral("db"), RoomCli::tr("Espace de travail."),
                                QStringLiteral("FICHIER"));
    const QCommandLineOption meeting(QStringLiteral("meeting"),
                                     RoomCli::tr("Identifiant de réunion."), QStringLiteral("ID"));
    const QCommandLineOption subgroup(QStringLiteral("subgroup"),
                                      RoomCli::tr("Numéro du sous-groupe."), QStringLiteral("N"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    RoomCli::tr("Fichier de sortie."), QStringLiteral("FICHIER"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    RoomCli::tr("Aperçu seulement, rien n’est changé."));
    const QCommandLineOption prefer(QStringLiteral("prefer"),
                                    RoomCli::tr("Côté gardé en cas de conflit."),
                                    QStringLiteral("hub|room"));
    const QCommandLineOption lang(QStringLiteral("lang"), RoomCli::tr("Langue."),
                                  QStringLiteral("LANGUE"));
    parser.addOptions({db, meeting, subgroup, output, dryRun, prefer, lang});
    if (!parser.parse(QStringList{QStringLiteral("copil")} + args)) {
        return say(ExitUsage, parser.errorText() + u'\n' + usage());
    }
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);

    if (command == u"room-copy") {
        if (positional.size() != 1 || !parser.isSet(meeting) || !parser.isSet(output)) {
            return say(ExitUsage, RoomCli::tr("room-copy : --meeting et -o sont obligatoires.") +
                                      u'\n' + usage());
        }
        auto ws = openHub(parser.value(db));
        if (!ws) {
            return say(ExitFailure, ws.error());
        }
        auto data = storage::MeetingRepository(*ws.value()).load(parser.value(meeting));
        if (!data) {
            return say(ExitUsage, data.error());
        }
        QString subgroupId;
        if (parser.isSet(subgroup)) {
            const QString wanted = parser.value(subgroup);
            for (const auto& s : data.value().subgroups) {
                if (QString::number(s.number) == wanted || s.id == wanted) {
                    subgroupId = s.id;
                }
            }
            if (subgroupId.isEmpty()) {
                return say(ExitUsage, RoomCli::tr("room-copy : la réunion « %1 » n’a pas de "
                                                  "sous-groupe %2.")
                                          .arg(data.value().meeting.title, wanted));
            }
        }
        auto written =
            exchange::RoomCopy::write(*ws.value(), parser.value(meeting), subgroupId,
                                      parser.value(output), QDateTime::currentDateTime());
        if (!written) {
            return say(ExitFailure, written.error());
        }
        return say(ExitOk, RoomCli::tr("Poste de salle écrit : %1 (%2).")
                               .arg(QDir::toNativeSeparators(parser.value(output)),
                                    written.value().mark.label));
    }

    // merge
    if (positional.size() != 2) {
        return say(ExitUsage,
                   RoomCli::tr("merge : indiquez un seul poste de salle.") + u'\n' + usage());
    }
    std::optional<exchange::MergeSide> side;
    if (parser.isSet(prefer)) {
        const QString p = parser.value(prefer);
        if (p == u"hub") {
            side = exchange::MergeSide::Hub;
        } else if (p == u"room") {
            side = exchange::MergeSide::Room;
        } else {
            return say(ExitUsage,
                       RoomCli::tr("merge : --prefer « %1 » inconnu (hub, room).").arg(p));
        }
    }
    auto ws = openHub(parser.value(db));
    if (!ws) {
        return say(ExitFailure, ws.error());
    }
    auto plan = exchange::RoomMerge::prepare(*ws.value(), positional[1]);
    if (!plan) {
        return say(ExitUsage, plan.error());
    }
    const auto& conflicts = plan.value().conflicts;
    QList<exchange::MergeSide> choices(conflicts.size(), side.value_or(exchange::MergeSide::Hub));
    auto changes =
        exchange::RoomMerge::resolve(plan.value(), choices, QDateTime::currentDateTime());
    if (!changes) {
        return say(ExitFailure, changes.error());
    }
    QTextStream out(stdout);
    const QStringList lines = exchange::RoomMerge::preview(plan.value(), changes.value());
    if (parser.isSet(dryRun)) {
        for (const QString& line : lines) {
            out << line << Qt::endl;
        }
        for (const auto& c : conflicts) {
            out << RoomCli::tr("Conflit : %1").arg(exchange::RoomMerge::describe(c)) << Qt::endl;
        }
        return ExitOk;
    }
    if (!conflicts.isEmpty() && !side) {
        QTextStream err(stderr);
        for (const auto& c : conflicts) {
            err << RoomCli::tr("Conflit : %1").arg(exchange::RoomMerge::describe(c)) << Qt::endl;
        }
        return say(ExitConflicts,
                   RoomCli::tr("%n conflit(s) : rien n’a été fusionné. Choisissez le côté "
                               "gardé avec --prefer hub (l’animateur) ou --prefer room (la salle).",
                               nullptr, int(conflicts.size())));
    }
    storage::RowStore rows(*ws.value());
    const storage::Workspace::OriginScope origin(*ws.value(), domain::ChangeOrigin::Merge);
    // The merge and, when it changed a meeting whose minutes were validated, their return
    // to draft: one transaction.
    const domain::Status merged = writeReopeningMinutes(
        *ws.value(), changes.value().meetingId,
        [&] { return exchange::RoomMerge::apply(rows, changes.value()); },
        changes.value().rowCount() > 0);
    if (!merged) {
        return say(ExitFailure, merged.error());
    }
    for (const QString& line : lines) {
        out << line << Qt::endl;
    }
    return say(ExitOk, RoomCli::tr("%1 fusionné (%n ligne(s) écrite(s)).", nullptr,
                                   changes.value().rowCount())
                           .arg(plan.value().copy.mark.label));
}

} // namespace copil::app
