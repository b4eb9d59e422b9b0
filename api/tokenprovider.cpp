#include "api/tokenprovider.h"

#include "api/apicall.h"
#include "api/clock.h"
#include "api/logging.h"
#include "api/ratebudget.h"
#include "api/responseparser.h"

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

namespace {

// Refresh this long before the announced expiry, so a request never leaves with a token about to die.
qint64 refreshMarginMs(qint64 lifetimeMs)
{
    return std::min<qint64>(60'000, lifetimeMs / 10);
}

// What a token request's failure means for the account: refused credentials are their own kind.
ApiError tokenError(ApiError error)
{
    const int status = error.httpStatus;
    if (status == 401 || status == 403 || (status == 400 && error.serverError.contains(u"invalid_client"_s)))
        error.kind = ApiError::Kind::InvalidCredentials;
    return error;
}

} // namespace

TokenProvider::TokenProvider(QNetworkAccessManager *network, SecretStore *secrets, Clock *clock,
    const RequestPolicy *policy, RateBudget *budget, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
    , m_policy(policy)
    , m_budget(budget)
    , m_credentials(secrets)
{
    if (!m_budget)
        m_budget = new RateBudget(clock, std::numeric_limits<int>::max(), 1, this); // unlimited
}

TokenProvider::~TokenProvider()
{
    cancelRefresh();
}

void TokenProvider::setCredentials(const QUrl &tokenUrl, const QString &clientId, const QString &secretKey)
{
    m_tokenUrl = tokenUrl;
    m_credentials.setCredentials(clientId, secretKey);
    m_token.clear();
    m_validUntilMs = 0;
    if (m_refresh || m_retryWait) {
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
    if (!m_refresh && !m_retryWait)
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

void TokenProvider::authorize(QObject *context, Authorizer::Callback callback)
{
    requestToken(context, [callback = std::move(callback)](const Result &result) {
        if (result.error)
            callback({{}, result.error});
        else
            callback({"Bearer " + result.token.toUtf8(), std::nullopt});
    });
}

bool TokenProvider::refused(const QByteArray &header)
{
    if (header.startsWith("Bearer "))
        invalidate(QString::fromUtf8(header.mid(7)));
    return true;
}

void TokenProvider::cancelRefresh()
{
    // Deleting the call aborts its reply without an answer.
    delete m_refresh;
    m_refresh = nullptr;
    delete m_retryWait;
    m_retryWait = nullptr;
    m_unreadableAnswers = 0;
}

void TokenProvider::startRefresh()
{
    ApiRequest request;
    request.method = HttpMethod::Post;
    request.url = m_tokenUrl;
    request.body = "grant_type=client_credentials"_ba;
    request.contentType = "application/x-www-form-urlencoded"_ba;
    request.priority = Priority::User;
    request.repeatable = true;
    auto *call = new ApiCall(request, {m_network, &m_credentials, m_budget, m_policy, m_clock}, this);
    m_refresh = call;
    const qint64 startedMs = m_clock->nowMs();
    connect(call, &ApiCall::attemptSent, this, [this] { ++m_refreshCount; });
    connect(call, &ApiCall::finished, this, [this, call, startedMs] { onTokenCall(call, startedMs); });
    call->start();
}

void TokenProvider::onTokenCall(ApiCall *call, qint64 startedMs)
{
    call->deleteLater();
    m_refresh = nullptr;
    if (call->error()) {
        finishRefresh({{}, tokenError(*call->error())});
        return;
    }
    const Parse::Parsed<Parse::TokenAnswer> answer = Parse::tokenAnswer(call->body());
    if (const auto *why = std::get_if<QString>(&answer)) {
        // Asking for a token changes nothing on the server: an answer cut or garbled on the way is asked again.
        if (m_unreadableAnswers + 1 < m_policy->settings().maxAttempts) {
            ++m_unreadableAnswers;
            const qint64 delay = m_policy->backoffMs(m_unreadableAnswers);
            qCInfo(lcAuth) << "the token answer could not be read; asking again in" << delay << "ms";
            m_retryWait = new QObject(this);
            m_clock->callAfter(delay, m_retryWait, [this] {
                m_retryWait->deleteLater();
                m_retryWait = nullptr;
                startRefresh();
            });
            return;
        }
        ApiError error;
        error.kind = ApiError::Kind::Malformed;
        error.detailText = *why;
        error.httpStatus = call->httpStatus();
        error.requestId = call->requestId();
        finishRefresh({{}, error});
        return;
    }
    const auto &[token, lifetimeMs] = std::get<Parse::TokenAnswer>(answer);
    m_token = token;
    m_validUntilMs = startedMs + lifetimeMs - refreshMarginMs(lifetimeMs);
    finishRefresh({m_token, std::nullopt});
}

void TokenProvider::finishRefresh(const Result &result)
{
    m_unreadableAnswers = 0;
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if (waiter.context && waiter.callback)
            waiter.callback(result);
    }
}

} // namespace Aura
