#pragma once

#include "domain/Result.h"

#include <QObject>
#include <functional>

class QAction;
class QWidget;

namespace copil::session {
class Session;
}

namespace copil::gui {

/// The Séance and Édition menus' actions on the selected agenda item: start, pause,
/// finish, extend, reset its clock; add an item or a sub-item, edit, remove, move it.
/// Enables each action when it applies (none in a read-only workspace).
class AgendaControls : public QObject {
    Q_OBJECT

public:
    struct Actions {
        QAction* start;
        QAction* pause;
        QAction* finish;
        QAction* extend5;
        QAction* extend10;
        QAction* extend;
        QAction* reset;
        QAction* add;
        QAction* addSub;
        QAction* edit;
        QAction* remove;
        QAction* moveUp;
        QAction* moveDown;
    };
    /// selected gives the item the actions apply to; select is told of an item added.
    AgendaControls(session::Session& session, Actions actions, std::function<QString()> selected,
                   std::function<void(QString)> select, QWidget* parent);

    /// Enables the actions for the selected item, as it is now.
    void update();
    /// An edit of the plan was refused: says why (in the status bar, or in a box when
    /// there are several reasons).
    void report(const domain::Status& status);

signals:
    /// A line for the status bar.
    void said(const QString& text, int milliseconds);
    /// A refusal with several reasons, to be read in full.
    void refused(const QString& text);

private:
    session::Session& m_session;
    Actions m_actions;
    std::function<QString()> m_selected;
    std::function<void(QString)> m_select;
    QWidget* m_parent;
};

} // namespace copil::gui
