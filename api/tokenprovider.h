#pragma once

#include "api/apierror.h"
#include "api/authorizer.h"
#include "api/clientcredentials.h"
#include "api/requestpolicy.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace Aura {

class ApiCall;
class Clock;
class RateBudget;
class SecretStore;

// The bearer token of one API client (OAuth2 client credentials). The token lives in memory only and is reused
// until shortly before it expires; then the next caller triggers a refresh. One refresh runs at a time: callers
// arriving meanwhile are parked and all answered by it. The token request is an ApiCall like any other (budget,
// timeout, retries, TLS checks, logging), authorized by the client credentials instead of a token; a 2xx answer
// that cannot be read is asked again like any idempotent request.
class TokenProvider final : public QObject, public Authorizer
{
    Q_OBJECT
public:
    struct Result
    {
        QString token; // empty on error
        std::optional<ApiError> error;
    };
    using Callback = std::function<void(const Result &)>;

    // Token requests count against `budget` (when given): the live limit covers every endpoint.
    TokenProvider(QNetworkAccessManager *network, SecretStore *secrets, Clock *clock, const RequestPolicy *policy,
        RateBudget *budget = nullptr, QObject *parent = nullptr);
    ~TokenProvider() override;

    // Forgets the current token: the next request authenticates with the new credentials.
    void setCredentials(const QUrl &tokenUrl, const QString &clientId, const QString &secretKey);

    // Answers with a valid token, at once when one is cached, else after a refresh. Dropped if `context` dies.
    void requestToken(QObject *context, Callback callback);

    // The server refused `token` (401/403): the next requestToken() fetches a new one. A token that was already
    // replaced is ignored, so many requests failing with the same old token cause a single refresh.
    void invalidate(const QString &token);

    // Authorizer: "Bearer <token>" for the API's requests.
    void authorize(QObject *context, Authorizer::Callback callback) override;
    bool refused(const QByteArray &header) override;

    bool hasValidToken() const;
    // Token requests sent so far, for diagnostics and tests.
    int refreshCount() const { return m_refreshCount; }

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Callback callback;
    };

    void startRefresh();
    void cancelRefresh();
    void onTokenCall(ApiCall *call, qint64 startedMs);
    void finishRefresh(const Result &result);

    QNetworkAccessManager *m_network;
    Clock *m_clock;
    const RequestPolicy *m_policy;
    RateBudget *m_budget;
    ClientCredentials m_credentials;
    QUrl m_tokenUrl;

    QString m_token;
    qint64 m_validUntilMs = 0; // clock time after which the token is refreshed before use
    QList<Waiter> m_waiters;
    ApiCall *m_refresh = nullptr; // the token request in flight; deleting it aborts it without an answer
    QObject *m_retryWait = nullptr; // while waiting to ask again after an unreadable answer; deleting it cancels
    int m_unreadableAnswers = 0; // in a row, in this refresh
    int m_refreshCount = 0;
};

} // namespace Aura
