#include "PrepareCommand.h"

#include "Cli.h"
#include "domain/Preparation.h"
#include "exchange/DefaultWorkspace.h"
#include "exchange/Templates.h"
#include "storage/Backups.h"
#include "storage/MeetingRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace copil::app {

namespace {

class PrepareCli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QTextStream& errStream()
{
    static QTextStream stream(stderr);
    return stream;
}

QTextStream& outStream()
{
    static QTextStream stream(stdout);
    return stream;
}

int failWith(int code, const QString& message)
{
    errStream() << message << Qt::endl;
    return code;
}

const QStringList kPrepareCommands{QStringLiteral("new"), QStringLiteral("templates"),
                                   QStringLiteral("remove")};

// The sub-command named in args: the first word that is neither an option nor its value.
QString commandOf(const QStringList& args)
{
    const QStringList values = prepareValueOptions();
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (values.contains(args[i])) {
            ++i;
        } else if (!args[i].startsWith(u'-')) {
            return args[i];
        }
    }
    return {};
}

domain::Result<std::unique_ptr<storage::Workspace>> openFor(const QString& db)
{
    if (db.isEmpty()) {
        return exchange::DefaultWorkspace::open(exchange::DefaultWorkspace::path());
    }
    return storage::Workspace::open(db, {.createIfMissing = true});
}

} // namespace

QStringList prepareValueOptions()
{
    return {QStringLiteral("--db"),           QStringLiteral("--template"),
            QStringLiteral("--from-meeting"), QStringLiteral("--title"),
            QStringLiteral("--date"),         QStringLiteral("--number"),
            QStringLiteral("--start"),        QStringLiteral("--end"),
            QStringLiteral("--meeting"),      QStringLiteral("--lang")};
}

QString prepareUsage()
{
    return PrepareCli::tr(
        "  copil new (--blank | --template NOM|FICHIER | --from-meeting ID)\n"
        "        --title TITRE --date AAAA-MM-JJ [--number N] [--start HH:MM] [--end HH:MM]\n"
        "        [--db FICHIER]                   prépare une réunion ; son identifiant\n"
        "                                         est écrit sur la dernière ligne\n"
        "  copil templates                        les modèles (intégrés et les vôtres)\n"
        "  copil remove --meeting ID [--db FICHIER]\n"
        "                                         supprime une réunion, après une "
        "sauvegarde");
}

