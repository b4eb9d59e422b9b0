#include "ui/connectiontestmessage.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

namespace {

QString serverWords(const ApiError &error)
{
    QStringList parts;
    for (const ErrorDetail &detail : error.details)
        parts.append(detail.message);
    if (!error.serverError.isEmpty())
        parts.append(error.serverError);
    if (parts.isEmpty())
        parts.append(error.detailText);
    return parts.join(u' ');
}

QString errorText(const ApiError &error, const Account &account)
{
    const QString tokenHost = account.tokenUrl.host();
    const QString apiHost = account.apiBaseUrl.host();
    switch (error.kind) {
    case ApiError::Kind::InvalidCredentials:
        return QCoreApplication::translate("ConnectionTest",
            "Wrong credentials: the service refused this client id and secret. Compare them with the API key "
            "in the Aura console (Account settings, API keys). The secret is shown only once, when the key is "
            "created: if you no longer have it, create a new key.");
    case ApiError::Kind::PermissionDenied:
        return QCoreApplication::translate("ConnectionTest",
            "Missing permission: the credentials are valid, but this API key may not list projects. Its "
            "access follows the roles of the user who created it; ask an administrator of the project.");
    case ApiError::Kind::Network:
        return QCoreApplication::translate("ConnectionTest",
            "Cannot reach the service at %1 (%2). Check the network connection, any proxy or firewall, "
            "and the URLs.")
            .arg(tokenHost == apiHost ? tokenHost : tokenHost + ", "_L1 + apiHost, error.detailText);
    case ApiError::Kind::Timeout:
        return QCoreApplication::translate(
            "ConnectionTest", "The service at %1 did not answer in time. Check the network connection and try again.")
            .arg(tokenHost);
    case ApiError::Kind::InsecureTransport:
        return QCoreApplication::translate(
            "ConnectionTest", "The connection is not secure (%1), so nothing was sent. Use https:// URLs.")
            .arg(error.detailText);
    case ApiError::Kind::RateLimited:
        return QCoreApplication::translate(
            "ConnectionTest", "The service is limiting requests from this account. Try again in a minute.");
    case ApiError::Kind::Malformed:
        return QCoreApplication::translate("ConnectionTest", "The answer could not be read (%1). Is %2 the Aura API?")
            .arg(error.detailText, apiHost);
    case ApiError::Kind::NoCredentials:
        return QCoreApplication::translate("ConnectionTest", "The client secret could not be read: %1")
            .arg(error.detailText);
    case ApiError::Kind::Cancelled:
        return QCoreApplication::translate("ConnectionTest", "The test was cancelled.");
    case ApiError::Kind::Http:
        break;
    }
    return QCoreApplication::translate("ConnectionTest", "The service answered with HTTP status %1: %2")
        .arg(QString::number(error.httpStatus), serverWords(error));
}

} // namespace

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
    QString text = errorText(reply.error(), account);
    const QString requestId = reply.error().requestId.isEmpty() ? reply.requestId : reply.error().requestId;
    if (!requestId.isEmpty())
        text += u' ' + QCoreApplication::translate("ConnectionTest", "Request id for Neo4j support: %1").arg(requestId);
    return {StatusMessage::Severity::Error, text};
}

} // namespace Aura
