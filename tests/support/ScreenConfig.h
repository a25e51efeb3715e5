#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QRect>
#include <QString>

namespace copil::test {

/// A screen of Qt's offscreen platform: its name and where it is on the desktop.
struct ScreenSpec {
    QString name;
    QRect geometry;
};

/// The facilitator's laptop and the room's projector beside it.
inline QList<ScreenSpec> laptopAndProjector(QSize projector = {1920, 1080})
{
    return {{QStringLiteral("Portable"), QRect(0, 0, 1366, 768)},
            {QStringLiteral("Projecteur"), QRect(QPoint(1366, 0), projector)}};
}

/// The offscreen platform's configuration (its "configfile" JSON, or setConfiguration).
inline QJsonObject offscreenConfig(const QList<ScreenSpec>& screens)
{
    QJsonArray list;
    for (const ScreenSpec& s : screens) {
        list.append(QJsonObject{{QStringLiteral("name"), s.name},
                                {QStringLiteral("x"), s.geometry.x()},
                                {QStringLiteral("y"), s.geometry.y()},
                                {QStringLiteral("width"), s.geometry.width()},
                                {QStringLiteral("height"), s.geometry.height()},
                                {QStringLiteral("logicalDpi"), 96},
                                {QStringLiteral("logicalBaseDpi"), 96},
                                {QStringLiteral("dpr"), 1.0}});
    }
    return {{QStringLiteral("synchronousWindowSystemEvents"), false},
            {QStringLiteral("windowFrameMargins"), true},
            {QStringLiteral("screens"), list}};
}

} // namespace copil::test
