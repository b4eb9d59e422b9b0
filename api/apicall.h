#pragma once

#include "api/apierror.h"
#include "api/auraservice.h"
#include "api/requestpolicy.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Aura {

class Authorizer;
class Clock;
class RateBudget;

// What one call needs from the client: shared by every call, owned by AuraClient.
struct CallEnvironment
{
    QNetworkAccessManager *network = nullptr;
    Authorizer *authorizer = nullptr; // the bearer token for API calls, the client credentials for the token
    RateBudget *budget = nullptr;
    const RequestPolicy *policy = nullptr;
    Clock *clock = nullptr;
};

struct ApiRequest
{
    HttpMethod method = HttpMethod::Get;
    QUrl url;
    QByteArray body; // for POST and PATCH
    Priority priority = Priority::User;
    QByteArray contentType = "application/json";
    QByteArray accept = "application/json";
    // A redirect is followed only to the same scheme, host and port, with the same token (a metrics scrape sends
    // the account's token to a URL from an answer: it must not be carried anywhere else).
    bool sameOriginRedirectsOnly = false;
    // Asking for a token changes nothing on the server: such a POST may be repeated like a GET.
    bool repeatable = false;
};

// One request, through all its attempts: budget, authorization, send, timeout, retry by the policy, one replay
// with a fresh token after 401/403. Every request of the client goes this way, the token request included. Ends exactly
// once with finished(): either a 2xx answer (status and body) or an ApiError. Deleting the call aborts whatever it is
// doing without a signal.
class ApiCall final : public QObject
{
    Q_OBJECT
public:
    ApiCall(ApiRequest request, const CallEnvironment &environment, QObject *parent = nullptr);
    ~ApiCall() override;

    void start();
    // Ends the call at once with ApiError::Kind::Cancelled.
    void cancel();

    const ApiRequest &request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    const std::optional<ApiError> &error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; }
    const QByteArray &body() const { return m_body; }
    const QString &requestId() const { return m_requestId; }
    int attempts() const { return m_attempt; }

Q_SIGNALS:
    void finished();
    // An attempt left for the server.
    void attemptSent();
    // An attempt ended: with an HTTP answer (true) or without one (false).
    void serverReached(bool reached);

private:
    void abortReply();
    void nextAttempt();
    void send(const QByteArray &authorization);
    void onReply(QNetworkReply *reply, bool timedOut);
    void succeed(int status, QByteArray body, QString requestId);
    void fail(ApiError error);

    ApiRequest m_request;
    CallEnvironment m_env;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_authorization; // what the current attempt was sent with, to report exactly it refused on 401/403
    int m_attempt = 0;
    bool m_replayed = false;
    bool m_finished = false;
    qint64 m_sentAtMs = 0;

    std::optional<ApiError> m_error;
    int m_httpStatus = 0;
    QByteArray m_body;
    QString m_requestId;
};

} // namespace Aura
