#pragma once

#include "api/apierror.h"

#include <QByteArray>
#include <QNetworkReply>

namespace Aura {

// Reads an error body in either form the service uses: the AuraError list {"errors": [{message, reason, field}]}
// or the middleware's {"error": "..."}. Anything else (HTML from a proxy, nothing at all) leaves both empty.
void readErrorBody(const QByteArray &body, ApiError &error);

// An error for an HTTP answer with a failure status, with the body read as above.
ApiError httpError(int httpStatus, const QByteArray &body, const QString &requestId);

// True when the reply ended without a complete HTTP answer (refused, dropped, cut short, timed out), even if a
// status line had arrived.
bool brokeOff(const QNetworkReply *reply);

// An error for an attempt that got no HTTP answer.
ApiError transportError(QNetworkReply::NetworkError code, const QString &errorString, bool timedOut);

} // namespace Aura
