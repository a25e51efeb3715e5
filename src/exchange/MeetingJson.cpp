#include "MeetingJson.h"

#include "domain/Clock.h"
#include "domain/Validation.h"

#include <QRegularExpression>
#include <nlohmann/json.hpp>

namespace copil::exchange {

using namespace domain;
using json = nlohmann::ordered_json; // one instantiation for reading and writing
using ojson = json;

namespace {

struct TooDeep {};

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

std::string ss(const QString& s)
{
    return s.toStdString();
}

const char* typeName(const json& v)
{
    return v.type_name();
}

// Reads typed fields out of JSON objects and collects every problem with its path.
class Reader {
public:
    explicit Reader(const JsonLimits& limits) : m_limits(limits) {}

    ValidationIssues issues;

    void fail(const QString& path, const QString& message) { issues.append({path, message}); }

    // The member key of obj, or nullptr when absent or null (optional fields).
    const json* member(const json& obj, const char* key, const QString& path, bool required)
    {
        const auto it = obj.find(key);
        if (it == obj.end() || it->is_null()) {
            if (required) {
                fail(path, MeetingJson::tr("champ obligatoire manquant"));
            }
            return nullptr;
        }
        return &*it;
    }

    QString text(const json& obj, const char* key, const QString& path, bool required = false)
    {
        const json* v = member(obj, key, path, required);
        if (!v) {
            return {};
        }
        if (!v->is_string()) {
            fail(path,
                 MeetingJson::tr("texte attendu, trouvé %1").arg(QLatin1StringView(typeName(*v))));
            return {};
        }
        const auto& s = v->get_ref<const std::string&>();
        if (static_cast<qsizetype>(s.size()) > m_limits.maxStringLength) {
            fail(path, MeetingJson::tr("texte trop long (%1 octets, au plus %2)")
                           .arg(s.size())
                           .arg(m_limits.maxStringLength));
            return {};
        }
        return qs(s);
    }

    int integer(const json& obj, const char* key, const QString& path, int fallback,
                bool required = false)
    {
        const json* v = member(obj, key, path, required);
        if (!v) {
            return fallback;
        }
        if (!v->is_number_integer() || *v < -1000000000LL || *v > 1000000000LL) {
            fail(path, MeetingJson::tr("nombre entier attendu"));
            return fallback;
        }
        return v->get<int>();
    }

    double number(const json& obj, const char* key, const QString& path, double fallback)
    {
        const json* v = member(obj, key, path, false);
        if (!v) {
            return fallback;
        }
        if (!v->is_number()) {
            fail(path, MeetingJson::tr("nombre attendu"));
            return fallback;
        }
        return v->get<double>();
    }

    bool boolean(const json& obj, const char* key, const QString& path)
    {
        const json* v = member(obj, key, path, false);
        if (!v) {
            return false;
        }
        if (!v->is_boolean()) {
            fail(path, MeetingJson::tr("true ou false attendu"));
            return false;
        }
        return v->get<bool>();
    }

    QTime time(const json& obj, const char* key, const QString& path, bool required)
    {
        static const QRegularExpression form(QStringLiteral("^\\d\\d:\\d\\d$"));
        const QString s = text(obj, key, path, required);
        if (s.isEmpty()) {
            return {};
        }
        const QTime t = QTime::fromString(s, u"HH:mm");
        if (!form.match(s).hasMatch() || !t.isValid()) {
            fail(path, MeetingJson::tr("heure attendue au format \"HH:MM\", trouvé \"%1\"").arg(s));
        }
        return t;
    }

    QDate date(const json& obj, const char* key, const QString& path, bool required)
    {
        const QString s = text(obj, key, path, required);
        if (s.isEmpty()) {
            return {};
        }
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid() || s.size() != 10) {
            fail(path,
                 MeetingJson::tr("date attendue au format \"AAAA-MM-JJ\", trouvé \"%1\"").arg(s));
        }
        return d;
    }

