#include "api/apicall.h"

#include "api/authorizer.h"
#include "api/clock.h"
#include "api/errorbody.h"
#include "api/logging.h"
#include "api/oneshotbody.h"
#include "api/ratebudget.h"
#include "api/transportsecurity.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>

#include <algorithm>
#include <chrono>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

namespace {

QByteArray verb(HttpMethod method)
{
    switch (method) {
    case HttpMethod::Get:
        return "GET"_ba;
    case HttpMethod::Post:
        return "POST"_ba;
    case HttpMethod::Patch:
        return "PATCH"_ba;
    case HttpMethod::Delete:
        return "DELETE"_ba;
    }
    return "GET"_ba;
}

} // namespace

ApiCall::ApiCall(ApiRequest request, const CallEnvironment &environment, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_env(environment)
{ }

ApiCall::~ApiCall()
{
    abortReply();
}

void ApiCall::abortReply()
{
    QNetworkReply *reply = m_reply.data();
    m_reply = nullptr;
    if (reply == nullptr)
        return;
    // Quietly: no finished() handling for a reply nobody waits for any more.
    QObject::disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    reply->deleteLater();
}

void ApiCall::start()
{
    if (!isTransportAllowed(m_request.url)) {
        qCWarning(lcApi).noquote() << "refusing" << verb(m_request.method) << m_request.url.toDisplayString()
                                   << ": HTTPS is required except on loopback";
        ApiError error;
        error.kind = ApiError::Kind::InsecureTransport;
        error.detailText = m_request.url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
        // Answer from the event loop, never from inside the caller's own call.
        QMetaObject::invokeMethod(
            this, [this, error] { fail(error); }, Qt::QueuedConnection);
        return;
    }
    nextAttempt();
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    abortReply();
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    fail(error);
}

void ApiCall::nextAttempt()
{
    m_env.budget->acquire(m_request.priority, this, [this] {
        m_env.authorizer->authorize(this, [this](const Authorizer::Result &result) {
            if (result.error)
                fail(*result.error);
            else
                send(result.header);
        });
    });
}

void ApiCall::send(const QByteArray &authorization)
{
    if (m_finished)
        return;
    ++m_attempt;
    m_authorization = authorization;
    QNetworkRequest request(m_request.url);
    request.setRawHeader("Authorization", authorization);
    request.setRawHeader("Accept", m_request.accept);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("aura-console/" AURA_VERSION));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
        m_request.sameOriginRedirectsOnly ? QNetworkRequest::SameOriginRedirectPolicy
                                          : QNetworkRequest::NoLessSafeRedirectPolicy);

    QNetworkReply *reply = nullptr;
    switch (m_request.method) {
    case HttpMethod::Get:
        reply = m_env.network->get(request);
        break;
    case HttpMethod::Delete:
        reply = m_env.network->deleteResource(request);
        break;
    case HttpMethod::Post:
    case HttpMethod::Patch: {
        // The live service answers 415 to a POST or PATCH without this, even when there is no body to speak of.
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_request.contentType);
        const bool json = m_request.contentType == "application/json";
        auto *body = new OneShotBody(m_request.body.isEmpty() && json ? "{}"_ba : m_request.body);
        request.setHeader(QNetworkRequest::ContentLengthHeader, body->size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        reply = m_env.network->sendCustomRequest(request, verb(m_request.method), body);
        body->setParent(reply);
        break;
    }
    }
    m_reply = reply;
    m_sentAtMs = m_env.clock->nowMs();
    Q_EMIT attemptSent();
    auto timedOut = std::make_shared<bool>(false);
    m_env.clock->callAfter(m_env.policy->timeoutMs(), reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    connect(reply, &QNetworkReply::sslErrors, this, [](const QList<QSslError> &errors) {
        // Never ignored: the reply fails with SslHandshakeFailedError and is reported as insecure transport.
        for (const QSslError &e : errors)
            qCWarning(lcApi) << "TLS error:" << e.errorString();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, timedOut] { onReply(reply, *timedOut); });
}

