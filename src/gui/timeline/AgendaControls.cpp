#include "AgendaControls.h"

#include "AgendaActions.h"
#include "domain/Timekeeping.h"
#include "session/Editor.h"
#include "session/Session.h"

#include <QAction>
#include <QInputDialog>

namespace copil::gui {

using domain::RunState;

AgendaControls::AgendaControls(session::Session& session, Actions actions,
                               std::function<QString()> selected,
                               std::function<void(QString)> select, QWidget* parent)
    : QObject(parent), m_session(session), m_actions(actions), m_selected(std::move(selected)),
      m_select(std::move(select)), m_parent(parent)
{
    const auto on = [this](QAction* action, auto f) {
        connect(action, &QAction::triggered, this, f);
    };
    on(m_actions.start, [this] { (void)m_session.start(m_selected()); });
    on(m_actions.pause, [this] { (void)m_session.togglePause(m_selected()); });
    on(m_actions.finish, [this] { (void)m_session.finish(m_selected()); });
    on(m_actions.extend5, [this] { (void)m_session.extend(m_selected(), 5); });
    on(m_actions.extend10, [this] { (void)m_session.extend(m_selected(), 10); });
    on(m_actions.extend, [this] {
        bool ok = false;
        const int minutes = QInputDialog::getInt(m_parent, tr("Prolonger"),
                                                 tr("Minutes à accorder :"), 15, 1, 600, 5, &ok);
        if (ok) {
            (void)m_session.extend(m_selected(), minutes);
        }
    });
    on(m_actions.reset, [this] { (void)m_session.resetTimes(m_selected()); });
    for (QAction* add : {m_actions.add, m_actions.addSub}) {
        on(add, [this, sub = add == m_actions.addSub] {
            if (const QString id = AgendaActions::add(m_session, m_selected(), sub, m_parent);
                !id.isEmpty()) {
                m_select(id);
            }
        });
    }
    on(m_actions.edit, [this] { AgendaActions::edit(m_session, m_selected(), m_parent); });
    on(m_actions.remove, [this] {
        const domain::AgendaItem* x = m_session.agendaItem(m_selected());
        if (!x) {
            return;
        }
        const QString title = x->title;
        if (m_session.editor().removeAgendaItem(m_session.meetingId(), x->id)) {
            emit said(tr("« %1 » supprimé. Ctrl+Z pour l’annuler.").arg(title), 10000);
        }
    });
    on(m_actions.moveUp, [this] { report(m_session.swapItem(m_selected(), -1)); });
    on(m_actions.moveDown, [this] { report(m_session.swapItem(m_selected(), 1)); });
}

void AgendaControls::update()
{
    // Read-only: nothing that would change the workspace is offered.
    const domain::AgendaItem* selected =
        m_session.isReadOnly() ? nullptr : m_session.agendaItem(m_selected());
    const auto state = selected ? domain::Timekeeping::state(*selected) : RunState::NotStarted;
    const bool open = selected && state != RunState::Finished;
    m_actions.start->setEnabled(selected && state == RunState::NotStarted);
    m_actions.pause->setEnabled(selected &&
                                (state == RunState::Running || state == RunState::Paused));
    m_actions.pause->setText(state == RunState::Paused ? tr("&Reprendre") : tr("&Pause"));
    m_actions.finish->setEnabled(m_actions.pause->isEnabled());
    for (QAction* a : {m_actions.extend5, m_actions.extend10, m_actions.extend}) {
        a->setEnabled(open);
    }
    m_actions.reset->setEnabled(selected &&
                                (state != RunState::NotStarted || selected->extensionMinutes > 0));
    m_actions.add->setEnabled(m_session.hasMeeting() && !m_session.isReadOnly());
    for (QAction* a : {m_actions.addSub, m_actions.edit, m_actions.remove, m_actions.moveUp,
                       m_actions.moveDown}) {
        a->setEnabled(selected != nullptr);
    }
}

void AgendaControls::report(const domain::Status& status)
{
    if (!status && status.fault() == domain::Fault::Invalid) {
        emit said(status.error().section(u'\n', 0, 0), 10000);
        if (status.error().contains(u'\n')) {
            emit refused(status.error());
        }
    }
}

} // namespace copil::gui
