#include "sandboxserver.h"

#include "logging.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace AuraSandbox {

namespace {

using Status = QHttpServerResponder::StatusCode;

QByteArray newRequestId()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

QJsonDocument auraError(const QString &message, const QString &reason)
{
    return QJsonDocument(
        QJsonObject {{"errors"_L1, QJsonArray {QJsonObject {{"message"_L1, message}, {"reason"_L1, reason}}}}});
}

} // namespace

SandboxServer::SandboxServer(QObject *parent)
    : QAbstractHttpServer(parent)
{
    m_clients.insert(QString::fromLatin1(DemoClientId), QString::fromLatin1(DemoClientSecret));
}

quint16 SandboxServer::listenOnLoopback(quint16 port)
{
    m_port = listen(QHostAddress::LocalHost, port);
    if (m_port == 0)
        qCWarning(lcSandbox) << "cannot listen on 127.0.0.1 port" << port;
    return m_port;
}

QUrl SandboxServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1/v1"_s.arg(m_port));
}

QUrl SandboxServer::tokenUrl() const
{
    return QUrl(u"http://127.0.0.1:%1/oauth/token"_s.arg(m_port));
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    const QByteArray requestId = newRequestId();
    QHttpServerResponder responder = makeResponder(request, socket);
    auto reply = [&](const QJsonDocument &body, Status status) {
        qCInfo(lcSandbox).noquote() << request.method() << path << static_cast<int>(status) << requestId;
        responder.write(body, {{"X-Request-Id", requestId}}, status);
    };

    if (path == u"/oauth/token" || path == u"/v1/oauth/token") {
        if (request.method() != QHttpServerRequest::Method::Post) {
            reply(auraError(u"Use POST to obtain a token"_s, u"method-not-allowed"_s), Status::MethodNotAllowed);
            return true;
        }
        const QByteArray authorization = request.value("Authorization");
        const QByteArray credentials
            = authorization.startsWith("Basic ") ? QByteArray::fromBase64(authorization.mid(6)) : QByteArray();
        const qsizetype colon = credentials.indexOf(':');
        const QString clientId = QString::fromUtf8(credentials.left(colon));
        const QString secret = QString::fromUtf8(credentials.mid(colon + 1));
        const bool grantOk
            = QUrlQuery(QString::fromUtf8(request.body())).queryItemValue(u"grant_type"_s) == u"client_credentials";
        if (colon < 0 || !m_clients.contains(clientId) || m_clients.value(clientId) != secret) {
            reply(auraError(u"Invalid client credentials"_s, u"invalid-client"_s), Status::Unauthorized);
            return true;
        }
        if (!grantOk) {
            reply(auraError(u"grant_type must be client_credentials"_s, u"invalid-request"_s), Status::BadRequest);
            return true;
        }
        const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_tokens.insert(token, QDateTime::currentMSecsSinceEpoch() + 3600 * 1000);
        reply(QJsonDocument(
                  QJsonObject {{"access_token"_L1, token}, {"expires_in"_L1, 3600}, {"token_type"_L1, "bearer"_L1}}),
            Status::Ok);
        return true;
    }
    reply(auraError(u"Not found: %1"_s.arg(path), u"not-found"_s), Status::NotFound);
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(auraError(u"Not found"_s, u"not-found"_s), Status::NotFound);
}

} // namespace AuraSandbox
