#include "RoomRepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace copil::storage {

Result<QString> RoomRepository::identity() const
{
    QSqlQuery q(m_ws.database());
    if (!q.exec(QStringLiteral("SELECT value FROM workspace_info WHERE id = 'identity'"))) {
        return m_ws.sqlError(tr("lecture de l’identité de l’espace de travail"), q.lastError());
    }
    if (!q.next()) {
        return Error{tr("%1 : l’espace de travail n’a pas d’identité (table workspace_info vide).")
                         .arg(m_ws.displayName()),
                     Fault::Invalid};
    }
    return q.value(0).toString();
}

Result<std::optional<RoomCopyMark>> RoomRepository::copyMark() const
{
    QSqlQuery q(m_ws.database());
    if (!q.exec(QStringLiteral("SELECT id, meeting_id, source_workspace, subgroup_id, label, "
                               "copied_at, base_state FROM room_copy ORDER BY copied_at, id"))) {
        return m_ws.sqlError(tr("lecture de la marque de poste de salle"), q.lastError());
    }
    if (!q.next()) {
        return std::optional<RoomCopyMark>{};
    }
    RoomCopyMark m;
    m.copyId = q.value(0).toString();
    m.meetingId = q.value(1).toString();
    m.sourceWorkspace = q.value(2).toString();
    m.subgroupId = q.value(3).isNull() ? QString() : q.value(3).toString();
    m.label = q.value(4).toString();
    m.copiedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    m.baseState = q.value(6).toString().toUtf8();
    return std::optional<RoomCopyMark>{std::move(m)};
}

Status RoomRepository::setCopyMark(const RoomCopyMark& mark)
{
    return m_ws.write([&]() -> Status {
        QSqlQuery q(m_ws.database());
        if (!q.exec(QStringLiteral("DELETE FROM room_copy"))) {
            return m_ws.sqlError(tr("marque de poste de salle"), q.lastError());
        }
        q.prepare(QStringLiteral("INSERT INTO room_copy (id, meeting_id, source_workspace, "
                                 "subgroup_id, label, copied_at, base_state) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(mark.copyId);
        q.addBindValue(mark.meetingId);
        q.addBindValue(mark.sourceWorkspace);
        q.addBindValue(mark.subgroupId.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                 : QVariant(mark.subgroupId));
        q.addBindValue(mark.label);
        q.addBindValue(domain::isoMoment(mark.copiedAt));
        q.addBindValue(QString::fromUtf8(mark.baseState));
        if (!q.exec()) {
            return m_ws.sqlError(tr("marque de poste de salle"), q.lastError());
        }
        return Status{};
    });
}

Result<std::optional<RoomMergeMark>> RoomRepository::lastMerge(const QString& copyId) const
{
    QSqlQuery q(m_ws.database());
    q.prepare(QStringLiteral("SELECT meeting_id, label, merged_at, merged_state FROM room_merge "
                             "WHERE id = ?"));
    q.addBindValue(copyId);
    if (!q.exec()) {
        return m_ws.sqlError(tr("lecture des fusions de postes de salle"), q.lastError());
    }
    if (!q.next()) {
        return std::optional<RoomMergeMark>{};
    }
    RoomMergeMark m;
    m.copyId = copyId;
    m.meetingId = q.value(0).toString();
    m.label = q.value(1).toString();
    m.mergedAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
    m.mergedState = q.value(3).toString().toUtf8();
    return std::optional<RoomMergeMark>{std::move(m)};
}

Status RoomRepository::saveMerge(const RoomMergeMark& mark)
{
    return m_ws.write([&]() -> Status {
        QSqlQuery q(m_ws.database());
        q.prepare(QStringLiteral("DELETE FROM room_merge WHERE id = ?"));
        q.addBindValue(mark.copyId);
        if (!q.exec()) {
            return m_ws.sqlError(tr("fusion de poste de salle"), q.lastError());
        }
        q.prepare(QStringLiteral("INSERT INTO room_merge (id, meeting_id, label, merged_at, "
                                 "merged_state) VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(mark.copyId);
        q.addBindValue(mark.meetingId);
        q.addBindValue(mark.label);
        q.addBindValue(domain::isoMoment(mark.mergedAt));
        q.addBindValue(QString::fromUtf8(mark.mergedState));
        if (!q.exec()) {
            return m_ws.sqlError(tr("fusion de poste de salle"), q.lastError());
        }
        return Status{};
    });
}

Status RoomRepository::removeMerge(const QString& copyId)
{
    return m_ws.write([&]() -> Status {
        QSqlQuery q(m_ws.database());
        q.prepare(QStringLiteral("DELETE FROM room_merge WHERE id = ?"));
        q.addBindValue(copyId);
        if (!q.exec()) {
            return m_ws.sqlError(tr("fusion de poste de salle"), q.lastError());
        }
        return Status{};
    });
}

} // namespace copil::storage
