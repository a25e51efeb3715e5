#include "RoomCopy.h"

#include "MeetingJson.h"
#include "domain/Validation.h"
#include "storage/MeetingRepository.h"
#include "storage/RowStore.h"
#include "storage/Tables.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <future>

namespace copil::exchange {

using domain::EntityKind;
using domain::Error;
using domain::Fault;
using domain::MeetingData;
using domain::Result;
using domain::Status;
namespace sql = storage::sql;

namespace {

QString elide(const QString& text, int n = 40)
{
    const QString flat = text.simplified();
    return flat.size() <= n ? flat : flat.left(n - 1) + u'…';
}

// The row, for a person.
QString whatOf(const domain::Meeting&)
{
    return RoomMerge::tr("la réunion");
}
QString whatOf(const domain::Participant& x)
{
    return RoomMerge::tr("participant « %1 »").arg(elide(x.name));
}
QString whatOf(const domain::AgendaItem& x)
{
    return RoomMerge::tr("point « %1 »").arg(elide(x.title));
}
QString whatOf(const domain::Subgroup& x)
{
    return RoomMerge::tr("sous-groupe %1").arg(x.number);
}
QString whatOf(const domain::GuidingQuestion& x)
{
    return RoomMerge::tr("question « %1 »").arg(elide(x.text));
}
QString whatOf(const domain::PriorityItem& x)
{
    return RoomMerge::tr("cause « %1 »").arg(elide(x.text));
}
QString whatOf(const domain::Criterion& x)
{
    return RoomMerge::tr("critère « %1 »").arg(elide(x.name));
}
QString whatOf(const domain::DotVote&)
{
    return RoomMerge::tr("gommettes");
}
QString whatOf(const domain::CriterionScore&)
{
    return RoomMerge::tr("note par critère");
}
QString whatOf(const domain::Solution& x)
{
    return RoomMerge::tr("solution « %1 »").arg(elide(x.text));
}
QString whatOf(const domain::Note& x)
{
    return RoomMerge::tr("note « %1 »").arg(elide(x.text));
}
QString whatOf(const domain::Statement& x)
{
    return RoomMerge::tr("constat ou préconisation « %1 »").arg(elide(x.text));
}
QString whatOf(const domain::Decision& x)
{
    return RoomMerge::tr("décision « %1 »").arg(elide(x.text));
}
QString whatOf(const domain::ActionItem& x)
{
    return RoomMerge::tr("action « %1 »").arg(elide(x.what));
}
QString whatOf(const domain::PrioritySelection& x)
{
    return RoomMerge::tr("sélection n° %1").arg(x.revision);
}

QString kindLabel(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Meeting:
        return RoomMerge::tr("Réunion");
    case EntityKind::Participant:
        return RoomMerge::tr("Participants");
    case EntityKind::AgendaItem:
        return RoomMerge::tr("Points de l’ordre du jour");
    case EntityKind::Subgroup:
        return RoomMerge::tr("Sous-groupes");
    case EntityKind::Question:
        return RoomMerge::tr("Questions");
    case EntityKind::PriorityItem:
        return RoomMerge::tr("Causes");
    case EntityKind::Criterion:
        return RoomMerge::tr("Critères");
    case EntityKind::DotVote:
        return RoomMerge::tr("Gommettes");
    case EntityKind::Score:
        return RoomMerge::tr("Notes par critère");
    case EntityKind::Solution:
        return RoomMerge::tr("Solutions");
    case EntityKind::Note:
        return RoomMerge::tr("Notes");
    case EntityKind::Statement:
        return RoomMerge::tr("Constats et préconisations");
    case EntityKind::Decision:
        return RoomMerge::tr("Décisions");
    case EntityKind::Action:
        return RoomMerge::tr("Actions");
    case EntityKind::Selection:
        return RoomMerge::tr("Sélections confirmées");
    }
    return {};
}

// Columns whose values are texts a person wrote: both versions can be kept.
bool isTextColumn(const QString& column)
{
    static const QSet<QString> texts{QStringLiteral("text"),          QStringLiteral("title"),
                                     QStringLiteral("framing"),       QStringLiteral("description"),
                                     QStringLiteral("debate"),        QStringLiteral("what"),
                                     QStringLiteral("note"),          QStringLiteral("next_step"),
                                     QStringLiteral("other_carrier"), QStringLiteral("location")};
    return texts.contains(column);
}

QString shown(const QVariant& v)
{
    if (v.isNull()) {
        return RoomMerge::tr("(vide)");
    }
    const QString s = v.toString();
    return s.isEmpty() ? RoomMerge::tr("(vide)") : s;
}

QString conflictKey(EntityKind kind, const QString& id, const QString& column)
{
    return QString::number(int(kind)) + u'/' + id + u'/' + column;
}

template <class T> QHash<QString, const T*> index(const QList<T>& list)
{
    QHash<QString, const T*> h;
    h.reserve(list.size());
    for (const T& x : list) {
        h.insert(x.id, &x);
    }
    return h;
}

// The three-way merge of one kind of row. With choices null, the conflicts are listed
// (the facilitator's values kept); otherwise each is decided by its choice.
struct ThreeWay {
    const QHash<QString, MergeSide>* choices = nullptr;
    QList<MergeConflict>* conflicts = nullptr;
    QStringList* kept = nullptr;