void ApiCall::onReply(QNetworkReply *reply, bool timedOut)
{
    reply->deleteLater();
    m_reply = nullptr;
    // A connection that broke after the status line (a cut body) is a network failure, not an answer.
    const int status = brokeOff(reply) ? 0 : reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString requestId = QString::fromLatin1(reply->rawHeader("X-Request-Id"));
    QByteArray body = reply->readAll();
    // The path only: ids in it are not secret, the query may hold a date, nothing else is logged.
    qCInfo(lcApi).noquote() << verb(m_request.method) << m_request.url.path()
                            << (status ? QString::number(status) : (timedOut ? u"timeout"_s : u"failed"_s))
                            << (m_env.clock->nowMs() - m_sentAtMs) << "ms"
                            << (requestId.isEmpty() ? u"-"_s : requestId);
    Q_EMIT serverReached(status != 0);

    if (status >= 200 && status < 300) {
        succeed(status, std::move(body), requestId);
        return;
    }
    const QByteArray authorization = std::exchange(m_authorization, {});
    if ((status == 401 || status == 403) && !m_replayed && m_env.authorizer->refused(authorization)) {
        // The token expired or was revoked: one fresh token, one replay. Safe even for POST: the server refused
        // to act on it.
        m_replayed = true;
        nextAttempt();
        return;
    }
    if (status == 404 && m_request.method == HttpMethod::Delete && m_attempt > 1) {
        // An earlier attempt went through and the instance is already on its way out: done.
        succeed(status, {}, requestId);
        return;
    }

    const AttemptOutcome outcome {status, reply->error(), timedOut, reply->rawHeader("Retry-After")};
    const QDateTime now = m_env.clock->utcNow();
    const bool idempotent = m_request.repeatable || RequestPolicy::isIdempotent(m_request.method);
    if (const auto delay = m_env.policy->retryDelayMs(idempotent, m_attempt, outcome, now)) {
        if (status == 429)
            m_env.budget->holdFor(*delay);
        qCInfo(lcApi) << "retrying" << verb(m_request.method) << m_request.url.path() << "in" << *delay << "ms";
        m_env.clock->callAfter(*delay, this, [this] { nextAttempt(); });
        return;
    }

    if (status == 0) {
        ApiError error = transportError(reply->error(), reply->errorString(), timedOut);
        // A change that may have reached the server and got no answer: done or not, nobody knows yet.
        if (!idempotent && !RequestPolicy::neverReachedServer(outcome)
            && (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout))
            error.kind = ApiError::Kind::OutcomeUnknown;
        fail(error);
        return;
    }
    ApiError error = httpError(status, body, requestId);
    if (status == 403)
        error.kind = ApiError::Kind::PermissionDenied;
    else if (status == 429)
        error.kind = ApiError::Kind::RateLimited;
    if (status == 429 || status == 503) {
        if (const auto wait = RequestPolicy::parseRetryAfterMs(outcome.retryAfter, now)) {
            error.retryAfter = std::chrono::seconds((*wait + 999) / 1000);
            // The user is told the whole wait; the account's other requests are held back no longer than a
            // retry would wait.
            if (status == 429)
                m_env.budget->holdFor(std::min(*wait, m_env.policy->settings().maxRetryAfterMs));
        }
    }
    fail(error);
}

void ApiCall::succeed(int status, QByteArray body, QString requestId)
{
    if (m_finished)
        return;
    m_finished = true;
    m_httpStatus = status;
    m_body = std::move(body);
    m_requestId = std::move(requestId);
    Q_EMIT finished();
}

void ApiCall::fail(ApiError error)
{
    if (m_finished)
        return;
    m_finished = true;
    if (error.host.isEmpty())
        error.host = m_request.url.host();
    m_httpStatus = error.httpStatus;
    m_requestId = error.requestId;
    m_error = std::move(error);
    Q_EMIT finished();
}

} // namespace Aura
