#pragma once

#include <QStringList>
#include <optional>

namespace copil::app {

/// The options of the preparation commands that take a value (for isCliInvocation).
QStringList prepareValueOptions();
/// Runs `copil new`, `copil templates` or `copil remove` when args ask for one of them
/// (their usage in prepareUsage()); nullopt for any other command.
std::optional<int> runPrepareCommand(const QStringList& args);
/// The lines of the usage about them.
QString prepareUsage();

} // namespace copil::app
