#include "RowStore.h"

#include <QSet>
#include <QSqlQuery>

namespace copil::storage {

using domain::EntityKind;

namespace {

// The ids of rows of table whose column is one of ids.
Result<QStringList> idsReferring(const Workspace& ws, const QString& table, const QString& column,
                                 const QStringList& ids)
{
    QStringList found;
    for (qsizetype from = 0; from < ids.size(); from += 500) {
        const QStringList part = ids.mid(from, 500);
        QStringList marks;
        marks.fill(QStringLiteral("?"), part.size());
        QSqlQuery q(ws.database());
        q.setForwardOnly(true);
        q.prepare(u"SELECT id FROM " + table + u" WHERE " + column + u" IN (" + marks.join(u", ") +
                  u")");
        for (const QString& id : part) {
            q.addBindValue(id);
        }
        if (!q.exec()) {
            return ws.sqlError(Workspace::tr("lecture de %1").arg(table), q.lastError());
        }
        while (q.next()) {
            found << q.value(0).toString();
        }
    }
    return found;
}

// Collects in out what the schema removes (removed) or updates (updated: a reference
// emptied) when the rows `ids` of `kind` go, recursively.
Status collectDependants(const Workspace& ws, EntityKind kind, const QStringList& ids,
                         QSet<QString>& seen, domain::ChangeEvent& out)
{
    for (const sql::Dependence& d : sql::dependencesOf(kind)) {
        auto found = idsReferring(ws, d.table, d.column, ids);
        if (!found) {
            return found.failure();
        }
        QStringList fresh;
        for (const QString& id : found.value()) {
            if (seen.contains(id)) {
                continue;
            }
            if (d.removed) {
                seen.insert(id);
                fresh << id;
                out.of(d.kind).remove(id);
            } else {
                out.of(d.kind).update(id);
            }
        }
        if (!fresh.isEmpty()) {
            if (Status s = collectDependants(ws, d.kind, fresh, seen, out); !s) {
                return s;
            }
        }
    }
    return {};
}

// Brings list (in canonical order) up to date in place: rows removed are erased, rows
// read again replace theirs, staying where they are unless their order changed, new rows
// are inserted where the order puts them. Nothing else of the list is copied.
template <class T>
Status refreshList(const RowStore& store, QList<T>& list, const domain::EntityChanges& changes)
{
    if (changes.isEmpty()) {
        return {};
    }
    auto fresh = store.rowsById<T>(changes.inserted + changes.updated);
    if (!fresh) {
        return fresh.failure();
    }
    QSet<QString> leaving(changes.removed.cbegin(), changes.removed.cend());
    QHash<QString, T> byId;
    for (auto& row : fresh.value()) {
        byId.insert(row.id, std::move(row));
    }
    // Updated rows asked for but no longer there have gone since: they leave too.
    for (const QString& id : changes.updated) {
        if (!byId.contains(id)) {
            leaving.insert(id);
        }
    }
    QList<T> moved;
    for (qsizetype i = 0; i < list.size();) {
        T& row = list[i];
        if (leaving.contains(row.id)) {
            list.removeAt(i);
            continue;
        }
        if (auto it = byId.find(row.id); it != byId.end()) {
            const bool stays = (i == 0 || !domain::canonicalLess(*it, list[i - 1])) &&
                               (i + 1 == list.size() || !domain::canonicalLess(list[i + 1], *it));
            if (stays) {
                row = std::move(*it);
            } else {
                moved.append(std::move(*it));
                list.removeAt(i);
                byId.erase(it);
                continue;
            }
            byId.erase(it);
        }
        ++i;
    }
    for (auto it = byId.begin(); it != byId.end(); ++it) {
        moved.append(std::move(*it));
    }
    for (T& row : moved) {
        const auto at = std::upper_bound(list.begin(), list.end(), row, [](const T& a, const T& b) {
            return domain::canonicalLess(a, b);
        });
        list.insert(at, std::move(row));
    }
    return {};
}

} // namespace

Status RowStore::removeOf(EntityKind kind, const QString& table, const QString& meetingId,
                          const QString& id, int basedOn)
{
    return m_ws.write([&]() -> Status {
        // What goes with it is collected first: once the row is deleted, the schema's
        // cascades leave nothing to find.
        domain::ChangeEvent dependants;
        if (kind != EntityKind::Meeting) {
            QSet<QString> seen{id};
            if (Status s = collectDependants(m_ws, kind, {id}, seen, dependants); !s) {
                return s;
            }
        }
        if (Status s = sql::removeById(m_ws, table, id, basedOn); !s) {
            return s;
        }
        m_ws.record(kind, meetingId, Workspace::RowOp::Remove, id);
        for (int k = 0; k < domain::kEntityKinds; ++k) {
            for (const QString& other : dependants.kinds[size_t(k)].removed) {
                m_ws.record(EntityKind(k), meetingId, Workspace::RowOp::Remove, other);
            }
            for (const QString& other : dependants.kinds[size_t(k)].updated) {
                m_ws.record(EntityKind(k), meetingId, Workspace::RowOp::Update, other);
            }
        }
        return Status{};
    });
}

qsizetype Removal::count() const
{
    qsizetype n = -1; // the row itself
    forEachRowList(removed, [&n](const auto& list) { n += list.size(); });
    return std::max<qsizetype>(n, 0);
}

Result<Removal> RowStore::removalOf(EntityKind kind, const QString& id) const
{
    domain::ChangeEvent ids;
    ids.of(kind).remove(id);
    QSet<QString> seen{id};
    if (kind != EntityKind::Meeting) {
        if (Status s = collectDependants(m_ws, kind, {id}, seen, ids); !s) {
            return s.failure();
        }
    }
    Removal r;
    Status s;
    bool found = false;
    forEachRowList(r.removed, [&](auto& list) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        if (!s || ids.of(sql::RowTraits<T>::kind).removed.isEmpty()) {
            return;
        }
        auto rows = rowsById<T>(ids.of(sql::RowTraits<T>::kind).removed);
        if (!rows) {
            s = rows.failure();
            return;
        }
        list = std::move(rows).value();
        found = found || (sql::RowTraits<T>::kind == kind && !list.isEmpty());
    });
    forEachRowList(r.emptied, [&](auto& list) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        if (!s || ids.of(sql::RowTraits<T>::kind).updated.isEmpty()) {
            return;
        }
        auto rows = rowsById<T>(ids.of(sql::RowTraits<T>::kind).updated);
        if (!rows) {
            s = rows.failure();
            return;
        }
        list = std::move(rows).value();
    });
    if (!s) {
        return s.failure();
    }
    if (!found) {
        return Error{Workspace::tr("%1 : élément %2 introuvable dans %3")
                         .arg(m_ws.path(), id, domain::nameOf(kind)),
                     domain::Fault::Missing};
    }
    return r;
}

