#pragma once

#include "domain/AgendaItem.h"
#include "domain/Schedule.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QWidget>

namespace copil::gui {

/// The day at a glance: a time axis, one lane per track (room), items as blocks with
/// their sub-items inside, the live state of running items, forecast times where the
/// day slipped, a "now" line. Blocks can be moved by dragging and resized by their
/// bottom edge, snapping to five minutes; the view only reports such edits.
class TimelineView : public QWidget {
    Q_OBJECT

public:
    explicit TimelineView(QWidget* parent = nullptr);

    void setAgenda(const QList<domain::AgendaItem>& agenda, QDate day, QTime dayStart,
                   QTime dayEnd);
    /// Moves the "now" line and re-plans; called every second by the window.
    void setNow(const QDateTime& now);
    void setSelectedId(const QString& id);
    /// A line of text shown on some blocks (e.g. the progress of a subgroup's questions).
    void setBadges(const QHash<QString, QString>& badges);
    QString badge(const QString& id) const { return m_badges.value(id); }
    QString selectedId() const { return m_selected; }

    const domain::Forecast& forecast() const { return m_forecast; }
    QStringList lanes() const { return m_lanes; }
    /// Where a block is drawn (empty if the item is not shown).
    QRect blockRect(const QString& id) const;
    int yForTime(QTime time) const;
    /// The lines written under a block's title: times, live clock, forecast, badges.
    QStringList blockLines(const QString& id) const;
    double pixelsPerMinute() const { return m_ppm; }
    /// The blocks shown, in drawing order (parents before their sub-items), and a block's
    /// title and lane: what a screen reader walks (TimelineAccessible).
    QStringList blockIds() const;
    QString blockTitle(const QString& id) const;
    QString blockLane(const QString& id) const;

    QSize sizeHint() const override { return {900, 560}; }
    QSize minimumSizeHint() const override { return {420, 320}; }

signals:
    void itemSelected(const QString& id);
    void itemActivated(const QString& id);
    void itemMoved(const QString& id, QTime newStart);
    void itemResized(const QString& id, QTime newEnd);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    bool event(QEvent* event) override;

private:
    enum class Drag { None, Move, Resize };
    void relayout();
    /// Left and Right: the item of the next lane at the time of the selection.
    void selectInLane(int direction);
    QRect rectFor(const domain::AgendaItem& item, QTime start, QTime end) const;
    QString itemAt(const QPoint& pos) const;
    const domain::AgendaItem* find(const QString& id) const;
    int depthOf(const domain::AgendaItem& item) const;
    void paintBlock(class QPainter& p, const domain::AgendaItem& item, const QRect& r) const;
    QStringList blockLines(const domain::AgendaItem& item, int* alertLine) const;
    QString laneTitle(const QString& track) const;

    QList<domain::AgendaItem> m_agenda;
    QDate m_day;
    QTime m_dayStart;
    QTime m_dayEnd;
    QDateTime m_now;
    domain::Forecast m_forecast;
    QStringList m_lanes;
    QSet<QString> m_clashing;
    QHash<QString, int> m_depth;
    QHash<QString, int> m_index; ///< item id -> index in m_agenda
    QSet<QString> m_parents;     ///< ids of the items that have sub-items
    QList<int> m_paintOrder;     ///< indexes into m_agenda, parents before children
    QString m_selected;
    QHash<QString, QString> m_badges;

    int m_fromMinute = 9 * 60; ///< top of the axis, minutes since midnight
    int m_toMinute = 17 * 60;
    double m_ppm = 1.0;
    int m_laneWidth = 100;

    Drag m_drag = Drag::None;
    bool m_dragging = false;
    QString m_dragId;
    QPoint m_pressPos;
    QTime m_previewStart;
    QTime m_previewEnd;
};

} // namespace copil::gui

namespace copil::gui {
/// A duration in words, never like a time of day: « 12 min 05 s », « 2 h 12 », « 45 s »
/// (the sign is left to the words around it: « reste », « dépassé de »).
QString formatDuration(qint64 seconds);
} // namespace copil::gui