    template <class T>
    void run(const QList<T>& base, const QList<T>& hub, const QList<T>& room, QList<T>& target)
    {
        const auto& columns = sql::RowTraits<T>::table().columns;
        const auto b = index(base);
        const auto h = index(hub);
        const auto r = index(room);
        target.clear();
        target.reserve(std::max(hub.size(), room.size()));
        // The facilitator's rows first, in their order, then the room's new ones.
        QStringList ids;
        ids.reserve(hub.size() + room.size() + base.size());
        for (const T& x : hub) {
            ids << x.id;
        }
        for (const T& x : room) {
            if (!h.contains(x.id)) {
                ids << x.id;
            }
        }
        for (const T& x : base) {
            if (!h.contains(x.id) && !r.contains(x.id)) {
                ids << x.id;
            }
        }
        for (const QString& id : ids) {
            const T* pb = b.value(id);
            const T* ph = h.value(id);
            const T* pr = r.value(id);
            if (ph && pr) {
                if (*ph == *pr) {
                    target.append(*ph);
                    continue;
                }
                T out = *ph;
                for (qsizetype i = 1; i < columns.size(); ++i) {
                    const QVariant vh = columns[i].get(*ph);
                    const QVariant vr = columns[i].get(*pr);
                    if (vh == vr) {
                        continue;
                    }
                    const QVariant vb = pb ? columns[i].get(*pb) : QVariant();
                    if (pb && vr == vb) {
                        continue; // changed here only
                    }
                    if (pb && vh == vb) {
                        columns[i].set(out, vr); // changed in the room only
                        continue;
                    }
                    const QString key = conflictKey(sql::RowTraits<T>::kind, id, columns[i].name);
                    if (!choices) {
                        conflicts->append({sql::RowTraits<T>::kind, id, columns[i].name,
                                           whatOf(*ph), shown(vh), shown(vr),
                                           isTextColumn(columns[i].name)});
                        continue;
                    }
                    const MergeSide side = choices->value(key, MergeSide::Hub);
                    if (side == MergeSide::Room) {
                        columns[i].set(out, vr);
                    } else if (side == MergeSide::Both && isTextColumn(columns[i].name)) {
                        const QString a = vh.toString();
                        const QString c = vr.toString();
                        columns[i].set(out, a.isEmpty()   ? c
                                            : c.isEmpty() ? a
                                                          : a + QStringLiteral("\n") + c);
                    }
                }
                target.append(std::move(out));
            } else if (ph) {
                if (!pb) {
                    target.append(*ph); // added here
                } else if (!(*ph == *pb)) {
                    target.append(*ph); // removed in the room, edited here: kept
                    if (kept) {
                        *kept << RoomMerge::tr("%1 : supprimé dans la salle mais modifié ici, "
                                               "gardé")
                                     .arg(whatOf(*ph));
                    }
                }
                // else removed in the room, untouched here: removed
            } else if (pr) {
                if (!pb) {
                    target.append(*pr); // added in the room
                } else if (!(*pr == *pb)) {
                    T back = *pr;
                    back.rowRevision = {};
                    target.append(std::move(back)); // removed here, edited in the room: kept
                    if (kept) {
                        *kept << RoomMerge::tr("%1 : supprimé ici mais modifié dans la salle, "
                                               "remis")
                                     .arg(whatOf(*pr));
                    }
                }
            }
        }
        for (T& x : target) {
            if (!h.contains(x.id)) {
                x.rowRevision = {};
            }
        }
    }
};

// Calls f(list of target, same list of a, same list of b) for every kind of row.
template <class F> void zip(MeetingData& target, const MeetingData& a, const MeetingData& b, F&& f)
{
    storage::forEachRowList(target, [&](auto& list) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        f(list, domain::rowsOf<T>(a), domain::rowsOf<T>(b));
    });
}

