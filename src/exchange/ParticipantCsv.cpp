#include "ParticipantCsv.h"

#include "domain/Labels.h"
#include "domain/MeetingData.h"

#include <QFile>
#include <QHash>
#include <QStringDecoder>

namespace copil::exchange {

using namespace domain;

namespace {

constexpr qsizetype kMaxBytes = 16 * 1024 * 1024;

// Lower case, no accents, no spaces or punctuation: "Type d’organisation" -> "typedorganisation".
QString foldForMatch(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D).toLower();
    QString out;
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber() && c.category() != QChar::Mark_NonSpacing) {
            out += c;
        }
    }
    return out;
}

enum class Field {
    Name,
    FirstName,
    LastName,
    Organisation,
    Kind,
    Role,
    Subgroup,
    Attendance,
    Email,
    Civility
};

std::optional<Field> fieldOf(const QString& header)
{
    static const QHash<QString, Field> names{
        {QStringLiteral("nom"), Field::LastName},
        {QStringLiteral("nomdefamille"), Field::LastName},
        {QStringLiteral("lastname"), Field::LastName},
        {QStringLiteral("surname"), Field::LastName},
        {QStringLiteral("prenom"), Field::FirstName},
        {QStringLiteral("firstname"), Field::FirstName},
        {QStringLiteral("nomcomplet"), Field::Name},
        {QStringLiteral("name"), Field::Name},
        {QStringLiteral("participant"), Field::Name},
        {QStringLiteral("organisation"), Field::Organisation},
        {QStringLiteral("organization"), Field::Organisation},
        {QStringLiteral("structure"), Field::Organisation},
        {QStringLiteral("organisme"), Field::Organisation},
        {QStringLiteral("type"), Field::Kind},
        {QStringLiteral("typedorganisation"), Field::Kind},
        {QStringLiteral("typedestructure"), Field::Kind},
        {QStringLiteral("kind"), Field::Kind},
        {QStringLiteral("organisationkind"), Field::Kind},
        {QStringLiteral("role"), Field::Role},
        {QStringLiteral("sousgroupe"), Field::Subgroup},
        {QStringLiteral("groupe"), Field::Subgroup},
        {QStringLiteral("subgroup"), Field::Subgroup},
        {QStringLiteral("presence"), Field::Attendance},
        {QStringLiteral("attendance"), Field::Attendance},
        {QStringLiteral("courriel"), Field::Email},
        {QStringLiteral("email"), Field::Email},
        {QStringLiteral("mel"), Field::Email},
        {QStringLiteral("adressemail"), Field::Email},
        {QStringLiteral("civilite"), Field::Civility},
        {QStringLiteral("civility"), Field::Civility},
        {QStringLiteral("title"), Field::Civility},
    };
    const auto it = names.find(foldForMatch(header));
    return it == names.end() ? std::nullopt : std::optional<Field>(*it);
}

// An enumeration value from its key or its label, accents and case aside.
template <class E>
std::optional<E> enumOf(const QString& text, const QStringList& aliases = {},
                        std::optional<E> aliasValue = std::nullopt)
{
    const QString f = foldForMatch(text);
    for (E v : allValues<E>()) {
        if (f == foldForMatch(toKey(v)) || f == foldForMatch(Labels::of(v))) {
            return v;
        }
    }
    if (aliasValue && aliases.contains(f)) {
        return aliasValue;
    }
    return std::nullopt;
}

std::optional<Civility> civilityOf(const QString& text)
{
    const QString f = foldForMatch(text);
    if (f == u"mme" || f == u"madame" || f == u"mrs" || f == u"ms" || f == u"f") {
        return Civility::Madame;
    }
    if (f == u"m" || f == u"monsieur" || f == u"mr" || f == u"h") {
        return Civility::Monsieur;
    }
    return std::nullopt;
}

