// Instance answers of both dialects: lists, single instances, create answers (salvage included), action answers.
#include "api/responseparser.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzzBody(data, size);
    (void)Aura::Parse::instanceList(body);
    (void)Aura::Parse::instance(body);
    (void)Aura::Parse::instanceCreated(body);
    (void)Aura::Parse::optionalInstance(body);
    (void)Aura::Parse::restored(body, QStringLiteral("i1"));
    (void)Aura::Parse::salvageString(body, QLatin1StringView("password"));
    return 0;
}