std::optional<int> runPrepareCommand(const QStringList& args)
{
    const QString command = commandOf(args);
    if (!kPrepareCommands.contains(command)) {
        return std::nullopt;
    }
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption db(QStringLiteral("db"), PrepareCli::tr("Espace de travail."),
                                QStringLiteral("FICHIER"));
    const QCommandLineOption blank(QStringLiteral("blank"), PrepareCli::tr("Réunion vide."));
    const QCommandLineOption templ(QStringLiteral("template"), PrepareCli::tr("Modèle."),
                                   QStringLiteral("NOM"));
    const QCommandLineOption from(QStringLiteral("from-meeting"),
                                  PrepareCli::tr("Réunion précédente."), QStringLiteral("ID"));
    const QCommandLineOption title(QStringLiteral("title"), PrepareCli::tr("Titre."),
                                   QStringLiteral("TITRE"));
    const QCommandLineOption date(QStringLiteral("date"), PrepareCli::tr("Date."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption number(QStringLiteral("number"), PrepareCli::tr("Numéro."),
                                    QStringLiteral("N"));
    const QCommandLineOption start(QStringLiteral("start"), PrepareCli::tr("Début de journée."),
                                   QStringLiteral("HH:MM"));
    const QCommandLineOption end(QStringLiteral("end"), PrepareCli::tr("Fin de journée."),
                                 QStringLiteral("HH:MM"));
    const QCommandLineOption meeting(
        QStringLiteral("meeting"), PrepareCli::tr("Identifiant de réunion."), QStringLiteral("ID"));
    const QCommandLineOption lang(QStringLiteral("lang"), PrepareCli::tr("Langue."),
                                  QStringLiteral("LANGUE"));
    parser.addOptions({db, blank, templ, from, title, date, number, start, end, meeting, lang});
    const QString usage = PrepareCli::tr("Usage :") + u'\n' + prepareUsage();
    if (!parser.parse(QStringList{QStringLiteral("copil")} + args)) {
        return failWith(ExitUsage, parser.errorText() + u'\n' + usage);
    }
    if (parser.positionalArguments().size() != 1) {
        return failWith(ExitUsage, PrepareCli::tr("%1 : argument en trop : « %2 ».")
                                       .arg(command, parser.positionalArguments().value(1)));
    }

    if (command == u"templates") {
        for (const exchange::TemplateInfo& t : exchange::Templates::list()) {
            outStream() << t.name << u'\t' << t.title << u'\t'
                        << (t.builtIn ? PrepareCli::tr("intégré")
                                      : QDir::toNativeSeparators(t.path))
                        << Qt::endl;
        }
        return ExitOk;
    }

    if (command == u"remove") {
        if (!parser.isSet(meeting)) {
            return failWith(ExitUsage,
                            PrepareCli::tr("remove : --meeting est obligatoire.") + u'\n' + usage);
        }
        auto ws = openFor(parser.value(db));
        if (!ws) {
            return failWith(ExitFailure, ws.error());
        }
        storage::MeetingRepository meetings(*ws.value());
        auto header = meetings.meeting(parser.value(meeting));
        if (!header) {
            return failWith(ExitUsage, header.error());
        }
        auto backup = storage::Backups::make(*ws.value(), QStringLiteral("suppression"));
        if (!backup) {
            return failWith(
                ExitFailure,
                PrepareCli::tr("remove : rien n’est supprimé, la sauvegarde préalable a "
                               "échoué : %1")
                    .arg(backup.error()));
        }
        if (const domain::Status s = meetings.remove(header.value().id); !s) {
            return failWith(ExitFailure, s.error());
        }
        errStream() << PrepareCli::tr("Réunion « %1 » supprimée ; sauvegarde faite avant : %2")
                           .arg(header.value().title, QDir::toNativeSeparators(backup.value()))
                    << Qt::endl;
        return ExitOk;
    }

    // new
    const int starts =
        int(parser.isSet(blank)) + int(parser.isSet(templ)) + int(parser.isSet(from));
    if (starts != 1) {
        return failWith(ExitUsage,
                        PrepareCli::tr("new : indiquez une seule origine : --blank, --template "
                                       "ou --from-meeting.") +
                            u'\n' + usage);
    }
    if (!parser.isSet(date)) {
        return failWith(ExitUsage, PrepareCli::tr("new : --date est obligatoire.") + u'\n' + usage);
    }
    const QDate day = QDate::fromString(parser.value(date), Qt::ISODate);
    if (!day.isValid()) {
        return failWith(ExitUsage, PrepareCli::tr("new : --date « %1 » : date AAAA-MM-JJ attendue.")
                                       .arg(parser.value(date)));
    }
    const QString newTitle = parser.value(title).trimmed();
    if (newTitle.isEmpty() && !parser.isSet(from)) {
        return failWith(ExitUsage,
                        PrepareCli::tr("new : --title est obligatoire.") + u'\n' + usage);
    }
    int n = -1;
    if (parser.isSet(number)) {
        bool ok = false;
        n = parser.value(number).toInt(&ok);
        if (!ok || n < 0) {
            return failWith(ExitUsage,
                            PrepareCli::tr("new : --number « %1 » : nombre entier positif "
                                           "attendu.")
                                .arg(parser.value(number)));
        }
    }
    const auto timeOf = [&](const QCommandLineOption& o, QTime fallback) -> std::optional<QTime> {
        if (!parser.isSet(o)) {
            return fallback;
        }
        const QTime t = QTime::fromString(parser.value(o), QStringLiteral("HH:mm"));
        return t.isValid() ? std::optional<QTime>(t) : std::nullopt;
    };
    const auto dayStart = timeOf(start, QTime(9, 0));
    const auto dayEnd = timeOf(end, QTime(17, 0));
    if (!dayStart || !dayEnd) {
        return failWith(ExitUsage,
                        PrepareCli::tr("new : --start et --end : heure HH:MM attendue."));
    }

    auto ws = openFor(parser.value(db));
    if (!ws) {
        return failWith(ExitFailure, ws.error());
    }
    storage::MeetingRepository meetings(*ws.value());
    domain::MeetingData made;
    if (parser.isSet(blank)) {
        made = domain::Preparation::blank(newTitle, day, *dayStart, *dayEnd);
        made.meeting.number = std::max(n, 0);
    } else if (parser.isSet(templ)) {
        auto loaded = exchange::Templates::load(parser.value(templ));
        if (!loaded) {
            return failWith(ExitUsage, loaded.error());
        }
        made = domain::Preparation::fromTemplate(loaded.value(), newTitle, day, n);
    } else {
        auto previous = meetings.load(parser.value(from));
        if (!previous) {
            return failWith(ExitUsage, previous.error());
        }
        made = domain::Preparation::nextOf(previous.value(), day, newTitle, n);
    }
    if (parser.isSet(start) || parser.isSet(end)) {
        made.meeting.dayStart = *dayStart;
        made.meeting.dayEnd = *dayEnd;
    }
    if (const domain::Status s = meetings.insertAll(made); !s) {
        return failWith(s.fault() == domain::Fault::Invalid ? ExitUsage : ExitFailure, s.error());
    }
    errStream() << PrepareCli::tr("Réunion « %1 » du %2 préparée : %3.")
                       .arg(made.meeting.title,
                            QLocale().toString(made.meeting.date, QLocale::LongFormat),
                            domain::Preparation::summary(made))
                << Qt::endl;
    outStream() << made.meeting.id << Qt::endl;
    return ExitOk;
}

} // namespace copil::app
