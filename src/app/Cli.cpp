#include "Cli.h"

#include "ParticipantsCommand.h"
#include "PrepareCommand.h"
#include "RoomCommand.h"
#include "exchange/Archive.h"
#include "exchange/DefaultWorkspace.h"
#include "exchange/Export.h"
#include "exchange/WorkspaceCopy.h"
#include "storage/Backups.h"
#include "storage/MeetingRepository.h"
#include "storage/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace copil::app {

namespace {

const QStringList kCommands{QStringLiteral("import"),  QStringLiteral("list"),
                            QStringLiteral("export"),  QStringLiteral("check"),
                            QStringLiteral("backups"), QStringLiteral("restore"),
                            QStringLiteral("copy"),    QStringLiteral("participants")};
const QStringList kValueOptions{QStringLiteral("--db"),       QStringLiteral("--meeting"),
                                QStringLiteral("--format"),   QStringLiteral("-o"),
                                QStringLiteral("--output"),   QStringLiteral("--lang"),
                                QStringLiteral("--pane"),     QStringLiteral("--variant"),
                                QStringLiteral("--status"),   QStringLiteral("--validated-by"),
                                QStringLiteral("--without"),  QStringLiteral("--simulate-time"),
                                QStringLiteral("--from"),     QStringLiteral("--to"),
                                QStringLiteral("--projector")};
class Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static QString usage()
    {
        return tr("Usage :\n"
                  "  copil [--db FICHIER] [--lang fr|en] [--simulate-time \"AAAA-MM-JJ HH:MM\"]\n"
                  "        [--pane "
                  "details|agenda|participants|subgroups|subgroup-N|plenary|restitution-N]\n"
                  "        [--projector N]\n"
                  "                                         ouvre la fenêtre (et la projection "
                  "sur l’écran N)\n"
                  "  copil import FICHIER.json [--db FICHIER] [--new-ids]\n"
                  "  copil list [--db FICHIER]\n"
                  "  copil export --meeting ID --format json|md|html|odt|pdf|ics -o SORTIE\n"
                  "        [--variant minutes|decisions|agenda|attendance-sheet] [--per-subgroup]\n"
                  "        [--status draft|validated] [--validated-by NOM]\n"
                  "        [--without attendance|votes|notes|empty-parts] [--db FICHIER]\n"
                  "  copil check [--db FICHIER]\n"
                  "  copil backups [--db FICHIER]             les sauvegardes, la plus récente "
                  "d’abord\n"
                  "  copil restore SAUVEGARDE [--db FICHIER]  remet une sauvegarde en place\n"
                  "  copil copy --from FICHIER|URI --to FICHIER|URI\n"
                  "                                         copie toutes les réunions, puis "
                  "vérifie\n%2\n"
                  "  copil room-copy --meeting ID [--subgroup N] -o POSTE [--db FICHIER]\n"
                  "                                         prépare le poste d’une salle\n"
                  "  copil merge POSTE [--dry-run] [--prefer hub|room] [--db FICHIER]\n"
                  "                                         fusionne la saisie d’une salle\n"
                  "Sans --db, l’espace de travail par défaut est utilisé (%1).\n"
                  "Un espace partagé se donne par son adresse PostgreSQL :\n"
                  "  --db postgresql://utilisateur@serveur:5432/base\n"
                  "  --db \"postgresql:///base?host=/var/run/postgresql&user=nom\"\n"
                  "(mot de passe : ~/.pgpass ou PGPASSWORD).\n"
                  "Codes de sortie : 0 succès, 2 usage ou fichier d’entrée invalide, 1 autre "
                  "échec, 3 fusion en conflit sans --prefer.")
            .arg(QDir::toNativeSeparators(exchange::DefaultWorkspace::path()), prepareUsage());
    }
};

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

int fail(int code, const QString& message)
{
    err() << message << Qt::endl;
    return code;
}

domain::Result<std::unique_ptr<storage::Workspace>> openWorkspace(const QString& db,
                                                                  bool readOnly = false)
{
    if (db.isEmpty()) {
        return exchange::DefaultWorkspace::open(exchange::DefaultWorkspace::path());
    }
    return storage::Workspace::open(db, {.createIfMissing = !readOnly, .readOnly = readOnly});
}