std::optional<OrganisationKind> kindOf(const QString& text)
{
    const QString f = foldForMatch(text);
    if (f == u"commune" || f == u"mairie") {
        return OrganisationKind::Ville;
    }
    if (f == u"intercommunalite" || f == u"agglomeration" || f == u"metropole" ||
        f == u"communautedecommunes") {
        return OrganisationKind::Intercommunalite;
    }
    if (f == u"autre" || f == u"other") {
        return OrganisationKind::Other;
    }
    return enumOf<OrganisationKind>(text);
}

std::optional<ParticipantRole> roleOf(const QString& text)
{
    const QString f = foldForMatch(text);
    if (f == u"animateur" || f == u"animatrice") {
        return ParticipantRole::Facilitator;
    }
    if (f == u"rapporteuse") {
        return ParticipantRole::Rapporteur;
    }
    if (f == u"intervenant" || f == u"intervenante") {
        return ParticipantRole::Presenter;
    }
    return enumOf<ParticipantRole>(text);
}

std::optional<Attendance> attendanceOf(const QString& text)
{
    const QString f = foldForMatch(text);
    if (f == u"presente" || f == u"oui" || f == u"x") {
        return Attendance::Present;
    }
    if (f == u"excusee") {
        return Attendance::Excused;
    }
    if (f == u"absente" || f == u"non") {
        return Attendance::Absent;
    }
    if (f == u"attendu" || f == u"attendue" || f == u"invite" || f == u"invitee") {
        return Attendance::Expected;
    }
    return enumOf<Attendance>(text);
}

std::optional<QString> subgroupOf(const QString& text, const QList<Subgroup>& subgroups)
{
    const QString f = foldForMatch(text);
    for (const auto& s : subgroups) {
        const QString n = QString::number(s.number);
        if (f == n || f == foldForMatch(s.title) || f == u"sousgroupe" + n || f == u"sg" + n ||
            f == u"groupe" + n || f == u"subgroup" + n) {
            return s.id;
        }
    }
    return std::nullopt;
}

struct Record {
    int line = 0;
    QStringList fields;
};

// Splits CSV text into records; an open quote at the end is an error.
Result<QList<Record>> records(const QString& text, QChar separator, const QString& sourceName)
{
    QList<Record> out;
    Record current{1, {}};
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int quoteLine = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
                continue; // a Windows line break inside quotes is kept as "\n"
            } else {
                if (c == u'\n') {
                    ++line;
                }
                field += c;
            }
            continue;
        }
        if (c == u'"' && field.trimmed().isEmpty()) {
            quoted = true;
            quoteLine = line;
            field.clear();
            fieldStarted = true;
        } else if (c == separator) {
            current.fields << field;
            field.clear();
            fieldStarted = true;
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            if (fieldStarted || !field.isEmpty()) {
                current.fields << field;
                out << current;
            }
            field.clear();
            fieldStarted = false;
            current = Record{++line, {}};
        } else {
            field += c;
        }
    }
    if (quoted) {
        return Error{ParticipantCsv::tr("%1, ligne %2 : guillemet ouvert jamais refermé.")
                         .arg(sourceName)
                         .arg(quoteLine)};
    }
    if (fieldStarted || !field.isEmpty()) {
        current.fields << field;
        out << current;
    }
    return out;
}

QChar guessSeparator(const QString& text)
{
    const QString header = text.section(u'\n', 0, 0);
    int counts[3] = {0, 0, 0};
    bool quoted = false;
    for (const QChar c : header) {
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted) {
            counts[0] += c == u';';
            counts[1] += c == u',';
            counts[2] += c == u'\t';
        }
    }
    if (counts[2] > counts[0] && counts[2] > counts[1]) {
        return u'\t';
    }
    return counts[0] >= counts[1] && counts[0] > 0 ? QChar(u';') : QChar(u',');
}

} // namespace

