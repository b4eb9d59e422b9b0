#include "sandbox/sandboxserver.h"

#include "sandbox/demodata.h"
#include "sandbox/logging.h"
#include "sandbox/metricsexposition.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace AuraSandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    using M = QHttpServerRequest::Method;
    switch (method) {
    case M::Get:
        return "GET";
    case M::Put:
        return "PUT";
    case M::Delete:
        return "DELETE";
    case M::Post:
        return "POST";
    case M::Head:
        return "HEAD";
    case M::Options:
        return "OPTIONS";
    case M::Patch:
        return "PATCH";
    case M::Connect:
        return "CONNECT";
    case M::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

bool wantsKeepAlive(const QHttpServerRequest &request)
{
    return request.value("Connection").toLower() != "close";
}

// Every ':' becomes '=': same length, so Content-Length still matches, but no JSON parser accepts it.
QByteArray malformed(QByteArray body)
{
    if (body.isEmpty())
        return "{=}";
    return body.replace(':', '=');
}

} // namespace

struct SandboxServer::Exchange
{
    QByteArray method;
    QString path;
    QByteArray requestId;
    bool keepAlive = true;
    QElapsedTimer clock;
};

SandboxServer::SandboxServer(QObject *parent, std::unique_ptr<Dialect> dialect)
    : QAbstractHttpServer(parent)
    , m_dialect(dialect ? std::move(dialect) : std::make_unique<AuraV1Dialect>())
    , m_platform(m_state)
    , m_api(m_state, *m_dialect)
    , m_platformApi(m_platform)
    , m_control(m_state, m_auth, m_faults, m_record, m_dialect->name())
{
    const Dialect::Semantics &semantics = m_dialect->semantics();
    m_state.setRules(StateRules {
        semantics.showsDestroyed, semantics.overwriteStatus, semantics.liveLimits, semantics.snapshotsNeedPaidTier});
    m_api.setKeyCheck([this](const InstanceSpec &spec) {
        return m_platform.checkKeyUsable(
            spec.customerManagedKeyId, spec.tenantId, spec.cloudProvider, spec.region, spec.type);
    });
}

SandboxServer::~SandboxServer() = default;