// Says why the workspace could not be opened, then what can be done about it.
int cannotOpen(const QString& db, const QString& error)
{
    err() << error << Qt::endl;
    const QString path = db.isEmpty() ? exchange::DefaultWorkspace::path() : db;
    if (!QFileInfo::exists(path)) {
        return ExitFailure;
    }
    const auto backups = storage::Backups::list(path);
    if (backups.isEmpty()) {
        err() << Cli::tr("Aucune sauvegarde de ce fichier (dossier %1).")
                     .arg(QDir::toNativeSeparators(storage::Backups::folderOf(path)))
              << Qt::endl;
    } else {
        err() << Cli::tr("%n sauvegarde(s) de ce fichier (« copil backups --db %1 » les liste). "
                         "Pour remettre la plus récente en place, la version actuelle étant "
                         "gardée : copil restore %2 --db %1",
                         nullptr, int(backups.size()))
                     .arg(QDir::toNativeSeparators(path),
                          QFileInfo(backups.first().path).fileName())
              << Qt::endl;
    }
    return ExitFailure;
}

} // namespace

bool isCliInvocation(const QStringList& args)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (a == u"--help" || a == u"-h" || a == u"--version") {
            return true;
        }
        if (kValueOptions.contains(a) || prepareValueOptions().contains(a)) {
            ++i;
            continue;
        }
        if (!a.startsWith(u'-')) {
            return true; // a sub-command, known or not (unknown ones get the usage)
        }
    }
    return false;
}

QString optionValue(const QStringList& args, const QString& name)
{
    for (qsizetype i = 0; i + 1 < args.size(); ++i) {
        if (args[i] == name) {
            return args[i + 1];
        }
    }
    return {};
}

