// Snapshot answers: lists (one day in aura-v1), single snapshots, the create answer with only an id.
#include "api/responseparser.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzzBody(data, size);
    (void)Aura::Parse::snapshotList(body);
    (void)Aura::Parse::snapshot(body);
    (void)Aura::Parse::snapshot(body, QStringLiteral("i1"));
    return 0;
}
