#include "AgendaModel.h"

#include "domain/Labels.h"
#include "storage/AgendaRepository.h"

namespace copil::gui {

AgendaModel::AgendaModel(storage::AgendaRepository& repository, QObject* parent)
    : QStandardItemModel(parent), m_repository(repository)
{
    setHorizontalHeaderLabels({tr("Horaire"), tr("Point"), tr("Piste"), tr("Intervenants")});
    connect(&m_repository, &storage::Repository::changed, this, [this](const QString& id) {
        if (id == m_meetingId) {
            reload();
        }
    });
}

void AgendaModel::setMeeting(const QString& meetingId)
{
    m_meetingId = meetingId;
    reload();
}

void AgendaModel::reload()
{
    removeRows(0, rowCount());
    if (m_meetingId.isEmpty()) {
        return;
    }
    auto items = m_repository.items(m_meetingId);
    if (!items) {
        emit loadFailed(items.error());
        return;
    }
    // Parents come before their children (repository order), so each parent row exists
    // when its children arrive.
    QHash<QString, QStandardItem*> rows;
    for (const auto& item : items.value()) {
        auto* time = new QStandardItem(tr("%1 – %2").arg(item.plannedStart.toString(u"HH:mm"),
                                                         item.plannedEnd.toString(u"HH:mm")));
        time->setData(item.id, IdRole);
        auto* title = new QStandardItem(item.title);
        title->setToolTip(item.description.isEmpty()
                              ? domain::Labels::of(item.kind)
                              : domain::Labels::of(item.kind) + u"\n" + item.description);
        auto* track = new QStandardItem(item.track);
        auto* presenters = new QStandardItem(item.presenters.join(u", "));
        const QList<QStandardItem*> row{time, title, track, presenters};
        for (QStandardItem* cell : row) {
            cell->setEditable(false);
        }
        QStandardItem* parent = rows.value(item.parentId, invisibleRootItem());
        parent->appendRow(row);
        rows.insert(item.id, time);
    }
}

} // namespace copil::gui
