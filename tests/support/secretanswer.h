#pragma once

// Waits for the one answer of a SecretStore call in a test. A store that stays silent ends the test run (qFatal):
// nothing after it could be trusted.

#include "api/secrets/secretstore.h"

#include <QTest>

#include <optional>

namespace AuraTest {

// `call` starts the request with the callback it is given: await([&](auto cb) { store.read(key, this, cb); }).
template<typename Call>
Aura::SecretStore::Result await(Call call, int timeoutMs = 20000)
{
    std::optional<Aura::SecretStore::Result> result;
    call([&result](const Aura::SecretStore::Result &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs))
        qFatal("the secret store did not answer");
    return *result;
}

} // namespace AuraTest
