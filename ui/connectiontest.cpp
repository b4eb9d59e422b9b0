#include "ui/connectiontest.h"

#include "ui/logging.h"

#include <QPointer>

namespace Aura {

ConnectionTest connectionTestThrough(ServiceFactory makeService)
{
    return [makeService = std::move(makeService)](const Account &account, const QString &secret, QObject *context,
               AuraService::Callback<QList<Tenant>> callback) {
        // Owned by the context: when the dialog or a newer test replaces it, the request goes with it.
        AuraService *service = makeService(account, secret, context);
        if (!service) {
            qCWarning(lcUi) << "no service could be made to test account" << account.id;
            ApiError error;
            error.kind = ApiError::Kind::Cancelled;
            QMetaObject::invokeMethod(
                context,
                [callback, error] {
                    callback({error, {}, 0});
                },
                Qt::QueuedConnection);
            return;
        }
        QPointer<AuraService> guard(service);
        service->listTenants(
            context,
            [guard, callback = std::move(callback)](const Reply<QList<Tenant>> &reply) {
                if (callback)
                    callback(reply);
                if (guard)
                    guard->deleteLater();
            },
            Priority::User);
    };
}

} // namespace Aura
