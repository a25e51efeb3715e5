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

// Words for an enumeration value, folded (foldForMatch): the stored key, French and English,
// masculine and feminine. Fixed here, never the interface's labels, so that reading a file
// does not depend on the language of the window.
template <class E> std::optional<E> wordOf(const QString& text, const QHash<QString, E>& words)
{
    const QString f = foldForMatch(text);
    if (const auto it = words.find(f); it != words.end()) {
        return *it;
    }
    for (E v : allValues<E>()) {
        if (f == foldForMatch(toKey(v))) {
            return v;
        }
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
    using K = OrganisationKind;
    static const QHash<QString, K> words{
        {QStringLiteral("ville"), K::Ville},
        {QStringLiteral("commune"), K::Ville},
        {QStringLiteral("mairie"), K::Ville},
        {QStringLiteral("city"), K::Ville},
        {QStringLiteral("town"), K::Ville},
        {QStringLiteral("municipality"), K::Ville},
        {QStringLiteral("intercommunalite"), K::Intercommunalite},
        {QStringLiteral("intercommunaliteepci"), K::Intercommunalite},
        {QStringLiteral("agglomeration"), K::Intercommunalite},
        {QStringLiteral("metropole"), K::Intercommunalite},
        {QStringLiteral("communautedecommunes"), K::Intercommunalite},
        {QStringLiteral("communautedagglomeration"), K::Intercommunalite},
        {QStringLiteral("intermunicipality"), K::Intercommunalite},
        {QStringLiteral("intermunicipalityepci"), K::Intercommunalite},
        {QStringLiteral("departement"), K::Departement},
        {QStringLiteral("conseildepartemental"), K::Departement},
        {QStringLiteral("department"), K::Departement},
        {QStringLiteral("etat"), K::Etat},
        {QStringLiteral("state"), K::Etat},
        {QStringLiteral("cget"), K::Etat},
        {QStringLiteral("etatcget"), K::Etat},
        {QStringLiteral("odas"), K::Odas},
        {QStringLiteral("association"), K::Association},
        {QStringLiteral("autre"), K::Other},
        {QStringLiteral("other"), K::Other},
    };
    return wordOf(text, words);
}

std::optional<ParticipantRole> roleOf(const QString& text)
{
    using R = ParticipantRole;
    static const QHash<QString, R> words{
        {QStringLiteral("animateur"), R::Facilitator},
        {QStringLiteral("animatrice"), R::Facilitator},
        {QStringLiteral("facilitator"), R::Facilitator},
        {QStringLiteral("rapporteur"), R::Rapporteur},
        {QStringLiteral("rapporteuse"), R::Rapporteur},
        {QStringLiteral("intervenant"), R::Presenter},
        {QStringLiteral("intervenante"), R::Presenter},
        {QStringLiteral("presenter"), R::Presenter},
        {QStringLiteral("speaker"), R::Presenter},
        {QStringLiteral("membre"), R::Member},
        {QStringLiteral("member"), R::Member},
        {QStringLiteral("participant"), R::Member},
        {QStringLiteral("participante"), R::Member},
    };
    return wordOf(text, words);
}

std::optional<Attendance> attendanceOf(const QString& text)
{
    using A = Attendance;
    static const QHash<QString, A> words{
        {QStringLiteral("present"), A::Present},
        {QStringLiteral("presente"), A::Present},
        {QStringLiteral("oui"), A::Present},
        {QStringLiteral("yes"), A::Present},
        {QStringLiteral("x"), A::Present},
        {QStringLiteral("excuse"), A::Excused},
        {QStringLiteral("excusee"), A::Excused},
        {QStringLiteral("excused"), A::Excused},
        {QStringLiteral("absentexcuse"), A::Excused},
        {QStringLiteral("absenteexcusee"), A::Excused},
        {QStringLiteral("absent"), A::Absent},
        {QStringLiteral("absente"), A::Absent},
        {QStringLiteral("non"), A::Absent},
        {QStringLiteral("no"), A::Absent},
        {QStringLiteral("attendu"), A::Expected},
        {QStringLiteral("attendue"), A::Expected},
        {QStringLiteral("invite"), A::Expected},
        {QStringLiteral("invitee"), A::Expected},
        {QStringLiteral("expected"), A::Expected},
        {QStringLiteral("invited"), A::Expected},
    };
    return wordOf(text, words);
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

// Windows-1252: Latin-1 but for 0x80-0x9F, where it has typographic signs (€, ’, «…).
// The five bytes it leaves undefined are kept as the C1 controls of the same value.
QString fromWindows1252(const QByteArray& bytes)
{
    static const char16_t high[32] = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    QString out(bytes.size(), Qt::Uninitialized);
    QChar* d = out.data();
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        *d++ = b >= 0x80 && b < 0xA0 ? QChar(high[b - 0x80]) : QChar(char16_t(b));
    }
    return out;
}

struct Decoded {
    QString text;
    QString encoding;
};

// UTF-16 may carry half a surrogate pair, which no other encoding can write back: each
// becomes U+FFFD, as a bad byte of UTF-8 does.
QString withoutLoneSurrogates(QString text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            ++i;
        } else if (text[i].isSurrogate()) {
            text[i] = QChar::ReplacementCharacter;
        }
    }
    return text;
}

