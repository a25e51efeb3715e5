// libFuzzer target: the JSON meeting importer (MeetingJson::parse: syntax, types, format
// version, limits, every domain rule), with the checks of FuzzChecks.h.
#include "FuzzChecks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    return copil::fuzz::fuzzOne(data, size, &copil::fuzz::meetingJsonProblem);
}