template <class T> QSet<QString> idsOf(const QList<T>& list)
{
    QSet<QString> s;
    s.reserve(list.size());
    for (const T& x : list) {
        s.insert(x.id);
    }
    return s;
}

// The ids of every kind of row of data.
std::array<QSet<QString>, domain::kEntityKinds> allIds(const MeetingData& data)
{
    std::array<QSet<QString>, domain::kEntityKinds> ids;
    storage::forEachRowList(const_cast<MeetingData&>(data), [&](const auto& list) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        ids[size_t(sql::RowTraits<T>::kind)] = idsOf(list);
    });
    return ids;
}

// The references of each row of data: (kind of the row, column, value).
struct Reference {
    EntityKind kind;
    QString column;
    QString value;
};
QList<Reference> referencesOf(const MeetingData& data)
{
    QList<Reference> refs;
    storage::forEachRowList(const_cast<MeetingData&>(data), [&](const auto& list) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        const auto& columns = sql::RowTraits<T>::table().columns;
        for (qsizetype i = 1; i < columns.size(); ++i) {
            if (!columns[i].name.endsWith(u"_id")) {
                continue;
            }
            for (const T& x : list) {
                const QVariant v = columns[i].get(x);
                if (!v.isNull() && !v.toString().isEmpty()) {
                    refs.append({sql::RowTraits<T>::kind, columns[i].name, v.toString()});
                }
            }
        }
    });
    return refs;
}

// Puts the row of that kind and id from `from` into target; false when it is not there.
bool restore(MeetingData& target, const MeetingData& from, EntityKind kind, const QString& id,
             QString* what)
{
    bool done = false;
    storage::forEachRowList(target, [&](auto& list) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        if (done || sql::RowTraits<T>::kind != kind) {
            return;
        }
        if (const T* row = domain::findRow(domain::rowsOf<T>(from), id)) {
            list.append(*row);
            *what = whatOf(*row);
            done = true;
        }
    });
    return done;
}

// A row removed on one side that rows kept on the other still refer to (a note added in
// the room under a question removed here) is kept too, so nothing anyone wrote is lost.
void keepReferred(MeetingData& target, const MeetingData& hub, const MeetingData& room,
                  QStringList& kept)
{
    const auto inHub = allIds(hub);
    const auto inRoom = allIds(room);
    for (int round = 0; round < 16; ++round) {
        const auto present = allIds(target);
        const QList<Reference> refs = referencesOf(target);
        bool changed = false;
        QSet<QString> restored;
        for (int p = 0; p < domain::kEntityKinds; ++p) {
            const auto parent = EntityKind(p);
            for (const sql::Dependence& d : sql::dependencesOf(parent)) {
                for (const Reference& ref : refs) {
                    if (ref.kind != d.kind || ref.column != d.column ||
                        present[size_t(p)].contains(ref.value) || restored.contains(ref.value)) {
                        continue;
                    }
                    QString what;
                    if (inHub[size_t(p)].contains(ref.value)) {
                        restore(target, hub, parent, ref.value, &what);
                        kept << RoomMerge::tr("%1 : supprimé dans la salle, gardé car on y a "
                                              "travaillé ici")
                                    .arg(what);
                    } else if (inRoom[size_t(p)].contains(ref.value)) {
                        restore(target, room, parent, ref.value, &what);
                        kept << RoomMerge::tr("%1 : supprimé ici, remis car on y a travaillé "
                                              "dans la salle")
                                    .arg(what);
                    } else {
                        continue;
                    }
                    restored.insert(ref.value);
                    changed = true;
                }
            }
        }
        if (!changed) {
            return;
        }
    }
}

