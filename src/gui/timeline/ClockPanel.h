#pragma once

#include "domain/AgendaItem.h"
#include "domain/Schedule.h"
#include "domain/Timekeeping.h"

#include <QDateTime>
#include <QFrame>

class QLabel;
class QHBoxLayout;

namespace copil::gui {

/// The large clock the room reads from afar: the time of day, then one card per lane
/// with its running item, the time left (or overrun) in the colour of its phase and
/// the time spent, and the expected end of the day.
class ClockPanel : public QFrame {
    Q_OBJECT

public:
    explicit ClockPanel(QWidget* parent = nullptr);

    void showDay(const QList<domain::AgendaItem>& agenda, const QStringList& lanes,
                 const domain::Forecast& forecast, const QDateTime& now);

    // What the cards show, for tests and for accessibility.
    QString clockText() const;
    QString laneText(const QString& lane) const;
    domain::TimePhase lanePhase(const QString& lane) const;
    QString dayEndText() const;

    /// Text sizes times `scale` (1 at a laptop's height): the clock grows with the window,
    /// maximised on a large screen or read from the back of the room.
    void setScale(double scale);
    double scale() const { return m_scale; }
    /// The big clock, for tests.
    const QLabel* clockLabel() const { return m_clock; }

signals:
    /// A lane's card was clicked: the item it shows.
    void itemClicked(const QString& itemId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Card {
        QString lane;
        QFrame* frame = nullptr;
        QLabel* name = nullptr;
        QLabel* title = nullptr;
        QLabel* remaining = nullptr;
        QLabel* detail = nullptr;
        QString itemId;
        domain::TimePhase phase = domain::TimePhase::Idle;
    };
    void rebuild(const QStringList& lanes);
    void applyScale();
    void fitRemaining(Card& c);

    double m_scale = 1.0;

    QLabel* m_clock = nullptr;
    QFrame* m_endFrame = nullptr;
    QLabel* m_endTime = nullptr;
    QLabel* m_endDetail = nullptr;
    QHBoxLayout* m_cards = nullptr;
    QList<Card> m_cardList;
};

} // namespace copil::gui
