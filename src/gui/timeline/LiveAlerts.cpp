#include "LiveAlerts.h"

#include <QApplication>

namespace copil::gui {

using domain::TimePhase;

void LiveAlerts::check(const QList<domain::AgendaItem>& agenda, const QDateTime& now)
{
    for (const auto& x : agenda) {
        const auto status = domain::Timekeeping::status(x, now);
        const auto before = m_phases.value(x.id, TimePhase::Idle);
        m_phases.insert(x.id, status.phase);
        if (status.phase == before || before == TimePhase::Idle) {
            continue;
        }
        if (status.phase == TimePhase::Overrun) {
            emit alert(tr("« %1 » : le temps prévu est écoulé.").arg(x.title), 30000);
            QApplication::beep();
            emit timeUp(x.id);
        } else if (status.phase == TimePhase::Closing) {
            emit alert(
                tr("« %1 » : plus que %2 min.").arg(x.title).arg((status.remaining + 59) / 60),
                20000);
        }
    }
}

} // namespace copil::gui