// Rows that the schema keeps unique by what they are about rather than by id (a score of
// a cause on a criterion, a member's dots on a cause): the room's row takes the id of
// the facilitator's one, so both sides meet as one row (a conflict if they differ).
template <class T, class Key> void matchByKey(const QList<T>& hub, QList<T>& other, Key key)
{
    QHash<QString, QString> idByKey;
    for (const T& x : hub) {
        idByKey.insert(key(x), x.id);
    }
    const QSet<QString> hubIds = idsOf(hub);
    for (T& x : other) {
        const QString id = idByKey.value(key(x));
        if (!id.isEmpty() && id != x.id && !hubIds.contains(x.id)) {
            x.id = id;
        }
    }
}

void matchNaturalKeys(const MeetingData& hub, MeetingData& data)
{
    // QString, not a string builder over temporaries.
    const auto score = [](const domain::CriterionScore& s) -> QString {
        return s.itemId + u'/' + s.criterionId;
    };
    const auto dots = [](const domain::DotVote& v) -> QString {
        return v.itemId + u'/' + v.participantId;
    };
    matchByKey(hub.scores, data.scores, score);
    matchByKey(hub.dotVotes, data.dotVotes, dots);
}

// Two confirmations of one subgroup's selection numbered alike (one per laptop): the
// room's comes after.
void renumberSelections(MeetingData& target, const QSet<QString>& hubIds)
{
    QHash<QString, int> highest;
    for (const auto& s : target.selections) {
        highest[s.subgroupId] = std::max(highest.value(s.subgroupId), s.revision);
    }
    QSet<QString> taken;
    for (const auto& s : target.selections) {
        if (hubIds.contains(s.id)) {
            taken.insert(s.subgroupId + u'/' + QString::number(s.revision));
        }
    }
    for (auto& s : target.selections) {
        if (hubIds.contains(s.id)) {
            continue;
        }
        const QString key = s.subgroupId + u'/' + QString::number(s.revision);
        if (taken.contains(key)) {
            s.revision = ++highest[s.subgroupId];
        }
        taken.insert(s.subgroupId + u'/' + QString::number(s.revision));
    }
}

struct Merged {
    MeetingData target;
    QStringList kept;
};

Merged threeWay(const MergePlan& plan, const QHash<QString, MergeSide>* choices,
                QList<MergeConflict>* conflicts)
{
    MeetingData base = plan.base;
    MeetingData room = plan.room;
    matchNaturalKeys(plan.hub, base);
    matchNaturalKeys(plan.hub, room);
    Merged m;
    ThreeWay w{choices, conflicts, &m.kept};
    QList<domain::Meeting> meeting;
    w.run(QList<domain::Meeting>{base.meeting}, QList<domain::Meeting>{plan.hub.meeting},
          QList<domain::Meeting>{room.meeting}, meeting);
    m.target.meeting = meeting.value(0, plan.hub.meeting);
    storage::forEachRowList(m.target, [&](auto& list) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        w.run(domain::rowsOf<T>(base), domain::rowsOf<T>(plan.hub), domain::rowsOf<T>(room), list);
    });
    keepReferred(m.target, plan.hub, room, m.kept);
    renumberSelections(m.target, idsOf(plan.hub.selections));
    domain::sortCanonically(m.target);
    return m;
}

Error notARoomCopy(const QString& source)
{
    return Error{RoomMerge::tr("%1 n’est pas un poste de salle : rien n’a été fusionné.")
                     .arg(QDir::toNativeSeparators(source)),
                 Fault::Invalid};
}

// Removes rows, the most dependent kinds first; a row the schema already took with
// another is no failure.
template <class F> Status eachReversed(MeetingData& data, F&& f)
{
    QList<std::function<Status()>> steps;
    storage::forEachRowList(
        data, [&](auto& list) { steps.prepend([&f, &list]() -> Status { return f(list); }); });
    for (const auto& step : steps) {
        if (Status s = step(); !s) {
            return s;
        }
    }
    return {};
}

template <class T>
Status removeAll(storage::RowStore& rows, const QString& meetingId, const QList<T>& list, bool own)
{
    for (const T& x : list) {
        const Status s = rows.remove<T>(meetingId, x.id, own ? 0 : x.rowRevision.value);
        if (!s && s.fault() != Fault::Missing) {
            return s;
        }
    }
    return {};
}

} // namespace

// --- room copies --------------------------------------------------------------------------

