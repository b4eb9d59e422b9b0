#include "ui/connectiontestmessage.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

StatusMessage connectionTestMessage(const Reply<QList<Tenant>> &reply, const Account &account)
{
    if (reply.ok()) {
        const QList<Tenant> &tenants = reply.value();
        const int count = int(tenants.size());
        if (count == 0) {
            return {StatusMessage::Severity::Success,
                QCoreApplication::translate("ConnectionTest",
                    "Connected. This API key sees no projects yet: ask to be added to one in the Aura console.")};
        }
        QStringList names;
        for (const Tenant &tenant : tenants.first(std::min(count, 3)))
            names.append(tenant.name.isEmpty() ? tenant.id : tenant.name);
        QString list = names.join(", "_L1);
        if (count > 3)
            list += u", …"_s;
        return {StatusMessage::Severity::Success,
            QCoreApplication::translate("ConnectionTest", "Connected: %n project(s) (%1).", nullptr, count).arg(list)};
    }
    ApiError error = reply.error();
    if (error.requestId.isEmpty())
        error.requestId = reply.requestId;
    if (error.kind == ApiError::Kind::Cancelled)
        return {
            StatusMessage::Severity::Error, QCoreApplication::translate("ConnectionTest", "The test was cancelled.")};
    const MessageContext context {MessageContext::Situation::ConnectionTest, account.apiBaseUrl.host()};
    return {StatusMessage::Severity::Error, error.userMessage(context)};
}

} // namespace Aura
