#pragma once

#include "api/apierror.h"
#include "api/requestpolicy.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Aura {

class Clock;
class RateBudget;
class SecretStore;

// The bearer token of one API client (OAuth2 client credentials). The token lives in memory only and is reused
// until shortly before it expires; then the next caller triggers a refresh. One refresh runs at a time: callers
// arriving meanwhile are parked and all answered by it. The client secret is read from the SecretStore for each
// token request and dropped as soon as the request is built.
class TokenProvider final : public QObject
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
    void readSecretAndSend(int attempt);
    void readSecretAndSendNow(int attempt);
    void sendTokenRequest(const QString &secret, int attempt);
    void cancelRefresh();
    void onTokenReply(QNetworkReply *reply, int attempt, bool timedOut, qint64 startedMs);
    void finishRefresh(const Result &result);

    QNetworkAccessManager *m_network;
    SecretStore *m_secrets;
    Clock *m_clock;
    const RequestPolicy *m_policy;
    RateBudget *m_budget;

    QUrl m_tokenUrl;
    QString m_clientId;
    QString m_secretKey;

    QString m_token;
    qint64 m_validUntilMs = 0; // clock time after which the token is refreshed before use
    QList<Waiter> m_waiters;
    QPointer<QNetworkReply> m_reply;
    QObject *m_refresh = nullptr; // lives as long as one refresh; destroying it drops that refresh's callbacks
    int m_refreshCount = 0;
};

} // namespace Aura
