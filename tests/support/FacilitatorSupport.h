#pragma once

#include "GuiSupport.h"
#include "domain/Clock.h"
#include "gui/MainWindow.h"
#include "gui/timeline/TimelineView.h"

#include <QApplication>
#include <QDialog>
#include <QMessageBox>
#include <QMouseEvent>
#include <QTimer>
#include <functional>

namespace copil::test {

inline QDateTime seedDay(int h, int m, int s = 0)
{
    return QDateTime(QDate(2017, 10, 11), QTime(h, m, s));
}

/// The id of the first agenda item whose title starts with prefix.
inline QString itemIdOf(const gui::MainWindow& window, const QString& prefix)
{
    for (const auto& item : window.agenda()) {
        if (item.title.startsWith(prefix)) {
            return item.id;
        }
    }
    FAIL("no agenda item starting with " << prefix.toStdString());
    return {};
}

inline domain::AgendaItem itemOf(const gui::MainWindow& window, const QString& id)
{
    for (const auto& item : window.agenda()) {
        if (item.id == id) {
            return item;
        }
    }
    FAIL("no agenda item " << id.toStdString());
    return {};
}

/// Clicks the block of an item on the timeline.
inline void clickBlock(gui::MainWindow& window, const QString& id)
{
    const QRect r = window.timeline()->blockRect(id);
    REQUIRE_FALSE(r.isEmpty());
    QTest::mouseClick(window.timeline(), Qt::LeftButton, {}, r.center());
}

/// Drags with the left button from one point of the timeline to another.
inline void dragOnTimeline(gui::TimelineView* view, QPoint from, QPoint to)
{
    const auto send = [view](QEvent::Type type, QPoint at, Qt::MouseButtons buttons) {
        QMouseEvent e(type, QPointF(at), view->mapToGlobal(QPointF(at)), Qt::LeftButton, buttons,
                      Qt::NoModifier);
        QApplication::sendEvent(view, &e);
    };
    send(QEvent::MouseButtonPress, from, Qt::LeftButton);
    const QPoint middle = (from + to) / 2;
    send(QEvent::MouseMove, middle, Qt::LeftButton);
    send(QEvent::MouseMove, to, Qt::LeftButton);
    send(QEvent::MouseButtonRelease, to, Qt::NoButton);
}

/// Makes the window the active one again (after a dialog), so its shortcuts work.
inline void activate(QWidget& window)
{
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

/// Runs `act` on the next modal dialog once it is open (the caller then opens it).
inline void onNextDialog(std::function<void(QDialog*)> act)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, act] {
        // Message boxes the window opens to report something are not the dialog awaited.
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (dialog && !qobject_cast<QMessageBox*>(dialog)) {
            timer->stop();
            timer->deleteLater();
            act(dialog);
        }
    });
    timer->start();
}

} // namespace copil::test
