// Retry-After in both forms, and the policy's decision made of it.
#include "api/requestpolicy.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray header = fuzzBody(data, size);
    const QDateTime now(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);
    (void)Aura::RequestPolicy::parseRetryAfterMs(header, now);
    const Aura::RequestPolicy policy(Aura::RequestPolicy::Settings {}, [] { return 0.5; });
    for (int status : {429, 503})
        (void)policy.retryDelayMs(false, 1, {status, QNetworkReply::NoError, false, header}, now);
    return 0;
}
