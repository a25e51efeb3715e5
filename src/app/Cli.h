#pragma once

#include <QStringList>

namespace copil::domain {
struct MinutesValidation;
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
/// What a command says when its change took a meeting's validated minutes back to draft
/// (storage::MeetingRepository::reopenMinutes, in the command's transaction).
QString minutesReopenedNotice(const domain::MinutesValidation& was);

} // namespace copil::app
