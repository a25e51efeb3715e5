#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace copil::session {
class Session;
}

namespace copil::gui {

/// The agenda edits that open the item form: adding an item or a sub-item next to the
/// selected one, editing an item. Each goes through the Editor (saved, undoable).
class AgendaActions {
    Q_DECLARE_TR_FUNCTIONS(AgendaActions)

public:
    /// Asks for a new item after the selected one (or a sub-item inside it); returns the new
    /// item's id, empty when nothing was added.
    static QString add(session::Session& session, const QString& selectedId, bool asSubItem,
                       QWidget* parent);
    /// Opens the form on an item; true when a change was saved.
    static bool edit(session::Session& session, const QString& itemId, QWidget* parent);
};

} // namespace copil::gui
