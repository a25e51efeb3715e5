#pragma once

#include <QDateTime>
#include <QElapsedTimer>

namespace copil::domain {

/// A moment as stored and exchanged: ISO 8601 with milliseconds and always its UTC offset
/// (« 2017-10-11T13:04:10.885+02:00 »), whatever clock or time zone it came from.
inline QString isoMoment(const QDateTime& moment)
{
    if (!moment.isValid()) {
        return {};
    }
    const QDateTime fixed = moment.timeSpec() == Qt::LocalTime
                                ? moment.toOffsetFromUtc(moment.offsetFromUtc())
                                : moment;
    return fixed.toString(Qt::ISODateWithMs);
}

/// Where the time of day comes from. The application reads the system clock; tests
/// drive a ManualClock; demonstrations replay a day with a SimulatedClock.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTime(); }
};

/// Starts at a chosen moment (e.g. "2017-10-11 10:25") and runs at real speed from there.
class SimulatedClock final : public Clock {
public:
    explicit SimulatedClock(QDateTime start) : m_start(std::move(start)) { m_timer.start(); }
    QDateTime now() const override { return m_start.addMSecs(m_timer.elapsed()); }

private:
    QDateTime m_start;
    QElapsedTimer m_timer;
};

/// Moves only when told to.
class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime start) : m_now(std::move(start)) {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime& when) { m_now = when; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace copil::domain
