// The Catch2 implementation, compiled once for every test executable (it is slow to compile).
#define CATCH_CONFIG_RUNNER
#include "CatchMain.h"

#include <catch2/catch.hpp>

namespace copil::test {

int runCatch(int argc, char* argv[])
{
    return Catch::Session().run(argc, argv);
}

} // namespace copil::test
