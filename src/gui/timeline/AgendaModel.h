#pragma once

#include "domain/AgendaItem.h"
#include "gui/common/RowModel.h"

#include <QCoreApplication>

class QTreeView;

namespace copil::gui {

/// The agenda of the open meeting as a tree (sub-items under their item), in time
/// order, following the stored agenda row by row.
class AgendaModel : public RowModel<domain::AgendaItem> {
    Q_DECLARE_TR_FUNCTIONS(AgendaModel)

public:
    enum Column { TimeColumn, TitleColumn, TrackColumn, PresentersColumn, ColumnCount };

    explicit AgendaModel(QObject* parent = nullptr);
    /// Shows the model in view: the title takes the room, sub-items appear unfolded.
    void showIn(QTreeView* view);
};

} // namespace copil::gui
