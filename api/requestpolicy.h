#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>

#include <functional>
#include <optional>

namespace Aura {

enum class HttpMethod { Get, Post, Patch, Delete };

// How one attempt of a request ended, as far as the retry rules care.
struct AttemptOutcome
{
    int httpStatus = 0; // 0: no HTTP answer (network error or timeout)
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    bool timedOut = false;
    QByteArray retryAfter; // the Retry-After header, verbatim
};

// The one request policy: how long an attempt may take, and whether and when a failed attempt is tried again.
// Only idempotent requests (GET, DELETE) are retried on network errors, timeouts and 5xx. POST and PATCH are
// retried only when the connection was never made, because then the server cannot have seen them (a repeated
// create is a second, billed database), or after a 429, which the service sends before doing any work. Every
// request is retried at most maxAttempts times in all, and a Retry-After beyond maxRetryAfterMs is reported.
class RequestPolicy final
{
public:
    struct Settings
    {
        qint64 timeoutMs = 30'000; // per attempt
        int maxAttempts = 4; // the first one included
        qint64 baseDelayMs = 500; // doubled on each retry
        qint64 maxDelayMs = 30'000; // cap of the backoff
        qint64 maxRetryAfterMs = 120'000; // a longer Retry-After is reported to the user instead of waited for
    };

    RequestPolicy();
    explicit RequestPolicy(Settings settings, std::function<double()> random = {});

    const Settings &settings() const { return m_settings; }
    qint64 timeoutMs() const { return m_settings.timeoutMs; }

    static bool isIdempotent(HttpMethod method);
    // True when the request cannot have reached the server (nothing was sent).
    static bool neverReachedServer(const AttemptOutcome &outcome);
    static bool isRetryableStatus(int httpStatus);

    // The wait before attempt `attempt + 1` after `attempt` (1-based) ended with `outcome`; nullopt: do not retry.
    std::optional<qint64> retryDelayMs(
        HttpMethod method, int attempt, const AttemptOutcome &outcome, const QDateTime &utcNow) const
    {
        return retryDelayMs(isIdempotent(method), attempt, outcome, utcNow);
    }
    // The same for a request whose repetition is safe (`idempotent`) or not, whatever its method.
    std::optional<qint64> retryDelayMs(
        bool idempotent, int attempt, const AttemptOutcome &outcome, const QDateTime &utcNow) const;

    // The exponential backoff with jitter before retry number `retry` (1-based), capped.
    qint64 backoffMs(int retry) const;

    // Retry-After in either form: delta-seconds ("120") or an HTTP date ("Wed, 21 Oct 2026 07:28:00 GMT").
    // A date in the past gives 0; anything unreadable gives nullopt; more than a day gives a day.
    static constexpr qint64 MaxRetryAfterSeconds = 86'400;
    static std::optional<qint64> parseRetryAfterMs(const QByteArray &value, const QDateTime &utcNow);

private:
    Settings m_settings;
    std::function<double()> m_random; // uniform in [0, 1)
};

} // namespace Aura
