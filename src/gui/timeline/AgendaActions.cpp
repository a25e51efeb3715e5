#include "AgendaActions.h"

#include "AgendaItemDialog.h"
#include "domain/Schedule.h"
#include "session/Editor.h"
#include "session/Session.h"

namespace copil::gui {

using domain::AgendaItem;

QString AgendaActions::add(session::Session& session, const QString& selectedId, bool asSubItem,
                           QWidget* parent)
{
    if (!session.hasMeeting()) {
        return {};
    }
    const domain::MeetingData& data = session.data();
    const AgendaItem* selected = session.agendaItem(selectedId);
    if (asSubItem && !selected) {
        return {};
    }
    AgendaItem x;
    x.id = domain::newId();
    x.title = asSubItem ? tr("Nouveau sous-point") : tr("Nouveau point");
    x.kind = domain::AgendaItemKind::Discussion;
    if (asSubItem) {
        x.parentId = selected->id;
        x.track = selected->track;
        x.room = selected->room;
        x.plannedStart = selected->plannedStart;
        x.plannedEnd = std::min(selected->plannedEnd, selected->plannedStart.addSecs(15 * 60));
    } else {
        x.parentId = selected ? selected->parentId : QString();
        x.track = selected ? selected->track : domain::Schedule::mainTrack(data.agenda);
        x.plannedStart = selected                          ? selected->plannedEnd
                         : data.meeting.dayStart.isValid() ? data.meeting.dayStart
                                                           : QTime(9, 0);
        x.plannedEnd = x.plannedStart.addSecs(30 * 60);
    }
    for (const auto& other : data.agenda) {
        if (other.parentId == x.parentId) {
            x.position = std::max(x.position, other.position + 1);
        }
    }
    AgendaItemDialog dialog(x, data.agenda, data.meeting, parent);
    dialog.setWindowTitle(asSubItem ? tr("Ajouter un sous-point") : tr("Ajouter un point"));
    if (dialog.exec() != QDialog::Accepted) {
        return {};
    }
    const AgendaItem added = dialog.item();
    return session.editor().addAgendaItem(session.meetingId(), added) ? added.id : QString();
}

bool AgendaActions::edit(session::Session& session, const QString& itemId, QWidget* parent)
{
    const AgendaItem* x = session.agendaItem(itemId);
    if (!x) {
        return false;
    }
    const AgendaItem before = *x;
    AgendaItemDialog dialog(before, session.data().agenda, session.data().meeting, parent);
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    const AgendaItem changed = dialog.item();
    return !(changed == before) &&
           session.editor().updateAgenda(
               session.meetingId(), tr("Modification de « %1 »").arg(changed.title), {changed});
}

} // namespace copil::gui
