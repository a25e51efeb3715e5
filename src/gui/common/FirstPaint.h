#pragma once

class QWidget;

namespace copil::gui {

/// Prints "painted" on stdout as soon as `window` has been painted for the first time,
/// then quits the application: for measuring startup (COPIL_EXIT_AFTER_FIRST_PAINT=1,
/// used by the benchmarks).
void quitAfterFirstPaint(QWidget* window);

} // namespace copil::gui
