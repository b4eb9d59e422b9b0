#include "api/requestpolicy.h"

#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

RequestPolicy::RequestPolicy()
    : RequestPolicy(Settings {})
{ }

RequestPolicy::RequestPolicy(Settings settings, std::function<double()> random)
    : m_settings(settings)
    , m_random(std::move(random))
{
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
}

bool RequestPolicy::isIdempotent(HttpMethod method)
{
    return method == HttpMethod::Get || method == HttpMethod::Delete;
}

bool RequestPolicy::neverReachedServer(const AttemptOutcome &outcome)
{
    if (outcome.httpStatus != 0 || outcome.timedOut)
        return false;
    switch (outcome.networkError) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
        return true;
    default:
        return false;
    }
}

bool RequestPolicy::isRetryableStatus(int httpStatus)
{
    return httpStatus == 429 || (httpStatus >= 500 && httpStatus <= 599);
}

std::optional<qint64> RequestPolicy::retryDelayMs(
    bool idempotent, int attempt, const AttemptOutcome &outcome, const QDateTime &utcNow) const
{
    if (attempt >= m_settings.maxAttempts)
        return std::nullopt;
    const bool transient = outcome.httpStatus == 0
        ? (outcome.timedOut || outcome.networkError != QNetworkReply::NoError)
        : isRetryableStatus(outcome.httpStatus);
    if (!transient)
        return std::nullopt;
    if (outcome.networkError == QNetworkReply::OperationCanceledError && !outcome.timedOut)
        return std::nullopt; // cancelled on purpose
    if (outcome.networkError == QNetworkReply::SslHandshakeFailedError)
        return std::nullopt; // a TLS problem does not go away by asking again
    // A 429 is the rate limiter's answer, given before any work is done: safe to wait out and send again, even a
    // create. Anything else that may have reached the server is not sent twice unless repeating it is harmless.
    if (!idempotent && !neverReachedServer(outcome) && outcome.httpStatus != 429)
        return std::nullopt;

    if (outcome.httpStatus == 429 || outcome.httpStatus == 503) {
        if (const auto serverWait = parseRetryAfterMs(outcome.retryAfter, utcNow)) {
            if (*serverWait > m_settings.maxRetryAfterMs)
                return std::nullopt;
            return std::max(*serverWait, qint64 {0});
        }
    }
    return backoffMs(attempt);
}

qint64 RequestPolicy::backoffMs(int retry) const
{
    const double exponential = static_cast<double>(m_settings.baseDelayMs) * std::pow(2.0, std::max(0, retry - 1));
    const double capped = std::min(exponential, static_cast<double>(m_settings.maxDelayMs));
    // "Equal jitter": at least half the backoff, so clients that failed together do not retry together.
    const double jittered = capped / 2.0 + capped / 2.0 * std::clamp(m_random(), 0.0, 1.0);
    return static_cast<qint64>(std::llround(jittered));
}

std::optional<qint64> RequestPolicy::parseRetryAfterMs(const QByteArray &value, const QDateTime &utcNow)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = text.toLongLong(&isNumber);
    if (isNumber) {
        // Clamped before it becomes milliseconds: a wait of more than a day is a day (and longer than any caller
        // obeys), however many digits the server sent.
        if (seconds < 0)
            return std::nullopt;
        return std::min<qint64>(seconds, MaxRetryAfterSeconds) * 1000;
    }

    // IMF-fixdate is what servers send; RFC 850 and asctime forms are obsolete and not read.
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(text), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (when.isValid())
        when.setTimeSpec(Qt::UTC);
    else
        when = QDateTime::fromString(QString::fromLatin1(text), Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return std::clamp<qint64>(utcNow.msecsTo(when), 0, MaxRetryAfterSeconds * 1000);
}

} // namespace Aura