// Valid UTF-8 as UTF-8, UTF-16 by its byte-order mark, anything else as Windows-1252.
Decoded decode(const QByteArray& bytes)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder utf16(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE
                                                          : QStringDecoder::Utf16BE);
        QString text = withoutLoneSurrogates(utf16.decode(bytes.sliced(2)));
        return {std::move(text), QStringLiteral("UTF-16")};
    }
    const QByteArray data = bytes.startsWith("\xEF\xBB\xBF") ? bytes.sliced(3) : bytes;
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(data);
    if (!utf8.hasError()) {
        return {std::move(text), QStringLiteral("UTF-8")};
    }
    return {fromWindows1252(data), QStringLiteral("Windows-1252")};
}

// Whether a spreadsheet would take the cell for a formula, or it starts with the «'» that
// protects one: write() protects such cells with a «'», parse() takes it off again.
bool startsFormula(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@';
}

bool looksLikeFormula(const QString& cell)
{
    return !cell.isEmpty() &&
           (startsFormula(cell[0]) ||
            (cell[0] == u'\'' && cell.size() > 1 && (startsFormula(cell[1]) || cell[1] == u'\'')));
}

// A spreadsheet cell protected from being read as a formula: "'=x" -> "=x".
QString unprotected(const QString& cell)
{
    if (cell.size() > 1 && cell[0] == u'\'' && (startsFormula(cell[1]) || cell[1] == u'\'')) {
        return cell.mid(1);
    }
    return cell;
}

