#include "ParticipantsCommand.h"

#include "Cli.h"
#include "domain/Labels.h"
#include "exchange/Archive.h"
#include "exchange/ParticipantCsv.h"
#include "storage/MeetingRepository.h"
#include "storage/RowStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace copil::app {

namespace {

class ParticipantsCommand {
    Q_DECLARE_TR_FUNCTIONS(ParticipantsCommand)

public:
    static QString usage()
    {
        return tr("Participants (CSV) :\n"
                  "  copil participants import FICHIER.csv --meeting ID [--db FICHIER]\n"
                  "        [--dry-run] [--with-duplicates] [--without-subgroup]\n"
                  "  copil participants export --meeting ID -o FICHIER.csv [--db FICHIER]");
    }
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

QString subgroupText(const QList<domain::Subgroup>& subgroups, const QString& id)
{
    for (const auto& s : subgroups) {
        if (s.id == id) {
            return ParticipantsCommand::tr("sous-groupe %1").arg(s.number);
        }
    }
    return {};
}

// One person of the preview: "  ligne 4  Léa Girard, Centre social (Association, sous-groupe 3)".
QString personLine(const exchange::ParticipantCsv& csv, qsizetype i,
                   const QList<domain::Subgroup>& subgroups)
{
    const domain::Participant& p = csv.people[i];
    QStringList details{domain::Labels::of(p.organisationKind), domain::Labels::of(p.role)};
    if (const QString s = subgroupText(subgroups, p.subgroupId); !s.isEmpty()) {
        details << s;
    }
    if (p.attendance != domain::Attendance::Expected) {
        details << domain::Labels::of(p.attendance);
    }
    QString text = ParticipantsCommand::tr("  ligne %1 : %2").arg(csv.lines[i]).arg(p.name);
    if (!p.organisation.isEmpty()) {
        text += ParticipantsCommand::tr(", %1").arg(QString(p.organisation).replace(u'\n', u' '));
    }
    text += ParticipantsCommand::tr(" (%1)").arg(details.join(QStringLiteral(", ")));
    if (const QString status = csv.statusOf(i); !status.isEmpty()) {
        text += ParticipantsCommand::tr(" : %1").arg(status);
    }
    return text;
}

int importList(const QString& file, const ParticipantsOptions& o)
{
    auto ws = o.open(o.dryRun);
    if (!ws) {
        return o.cannotOpen(ws.error());
    }
    auto data = storage::MeetingRepository(*ws.value()).load(o.meeting);
    if (!data) {
        return failWith(ExitUsage, data.error());
    }
    const domain::MeetingData& meeting = data.value();
    auto parsed = exchange::ParticipantCsv::readFile(file, meeting.subgroups, meeting.participants);
    if (!parsed) {
        return failWith(ExitUsage, parsed.error());
    }
    const exchange::ParticipantCsv& csv = parsed.value();
    const QList<bool> chosen = csv.defaultChoice(o.withDuplicates);
    int offset = 0;
    for (const auto& other : meeting.participants) {
        offset = std::max(offset, other.position + 1);
    }
    const QList<domain::Participant> people = csv.selection(chosen, o.withoutSubgroup, offset);

    // The preview, as the window shows it.
    QTextStream& out = outStream();
    const QString separator = csv.separator == u'\t'
                                  ? ParticipantsCommand::tr("tabulation")
                                  : ParticipantsCommand::tr("« %1 »").arg(csv.separator);
    out << ParticipantsCommand::tr("%1 : lu en %2, séparateur %3.")
               .arg(QDir::toNativeSeparators(file), csv.encoding, separator)
        << Qt::endl;
    QStringList added;
    QStringList left;
    for (qsizetype i = 0; i < csv.people.size(); ++i) {
        const bool in = chosen[i] && (o.withoutSubgroup || csv.missingSubgroup[i].isEmpty());
        (in ? added : left) << personLine(csv, i, meeting.subgroups);
    }
    out << (added.isEmpty() ? ParticipantsCommand::tr("Personne à importer.")
                            : ParticipantsCommand::tr("%n personne(s) à importer :", nullptr,
                                                      int(added.size())))
        << Qt::endl;
    for (const QString& line : added) {
        out << line << Qt::endl;
    }
    if (!left.isEmpty()) {
        out << ParticipantsCommand::tr("%n personne(s) laissée(s) de côté (déjà inscrites ou en "
                                       "double : --with-duplicates ; sans leur sous-groupe : "
                                       "--without-subgroup) :",
                                       nullptr, int(left.size()))
            << Qt::endl;
        for (const QString& line : left) {
            out << line << Qt::endl;
        }
    }
    if (const QString notice = csv.subgroupNotice(); !notice.isEmpty()) {
        out << notice << Qt::endl;
    }
    if (!csv.errors.isEmpty()) {
        out << ParticipantsCommand::tr("%n ligne(s) refusée(s) :", nullptr, int(csv.errors.size()))
            << Qt::endl;
        for (const QString& e : csv.errors) {
            out << QStringLiteral("  ") << e << Qt::endl;
        }
    }
    if (!csv.ignoredColumns.isEmpty()) {
        out << ParticipantsCommand::tr("Colonnes ignorées : %1")
                   .arg(csv.ignoredColumns.join(QStringLiteral(", ")))
            << Qt::endl;
    }
    if (csv.people.isEmpty()) {
        return failWith(ExitUsage, ParticipantsCommand::tr("%1 : aucune personne n’a pu être lue.")
                                       .arg(QDir::toNativeSeparators(file)));
    }
    if (o.dryRun) {
        errStream() << ParticipantsCommand::tr("Essai seulement (--dry-run) : rien n’a été "
                                               "enregistré.")
                    << Qt::endl;
        return ExitOk;
    }
    if (!people.isEmpty()) {
        domain::MeetingData rows;
        rows.participants = people;
        // The people and, for a meeting whose minutes were validated, their return to
        // draft: one transaction.
        const domain::Status saved = writeReopeningMinutes(*ws.value(), o.meeting, [&] {
            return storage::RowStore(*ws.value()).insertAll(o.meeting, rows);
        });
        if (!saved) {
            return failWith(ExitFailure, saved.error());
        }
    }
    errStream() << ParticipantsCommand::tr("%n participant(s) ajouté(s) à « %1 ».", nullptr,
                                           int(people.size()))
                       .arg(meeting.meeting.title)
                << Qt::endl;
    return ExitOk;
}

int exportList(const ParticipantsOptions& o)
{
    auto ws = o.open(true);
    if (!ws) {
        return o.cannotOpen(ws.error());
    }
    auto data = storage::MeetingRepository(*ws.value()).load(o.meeting);
    if (!data) {
        return failWith(ExitUsage, data.error());
    }
    const QByteArray bytes =
        exchange::ParticipantCsv::write(data.value().participants, data.value().subgroups);
    if (auto written = exchange::Archive::writeFileAtomically(o.output, bytes); !written) {
        return failWith(ExitFailure, written.error());
    }
    errStream() << ParticipantsCommand::tr("%n participant(s) écrit(s) dans %1.", nullptr,
                                           int(data.value().participants.size()))
                       .arg(QDir::toNativeSeparators(o.output))
                << Qt::endl;
    return ExitOk;
}

} // namespace

QString participantsUsage()
{
    return ParticipantsCommand::usage();
}

int runParticipants(const QStringList& positional, const ParticipantsOptions& options)
{
    const QString action = positional.value(1);
    if (action == u"import" && positional.size() == 3 && !options.meeting.isEmpty()) {
        return importList(positional[2], options);
    }
    if (action == u"export" && positional.size() == 2 && !options.meeting.isEmpty() &&
        !options.output.isEmpty()) {
        return exportList(options);
    }
    return failWith(ExitUsage, ParticipantsCommand::tr("participants : indiquez import FICHIER.csv "
                                                       "ou export -o FICHIER.csv, et --meeting.") +
                                   u'\n' + ParticipantsCommand::usage());
}

} // namespace copil::app
