// Tenant answers: the list (seed: with configurations) and a tenant's details (aura-v1: flat configurations); and
// the projects' customer-managed keys, listed and in detail.
#include "api/responseparser.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzzBody(data, size);
    (void)Aura::Parse::tenantList(body);
    (void)Aura::Parse::tenant(body);
    (void)Aura::Parse::encryptionKeyList(body);
    (void)Aura::Parse::encryptionKey(body);
    return 0;
}