Status RowStore::insertAll(const QString& meetingId, const domain::MeetingData& rows)
{
    return m_ws.write([&]() -> Status {
        Status s;
        forEachRowList(rows, [&](const auto& list) {
            for (const auto& row : list) {
                if (s) {
                    s = insert(meetingId, row);
                }
            }
        });
        return s;
    });
}

Status RowStore::updateAll(const QString& meetingId, const domain::MeetingData& rows)
{
    return m_ws.write([&]() -> Status {
        Status s;
        forEachRowList(rows, [&](const auto& list) {
            for (const auto& row : list) {
                if (s) {
                    s = update(meetingId, row);
                }
            }
        });
        return s;
    });
}

Status RowStore::refresh(domain::MeetingData& d, const domain::ChangeEvent& e) const
{
    if (e.reset) {
        domain::MeetingData fresh;
        auto header = rowsById<domain::Meeting>({e.meetingId});
        if (!header) {
            return header.failure();
        }
        if (header.value().isEmpty()) {
            return Error{
                Workspace::tr("La réunion %1 n’est plus dans %2.").arg(e.meetingId, m_ws.path()),
                domain::Fault::Missing};
        }
        fresh.meeting = header.value().first();
        Status s;
        const auto all = [&](auto& list) {
            using T = typename std::decay_t<decltype(list)>::value_type;
            if (!s) {
                return;
            }
            auto rows = this->rows<T>(e.meetingId);
            if (rows) {
                list = std::move(rows).value();
            } else {
                s = rows.failure();
            }
        };
        all(fresh.participants);
        all(fresh.agenda);
        all(fresh.subgroups);
        all(fresh.questions);
        all(fresh.priorityItems);
        all(fresh.criteria);
        all(fresh.dotVotes);
        all(fresh.scores);
        all(fresh.solutions);
        all(fresh.notes);
        all(fresh.statements);
        all(fresh.decisions);
        all(fresh.actions);
        all(fresh.selections);
        if (s) {
            d = std::move(fresh);
        }
        return s;
    }
    if (e.of(EntityKind::Meeting).touches(e.meetingId)) {
        auto header = rowsById<domain::Meeting>({e.meetingId});
        if (!header) {
            return header.failure();
        }
        if (!header.value().isEmpty()) {
            d.meeting = header.value().first();
        }
    }
    Status s;
    const auto each = [&](auto& list, EntityKind kind) {
        if (s) {
            s = refreshList(*this, list, e.of(kind));
        }
    };
    each(d.participants, EntityKind::Participant);
    each(d.agenda, EntityKind::AgendaItem);
    each(d.subgroups, EntityKind::Subgroup);
    each(d.questions, EntityKind::Question);
    each(d.priorityItems, EntityKind::PriorityItem);
    each(d.criteria, EntityKind::Criterion);
    each(d.dotVotes, EntityKind::DotVote);
    each(d.scores, EntityKind::Score);
    each(d.solutions, EntityKind::Solution);
    each(d.notes, EntityKind::Note);
    each(d.statements, EntityKind::Statement);
    each(d.decisions, EntityKind::Decision);
    each(d.actions, EntityKind::Action);
    each(d.selections, EntityKind::Selection);
    return s;
}

} // namespace copil::storage
