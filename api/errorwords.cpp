#include "api/apierror.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

// The one place where an ApiError becomes words for people.

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
    if (messages.isEmpty() && e.kind == ApiError::Kind::Http && !e.detailText.isEmpty())
        messages.append(e.detailText);
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

// "at api.neo4j.io (Connection refused)", as much of it as is known.
QString where(const ApiError &e, const MessageContext &context)
{
    const QString host = e.host.isEmpty() ? context.host : e.host;
    if (host.isEmpty() && e.detailText.isEmpty())
        return {};
    if (host.isEmpty())
        return u" ("_s + e.detailText + u')';
    if (e.detailText.isEmpty())
        return QCoreApplication::translate("ApiError", " at %1").arg(host);
    return QCoreApplication::translate("ApiError", " at %1 (%2)").arg(host, e.detailText);
}

// What to do about a service that cannot be reached, by where the user meets it.
QString whatToDoWhenUnreachable(const MessageContext &context)
{
    switch (context.situation) {
    case MessageContext::Situation::Refresh:
        return QCoreApplication::translate("ApiError", "The console keeps trying.");
    case MessageContext::Situation::ConnectionTest:
        return QCoreApplication::translate(
            "ApiError", "Check the network connection, any proxy or firewall, and the URLs.");
    case MessageContext::Situation::Operation:
        break;
    }
    return QCoreApplication::translate("ApiError", "Check the network connection and try again.");
}

} // namespace

QString ApiError::userMessage(const MessageContext &context) const
{
    QString text;
    switch (kind) {
    case Kind::Network:
        //: %1: " at <host> (<cause>)", or empty when neither is known
        text = QCoreApplication::translate("ApiError", "Cannot reach the Aura API%1.").arg(where(*this, context)) + u' '
            + whatToDoWhenUnreachable(context);
        break;
    case Kind::Timeout: {
        const QString server = host.isEmpty() ? context.host : host;
        text = (server.isEmpty() ? QCoreApplication::translate("ApiError", "The Aura API did not answer in time.")
                                 : QCoreApplication::translate("ApiError", "The Aura API at %1 did not answer in time.")
                                       .arg(server))
            + u' '
            + (context.situation == MessageContext::Situation::Refresh
                    ? QCoreApplication::translate("ApiError", "The console keeps trying.")
                    : QCoreApplication::translate("ApiError", "Check the network connection and try again."));
        break;
    }
    case Kind::Http:
        text = httpMessage(*this);
        // Testing a connection, the status itself tells what stands between the console and the service.
        if (context.situation == MessageContext::Situation::ConnectionTest
            && !text.contains(QString::number(httpStatus)))
            text = QCoreApplication::translate("ApiError", "The service answered with HTTP status %1: %2")
                       .arg(QString::number(httpStatus), text);
        break;
    case Kind::InvalidCredentials:
        text = QCoreApplication::translate("ApiError",
            "Wrong credentials: the service refused this client id and secret. Compare them with the API key in the "
            "Aura console (Account settings, API keys). The secret is shown only once, when the key is created: if "
            "you no longer have it, create a new key.");
        break;
    case Kind::PermissionDenied:
        text = withServerWords(QCoreApplication::translate("ApiError",
                                   "Missing permission: the credentials are valid, but this API key may not do "
                                   "that. Its access follows the roles of the user who created it; ask an "
                                   "administrator of the project."),
            *this);
        break;
    case Kind::RateLimited:
        text = retryAfter
            ? QCoreApplication::translate("ApiError", "Too many requests. The Aura API asks to wait %n second(s).",
                nullptr, static_cast<int>(std::min<qint64>(retryAfter->count(), std::numeric_limits<int>::max())))
            : QCoreApplication::translate("ApiError", "Too many requests. Wait a moment and try again.");
        break;
    case Kind::Malformed: {
        const QString server = host.isEmpty() ? context.host : host;
        text = context.situation == MessageContext::Situation::ConnectionTest && !server.isEmpty()
            ? QCoreApplication::translate("ApiError", "The answer could not be read (%1). Is %2 the Aura API?")
                  .arg(detailText, server)
            : QCoreApplication::translate("ApiError", "The Aura API sent an answer the console cannot read.");
        break;
    }
    case Kind::InsecureTransport:
        text = QCoreApplication::translate("ApiError",
            "Refused to connect without a secure (HTTPS) connection, or the server's certificate is not trusted, "
            "so nothing was sent. Use https:// URLs.");
        if (!detailText.isEmpty())
            text += u" ("_s + detailText + u')';
        break;
    case Kind::Cancelled:
        text = QCoreApplication::translate("ApiError", "Cancelled.");
        break;
    case Kind::NoCredentials:
        text = QCoreApplication::translate("ApiError",
            "The client secret could not be read from the keychain. Enter it again in the account settings.");
        if (!detailText.isEmpty())
            text += u" ("_s + detailText + u')';
        break;
    case Kind::OutcomeUnknown:
        text = detailText.isEmpty()
            ? QCoreApplication::translate("ApiError",
                "The answer to this request was lost on the way, so whether it was carried out is not known yet. "
                "The console checks with the service.")
            : QCoreApplication::translate("ApiError",
                "The answer to this request was lost on the way (%1), so whether it was carried out is not known "
                "yet. The console checks with the service.")
                  .arg(detailText);
        break;
    case Kind::RefusedDestination:
        //: %1: the URL the console would not send its token to
        text = QCoreApplication::translate("ApiError",
            "The console did not send its access token to %1: it goes only to the Aura service's own hosts "
            "(*.neo4j.io), because it opens the whole account.")
                   .arg(detailText);
        break;
    }
    if (!requestId.isEmpty())
        text += u' ' + QCoreApplication::translate("ApiError", "Request id for Neo4j support: %1").arg(requestId);
    return text;
}

} // namespace Aura
