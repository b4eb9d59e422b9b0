#pragma once

// For the benchmarks: the client settings of a sandbox account, its demo secret written where the client reads it.

#include "api/accounts/accountsecrets.h"
#include "api/auraclient.h"
#include "api/secrets/secretstore.h"
#include "sandbox/sandboxauth.h"

#include <QUrl>

namespace AuraBench {

inline Aura::ClientSettings sandboxAccount(Aura::MemorySecretStore &secrets, const QString &accountId,
    const QUrl &apiBaseUrl, const QUrl &tokenUrl, Aura::ApiDialect dialect)
{
    secrets.write(
        Aura::SecretKeys::clientSecret(accountId), QString::fromLatin1(AuraSandbox::DemoClientSecret), nullptr, {});
    Aura::ClientSettings settings;
    settings.apiBaseUrl = apiBaseUrl;
    settings.tokenUrl = tokenUrl;
    settings.clientId = QString::fromLatin1(AuraSandbox::DemoClientId);
    settings.accountId = accountId;
    settings.dialect = dialect;
    return settings;
}

} // namespace AuraBench