    QDateTime dateTime(const json& obj, const char* key, const QString& path)
    {
        const QString s = text(obj, key, path, false);
        if (s.isEmpty()) {
            return {};
        }
        const QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (!dt.isValid()) {
            fail(path, MeetingJson::tr("date et heure ISO 8601 attendues (ex. "
                                       "\"2017-10-11T10:05:00.000+02:00\"), trouvé \"%1\"")
                           .arg(s));
        }
        return dt;
    }

    QStringList strings(const json& obj, const char* key, const QString& path)
    {
        QStringList out;
        const json* v = member(obj, key, path, false);
        if (!v) {
            return out;
        }
        if (!checkArray(*v, path)) {
            return out;
        }
        for (std::size_t i = 0; i < v->size(); ++i) {
            const QString p = path + u'[' + QString::number(i) + u']';
            if (!(*v)[i].is_string()) {
                fail(p, MeetingJson::tr("texte attendu"));
                continue;
            }
            out << qs((*v)[i].get<std::string>());
        }
        return out;
    }

    template <class E>
    E enumeration(const json& obj, const char* key, const QString& path, E fallback)
    {
        const QString s = text(obj, key, path, false);
        if (s.isEmpty()) {
            return fallback;
        }
        const auto value = fromKey<E>(s);
        if (!value) {
            fail(path, MeetingJson::tr("valeur \"%1\" inconnue ; valeurs possibles : %2")
                           .arg(s, allKeys<E>().join(u", ")));
            return fallback;
        }
        return *value;
    }

    bool checkArray(const json& v, const QString& path)
    {
        if (!v.is_array()) {
            fail(path,
                 MeetingJson::tr("liste attendue, trouvé %1").arg(QLatin1StringView(typeName(v))));
            return false;
        }
        if (static_cast<qsizetype>(v.size()) > m_limits.maxArrayLength) {
            fail(path, MeetingJson::tr("liste trop longue (%1 éléments, au plus %2)")
                           .arg(v.size())
                           .arg(m_limits.maxArrayLength));
            return false;
        }
        return true;
    }