Result<ParticipantCsv> ParticipantCsv::parse(const QByteArray& bytes, const QString& sourceName,
                                             const QList<Subgroup>& subgroups)
{
    if (bytes.size() > kMaxBytes) {
        return Error{tr("%1 : fichier trop grand pour une liste de participants (plus de 16 Mo).")
                         .arg(sourceName)};
    }
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF")) {
        data.remove(0, 3);
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(data);
    if (decoder.hasError()) {
        return Error{tr("%1 : le fichier n’est pas en UTF-8. Dans le tableur, enregistrez-le "
                        "au format « CSV UTF-8 ».")
                         .arg(sourceName)};
    }
    auto parsed = records(text, guessSeparator(text), sourceName);
    if (!parsed) {
        return parsed.failure();
    }
    const QList<Record>& rows = parsed.value();
    if (rows.isEmpty()) {
        return Error{tr("%1 : le fichier est vide.").arg(sourceName)};
    }
    ParticipantCsv out;
    QHash<Field, int> columns;
    for (int i = 0; i < rows.first().fields.size(); ++i) {
        const QString header = rows.first().fields[i].trimmed();
        if (const auto field = fieldOf(header); field && !columns.contains(*field)) {
            columns.insert(*field, i);
        } else if (!header.isEmpty()) {
            out.ignoredColumns << header;
        }
    }
    if (!columns.contains(Field::Name) && !columns.contains(Field::LastName)) {
        return Error{tr("%1, ligne 1 : aucune colonne « nom » ; la première ligne doit nommer "
                        "les colonnes (nom, organisation, type, rôle, sous-groupe…).")
                         .arg(sourceName)};
    }
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const Record& row = rows[r];
        const auto value = [&](Field f) {
            const int c = columns.value(f, -1);
            return c >= 0 && c < row.fields.size() ? row.fields[c].trimmed() : QString();
        };
        bool blank = true;
        for (const QString& f : row.fields) {
            blank = blank && f.trimmed().isEmpty();
        }
        if (blank) {
            continue;
        }
        QStringList problems;
        Participant p;
        p.id = newId();
        p.name = value(Field::Name);
        if (p.name.isEmpty()) {
            p.name =
                QStringList{value(Field::FirstName), value(Field::LastName)}.join(u' ').trimmed();
        }
        if (p.name.isEmpty()) {
            problems << tr("nom manquant");
        }
        if (const QString c = value(Field::Civility); !c.isEmpty()) {
            if (const auto civility = civilityOf(c)) {
                p.civility = *civility;
            } else {
                problems << tr("civilité inconnue « %1 » (Mme, M. ou vide)").arg(c);
            }
        }
        p.organisation = value(Field::Organisation);
        if (const QString k = value(Field::Kind); !k.isEmpty()) {
            if (const auto kind = kindOf(k)) {
                p.organisationKind = *kind;
            } else {
                problems << tr("type d’organisation inconnu « %1 »").arg(k);
            }
        }
        if (const QString r = value(Field::Role); !r.isEmpty()) {
            if (const auto role = roleOf(r)) {
                p.role = *role;
            } else {
                problems << tr("rôle inconnu « %1 »").arg(r);
            }
        }
        if (const QString s = value(Field::Subgroup); !s.isEmpty()) {
            if (const auto id = subgroupOf(s, subgroups)) {
                p.subgroupId = *id;
            } else {
                problems << tr("sous-groupe inconnu « %1 »").arg(s);
            }
        }
        if (const QString a = value(Field::Attendance); !a.isEmpty()) {
            if (const auto attendance = attendanceOf(a)) {
                p.attendance = *attendance;
            } else {
                problems << tr("présence inconnue « %1 »").arg(a);
            }
        }
        p.email = value(Field::Email);
        if (!p.email.isEmpty() && (!p.email.contains(u'@') || p.email.contains(u' '))) {
            problems << tr("adresse électronique invalide « %1 »").arg(p.email);
        }
        if (!problems.isEmpty()) {
            out.errors << tr("ligne %1 : %2").arg(row.line).arg(problems.join(u"; "));
            continue;
        }
        p.position = int(out.people.size());
        out.people << p;
        out.lines << row.line;
    }
    return out;
}

Result<ParticipantCsv> ParticipantCsv::readFile(const QString& path,
                                                const QList<Subgroup>& subgroups)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{tr("Impossible de lire %1 : %2").arg(path, file.errorString())};
    }
    return parse(file.read(kMaxBytes + 1), path, subgroups);
}

} // namespace copil::exchange