QString RoomCopy::banner(const storage::RoomCopyMark& mark)
{
    const QTime t = mark.copiedAt.time();
    return tr("Poste de salle : %1 — copié le %2 à %3")
        .arg(mark.label, mark.copiedAt.date().toString(QStringLiteral("dd/MM")),
             QStringLiteral("%1\u00A0h\u00A0%2")
                 .arg(t.hour())
                 .arg(t.minute(), 2, 10, QLatin1Char('0')));
}

QString RoomCopy::fileNameFor(const MeetingData& data, const QString& subgroupId)
{
    if (const auto* s = domain::findRow(data.subgroups, subgroupId)) {
        return tr("salle-sous-groupe-%1.sqlite").arg(s->number);
    }
    return tr("salle-reunion.sqlite");
}

Result<RoomCopyInfo> RoomCopy::write(storage::Workspace& hub, const QString& meetingId,
                                     const QString& subgroupId, const QString& file,
                                     const QDateTime& now)
{
    auto data = storage::MeetingRepository(hub).load(meetingId);
    if (!data) {
        return data.failure();
    }
    auto identity = storage::RoomRepository(hub).identity();
    if (!identity) {
        return identity.failure();
    }
    RoomCopyInfo info;
    info.base = data.value();
    info.mark.copyId = domain::newId();
    info.mark.meetingId = meetingId;
    info.mark.sourceWorkspace = identity.value();
    info.mark.subgroupId = subgroupId;
    info.mark.copiedAt = now;
    if (subgroupId.isEmpty()) {
        info.mark.label = tr("Réunion entière");
    } else if (const auto* s = domain::findRow(info.base.subgroups, subgroupId)) {
        info.mark.label = tr("Sous-groupe %1").arg(s->number);
    } else {
        return Error{tr("La réunion « %1 » n’a pas de sous-groupe %2.")
                         .arg(info.base.meeting.title, subgroupId),
                     Fault::Invalid};
    }
    info.mark.baseState = MeetingJson::serialize(info.base);

    // Written beside the target, then put in its place: a half-written copy is never
    // left under the name a rapporteur would open.
    const QString part = file + QStringLiteral(".part");
    const auto removeWithJournal = [](const QString& path) {
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return !QFileInfo::exists(path) || QFile::remove(path);
    };
    removeWithJournal(part);
    {
        auto ws = storage::Workspace::open(part);
        if (!ws) {
            return ws.failure();
        }
        Status s = ws.value()->write([&]() -> Status {
            if (Status in = storage::MeetingRepository(*ws.value()).insertAll(info.base); !in) {
                return in;
            }
            return storage::RoomRepository(*ws.value()).setCopyMark(info.mark);
        });
        if (!s) {
            ws.value().reset();
            removeWithJournal(part);
            return Error{
                tr("Poste de salle %1 : %2").arg(QDir::toNativeSeparators(file), s.error()),
                s.fault()};
        }
    }
    if (!removeWithJournal(file) || !QFile::rename(part, file)) {
        removeWithJournal(part);
        return Error{tr("Impossible d’écrire le poste de salle %1 (dossier protégé, ou fichier "
                        "ouvert par un autre programme).")
                         .arg(QDir::toNativeSeparators(file)),
                     Fault::Denied};
    }
    return info;
}

Result<std::optional<RoomCopyInfo>> RoomCopy::read(storage::Workspace& ws)
{
    auto mark = storage::RoomRepository(ws).copyMark();
    if (!mark) {
        return mark.failure();
    }
    if (!mark.value()) {
        return std::optional<RoomCopyInfo>{};
    }
    auto base =
        MeetingJson::parse(mark.value()->baseState, tr("%1 (état copié)").arg(ws.displayName()));
    if (!base) {
        return base.failure();
    }
    return std::optional<RoomCopyInfo>{RoomCopyInfo{*mark.value(), std::move(base).value()}};
}

// --- merging ------------------------------------------------------------------------------

bool MergeChanges::isEmpty() const
{
    return rowCount() == 0;
}

int MergeChanges::rowCount() const
{
    int n = 0;
    for (const MergeCount& c : counts) {
        n += c.added + c.changed + c.removed;
    }
    return n;
}

