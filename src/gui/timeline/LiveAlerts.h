#pragma once

#include "domain/AgendaItem.h"
#include "domain/Timekeeping.h"

#include <QHash>
#include <QObject>

namespace copil::gui {

/// Says once, never in the way, when an item enters its last 20 % and when its time is
/// up: a line for the status bar, and a short sound when the time is up.
class LiveAlerts : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;
    /// Looks at every item at this moment; says what changed phase since last time.
    void check(const QList<domain::AgendaItem>& agenda, const QDateTime& now);
    /// Forgets the phases seen (another meeting is shown).
    void reset() { m_phases.clear(); }

signals:
    void alert(const QString& text, int milliseconds);
    void timeUp(const QString& itemId);

private:
    QHash<QString, domain::TimePhase> m_phases; ///< last phase seen, by item
};

} // namespace copil::gui
