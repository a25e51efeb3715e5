#pragma once

#include "ScreenConfig.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QScreen>
#include <catch2/catch.hpp>
#include <qpa/qplatformnativeinterface.h>

namespace copil::test {

/// Plugs and unplugs screens of the offscreen platform, as a person plugs a projector in:
/// Qt adds, removes and resizes its QScreens and says so (screenAdded, screenRemoved).
/// False when the platform is not the offscreen one.
inline bool applyScreens(const QList<ScreenSpec>& screens)
{
    QPlatformNativeInterface* native = QGuiApplication::platformNativeInterface();
    if (!native) {
        return false;
    }
    using SetConfiguration = void (*)(const QJsonObject&, QPlatformNativeInterface*);
    const auto set = reinterpret_cast<SetConfiguration>(
        native->nativeResourceForIntegration(QByteArrayLiteral("setConfiguration")));
    if (!set) {
        return false;
    }
    set(offscreenConfig(screens), native);
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    return true;
}

inline void setScreens(const QList<ScreenSpec>& screens)
{
    INFO("the offscreen platform can be configured (QT_QPA_PLATFORM=offscreen)");
    REQUIRE(applyScreens(screens));
    REQUIRE(QGuiApplication::screens().size() == screens.size());
}

inline QScreen* screenNamed(const QString& name)
{
    for (QScreen* s : QGuiApplication::screens()) {
        if (s->name() == name) {
            return s;
        }
    }
    return nullptr;
}

/// The laptop and projector again at the end of a test, whatever it plugged.
struct ScreensGuard {
    explicit ScreensGuard(const QList<ScreenSpec>& screens = laptopAndProjector())
    {
        setScreens(screens);
    }
    ~ScreensGuard() { applyScreens(laptopAndProjector()); }
    ScreensGuard(const ScreensGuard&) = delete;
    ScreensGuard& operator=(const ScreensGuard&) = delete;
};

} // namespace copil::test