Result<MergePlan> RoomMerge::prepare(storage::Workspace& hub, const QString& file)
{
    if (!QFileInfo::exists(file)) {
        return Error{tr("Poste de salle introuvable : %1").arg(QDir::toNativeSeparators(file)),
                     Fault::Missing};
    }
    auto room = storage::Workspace::open(file, {.createIfMissing = false, .readOnly = true});
    if (!room) {
        return Error{tr("%1 ne peut pas être fusionné : %2")
                         .arg(QDir::toNativeSeparators(file), room.error()),
                     room.fault()};
    }
    return prepare(hub, *room.value(), file);
}

Result<MergePlan> RoomMerge::prepare(storage::Workspace& hub, storage::Workspace& room,
                                     const QString& source)
{
    if (room.schemaVersion() < 8) {
        return notARoomCopy(source);
    }
    auto copy = RoomCopy::read(room);
    if (!copy) {
        return Error{tr("%1 ne peut pas être fusionné : %2")
                         .arg(QDir::toNativeSeparators(source), copy.error()),
                     copy.fault()};
    }
    if (!copy.value()) {
        return notARoomCopy(source);
    }
    MergePlan plan;
    plan.copy = std::move(*copy.value());
    plan.source = source;
    auto identity = storage::RoomRepository(hub).identity();
    if (!identity) {
        return identity.failure();
    }
    if (identity.value() != plan.copy.mark.sourceWorkspace) {
        return Error{tr("%1 est un poste de salle d’un autre espace de travail que %2 : rien "
                        "n’a été fusionné.")
                         .arg(QDir::toNativeSeparators(source), hub.displayName()),
                     Fault::Invalid};
    }
    storage::MeetingRepository meetings(hub);
    if (!meetings.contains(plan.copy.mark.meetingId)) {
        return Error{tr("%1 est le poste de salle d’une réunion (« %2 ») qui n’est pas dans cet "
                        "espace de travail : rien n’a été fusionné.")
                         .arg(QDir::toNativeSeparators(source), plan.copy.base.meeting.title),
                     Fault::Invalid};
    }
    auto hubData = meetings.load(plan.copy.mark.meetingId);
    if (!hubData) {
        return hubData.failure();
    }
    auto roomData = storage::MeetingRepository(room).load(plan.copy.mark.meetingId);
    if (!roomData) {
        return Error{tr("%1 ne peut pas être fusionné : %2")
                         .arg(QDir::toNativeSeparators(source), roomData.error()),
                     roomData.fault()};
    }
    plan.hub = std::move(hubData).value();
    plan.room = std::move(roomData).value();
    // Merged before: only what is new since then comes in.
    auto previous = storage::RoomRepository(hub).lastMerge(plan.copy.mark.copyId);
    if (!previous) {
        return previous.failure();
    }
    plan.previousMerge = previous.value();
    if (plan.previousMerge) {
        auto merged = MeetingJson::parse(plan.previousMerge->mergedState,
                                         tr("%1 (dernière fusion)").arg(hub.displayName()));
        if (!merged) {
            return merged.failure();
        }
        plan.base = std::move(merged).value();
    } else {
        plan.base = plan.copy.base;
    }
    Merged m = threeWay(plan, nullptr, &plan.conflicts);
    plan.merged = std::move(m.target);
    plan.kept = std::move(m.kept);
    return plan;
}

