#pragma once

#include <QStringList>

namespace copil::app {

/// Whether args (without the program name) run `room-copy` or `merge`.
bool isRoomCommand(const QStringList& args);
/// `copil room-copy --db WS --meeting ID [--subgroup N] -o FILE` and
/// `copil merge FILE --db WS [--dry-run] [--prefer hub|room]` (docs/rooms.md). Exit codes
/// as the other commands, and 3 for a merge with conflicts and no --prefer.
int runRoomCommand(const QStringList& args);

} // namespace copil::app
