#pragma once

#include "domain/Result.h"

#include <QStringList>
#include <functional>

namespace copil::storage {
class Workspace;
}

namespace copil::app {

/// Exit codes of the command line.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

/// True when args (without the program name) ask for a command-line sub-command or
/// help, which run without a display.
bool isCliInvocation(const QStringList& args);
/// Runs a sub-command; a QCoreApplication must exist. Messages go to stderr.
int runCli(const QStringList& args);
/// The value following option name in args, empty when absent.
QString optionValue(const QStringList& args, const QString& name);
/// Runs a command's change to a meeting and, when reopen holds, takes the meeting's
/// validated minutes back to draft (storage::MeetingRepository::reopenMinutes), in one
/// transaction; says so on stderr when it did.
domain::Status writeReopeningMinutes(storage::Workspace& ws, const QString& meetingId,
                                     const std::function<domain::Status()>& work,
                                     bool reopen = true);

} // namespace copil::app
