#include "api/apierror.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

namespace {

// The server's own words, when it gave any: they are usually the most precise description.
QString serverWords(const ApiError &e)
{
    QStringList messages;
    for (const ErrorDetail &detail : e.details) {
        if (!detail.message.isEmpty())
            messages.append(detail.message);
    }
    if (messages.isEmpty() && !e.serverError.isEmpty())
        messages.append(e.serverError);
    return messages.join(u' ');
}

QString withServerWords(const QString &sentence, const ApiError &e)
{
    const QString words = serverWords(e);
    return words.isEmpty() ? sentence
                           : sentence + u' ' + QCoreApplication::translate("ApiError", "(Server: %1)").arg(words);
}

QString httpMessage(const ApiError &e)
{
    const QString words = serverWords(e);
    for (const ErrorDetail &detail : e.details) {
        if (detail.reason == u"ongoing-database-operation")
            return withServerWords(QCoreApplication::translate("ApiError",
                                       "Another operation is still running on this instance. Try again when it "
                                       "has finished."),
                e);
    }
    switch (e.httpStatus) {
    case 400:
    case 422:
        return words.isEmpty() ? QCoreApplication::translate(
                   "ApiError", "The server did not accept the request. Check the values and try again.")
                               : words;
    case 401:
        return withServerWords(QCoreApplication::translate("ApiError",
                                   "The server no longer accepts the sign-in. Check the API client credentials."),
            e);
    case 402:
        return withServerWords(
            QCoreApplication::translate("ApiError", "This needs a paid plan or a payment method on the project."), e);
    case 404:
        return withServerWords(QCoreApplication::translate("ApiError",
                                   "Not found. It may have been deleted; refresh to see the current state."),
            e);
    case 405:
        return withServerWords(QCoreApplication::translate("ApiError",
                                   "The server does not allow this here (for example, the project's instance "
                                   "limit is reached)."),
            e);
    case 409:
        return withServerWords(QCoreApplication::translate("ApiError",
                                   "The instance is busy with another change. Try again when it has finished."),
            e);
    case 415:
        return withServerWords(QCoreApplication::translate(
                                   "ApiError", "The server refused the request format. This is a bug in the console."),
            e);
    case 420:
        return withServerWords(QCoreApplication::translate("ApiError",
                                   "This action is not available for this instance (for example, a free instance "
                                   "cannot be overwritten)."),
            e);
    default:
        break;
    }
    if (e.httpStatus >= 500)
        return withServerWords(
            QCoreApplication::translate("ApiError", "The Aura service had a problem (HTTP %1). Try again in a moment.")
                .arg(e.httpStatus),
            e);
    return withServerWords(
        QCoreApplication::translate("ApiError", "The server answered with an error (HTTP %1).").arg(e.httpStatus), e);
}

} // namespace

QString ApiError::field() const
{
    for (const ErrorDetail &detail : details) {
        if (!detail.field.isEmpty())
            return detail.field;
    }
    return {};
}

QString ApiError::userMessage() const
{
    QString text;
    switch (kind) {
    case Kind::Network:
        text = QCoreApplication::translate(
            "ApiError", "Cannot reach the Aura API. Check the network connection; the console keeps trying.");
        break;
    case Kind::Timeout:
        text = QCoreApplication::translate("ApiError", "The Aura API did not answer in time. Try again in a moment.");
        break;
    case Kind::Http:
        text = httpMessage(*this);
        break;
    case Kind::InvalidCredentials:
        text = QCoreApplication::translate(
            "ApiError", "The client id or client secret was not accepted. Check the API credentials of this account.");
        break;
    case Kind::PermissionDenied:
        text = withServerWords(QCoreApplication::translate("ApiError",
                                   "This API client is not allowed to do that. Ask a project admin for the role "
                                   "it needs."),
            *this);
        break;
    case Kind::RateLimited:
        text = retryAfter
            ? QCoreApplication::translate("ApiError", "Too many requests. The Aura API asks to wait %n second(s).",
                nullptr, static_cast<int>(retryAfter->count()))
            : QCoreApplication::translate("ApiError", "Too many requests. Wait a moment and try again.");
        break;
    case Kind::Malformed:
        text = QCoreApplication::translate("ApiError", "The Aura API sent an answer the console cannot read.");
        break;
    case Kind::InsecureTransport:
        text = QCoreApplication::translate("ApiError",
            "Refused to connect without a secure (HTTPS) connection, or the server's certificate is not "
            "trusted.");
        break;
    case Kind::Cancelled:
        text = QCoreApplication::translate("ApiError", "Cancelled.");
        break;
    case Kind::NoCredentials:
        text = QCoreApplication::translate("ApiError",
            "The client secret could not be read from the keychain. Enter it again in the account settings.");
        break;
    }
    if (!requestId.isEmpty())
        text += u' ' + QCoreApplication::translate("ApiError", "Request id for support: %1").arg(requestId);
    return text;
}

} // namespace Aura