int runCli(const QStringList& args)
{
    if (isRoomCommand(args)) {
        return runRoomCommand(args);
    }
    if (const auto prepared = runPrepareCommand(args)) {
        return *prepared;
    }
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption db(QStringLiteral("db"), Cli::tr("Espace de travail."),
                                QStringLiteral("FICHIER"));
    const QCommandLineOption meeting(QStringLiteral("meeting"), Cli::tr("Identifiant de réunion."),
                                     QStringLiteral("ID"));
    const QCommandLineOption format(QStringLiteral("format"), Cli::tr("Format d’export."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Cli::tr("Fichier de sortie."), QStringLiteral("SORTIE"));
    const QCommandLineOption newIds(QStringLiteral("new-ids"),
                                    Cli::tr("Nouveaux identifiants à l’import."));
    const QCommandLineOption lang(QStringLiteral("lang"), Cli::tr("Langue."),
                                  QStringLiteral("LANGUE"));
    const QCommandLineOption variantOption(QStringLiteral("variant"), Cli::tr("Variante."),
                                           QStringLiteral("VARIANTE"));
    const QCommandLineOption statusOption(QStringLiteral("status"), Cli::tr("Statut."),
                                          QStringLiteral("STATUT"));
    const QCommandLineOption validatedByOption(QStringLiteral("validated-by"),
                                               Cli::tr("Qui valide."), QStringLiteral("NOM"));
    const QCommandLineOption withoutOption(QStringLiteral("without"), Cli::tr("Section omise."),
                                           QStringLiteral("SECTION"));
    const QCommandLineOption perSubgroup(QStringLiteral("per-subgroup"),
                                         Cli::tr("Une feuille d’émargement par sous-groupe."));
    const QCommandLineOption fromOption(QStringLiteral("from"), Cli::tr("Espace copié."),
                                        QStringLiteral("SOURCE"));
    const QCommandLineOption toOption(QStringLiteral("to"), Cli::tr("Espace de destination."),
                                      QStringLiteral("DESTINATION"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    Cli::tr("Essai, rien d’enregistré."));
    const QCommandLineOption withDuplicates(QStringLiteral("with-duplicates"),
                                            Cli::tr("Ajoute aussi les personnes déjà inscrites."));
    const QCommandLineOption withoutSubgroup(QStringLiteral("without-subgroup"),
                                             Cli::tr("Importe sans le sous-groupe inconnu."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Cli::tr("Aide."));
    const QCommandLineOption version(QStringLiteral("version"), Cli::tr("Version."));
    parser.addOptions({db, meeting, format, output, newIds, lang, variantOption, statusOption,
                       validatedByOption, withoutOption, fromOption, toOption, dryRun,
                       withDuplicates, withoutSubgroup, perSubgroup, help, version});

    if (!parser.parse(QStringList{QStringLiteral("copil")} + args)) {
        return fail(ExitUsage, parser.errorText() + u'\n' + Cli::usage());
    }
    if (parser.isSet(help)) {
        out() << Cli::usage() << u'\n' << participantsUsage() << Qt::endl;
        return ExitOk;
    }
    if (parser.isSet(version)) {
        out() << QCoreApplication::applicationName() << u' '
              << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    if (!kCommands.contains(command)) {
        return fail(ExitUsage,
                    Cli::tr("Commande inconnue : « %1 ».").arg(command) + u'\n' + Cli::usage());
    }

    if (command == u"participants") {
        return runParticipants(
            positional,
            {.meeting = parser.value(meeting),
             .output = parser.value(output),
             .dryRun = parser.isSet(dryRun),
             .withDuplicates = parser.isSet(withDuplicates),
             .withoutSubgroup = parser.isSet(withoutSubgroup),
             .open = [&](bool readOnly) { return openWorkspace(parser.value(db), readOnly); },
             .cannotOpen = [&](const QString& e) { return cannotOpen(parser.value(db), e); }});
    }

    if (command == u"copy") {
        if (!parser.isSet(fromOption) || !parser.isSet(toOption) || positional.size() != 1) {
            return fail(ExitUsage,
                        Cli::tr("copy : --from et --to sont obligatoires.") + u'\n' + Cli::usage());
        }
        auto copied =
            exchange::WorkspaceCopy::copy(parser.value(fromOption), parser.value(toOption));
        if (!copied) {
            return fail(ExitFailure, copied.error());
        }
        err() << Cli::tr("%n réunion(s) copiée(s) (%1 lignes) et vérifiées : l’export JSON de "
                         "chacune est identique des deux côtés.",
                         nullptr, copied.value().meetings)
                     .arg(copied.value().rows)
              << Qt::endl;
        return ExitOk;
    }

    if (command == u"import") {
        if (positional.size() != 2) {
            return fail(ExitUsage,
                        Cli::tr("import : indiquez un seul fichier JSON.") + u'\n' + Cli::usage());
        }
        auto ws = openWorkspace(parser.value(db));
        if (!ws) {
            return cannotOpen(parser.value(db), ws.error());
        }
        auto imported = exchange::Archive::importFile(*ws.value(), positional[1],
                                                      {.newIds = parser.isSet(newIds)});
        if (!imported) {
            return fail(ExitUsage, imported.error());
        }
        err() << Cli::tr("Réunion importée dans %1.")
                     .arg(ws.value()->isShared() ? ws.value()->displayName()
                                                 : QDir::toNativeSeparators(ws.value()->path()))
              << Qt::endl;
        out() << imported.value() << Qt::endl;
        return ExitOk;
    }

    // The workspace the command is about: --db, or the default one.
    const QString workspacePath =
        parser.value(db).isEmpty() ? exchange::DefaultWorkspace::path() : parser.value(db);
    if (command == u"restore") {
        if (positional.size() != 2) {
            return fail(ExitUsage, Cli::tr("restore : indiquez une sauvegarde (chemin ou nom, "
                                           "voir « copil backups »).") +
                                       u'\n' + Cli::usage());
        }
        QString chosen = positional[1];
        for (const auto& b : storage::Backups::list(workspacePath)) {
            if (QFileInfo(b.path).fileName() == chosen) {
                chosen = b.path;
            }
        }
        if (!QFileInfo::exists(chosen)) {
            return fail(ExitUsage, Cli::tr("restore : sauvegarde introuvable : %1")
                                       .arg(QDir::toNativeSeparators(chosen)));
        }
        if (const domain::Status restored = storage::Backups::restore(workspacePath, chosen);
            !restored) {
            return fail(ExitFailure, restored.error());
        }
        err() << Cli::tr("%1 remis en place depuis %2 ; la version remplacée est gardée parmi "
                         "les sauvegardes.")
                     .arg(QDir::toNativeSeparators(workspacePath), QDir::toNativeSeparators(chosen))
              << Qt::endl;
        return ExitOk;
    }

    if (positional.size() != 1) {
        return fail(ExitUsage,
                    Cli::tr("%1 : argument en trop : « %2 ».").arg(command, positional[1]));
    }

    if (command == u"backups") {
        const auto backups = storage::Backups::list(workspacePath);
        if (backups.isEmpty()) {
            err() << Cli::tr("Aucune sauvegarde de %1 (dossier %2).")
                         .arg(QDir::toNativeSeparators(workspacePath),
                              QDir::toNativeSeparators(storage::Backups::folderOf(workspacePath)))
                  << Qt::endl;
        }
        for (const auto& b : backups) {
            out() << QFileInfo(b.path).fileName() << u'\t' << b.when.toString(Qt::ISODate) << u'\t'
                  << b.reason << u'\t' << b.size << Qt::endl;
        }
        return ExitOk;
    }

    if (command == u"list") {
        auto ws = openWorkspace(parser.value(db));
        if (!ws) {
            return cannotOpen(parser.value(db), ws.error());
        }
        auto meetings = storage::MeetingRepository(*ws.value()).meetings();
        if (!meetings) {
            return fail(ExitFailure, meetings.error());
        }
        for (const auto& m : meetings.value()) {
            out() << m.id << u'\t' << m.date.toString(Qt::ISODate) << u'\t' << m.title << Qt::endl;
        }
        return ExitOk;
    }

    if (command == u"export") {
        if (!parser.isSet(meeting) || !parser.isSet(format) || !parser.isSet(output)) {
            return fail(ExitUsage, Cli::tr("export : --meeting, --format et -o sont "
                                           "obligatoires.") +
                                       u'\n' + Cli::usage());
        }
        const auto fmt = exchange::formatFromName(parser.value(format));
        if (!fmt) {
            return fail(ExitUsage,
                        Cli::tr("export : format « %1 » inconnu (formats : %2).")
                            .arg(parser.value(format), exchange::formatNames().join(u", ")));
        }
        exchange::ExportRequest request;
        request.format = *fmt;
        const QString variant = parser.value(variantOption);
        if (variant.isEmpty()) {
            request.options.variant = *fmt == exchange::ExportFormat::Ics
                                          ? exchange::MinutesOptions::Variant::Agenda
                                          : exchange::MinutesOptions::Variant::Minutes;
        } else if (variant == u"minutes") {
            request.options.variant = exchange::MinutesOptions::Variant::Minutes;
        } else if (variant == u"decisions") {
            request.options.variant = exchange::MinutesOptions::Variant::Decisions;
        } else if (variant == u"agenda") {
            request.options.variant = exchange::MinutesOptions::Variant::Agenda;
        } else if (variant == u"attendance-sheet") {
            request.options.variant = exchange::MinutesOptions::Variant::AttendanceSheet;
        } else {
            return fail(ExitUsage, Cli::tr("export : variante « %1 » inconnue (minutes, "
                                           "decisions, agenda, attendance-sheet).")
                                       .arg(variant));
        }
        request.options.sheetPerSubgroup = parser.isSet(perSubgroup);
        const QString status = parser.value(statusOption);
        if (!status.isEmpty() && status != u"draft" && status != u"validated") {
            return fail(ExitUsage,
                        Cli::tr("export : statut « %1 » inconnu (draft, validated).").arg(status));
        }
        if ((*fmt == exchange::ExportFormat::Json &&
             (parser.isSet(variantOption) || parser.isSet(statusOption))) ||
            (*fmt == exchange::ExportFormat::Ics &&
             request.options.variant != exchange::MinutesOptions::Variant::Agenda)) {
            return fail(ExitUsage, Cli::tr("export : le format « %1 » ne prend pas cette "
                                           "variante ni ce statut.")
                                       .arg(exchange::formatName(*fmt)));
        }
        for (const QString& section : parser.values(withoutOption)) {
            if (section == u"attendance") {
                request.options.attendance = false;
            } else if (section == u"votes") {
                request.options.voteDetails = false;
            } else if (section == u"notes") {
                request.options.notes = false;
            } else if (section == u"empty-parts") {
                request.options.emptyParts = false;
            } else {
                return fail(ExitUsage, Cli::tr("export : section « %1 » inconnue (attendance, "
                                               "votes, notes, empty-parts).")
                                           .arg(section));
            }
        }
        // Validating records who and when in the workspace: only then is it opened for writing.
        const bool recordValidation = status == u"validated" && parser.isSet(validatedByOption);
        auto ws = openWorkspace(parser.value(db), !recordValidation);
        if (!ws) {
            return cannotOpen(parser.value(db), ws.error());
        }
        storage::MeetingRepository meetings(*ws.value());
        auto data = meetings.load(parser.value(meeting));
        if (!data) {
            return fail(ExitUsage, data.error());
        }
        domain::Meeting& header = data.value().meeting;
        if (recordValidation) {
            header.minutesValidatedBy = parser.value(validatedByOption);
            header.minutesValidatedAt = QDateTime::currentDateTime();
            if (auto saved = meetings.update(header); !saved) {
                return fail(ExitFailure, saved.error());
            }
        } else if (status == u"validated" && !header.minutesValidated()) {
            return fail(ExitUsage, Cli::tr("export : le compte rendu de cette réunion n’a pas "
                                           "été validé ; indiquez qui le valide avec "
                                           "--validated-by NOM."));
        }
        request.options.validated =
            status == u"validated" || (status.isEmpty() && header.minutesValidated());
        request.options.validatedBy = header.minutesValidatedBy;
        request.options.validatedAt = header.minutesValidatedAt;
        auto bytes = exchange::renderMeeting(data.value(), request);
        if (!bytes) {
            return fail(ExitFailure, bytes.error());
        }
        if (auto written =
                exchange::Archive::writeFileAtomically(parser.value(output), bytes.value());
            !written) {
            return fail(ExitFailure, written.error());
        }
        return ExitOk;
    }

    // check
    auto ws = openWorkspace(parser.value(db), true);
    if (!ws) {
        return cannotOpen(parser.value(db), ws.error());
    }
    auto problems = ws.value()->checkIntegrity();
    if (!problems) {
        return fail(ExitFailure, problems.error());
    }
    out() << (ws.value()->isShared()
                  ? Cli::tr("Base : %1 (PostgreSQL)").arg(ws.value()->displayName())
                  : Cli::tr("Fichier : %1").arg(QDir::toNativeSeparators(ws.value()->path())))
          << Qt::endl
          << Cli::tr("Version du schéma : %1 (cette version de Copil : %2)")
                 .arg(ws.value()->schemaVersion())
                 .arg(storage::Workspace::latestSchemaVersion())
          << Qt::endl;
    if (!problems.value().isEmpty()) {
        for (const QString& p : problems.value()) {
            err() << p << Qt::endl;
        }
        return fail(ExitFailure,
                    Cli::tr("Intégrité : %n problème(s).", nullptr, int(problems.value().size())));
    }
    out() << Cli::tr("Intégrité : ok") << Qt::endl;
    return ExitOk;
}

using domain::MinutesValidation;
using domain::Status;

Status writeReopeningMinutes(storage::Workspace& ws, const QString& meetingId,
                             const std::function<Status()>& work, bool reopen)
{
    std::optional<MinutesValidation> reopened;
    const Status written = ws.write([&]() -> Status {
        if (Status s = work(); !s || !reopen) {
            return s;
        }
        auto r =
            storage::MeetingRepository(ws).reopenMinutes(meetingId, QDateTime::currentDateTime());
        if (!r) {
            return r.failure();
        }
        reopened = r.value();
        return {};
    });
    if (written && reopened) {
        QTextStream(stderr) << Cli::tr("Le compte rendu validé par %1 le %2 revient à l’état de "
                                       "projet : la réunion a changé depuis. Validez-le à "
                                       "nouveau à l’export.")
                                   .arg(reopened->by,
                                        reopened->at.toString(QStringLiteral("dd/MM/yyyy HH:mm")))
                            << Qt::endl;
    }
    return written;
}

} // namespace copil::app
