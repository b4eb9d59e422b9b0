#include "api/errorbody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

void readErrorBody(const QByteArray &body, ApiError &error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return;
    const QJsonObject object = document.object();
    const QJsonValue errors = object.value("errors"_L1);
    if (errors.isArray()) {
        for (const QJsonValue &entry : errors.toArray()) {
            const QJsonObject o = entry.toObject();
            ErrorDetail detail {
                o.value("message"_L1).toString(), o.value("reason"_L1).toString(), o.value("field"_L1).toString()};
            if (!detail.message.isEmpty() || !detail.reason.isEmpty())
                error.details.append(std::move(detail));
        }
    }
    const QJsonValue middleware = object.value("error"_L1);
    if (middleware.isString())
        error.serverError = middleware.toString();
    // OAuth style token errors: {"error": "invalid_client", "error_description": "..."}
    const QString description = object.value("error_description"_L1).toString();
    if (!description.isEmpty())
        error.serverError = error.serverError.isEmpty() ? description : error.serverError + u": "_s + description;
}

ApiError httpError(int httpStatus, const QByteArray &body, const QString &requestId)
{
    ApiError error;
    error.kind = ApiError::Kind::Http;
    error.httpStatus = httpStatus;
    error.requestId = requestId;
    readErrorBody(body, error);
    return error;
}

bool brokeOff(const QNetworkReply *reply)
{
    // 1..99 are the connection-level errors; above them come proxy, content and HTTP status errors.
    const int code = reply->error();
    return code > QNetworkReply::NoError && code < QNetworkReply::ProxyConnectionRefusedError;
}

ApiError transportError(QNetworkReply::NetworkError code, const QString &errorString, bool timedOut)
{
    ApiError error;
    error.detailText = errorString;
    if (timedOut)
        error.kind = ApiError::Kind::Timeout;
    else if (code == QNetworkReply::SslHandshakeFailedError)
        error.kind = ApiError::Kind::InsecureTransport;
    else if (code == QNetworkReply::OperationCanceledError)
        error.kind = ApiError::Kind::Cancelled;
    else
        error.kind = ApiError::Kind::Network;
    return error;
}

} // namespace Aura