QString subgroupLabel(const QList<Subgroup>& subgroups, const QString& id)
{
    for (const auto& s : subgroups) {
        if (s.id == id) {
            return QString::number(s.number);
        }
    }
    return {};
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
            } else if (c == u'\r') {
                // A Windows (or old Mac) line break inside quotes is kept as "\n".
                if (i + 1 < text.size() && text[i + 1] == u'\n') {
                    continue;
                }
                ++line;
                field += u'\n';
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
                                             const QList<Subgroup>& subgroups,
                                             const QList<Participant>& existing)
{
    if (bytes.size() > kMaxBytes) {
        return Error{tr("%1 : fichier trop grand pour une liste de participants (plus de 16 Mo).")
                         .arg(sourceName)};
    }
    Decoded decoded = decode(bytes);
    const QString& text = decoded.text;
    const QChar separator = guessSeparator(text);
    auto parsed = records(text, separator, sourceName);
    if (!parsed) {
        return parsed.failure();
    }
    const QList<Record>& rows = parsed.value();
    if (rows.isEmpty()) {
        return Error{tr("%1 : le fichier est vide.").arg(sourceName)};
    }
    ParticipantCsv out;
    out.encoding = decoded.encoding;
    out.separator = separator;
    out.meetingHasSubgroups = !subgroups.isEmpty();
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
    // Who is there already: by name and organisation, and by e-mail.
    const auto personKey = [](const Participant& p) -> QString {
        return foldForMatch(p.name) + u'|' + foldForMatch(p.organisation);
    };
    QHash<QString, QString> existingByKey;
    QHash<QString, QString> existingByEmail;
    for (const Participant& p : existing) {
        existingByKey.insert(personKey(p), p.id);
        if (!p.email.trimmed().isEmpty()) {
            existingByEmail.insert(p.email.trimmed().toCaseFolded(), p.id);
        }
    }
    QHash<QString, int> lineByKey;
    QHash<QString, int> lineByEmail;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const Record& row = rows[r];
        const auto value = [&](Field f) {
            const int c = columns.value(f, -1);
            return c >= 0 && c < row.fields.size() ? unprotected(row.fields[c].trimmed())
                                                   : QString();
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
        QString missing;
        if (const QString s = value(Field::Subgroup); !s.isEmpty()) {
            if (const auto id = subgroupOf(s, subgroups)) {
                p.subgroupId = *id;
            } else {
                missing = s; // said once for the whole file (subgroupNotice)
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
        const QString key = personKey(p);
        const QString email = p.email.toCaseFolded();
        QString already = existingByKey.value(key);
        if (already.isEmpty() && !email.isEmpty()) {
            already = existingByEmail.value(email);
        }
        int repeat = lineByKey.value(key);
        if (repeat == 0 && !email.isEmpty()) {
            repeat = lineByEmail.value(email);
        }
        if (repeat == 0) {
            lineByKey.insert(key, row.line);
            if (!email.isEmpty()) {
                lineByEmail.insert(email, row.line);
            }
        }
        p.position = int(out.people.size());
        out.people << p;
        out.lines << row.line;
        out.alreadyIn << already;
        out.repeatOf << (already.isEmpty() ? repeat : 0);
        out.missingSubgroup << missing;
    }
    return out;
}

QString ParticipantCsv::statusOf(qsizetype i) const
{
    if (!alreadyIn[i].isEmpty()) {
        return tr("déjà inscrit");
    }
    if (repeatOf[i] > 0) {
        return tr("en double (ligne %1)").arg(repeatOf[i]);
    }
    if (!missingSubgroup[i].isEmpty()) {
        return tr("sans sous-groupe (« %1 » inconnu)").arg(missingSubgroup[i]);
    }
    return {};
}

int ParticipantCsv::duplicateCount() const
{
    int n = 0;
    for (qsizetype i = 0; i < people.size(); ++i) {
        n += isDuplicate(i) ? 1 : 0;
    }
    return n;
}

int ParticipantCsv::missingSubgroupCount() const
{
    int n = 0;
    for (const QString& s : missingSubgroup) {
        n += s.isEmpty() ? 0 : 1;
    }
    return n;
}

QString ParticipantCsv::subgroupNotice() const
{
    QStringList names;
    QStringList lineNumbers;
    for (qsizetype i = 0; i < people.size(); ++i) {
        if (!missingSubgroup[i].isEmpty()) {
            if (!names.contains(missingSubgroup[i])) {
                names << missingSubgroup[i];
            }
            lineNumbers << QString::number(lines[i]);
        }
    }
    if (names.isEmpty()) {
        return {};
    }
    const int count = int(lineNumbers.size());
    if (lineNumbers.size() > 12) {
        lineNumbers = lineNumbers.mid(0, 10) << QStringLiteral("…");
    }
    const QString quoted = u"« " + names.join(QStringLiteral(" », « ")) + u" »";
    const QString where =
        (count == 1 ? tr("ligne %1") : tr("lignes %1")).arg(lineNumbers.join(QStringLiteral(", ")));
    return (meetingHasSubgroups
                ? tr("La réunion n’a pas de sous-groupe %1 (%2).").arg(quoted, where)
                : tr("La réunion n’a aucun sous-groupe : la colonne « sous-groupe » (%1, %2) ne "
                     "peut pas être suivie.")
                      .arg(quoted, where)) +
           u' ' +
           tr("Sans sous-groupe, %n personne(s) de plus peu(ven)t être importée(s).", nullptr,
              count);
}

QList<bool> ParticipantCsv::defaultChoice(bool withDuplicates) const
{
    QList<bool> chosen;
    for (qsizetype i = 0; i < people.size(); ++i) {
        chosen << (!isDuplicate(i) || withDuplicates);
    }
    return chosen;
}

QList<Participant> ParticipantCsv::selection(const QList<bool>& chosen,
                                             bool withoutMissingSubgroups, int firstPosition) const
{
    QList<Participant> out;
    for (qsizetype i = 0; i < people.size() && i < chosen.size(); ++i) {
        if (chosen[i] && (withoutMissingSubgroups || missingSubgroup[i].isEmpty())) {
            Participant p = people[i];
            p.position = firstPosition + int(out.size());
            out << p;
        }
    }
    return out;
}

QByteArray ParticipantCsv::write(const QList<Participant>& people, const QList<Subgroup>& subgroups)
{
    const auto cell = [](QString text) -> QString {
        if (looksLikeFormula(text)) {
            text.prepend(u'\'');
        }
        if (text.contains(u';') || text.contains(u'"') || text.contains(u'\n') ||
            text.contains(u'\r') || text != text.trimmed()) {
            text = u'"' + text.replace(u'"', QStringLiteral("\"\"")) + u'"';
        }
        return text;
    };
    const auto line = [&cell](const QStringList& cells) -> QString {
        QStringList out;
        for (const QString& c : cells) {
            out << cell(c);
        }
        return out.join(u';') + QStringLiteral("\r\n");
    };
    QString text = line({tr("Civilité"), tr("Nom"), tr("Organisation"), tr("Type"), tr("Rôle"),
                         tr("Sous-groupe"), tr("Présence"), tr("Courriel")});
    for (const Participant& p : people) {
        text += line({Labels::of(p.civility), p.name, p.organisation,
                      Labels::of(p.organisationKind), Labels::of(p.role),
                      subgroupLabel(subgroups, p.subgroupId), Labels::of(p.attendance), p.email});
    }
    return "\xEF\xBB\xBF" + text.toUtf8();
}

Result<ParticipantCsv> ParticipantCsv::readFile(const QString& path,
                                                const QList<Subgroup>& subgroups,
                                                const QList<Participant>& existing)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{tr("Impossible de lire %1 : %2").arg(path, file.errorString())};
    }
    return parse(file.read(kMaxBytes + 1), path, subgroups, existing);
}

} // namespace copil::exchange
