#pragma once

#include "api/accounts/account.h"
#include "api/auraservice.h"

#include <QString>

namespace Aura {

// A line of status for the user, with how it should look.
struct StatusMessage
{
    enum class Severity { Info, Success, Error };
    Severity severity = Severity::Info;
    QString text;
};

// What the outcome of "Test connection" means for the user: the projects found, or which of wrong credentials,
// unreachable service or missing permission it was, with what to do.
StatusMessage connectionTestMessage(const Reply<QList<Tenant>> &reply, const Account &account);

} // namespace Aura
