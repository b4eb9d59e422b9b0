#pragma once

#include "api/accounts/account.h"
#include "api/auraservice.h"

#include <functional>

namespace Aura {

// Obtains a token with the account's credentials and lists its tenants, answering once on `context`'s thread (and
// not at all once `context` is gone). AccountsController runs it for "Test connection"; tests pass a fake.
using ConnectionTest = std::function<void(
    const Account &account, const QString &secret, QObject *context, AuraService::Callback<QList<Tenant>> callback)>;

// Makes a service for one account and secret, owned by `parent`. The application passes one that builds the real
// client; the secret goes no further than that client.
using ServiceFactory = std::function<AuraService *(const Account &account, const QString &secret, QObject *parent)>;

// A ConnectionTest that asks a fresh service, made for the tested credentials, to list the tenants: its first
// request obtains a token, so wrong credentials, an unreachable service and missing permission all show here.
// The service lives until it answers, or until `context` goes.
ConnectionTest connectionTestThrough(ServiceFactory makeService);

} // namespace Aura
