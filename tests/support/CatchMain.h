#pragma once

namespace copil::test {

/// Runs the Catch2 session (implemented once in CatchMain.cpp).
int runCatch(int argc, char* argv[]);

} // namespace copil::test
