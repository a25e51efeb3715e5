// libFuzzer target: the CSV participant importer (ParticipantCsv::parse), with the
// checks of FuzzChecks.h.
#include "FuzzChecks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    return copil::fuzz::fuzzOne(data, size, &copil::fuzz::participantCsvProblem);
}