Result<MergeChanges> RoomMerge::resolve(const MergePlan& plan, const QList<MergeSide>& choices,
                                        const QDateTime& now)
{
    QHash<QString, MergeSide> byKey;
    bool allHub = true;
    for (qsizetype i = 0; i < plan.conflicts.size() && i < choices.size(); ++i) {
        const MergeConflict& c = plan.conflicts[i];
        byKey.insert(conflictKey(c.kind, c.rowId, c.column), choices[i]);
        allHub = allHub && choices[i] == MergeSide::Hub;
    }
    // Every conflict kept as the facilitator's: the merge prepare already made.
    Merged m = allHub && !plan.merged.meeting.id.isEmpty() ? Merged{plan.merged, plan.kept}
                                                           : threeWay(plan, &byKey, nullptr);
    const domain::ValidationIssues issues = domain::Validation::validateMeeting(m.target);
    if (!issues.isEmpty()) {
        return Error{
            tr("La réunion fusionnée avec %1 enfreindrait une règle ; rien n’a été "
               "fusionné :\n%2")
                .arg(QDir::toNativeSeparators(plan.source), domain::Validation::summary(issues)),
            Fault::Invalid};
    }
    MergeChanges c;
    c.meetingId = plan.hub.meeting.id;
    c.kept = m.kept;
    c.target = std::move(m.target);
    c.meetingBefore = plan.hub.meeting;
    c.meetingChanged = !(c.target.meeting == plan.hub.meeting);
    if (c.meetingChanged) {
        c.counts[size_t(EntityKind::Meeting)].changed = 1;
    }
    storage::forEachRowList(c.target, [&](const auto& list) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        const QList<T>& hubRows = domain::rowsOf<T>(plan.hub);
        const auto h = index(hubRows);
        MergeCount& n = c.counts[size_t(sql::RowTraits<T>::kind)];
        QSet<QString> present;
        for (const T& x : list) {
            present.insert(x.id);
            if (const T* was = h.value(x.id)) {
                if (!(*was == x)) {
                    T row = x;
                    row.rowRevision = was->rowRevision;
                    domain::rowsOf<T>(c.updated).append(std::move(row));
                    domain::rowsOf<T>(c.before).append(*was);
                    ++n.changed;
                }
            } else {
                domain::rowsOf<T>(c.inserted).append(x);
                ++n.added;
            }
        }
        for (const T& x : hubRows) {
            if (!present.contains(x.id)) {
                domain::rowsOf<T>(c.removed).append(x);
                ++n.removed;
            }
        }
    });
    c.mark.copyId = plan.copy.mark.copyId;
    c.mark.meetingId = c.meetingId;
    c.mark.label = plan.copy.mark.label;
    c.mark.mergedAt = now;
    c.roomState = plan.room; // serialised by apply(), beside the writing of the rows
    c.previousMark = plan.previousMerge;
    return c;
}

QString RoomMerge::fieldLabel(const QString& column)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("text"), QT_TR_NOOP("texte")},
        {QStringLiteral("title"), QT_TR_NOOP("titre")},
        {QStringLiteral("kind"), QT_TR_NOOP("nature")},
        {QStringLiteral("position"), QT_TR_NOOP("place")},
        {QStringLiteral("progress"), QT_TR_NOOP("avancement")},
        {QStringLiteral("attendance"), QT_TR_NOOP("présence")},
        {QStringLiteral("name"), QT_TR_NOOP("nom")},
        {QStringLiteral("score"), QT_TR_NOOP("note")},
        {QStringLiteral("count"), QT_TR_NOOP("gommettes")},
        {QStringLiteral("description"), QT_TR_NOOP("description")},
        {QStringLiteral("framing"), QT_TR_NOOP("contexte")},
        {QStringLiteral("next_step"), QT_TR_NOOP("prochaine étape")},
        {QStringLiteral("feasibility"), QT_TR_NOOP("faisabilité")},
        {QStringLiteral("impact"), QT_TR_NOOP("impact")},
        {QStringLiteral("carriers"), QT_TR_NOOP("porteurs")},
        {QStringLiteral("debate"), QT_TR_NOOP("débat")},
        {QStringLiteral("status"), QT_TR_NOOP("statut")},
        {QStringLiteral("what"), QT_TR_NOOP("action")},
        {QStringLiteral("due"), QT_TR_NOOP("échéance")},
        {QStringLiteral("actual_start"), QT_TR_NOOP("début réel")},
        {QStringLiteral("actual_end"), QT_TR_NOOP("fin réelle")},
        {QStringLiteral("planned_start"), QT_TR_NOOP("début prévu")},
        {QStringLiteral("planned_end"), QT_TR_NOOP("fin prévue")},
        {QStringLiteral("extension_minutes"), QT_TR_NOOP("prolongation")},
        {QStringLiteral("subgroup_id"), QT_TR_NOOP("sous-groupe")},
        {QStringLiteral("note"), QT_TR_NOOP("commentaire")}};
    const char* label = labels.value(column);
    return label ? tr(label) : column;
}

QString RoomMerge::describe(const MergeConflict& c)
{
    return tr("%1 — %2 : ici « %3 » / salle « %4 »")
        .arg(c.what, fieldLabel(c.column), elide(c.hub, 60), elide(c.room, 60));
}

