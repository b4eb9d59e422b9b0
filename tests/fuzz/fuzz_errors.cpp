// Error bodies (AuraError lists, the middleware's {"error": ...}, anything else) and the words made of them.
#include "api/errorbody.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte picks the status, so every branch of the words is reached.
    static const int statuses[] = {400, 401, 402, 403, 404, 405, 409, 415, 420, 422, 429, 500, 503, 418};
    const int status = statuses[data[0] % (sizeof statuses / sizeof statuses[0])];
    const QByteArray body = fuzzBody(data + 1, size - 1);
    const Aura::ApiError error = Aura::httpError(status, body, QStringLiteral("rid"));
    (void)error.userMessage();
    (void)error.userMessage({Aura::MessageContext::Situation::ConnectionTest, QStringLiteral("api.neo4j.io")});
    (void)error.field();
    return 0;
}