    // Reads root[key] as a list of objects through readOne(object, path, index).
    template <class T, class F> QList<T> objects(const json& root, const char* key, F readOne)
    {
        QList<T> out;
        const QString path = QLatin1StringView(key);
        const json* v = member(root, key, path, false);
        if (!v || !checkArray(*v, path)) {
            return out;
        }
        for (std::size_t i = 0; i < v->size(); ++i) {
            const QString p = path + u'[' + QString::number(i) + u']';
            const json& o = (*v)[i];
            if (!o.is_object()) {
                fail(p, MeetingJson::tr("objet attendu, trouvé %1")
                            .arg(QLatin1StringView(typeName(o))));
                continue;
            }
            out.append(readOne(o, p, static_cast<int>(i)));
        }
        return out;
    }

private:
    JsonLimits m_limits;
};

QString f(const QString& path, const char* field)
{
    return path + u'.' + QLatin1StringView(field);
}

MeetingData read(Reader& r, const json& root)
{
    MeetingData d;
    const json* m = r.member(root, "meeting", QStringLiteral("meeting"), true);
    if (m && !m->is_object()) {
        r.fail(QStringLiteral("meeting"), MeetingJson::tr("objet attendu"));
        m = nullptr;
    }
    if (m) {
        const QString p = QStringLiteral("meeting");
        Meeting& x = d.meeting;
        x.id = r.text(*m, "id", f(p, "id"), true);
        x.title = r.text(*m, "title", f(p, "title"), true);
        x.series = r.text(*m, "series", f(p, "series"));
        x.number = r.integer(*m, "number", f(p, "number"), 0);
        x.date = r.date(*m, "date", f(p, "date"), true);
        x.location = r.text(*m, "location", f(p, "location"));
        x.dayStart = r.time(*m, "dayStart", f(p, "dayStart"), true);
        x.dayEnd = r.time(*m, "dayEnd", f(p, "dayEnd"), true);
        x.organisers = r.strings(*m, "organisers", f(p, "organisers"));
        x.description = r.text(*m, "description", f(p, "description"));
        x.minutesValidatedBy = r.text(*m, "minutesValidatedBy", f(p, "minutesValidatedBy"));
        x.minutesValidatedAt = r.dateTime(*m, "minutesValidatedAt", f(p, "minutesValidatedAt"));
        x.minutesHistory = r.objects<domain::MinutesValidation>(
            *m, "minutesHistory", [&](const json& o, const QString& q, int) {
                return domain::MinutesValidation{r.text(o, "by", f(q, "by")),
                                                 r.dateTime(o, "at", f(q, "at")),
                                                 r.dateTime(o, "reopenedAt", f(q, "reopenedAt"))};
            });
        if (const json* c = r.member(*m, "contact", f(p, "contact"), false)) {
            if (c->is_object()) {
                x.contact.name = r.text(*c, "name", f(p, "contact.name"));
                x.contact.email = r.text(*c, "email", f(p, "contact.email"));
                x.contact.phone = r.text(*c, "phone", f(p, "contact.phone"));
            } else {
                r.fail(f(p, "contact"), MeetingJson::tr("objet attendu"));
            }
        }
    }

    d.participants =
        r.objects<Participant>(root, "participants", [&](const json& o, const QString& p, int i) {
            Participant x;
            x.id = r.text(o, "id", f(p, "id"), true);
            x.position = r.integer(o, "position", f(p, "position"), i);
            x.name = r.text(o, "name", f(p, "name"), true);
            x.civility = r.enumeration(o, "civility", f(p, "civility"), Civility::None);
            x.organisation = r.text(o, "organisation", f(p, "organisation"));
            x.organisationKind = r.enumeration(o, "organisationKind", f(p, "organisationKind"),
                                               OrganisationKind::Other);
            x.role = r.enumeration(o, "role", f(p, "role"), ParticipantRole::Member);
            x.attendance = r.enumeration(o, "attendance", f(p, "attendance"), Attendance::Expected);
            x.subgroupId = r.text(o, "subgroupId", f(p, "subgroupId"));
            x.email = r.text(o, "email", f(p, "email"));
            return x;
        });
    d.agenda = r.objects<AgendaItem>(root, "agenda", [&](const json& o, const QString& p, int i) {
        AgendaItem x;
        x.id = r.text(o, "id", f(p, "id"), true);
        x.parentId = r.text(o, "parentId", f(p, "parentId"));
        x.position = r.integer(o, "position", f(p, "position"), i);
        x.title = r.text(o, "title", f(p, "title"), true);
        x.kind = r.enumeration(o, "kind", f(p, "kind"), AgendaItemKind::Discussion);
        x.plannedStart = r.time(o, "plannedStart", f(p, "plannedStart"), true);
        x.plannedEnd = r.time(o, "plannedEnd", f(p, "plannedEnd"), true);
        x.actualStart = r.dateTime(o, "actualStart", f(p, "actualStart"));
        x.actualEnd = r.dateTime(o, "actualEnd", f(p, "actualEnd"));
        x.pausedAt = r.dateTime(o, "pausedAt", f(p, "pausedAt"));
        x.pausedSeconds = r.integer(o, "pausedSeconds", f(p, "pausedSeconds"), 0);
        x.extensionMinutes = r.integer(o, "extensionMinutes", f(p, "extensionMinutes"), 0);
        x.track = r.text(o, "track", f(p, "track"));
        x.room = r.text(o, "room", f(p, "room"));
        x.presenters = r.strings(o, "presenters", f(p, "presenters"));
        x.description = r.text(o, "description", f(p, "description"));
        x.allowOverlap = r.boolean(o, "allowOverlap", f(p, "allowOverlap"));
        return x;
    });
    d.subgroups = r.objects<Subgroup>(root, "subgroups", [&](const json& o, const QString& p, int) {
        Subgroup x;
        x.id = r.text(o, "id", f(p, "id"), true);
        x.number = r.integer(o, "number", f(p, "number"), 0);
        x.title = r.text(o, "title", f(p, "title"), true);
        x.framing = r.text(o, "framing", f(p, "framing"));
        x.questionBlocks = r.strings(o, "questionBlocks", f(p, "questionBlocks"));
        x.rapporteurId = r.text(o, "rapporteurId", f(p, "rapporteurId"));
        x.agendaItemId = r.text(o, "agendaItemId", f(p, "agendaItemId"));
        x.dotsPerMember = r.integer(o, "dotsPerMember", f(p, "dotsPerMember"), 3);
        return x;
    });
    d.questions =
        r.objects<GuidingQuestion>(root, "questions", [&](const json& o, const QString& p, int i) {
            GuidingQuestion x;
            x.id = r.text(o, "id", f(p, "id"), true);
            x.subgroupId = r.text(o, "subgroupId", f(p, "subgroupId"), true);
            x.block = r.integer(o, "block", f(p, "block"), 1);
            x.position = r.integer(o, "position", f(p, "position"), i);
            x.text = r.text(o, "text", f(p, "text"), true);
            x.progress =
                r.enumeration(o, "progress", f(p, "progress"), QuestionProgress::NotStarted);
            return x;
        });
    d.priorityItems =
        r.objects<PriorityItem>(root, "priorityItems", [&](const json& o, const QString& p, int i) {
            PriorityItem x;
            x.id = r.text(o, "id", f(p, "id"), true);
            x.subgroupId = r.text(o, "subgroupId", f(p, "subgroupId"), true);
            x.position = r.integer(o, "position", f(p, "position"), i);
            x.text = r.text(o, "text", f(p, "text"), true);
            return x;
        });
    d.criteria =
        r.objects<Criterion>(root, "criteria", [&](const json& o, const QString& p, int i) {
            Criterion x;
            x.id = r.text(o, "id", f(p, "id"), true);
            x.subgroupId = r.text(o, "subgroupId", f(p, "subgroupId"), true);
            x.position = r.integer(o, "position", f(p, "position"), i);
            x.name = r.text(o, "name", f(p, "name"), true);
            x.weight = r.number(o, "weight", f(p, "weight"), 1.0);
            return x;
        });
    d.dotVotes = r.objects<DotVote>(root, "dotVotes", [&](const json& o, const QString& p, int) {
        DotVote x;
        x.id = r.text(o, "id", f(p, "id"), true);
        x.itemId = r.text(o, "itemId", f(p, "itemId"), true);
        x.participantId = r.text(o, "participantId", f(p, "participantId"));
        x.count = r.integer(o, "count", f(p, "count"), 0, true);
        return x;
    });
    d.scores = r.objects<CriterionScore>(root, "scores", [&](const json& o, const QString& p, int) {
        CriterionScore x;
        x.id = r.text(o, "id", f(p, "id"), true);
        x.itemId = r.text(o, "itemId", f(p, "itemId"), true);
        x.criterionId = r.text(o, "criterionId", f(p, "criterionId"), true);
        x.score = r.integer(o, "score", f(p, "score"), kScoreMin, true);
        return x;
    });
    d.solutions =
        r.objects<Solution>(root, "solutions", [&](const json& o, const QString& p, int i) {
            Solution x;
            x.id = r.text(o, "id", f(p, "id"), true);
            x.itemId = r.text(o, "itemId", f(p, "itemId"), true);
            x.position = r.integer(o, "position", f(p, "position"), i);
            x.text = r.text(o, "text", f(p, "text"), true);
            const QStringList carriers = r.strings(o, "carriers", f(p, "carriers"));
            for (qsizetype k = 0; k < carriers.size(); ++k) {
                if (const auto c = fromKey<CarrierKind>(carriers[k])) {
                    x.carriers << *c;
                } else {
                    r.fail(f(p, "carriers") + u'[' + QString::number(k) + u']',
                           MeetingJson::tr("valeur \"%1\" inconnue ; valeurs possibles : %2")
                               .arg(carriers[k], allKeys<CarrierKind>().join(u", ")));
                }
            }
            x.otherCarrier = r.text(o, "otherCarrier", f(p, "otherCarrier"));
            x.feasibility = r.integer(o, "feasibility", f(p, "feasibility"), 0);
            x.impact = r.integer(o, "impact", f(p, "impact"), 0);
            x.nextStep = r.text(o, "nextStep", f(p, "nextStep"));
            x.retained = r.boolean(o, "retained", f(p, "retained"));
            return x;
        });
    d.notes = r.objects<Note>(root, "notes", [&](const json& o, const QString& p, int i) {
        Note x;
        x.id = r.text(o, "id", f(p, "id"), true);
        x.targetType = r.enumeration(o, "targetType", f(p, "targetType"), NoteTarget::AgendaItem);
        if (!o.contains("targetType")) {
            r.fail(f(p, "targetType"), MeetingJson::tr("champ obligatoire manquant"));
        }
        x.targetId = r.text(o, "targetId", f(p, "targetId"), true);
        x.position = r.integer(o, "position", f(p, "position"), i);
        x.kind = r.enumeration(o, "kind", f(p, "kind"), NoteKind::Remark);
        x.text = r.text(o, "text", f(p, "text"));
        x.author = r.text(o, "author", f(p, "author"));
        x.createdAt = r.dateTime(o, "createdAt", f(p, "createdAt"));
        x.updatedAt = r.dateTime(o, "updatedAt", f(p, "updatedAt"));
        return x;
    });
    d.statements =
        r.objects<Statement>(root, "statements", [&](const json& o, const QString& p, int i) {
            Statement x;
            x.id = r.text(o, "id", f(p, "id"), true);
            x.kind = r.enumeration(o, "kind", f(p, "kind"), StatementKind::Finding);
            x.agendaItemId = r.text(o, "agendaItemId", f(p, "agendaItemId"));
            x.position = r.integer(o, "position", f(p, "position"), i);
            x.text = r.text(o, "text", f(p, "text"), true);
            x.debate = r.text(o, "debate", f(p, "debate"));
            x.status = r.enumeration(o, "status", f(p, "status"), StatementStatus::Pending);
            return x;
        });
    d.decisions =
        r.objects<Decision>(root, "decisions", [&](const json& o, const QString& p, int i) {
            Decision x;
            x.id = r.text(o, "id", f(p, "id"), true);
            x.agendaItemId = r.text(o, "agendaItemId", f(p, "agendaItemId"));
            x.position = r.integer(o, "position", f(p, "position"), i);
            x.text = r.text(o, "text", f(p, "text"), true);
            x.decidedAt = r.dateTime(o, "decidedAt", f(p, "decidedAt"));
            return x;
        });
    d.actions = r.objects<ActionItem>(root, "actions", [&](const json& o, const QString& p, int i) {
        ActionItem x;
        x.id = r.text(o, "id", f(p, "id"), true);
        x.position = r.integer(o, "position", f(p, "position"), i);
        x.what = r.text(o, "what", f(p, "what"), true);
        x.ownerParticipantId = r.text(o, "ownerParticipantId", f(p, "ownerParticipantId"));
        x.ownerOrganisation = r.text(o, "ownerOrganisation", f(p, "ownerOrganisation"));
        x.dueDate = r.date(o, "dueDate", f(p, "dueDate"), false);
        x.status = r.enumeration(o, "status", f(p, "status"), ActionStatus::Open);
        x.continuesActionId = r.text(o, "continuesActionId", f(p, "continuesActionId"));
        return x;
    });
    d.selections =
        r.objects<PrioritySelection>(root, "selections", [&](const json& o, const QString& p, int) {
            PrioritySelection x;
            x.id = r.text(o, "id", f(p, "id"), true);
            x.subgroupId = r.text(o, "subgroupId", f(p, "subgroupId"), true);
            x.revision = r.integer(o, "revision", f(p, "revision"), 1, true);
            x.confirmedAt = r.dateTime(o, "confirmedAt", f(p, "confirmedAt"));
            x.itemIds = r.strings(o, "itemIds", f(p, "itemIds"));
            x.note = r.text(o, "note", f(p, "note"));
            return x;
        });
    return d;
}

// Line and column (1-based) of a byte offset, for parse errors.
std::pair<int, int> lineColumn(const QByteArray& bytes, std::size_t offset)
{
    int line = 1;
    int column = 1;
    const auto end = std::min<std::size_t>(offset, static_cast<std::size_t>(bytes.size()));
    for (std::size_t i = 0; i + 1 < end; ++i) {
        if (bytes[static_cast<qsizetype>(i)] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

ojson orNull(const QString& s)
{
    return s.isEmpty() ? ojson(nullptr) : ojson(ss(s));
}

ojson strings(const QStringList& list)
{
    ojson a = ojson::array();
    for (const QString& s : list) {
        a.push_back(ss(s));
    }
    return a;
}

ojson time(QTime t)
{
    return t.isValid() ? ojson(ss(t.toString(u"HH:mm"))) : ojson(nullptr);
}

ojson dateTime(const QDateTime& dt)
{
    return dt.isValid() ? ojson(ss(domain::isoMoment(dt))) : ojson(nullptr);
}

template <class E> ojson key(E value)
{
    return ss(toKey(value));
}

} // namespace

Result<MeetingData> MeetingJson::parse(const QByteArray& bytes, const QString& sourceName,
                                       const JsonLimits& limits)
{
    const auto failWith = [&](const QString& message) {
        return Error{sourceName + u": " + message};
    };
    if (bytes.size() > limits.maxFileBytes) {
        return failWith(tr("fichier trop gros (%1 octets, au plus %2)")
                            .arg(bytes.size())
                            .arg(limits.maxFileBytes));
    }
    json root;
    try {
        const json::parser_callback_t depthGuard = [&limits](int depth, json::parse_event_t,
                                                             json&) {
            if (depth > limits.maxDepth) {
                throw TooDeep{};
            }
            return true;
        };
        root = json::parse(bytes.constBegin(), bytes.constEnd(), depthGuard);
    } catch (const json::parse_error& e) {
        const auto [line, column] = lineColumn(bytes, e.byte);
        return failWith(tr("JSON mal formé, ligne %1, colonne %2 : %3")
                            .arg(line)
                            .arg(column)
                            .arg(QString::fromUtf8(e.what())));
    } catch (const TooDeep&) {
        return failWith(tr("JSON trop imbriqué (plus de %1 niveaux)").arg(limits.maxDepth));
    } catch (const json::exception& e) {
        return failWith(tr("JSON illisible : %1").arg(QString::fromUtf8(e.what())));
    }

    if (!root.is_object()) {
        return failWith(tr("un objet JSON est attendu à la racine"));
    }
    const auto format = root.find("format");
    if (format == root.end() || !format->is_string() || *format != kFormatName) {
        return failWith(tr("format: \"%1\" attendu (ce fichier n’est pas une réunion Copil)")
                            .arg(QLatin1StringView(kFormatName)));
    }
    const auto version = root.find("formatVersion");
    if (version == root.end() || !version->is_number_integer()) {
        return failWith(tr("formatVersion: nombre entier attendu"));
    }
    if (*version > kFormatVersion || *version < 1) {
        return failWith(tr("formatVersion: version %1 inconnue ; cette version de Copil lit "
                           "jusqu’à la version %2")
                            .arg(QString::fromStdString(version->dump()))
                            .arg(kFormatVersion));
    }

    Reader reader(limits);
    MeetingData data = read(reader, root);
    if (reader.issues.isEmpty()) {
        reader.issues = Validation::validateMeeting(data);
    }
    if (!reader.issues.isEmpty()) {
        return failWith(
            Validation::summary(reader.issues).replace(u'\n', u"\n" + sourceName + u": "));
    }
    return data;
}

QByteArray MeetingJson::serialize(const MeetingData& input)
{
    MeetingData d = input;
    sortCanonically(d);
    ojson root;
    root["format"] = kFormatName;
    root["formatVersion"] = kFormatVersion;
    const Meeting& m = d.meeting;
    root["meeting"] = {{"id", ss(m.id)},
                       {"title", ss(m.title)},
                       {"series", ss(m.series)},
                       {"number", m.number},
                       {"date", ss(m.date.toString(Qt::ISODate))},
                       {"location", ss(m.location)},
                       {"dayStart", time(m.dayStart)},
                       {"dayEnd", time(m.dayEnd)},
                       {"organisers", strings(m.organisers)},
                       {"contact",
                        {{"name", ss(m.contact.name)},
                         {"email", ss(m.contact.email)},
                         {"phone", ss(m.contact.phone)}}},
                       {"description", ss(m.description)},
                       {"minutesValidatedBy", ss(m.minutesValidatedBy)},
                       {"minutesValidatedAt", dateTime(m.minutesValidatedAt)}};
    if (!m.minutesHistory.isEmpty()) {
        auto& history = root["meeting"]["minutesHistory"] = ojson::array();
        for (const auto& v : m.minutesHistory) {
            history.push_back(
                {{"by", ss(v.by)}, {"at", dateTime(v.at)}, {"reopenedAt", dateTime(v.reopenedAt)}});
        }
    }
    auto& participants = root["participants"] = ojson::array();
    for (const auto& x : d.participants) {
        participants.push_back({{"id", ss(x.id)},
                                {"position", x.position},
                                {"name", ss(x.name)},
                                {"civility", key(x.civility)},
                                {"organisation", ss(x.organisation)},
                                {"organisationKind", key(x.organisationKind)},
                                {"role", key(x.role)},
                                {"attendance", key(x.attendance)},
                                {"subgroupId", orNull(x.subgroupId)},
                                {"email", ss(x.email)}});
    }
    auto& agenda = root["agenda"] = ojson::array();
    for (const auto& x : d.agenda) {
        agenda.push_back({{"id", ss(x.id)},
                          {"parentId", orNull(x.parentId)},
                          {"position", x.position},
                          {"title", ss(x.title)},
                          {"kind", key(x.kind)},
                          {"plannedStart", time(x.plannedStart)},
                          {"plannedEnd", time(x.plannedEnd)},
                          {"actualStart", dateTime(x.actualStart)},
                          {"actualEnd", dateTime(x.actualEnd)},
                          {"pausedAt", dateTime(x.pausedAt)},
                          {"pausedSeconds", x.pausedSeconds},
                          {"extensionMinutes", x.extensionMinutes},
                          {"track", ss(x.track)},
                          {"room", ss(x.room)},
                          {"presenters", strings(x.presenters)},
                          {"description", ss(x.description)},
                          {"allowOverlap", x.allowOverlap}});
    }
    auto& subgroups = root["subgroups"] = ojson::array();
    for (const auto& x : d.subgroups) {
        subgroups.push_back({{"id", ss(x.id)},
                             {"number", x.number},
                             {"title", ss(x.title)},
                             {"framing", ss(x.framing)},
                             {"questionBlocks", strings(x.questionBlocks)},
                             {"rapporteurId", orNull(x.rapporteurId)},
                             {"agendaItemId", orNull(x.agendaItemId)},
                             {"dotsPerMember", x.dotsPerMember}});
    }
    auto& questions = root["questions"] = ojson::array();
    for (const auto& x : d.questions) {
        questions.push_back({{"id", ss(x.id)},
                             {"subgroupId", ss(x.subgroupId)},
                             {"block", x.block},
                             {"position", x.position},
                             {"text", ss(x.text)},
                             {"progress", key(x.progress)}});
    }
    auto& items = root["priorityItems"] = ojson::array();
    for (const auto& x : d.priorityItems) {
        items.push_back({{"id", ss(x.id)},
                         {"subgroupId", ss(x.subgroupId)},
                         {"position", x.position},
                         {"text", ss(x.text)}});
    }
    auto& criteria = root["criteria"] = ojson::array();
    for (const auto& x : d.criteria) {
        criteria.push_back({{"id", ss(x.id)},
                            {"subgroupId", ss(x.subgroupId)},
                            {"position", x.position},
                            {"name", ss(x.name)},
                            {"weight", x.weight}});
    }
    auto& votes = root["dotVotes"] = ojson::array();
    for (const auto& x : d.dotVotes) {
        votes.push_back({{"id", ss(x.id)},
                         {"itemId", ss(x.itemId)},
                         {"participantId", orNull(x.participantId)},
                         {"count", x.count}});
    }
    auto& scores = root["scores"] = ojson::array();
    for (const auto& x : d.scores) {
        scores.push_back({{"id", ss(x.id)},
                          {"itemId", ss(x.itemId)},
                          {"criterionId", ss(x.criterionId)},
                          {"score", x.score}});
    }
    auto& solutions = root["solutions"] = ojson::array();
    for (const auto& x : d.solutions) {
        ojson carriers = ojson::array();
        for (CarrierKind c : x.carriers) {
            carriers.push_back(key(c));
        }
        solutions.push_back({{"id", ss(x.id)},
                             {"itemId", ss(x.itemId)},
                             {"position", x.position},
                             {"text", ss(x.text)},
                             {"carriers", carriers},
                             {"otherCarrier", ss(x.otherCarrier)},
                             {"feasibility", x.feasibility},
                             {"impact", x.impact},
                             {"nextStep", ss(x.nextStep)},
                             {"retained", x.retained}});
    }
    auto& notes = root["notes"] = ojson::array();
    for (const auto& x : d.notes) {
        notes.push_back({{"id", ss(x.id)},
                         {"targetType", key(x.targetType)},
                         {"targetId", ss(x.targetId)},
                         {"position", x.position},
                         {"kind", key(x.kind)},
                         {"text", ss(x.text)},
                         {"author", ss(x.author)},
                         {"createdAt", dateTime(x.createdAt)},
                         {"updatedAt", dateTime(x.updatedAt)}});
    }
    auto& statements = root["statements"] = ojson::array();
    for (const auto& x : d.statements) {
        statements.push_back({{"id", ss(x.id)},
                              {"kind", key(x.kind)},
                              {"agendaItemId", orNull(x.agendaItemId)},
                              {"position", x.position},
                              {"text", ss(x.text)},
                              {"debate", ss(x.debate)},
                              {"status", key(x.status)}});
    }
    auto& decisions = root["decisions"] = ojson::array();
    for (const auto& x : d.decisions) {
        decisions.push_back({{"id", ss(x.id)},
                             {"agendaItemId", orNull(x.agendaItemId)},
                             {"position", x.position},
                             {"text", ss(x.text)},
                             {"decidedAt", dateTime(x.decidedAt)}});
    }
    auto& actions = root["actions"] = ojson::array();
    for (const auto& x : d.actions) {
        actions.push_back(
            {{"id", ss(x.id)},
             {"position", x.position},
             {"what", ss(x.what)},
             {"ownerParticipantId", orNull(x.ownerParticipantId)},
             {"ownerOrganisation", ss(x.ownerOrganisation)},
             {"dueDate",
              x.dueDate.isValid() ? ojson(ss(x.dueDate.toString(Qt::ISODate))) : ojson(nullptr)},
             {"status", key(x.status)},
             {"continuesActionId", orNull(x.continuesActionId)}});
    }
    auto& selections = root["selections"] = ojson::array();
    for (const auto& x : d.selections) {
        selections.push_back({{"id", ss(x.id)},
                              {"subgroupId", ss(x.subgroupId)},
                              {"revision", x.revision},
                              {"confirmedAt", dateTime(x.confirmedAt)},
                              {"itemIds", strings(x.itemIds)},
                              {"note", ss(x.note)}});
    }
    return QByteArray::fromStdString(root.dump(2)) + '\n';
}

} // namespace copil::exchange
