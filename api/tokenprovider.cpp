#include "api/tokenprovider.h"

#include "api/clock.h"
#include "api/errorbody.h"
#include "api/logging.h"
#include "api/ratebudget.h"
#include "api/secrets/secretstore.h"
#include "api/transportsecurity.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

namespace {

// Refresh this long before the announced expiry, so a request never leaves with a token about to die.
qint64 refreshMarginMs(qint64 lifetimeMs)
{
    return std::min<qint64>(60'000, lifetimeMs / 10);
}

ApiError credentialsError(ApiError::Kind kind, const QString &detail)
{
    ApiError error;
    error.kind = kind;
    error.detailText = detail;
    return error;
}

} // namespace

TokenProvider::TokenProvider(QNetworkAccessManager *network, SecretStore *secrets, Clock *clock,
    const RequestPolicy *policy, RateBudget *budget, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_secrets(secrets)
    , m_clock(clock)
    , m_policy(policy)
    , m_budget(budget)
{ }

TokenProvider::~TokenProvider()
{
    cancelRefresh();
}

void TokenProvider::setCredentials(const QUrl &tokenUrl, const QString &clientId, const QString &secretKey)
{
    m_tokenUrl = tokenUrl;
    m_clientId = clientId;
    m_secretKey = secretKey;
    m_token.clear();
    m_validUntilMs = 0;
    if (m_refresh) {
        cancelRefresh();
        startRefresh();
    }
}

bool TokenProvider::hasValidToken() const
{
    return !m_token.isEmpty() && m_clock->nowMs() < m_validUntilMs;
}

void TokenProvider::requestToken(QObject *context, Callback callback)
{
    if (hasValidToken()) {
        callback({m_token, std::nullopt});
        return;
    }
    m_waiters.append({context, std::move(callback)});
    if (!m_refresh)
        startRefresh();
}

void TokenProvider::invalidate(const QString &token)
{
    if (!token.isEmpty() && token == m_token) {
        qCInfo(lcAuth) << "the server refused the current token; a new one will be requested";
        m_token.clear();
        m_validUntilMs = 0;
    }
}

void TokenProvider::cancelRefresh()
{
    // Deleting the refresh's context object also deletes (and so aborts) its reply without any callback.
    delete m_refresh;
    m_refresh = nullptr;
}

void TokenProvider::startRefresh()
{
    m_refresh = new QObject(this);
    if (!isTransportAllowed(m_tokenUrl)) {
        qCWarning(lcAuth) << "refusing to send credentials to" << m_tokenUrl.toDisplayString(QUrl::RemoveUserInfo)
                          << ": HTTPS is required except on loopback";
        finishRefresh({{}, credentialsError(ApiError::Kind::InsecureTransport, m_tokenUrl.toDisplayString())});
        return;
    }
    readSecretAndSend(1);
}

void TokenProvider::readSecretAndSend(int attempt)
{
    // The budget first, the secret after: the secret is held only while the request is built.
    if (m_budget) {
        m_budget->acquire(Priority::User, m_refresh, [this, attempt] { readSecretAndSendNow(attempt); });
        return;
    }
    readSecretAndSendNow(attempt);
}

void TokenProvider::readSecretAndSendNow(int attempt)
{
    m_secrets->read(m_secretKey, m_refresh, [this, attempt](const SecretStore::Result &result) {
        if (result.status != SecretStore::Status::Ok || result.secret.isEmpty()) {
            const QString why = result.status == SecretStore::Status::Unavailable
                ? result.errorText
                : u"no client secret stored for this account"_s;
            qCWarning(lcAuth) << "cannot read the client secret:" << why;
            finishRefresh({{}, credentialsError(ApiError::Kind::NoCredentials, why)});
            return;
        }
        sendTokenRequest(result.secret, attempt);
    });
}

void TokenProvider::sendTokenRequest(const QString &secret, int attempt)
{
    QNetworkRequest request(m_tokenUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader(
        "Authorization", "Basic " + QByteArray(m_clientId.toUtf8() + ':' + secret.toUtf8()).toBase64());
    ++m_refreshCount;
    const qint64 startedMs = m_clock->nowMs();
    QNetworkReply *reply = m_network->post(request, "grant_type=client_credentials"_ba);
    m_reply = reply;
    reply->setParent(m_refresh);
    auto timedOut = std::make_shared<bool>(false);
    m_clock->callAfter(m_policy->timeoutMs(), reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    connect(reply, &QNetworkReply::finished, m_refresh,
        [this, reply, attempt, timedOut, startedMs] { onTokenReply(reply, attempt, *timedOut, startedMs); });
}

void TokenProvider::onTokenReply(QNetworkReply *reply, int attempt, bool timedOut, qint64 startedMs)
{
    reply->deleteLater();
    m_reply = nullptr;
    const int status = brokeOff(reply) ? 0 : reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString requestId = QString::fromLatin1(reply->rawHeader("X-Request-Id"));
    const QByteArray body = reply->readAll();
    qCInfo(lcAuth).noquote() << "POST" << m_tokenUrl.path() << (status ? QString::number(status) : u"-"_s)
                             << (m_clock->nowMs() - startedMs) << "ms" << requestId;

    if (status >= 200 && status < 300) {
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        const QString token = object.value("access_token"_L1).toString();
        const qint64 lifetimeMs = static_cast<qint64>(object.value("expires_in"_L1).toDouble(3600)) * 1000;
        const QString type = object.value("token_type"_L1).toString(u"bearer"_s);
        if (token.isEmpty() || lifetimeMs <= 0 || type.compare(u"bearer"_s, Qt::CaseInsensitive) != 0) {
            ApiError error = credentialsError(ApiError::Kind::Malformed, u"token response without a bearer token"_s);
            error.httpStatus = status;
            error.requestId = requestId;
            finishRefresh({{}, error});
            return;
        }
        m_token = token;
        m_validUntilMs = startedMs + lifetimeMs - refreshMarginMs(lifetimeMs);
        finishRefresh({m_token, std::nullopt});
        return;
    }

    AttemptOutcome outcome {status, reply->error(), timedOut, reply->rawHeader("Retry-After")};
    // Asking for a token changes nothing on the server, so it may be repeated like a GET.
    if (const auto delay = m_policy->retryDelayMs(HttpMethod::Get, attempt, outcome, m_clock->utcNow())) {
        qCInfo(lcAuth) << "token request failed; trying again in" << *delay << "ms";
        if (status == 429 && m_budget)
            m_budget->holdFor(*delay);
        m_clock->callAfter(*delay, m_refresh, [this, attempt] { readSecretAndSend(attempt + 1); });
        return;
    }
    ApiError error
        = status ? httpError(status, body, requestId) : transportError(reply->error(), reply->errorString(), timedOut);
    if (status == 401 || status == 403 || (status == 400 && error.serverError.contains(u"invalid_client"_s)))
        error.kind = ApiError::Kind::InvalidCredentials;
    else if (status == 429)
        error.kind = ApiError::Kind::RateLimited;
    finishRefresh({{}, error});
}

void TokenProvider::finishRefresh(const Result &result)
{
    if (m_refresh) {
        m_refresh->deleteLater();
        m_refresh = nullptr;
    }
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if (waiter.context && waiter.callback)
            waiter.callback(result);
    }
}

} // namespace Aura
