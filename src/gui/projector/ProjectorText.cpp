#include "ProjectorText.h"

#include <cstdlib>

namespace copil::gui {

using domain::RunState;
using domain::TimePhase;

QList<TimePart> ProjectorText::duration(qint64 seconds)
{
    const qint64 s = std::abs(seconds);
    const auto two = [](qint64 v) { return QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0')); };
    // A number and its unit never part at the end of a line (espace insécable).
    const auto unit = [](const QString& name, bool last) -> QString {
        return u'\u00A0' + name + (last ? QString() : QStringLiteral(" "));
    };
    if (s >= 3600) {
        return {{QString::number(s / 3600), true},
                {unit(tr("h", "hours"), false), false},
                {two(s / 60 % 60), true}};
    }
    if (s >= 60) {
        return {{QString::number(s / 60), true},
                {unit(tr("min", "minutes"), false), false},
                {two(s % 60), true},
                {unit(tr("s", "seconds"), true), false}};
    }
    return {{QString::number(s), true}, {unit(tr("s", "seconds"), true), false}};
}

QString ProjectorText::join(const QList<TimePart>& parts)
{
    QString out;
    for (const TimePart& p : parts) {
        out += p.text;
    }
    return out;
}

QString ProjectorText::minutes(qint64 seconds)
{
    const qint64 m = std::abs(seconds) / 60;
    return m >= 60 ? join(duration(m * 60)) : QString::number(m) + u'\u00A0' + tr("min", "minutes");
}

QString ProjectorText::caption(const domain::LiveStatus& status)
{
    if (status.remaining < 0) {
        return status.state == RunState::Paused ? tr("en pause · dépassé de") : tr("dépassé de");
    }
    return status.state == RunState::Paused ? tr("en pause · reste") : tr("reste");
}

QString ProjectorText::remaining(const domain::LiveStatus& status)
{
    return caption(status) + u' ' + join(duration(status.remaining));
}

QString ProjectorText::phase(const domain::LiveStatus& status)
{
    if (status.state == RunState::Paused) {
        return tr("en pause");
    }
    switch (status.phase) {
    case TimePhase::Normal:
        return tr("dans les temps");
    case TimePhase::Closing:
        return tr("dernières minutes");
    case TimePhase::Overrun:
        return tr("temps dépassé");
    case TimePhase::Idle:
        return tr("pas commencé");
    case TimePhase::Done:
        return tr("terminé");
    }
    return {};
}

} // namespace copil::gui
