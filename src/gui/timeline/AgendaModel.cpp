#include "AgendaModel.h"

#include "domain/Labels.h"

#include <QHeaderView>
#include <QTreeView>

namespace copil::gui {

using domain::AgendaItem;

AgendaModel::AgendaModel(QObject* parent) : RowModel<AgendaItem>(parent)
{
    const auto text = [](int role, const QString& value) {
        return role == Qt::DisplayRole ? QVariant(value) : QVariant();
    };
    setColumns({
        {tr("Horaire"),
         [text](const AgendaItem& item, int role) {
             return text(role, tr("%1 – %2").arg(item.plannedStart.toString(u"HH:mm"),
                                                 item.plannedEnd.toString(u"HH:mm")));
         }},
        {tr("Point"),
         [](const AgendaItem& item, int role) -> QVariant {
             if (role == Qt::DisplayRole) {
                 return item.title;
             }
             if (role == Qt::ToolTipRole) {
                 return item.description.isEmpty()
                            ? domain::Labels::of(item.kind)
                            : domain::Labels::of(item.kind) + u"\n" + item.description;
             }
             return {};
         }},
        {tr("Piste"), [text](const AgendaItem& item, int role) { return text(role, item.track); }},
        {tr("Intervenants"), [text](const AgendaItem& item,
                                    int role) { return text(role, item.presenters.join(u", ")); }},
    });
    setParentOf([](const AgendaItem& item) { return item.parentId; });
    setOrder([](const AgendaItem& a, const AgendaItem& b) {
        return std::tie(a.plannedStart, a.position, a.id) <
               std::tie(b.plannedStart, b.position, b.id);
    });
}

void AgendaModel::showIn(QTreeView* view)
{
    view->setModel(this);
    view->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    view->header()->setStretchLastSection(false);
    for (int c : {TimeColumn, TrackColumn, PresentersColumn}) {
        view->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    // The list shows sub-items as they are added.
    QObject::connect(this, &QAbstractItemModel::rowsInserted, view,
                     [view](const QModelIndex& parent) { view->expand(parent); });
}

} // namespace copil::gui
