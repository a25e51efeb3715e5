#pragma once

#include "TestSupport.h"
#include "exchange/DefaultWorkspace.h"
#include "gui/MainWindow.h"

#include <QTest>
#include <memory>

namespace copil::test {

/// A main window shown on a new default workspace at path (the seed meeting).
inline std::unique_ptr<gui::MainWindow>
openSeedWindow(const QString& path, std::shared_ptr<domain::Clock> clock = nullptr)
{
    auto ws = exchange::DefaultWorkspace::open(path);
    INFO((ws.ok() ? QString() : ws.error()).toStdString());
    REQUIRE(ws.ok());
    auto window = std::make_unique<gui::MainWindow>(std::move(ws).value(), std::move(clock));
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    return window;
}

} // namespace copil::test