QStringList RoomMerge::preview(const MergePlan& plan, const MergeChanges& changes)
{
    QStringList lines;
    for (int k = 0; k < domain::kEntityKinds; ++k) {
        const MergeCount& n = changes.counts[size_t(k)];
        if (n.added + n.changed + n.removed == 0) {
            continue;
        }
        QStringList parts;
        if (n.added) {
            parts << tr("%n ajout(s)", nullptr, n.added);
        }
        if (n.changed) {
            parts << tr("%n modification(s)", nullptr, n.changed);
        }
        if (n.removed) {
            parts << tr("%n suppression(s)", nullptr, n.removed);
        }
        lines << tr("%1 : %2").arg(kindLabel(EntityKind(k)), parts.join(QStringLiteral(", ")));
        if (EntityKind(k) == EntityKind::Note) {
            QHash<QString, int> perTarget;
            QStringList order;
            for (const auto& note : changes.inserted.notes) {
                if (!perTarget.contains(note.targetId)) {
                    order << note.targetId;
                }
                ++perTarget[note.targetId];
            }
            for (const QString& id : order) {
                QString where;
                if (const auto* q = domain::findRow(changes.target.questions, id)) {
                    where = whatOf(*q);
                } else if (const auto* p = domain::findRow(changes.target.priorityItems, id)) {
                    where = whatOf(*p);
                } else if (const auto* s = domain::findRow(changes.target.solutions, id)) {
                    where = whatOf(*s);
                } else if (const auto* a = domain::findRow(changes.target.agenda, id)) {
                    where = whatOf(*a);
                } else if (const auto* st = domain::findRow(changes.target.statements, id)) {
                    where = whatOf(*st);
                }
                lines
                    << tr("  %1 : %n nouvelle(s) note(s)", nullptr, perTarget.value(id)).arg(where);
            }
        }
    }
    for (const QString& k : changes.kept) {
        lines << k;
    }
    if (lines.isEmpty()) {
        lines << tr("Rien de nouveau depuis %1.")
                     .arg(plan.previousMerge ? tr("la dernière fusion") : tr("la copie"));
    }
    return lines;
}

Status RoomMerge::apply(storage::RowStore& rows, const MergeChanges& c)
{
    // The room's state as merged, the base of its next merge: made on another thread
    // while the rows are written (a pure function of a copy).
    std::future<QByteArray> state = std::async(
        std::launch::async, [room = c.roomState] { return MeetingJson::serialize(room); });
    return rows.workspace().write([&]() -> Status {
        const QString& m = c.meetingId;
        if (c.meetingChanged) {
            domain::Meeting meeting = c.target.meeting;
            meeting.rowRevision = c.meetingBefore.rowRevision;
            if (Status s = rows.update(m, meeting); !s) {
                return s;
            }
        }
        // Updates first: a row moved away from one that goes is not taken with it.
        Status s;
        storage::forEachRowList(const_cast<MeetingData&>(c.updated), [&](const auto& list) {
            for (const auto& x : list) {
                if (s) {
                    s = rows.update(m, x);
                }
            }
        });
        if (!s) {
            return s;
        }
        storage::forEachRowList(c.inserted, [&](const auto& list) {
            if (s && !list.isEmpty()) {
                s = rows.insertMany(m, list);
            }
        });
        if (!s) {
            return s;
        }
        if (Status r =
                eachReversed(const_cast<MeetingData&>(c.removed),
                             [&](const auto& list) { return removeAll(rows, m, list, false); });
            !r) {
            return r;
        }
        storage::RoomMergeMark mark = c.mark;
        mark.mergedState = state.get();
        return storage::RoomRepository(rows.workspace()).saveMerge(mark);
    });
}

Status RoomMerge::revert(storage::RowStore& rows, const MergeChanges& c)
{
    return rows.workspace().write([&]() -> Status {
        const QString& m = c.meetingId;
        if (Status s = rows.insertAll(m, c.removed); !s) {
            return s;
        }
        if (c.meetingChanged) {
            if (Status s = rows.update(m, c.meetingBefore); !s) {
                return s;
            }
        }
        if (Status s = rows.updateAll(m, c.before); !s) {
            return s;
        }
        if (Status r =
                eachReversed(const_cast<MeetingData&>(c.inserted),
                             [&](const auto& list) { return removeAll(rows, m, list, true); });
            !r) {
            return r;
        }
        storage::RoomRepository rooms(rows.workspace());
        return c.previousMark ? rooms.saveMerge(*c.previousMark) : rooms.removeMerge(c.mark.copyId);
    });
}

} // namespace copil::exchange
