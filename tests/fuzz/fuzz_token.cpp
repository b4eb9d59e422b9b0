// The token endpoint's answer.
#include "api/responseparser.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)Aura::Parse::tokenAnswer(fuzzBody(data, size));
    return 0;
}