quint16 SandboxServer::listenOnLoopback(quint16 port)
{
    m_port = listen(QHostAddress::LocalHost, port);
    if (m_port == 0)
        qCWarning(lcSandbox) << "cannot listen on 127.0.0.1 port" << port;
    else
        m_dialect->setMetricsBase(u"http://127.0.0.1:%1/customer-metrics"_s.arg(m_port));
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

QUrl SandboxServer::controlUrl() const
{
    return QUrl(u"http://127.0.0.1:%1/_sandbox"_s.arg(m_port));
}

void SandboxServer::loadDemoData()
{
    const qint64 now = m_state.now();
    SandboxData data = m_dialect->demoData(now);
    rescale(data, now, m_state.timeScale());
    m_state.reset(data);
    m_platform.reset(data.keys, data.sessions);
}

HttpAnswer SandboxServer::refusal(int status, const QString &message, const QString &reason) const
{
    return HttpAnswer::json(status, m_dialect->frontError(ApiFailure {status, message, reason, {}}));
}

bool SandboxServer::lacksJsonContentType(const QHttpServerRequest &request, const QByteArray &method) const
{
    if (!m_dialect->semantics().requiresJsonContentType || (method != "POST" && method != "PATCH"))
        return false;
    const QByteArray type = request.value("Content-Type").trimmed().toLower();
    return type != "application/json" && !type.startsWith("application/json;");
}

HttpAnswer SandboxServer::answerMetrics(const QByteArray &method, const QString &path)
{
    // /customer-metrics/api/v1/<tenant>/metrics or /customer-metrics/api/v1/<tenant>/<instance>/metrics
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    const bool tenantWide = parts.size() == 5 && parts[4] == u"metrics";
    const bool oneInstance = parts.size() == 6 && parts[5] == u"metrics";
    if ((!tenantWide && !oneInstance) || parts[1] != u"api" || parts[2] != u"v1")
        return m_api.failure(ApiFailure {404, tr("Not found: %1").arg(path), u"not-found"_s, {}});
    if (method != "GET") {
        HttpAnswer answer = m_api.failure(ApiFailure {405, tr("Use GET for metrics"), u"method-not-allowed"_s, {}});
        answer.setHeader("Allow", "GET");
        return answer;
    }
    const Outcome<TenantRecord> tenant = m_state.tenant(parts[3]);
    if (const auto *failure = std::get_if<ApiFailure>(&tenant))
        return m_api.failure(*failure);
    QList<InstanceRecord> instances = m_state.instances(parts[3]);
    if (oneInstance) {
        instances.removeIf([&](const InstanceRecord &i) { return i.id != parts[4]; });
        if (instances.isEmpty()) {
            return m_api.failure(
                ApiFailure {404, tr("Instance %1 not found").arg(parts[4]), u"instance-not-found"_s, {}});
        }
    }
    HttpAnswer answer;
    answer.status = 200;
    answer.contentType = MetricsContentType;
    answer.body = metricsExposition(instances, m_state.now());
    return answer;
}

HttpAnswer SandboxServer::answerToken(const QHttpServerRequest &request, const QByteArray &method)
{
    if (method != "POST") {
        HttpAnswer answer = refusal(405, tr("Use POST to obtain a token"), u"method-not-allowed"_s);
        answer.setHeader("Allow", "POST");
        return answer;
    }
    SandboxAuth::Refusal why = SandboxAuth::Refusal::BadCredentials;
    const std::optional<SandboxAuth::Token> token = m_auth.issue(request.value("Authorization"), request.body(), &why);
    if (!token) {
        if (why == SandboxAuth::Refusal::BadGrant) {
            return refusal(400, tr("grant_type must be client_credentials"), u"unsupported-grant-type"_s);
        }
        HttpAnswer answer = refusal(401, tr("Invalid client credentials"), u"invalid-client"_s);
        answer.setHeader("WWW-Authenticate", "Basic realm=\"aura-sandbox\"");
        return answer;
    }
    return HttpAnswer::json(200,
        QJsonObject {{"access_token"_L1, token->accessToken}, {"expires_in"_L1, token->expiresIn},
            {"token_type"_L1, u"bearer"_s}});
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Exchange exchange;
    exchange.clock.start();
    exchange.method = methodName(request.method());
    exchange.path = request.url().path(QUrl::FullyDecoded);
    exchange.requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    exchange.keepAlive = wantsKeepAlive(request);

    if (exchange.path.startsWith(u"/_sandbox/")) {
        // The control endpoint changes how the server behaves: nobody beyond this machine may reach it.
        const HttpAnswer answer = socket->peerAddress().isLoopback()
            ? m_control.handle(exchange.method, exchange.path, request.body())
            : refusal(403, tr("The control endpoint only answers on the loopback interface"), u"forbidden"_s);
        deliver(socket, exchange, answer, {});
        return true;
    }

    const FaultInjector::Decision faults = m_faults.decide(m_state.now());
    if (faults.rejectStatus == 429) {
        HttpAnswer answer = refusal(429, tr("Too many requests; retry later"), u"rate-limit-exceeded"_s);
        answer.setHeader("Retry-After", faults.retryAfter);
        deliver(socket, exchange, answer, faults);
        return true;
    }
    if (faults.rejectStatus != 0) {
        deliver(socket, exchange, refusal(faults.rejectStatus, tr("The service is unavailable"), u"server-error"_s),
            faults);
        return true;
    }

    if (exchange.path == u"/oauth/token" || exchange.path == u"/v1/oauth/token") {
        deliver(socket, exchange, answerToken(request, exchange.method), faults);
        return true;
    }
    const bool metrics = exchange.path.startsWith(u"/customer-metrics/");
    if (!metrics && exchange.path != u"/v1" && !exchange.path.startsWith(u"/v1/")) {
        deliver(socket, exchange, refusal(404, tr("Not found: %1").arg(exchange.path), u"not-found"_s), faults);
        return true;
    }
    switch (m_auth.check(request.value("Authorization"))) {
    case SandboxAuth::Check::Missing:
    case SandboxAuth::Check::Unknown: {
        HttpAnswer answer = refusal(401, tr("Authentication required: send a valid bearer token"), u"unauthorized"_s);
        answer.setHeader("WWW-Authenticate", "Bearer realm=\"aura-sandbox\"");
        deliver(socket, exchange, answer, faults);
        return true;
    }
    case SandboxAuth::Check::Expired:
        deliver(
            socket, exchange, refusal(403, tr("The token has expired; obtain a new one"), u"token-expired"_s), faults);
        return true;
    case SandboxAuth::Check::Valid:
        break;
    }
    if (metrics) {
        deliver(socket, exchange, answerMetrics(exchange.method, exchange.path), faults);
        return true;
    }
    if (lacksJsonContentType(request, exchange.method)) {
        deliver(socket, exchange,
            refusal(415, tr("Send the body as Content-Type: application/json"), u"unsupported-media-type"_s), faults);
        return true;
    }
    const QString below = exchange.path.mid(3);
    if (m_dialect->semantics().platformEndpoints) {
        std::optional<HttpAnswer> answer = m_platformApi.handle(
            exchange.method, below.split(u'/', Qt::SkipEmptyParts), request.query(), request.body());
        if (answer) {
            deliver(socket, exchange, std::move(*answer), faults);
            return true;
        }
    }
    deliver(socket, exchange, m_api.handle(exchange.method, below, request.query(), request.body()), faults);
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Exchange exchange;
    exchange.clock.start();
    exchange.method = methodName(request.method());
    exchange.path = request.url().path();
    exchange.requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    deliver(socket, exchange, refusal(404, tr("Not found"), u"not-found"_s), {});
}

void SandboxServer::deliver(
    QTcpSocket *socket, const Exchange &exchange, HttpAnswer answer, const FaultInjector::Decision &faults)
{
    answer.setHeader("X-Request-Id", exchange.requestId);
    if (faults.latencyMs <= 0) {
        write(socket, exchange, answer, faults);
        return;
    }
    // The socket may be gone when the delay is over (the client gave up): hold it weakly, answer only if alive.
    QPointer<QTcpSocket> weakSocket(socket);
    auto delayed = std::make_shared<Exchange>(exchange);
    QTimer::singleShot(faults.latencyMs, this, [this, weakSocket, delayed, answer, faults] {
        if (!weakSocket || weakSocket->state() != QAbstractSocket::ConnectedState) {
            qCInfo(lcSandbox).noquote() << delayed->method << delayed->path << "client gone" << delayed->clock.elapsed()
                                        << "ms" << delayed->requestId;
            return;
        }
        write(weakSocket.data(), *delayed, answer, faults);
    });
}

void SandboxServer::noteRequest(
    const Exchange &exchange, const HttpAnswer &answer, const FaultInjector::Decision &faults)
{
    RequestRecord::Entry entry;
    entry.method = exchange.method;
    entry.path = exchange.path;
    entry.status = faults.drop ? 0 : answer.status;
    if (faults.rejectStatus == 429)
        entry.fault = u"rate-limited"_s;
    else if (faults.rejectStatus != 0)
        entry.fault = u"server-error"_s;
    else if (faults.drop)
        entry.fault = u"dropped"_s;
    else if (faults.malformed)
        entry.fault = u"malformed"_s;
    else if (faults.truncated && !answer.body.isEmpty())
        entry.fault = u"truncated"_s;
    // A create that made an instance, whatever happened to its answer afterwards.
    if (exchange.method == "POST" && exchange.path == u"/v1/instances" && answer.status >= 200 && answer.status < 300)
        entry.createdInstanceId
            = QJsonDocument::fromJson(answer.body).object().value("data"_L1).toObject().value("id"_L1).toString();
    m_record.note(exchange.requestId, std::move(entry));
}

void SandboxServer::write(
    QTcpSocket *socket, const Exchange &exchange, const HttpAnswer &answer, const FaultInjector::Decision &faults)
{
    const auto log = [&](const char *fault) {
        const QString line = u"%1 %2 %3 %4 ms %5"_s.arg(QString::fromLatin1(exchange.method), exchange.path)
                                 .arg(answer.status)
                                 .arg(exchange.clock.elapsed())
                                 .arg(QString::fromLatin1(exchange.requestId));
        qCInfo(lcSandbox).noquote() << (*fault ? line + u' ' + QLatin1StringView(fault) : line);
    };
    if (!exchange.path.startsWith(u"/_sandbox/"))
        noteRequest(exchange, answer, faults);
    if (faults.drop) {
        log("(dropped: connection closed without an answer)");
        socket->abort();
        return;
    }
    if (faults.malformed) {
        log("(malformed body)");
        const QByteArray body = malformed(answer.body);
        socket->write(responseHead(answer, body.size(), exchange.keepAlive) + body);
        return;
    }
    if (faults.truncated && !answer.body.isEmpty()) {
        const QByteArray part = answer.body.left(answer.body.size() / 2);
        if (m_faults.settings().truncatedLength == FaultSettings::TruncatedLength::Full) {
            log("(truncated: full Content-Length, connection closed early)");
            socket->write(responseHead(answer, answer.body.size(), false) + part);
            socket->disconnectFromHost();
        } else {
            log("(truncated: Content-Length of the part sent)");
            socket->write(responseHead(answer, part.size(), exchange.keepAlive) + part);
        }
        return;
    }
    log("");
    socket->write(responseHead(answer, answer.body.size(), exchange.keepAlive) + answer.body);
    if (!exchange.keepAlive)
        socket->disconnectFromHost();
}

} // namespace AuraSandbox
