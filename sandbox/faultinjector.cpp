#include "sandbox/faultinjector.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace AuraSandbox {

namespace {

constexpr qint64 BudgetWindowMs = 60 * 1000;

QString tr(const char *text)
{
    return QCoreApplication::translate("AuraSandbox::FaultSettings", text);
}

bool readRate(const QJsonObject &o, QLatin1StringView key, double &out, QString *error)
{
    if (!o.contains(key))
        return true;
    const QJsonValue v = o.value(key);
    if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 1) {
        *error = tr("%1 must be a number from 0 to 1").arg(key);
        return false;
    }
    out = v.toDouble();
    return true;
}

bool readCount(const QJsonObject &o, QLatin1StringView key, int &out, QString *error)
{
    if (!o.contains(key))
        return true;
    const QJsonValue v = o.value(key);
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 0 || d > 1e9 || std::floor(d) != d) {
        *error = tr("%1 must be a whole number, 0 or more").arg(key);
        return false;
    }
    out = static_cast<int>(d);
    return true;
}

} // namespace

QJsonObject FaultSettings::toJson() const
{
    return QJsonObject {
        {"latency_ms"_L1, latencyMs},
        {"server_error_rate"_L1, serverErrorRate},
        {"too_many_requests_rate"_L1, tooManyRequestsRate},
        {"retry_after"_L1, retryAfter == RetryAfter::Seconds ? u"seconds"_s : u"http-date"_s},
        {"retry_after_seconds"_L1, retryAfterSeconds},
        {"drop_rate"_L1, dropRate},
        {"malformed_rate"_L1, malformedRate},
        {"truncated_rate"_L1, truncatedRate},
        {"truncated_length"_L1, truncatedLength == TruncatedLength::Matching ? u"matching"_s : u"full"_s},
        {"request_budget_per_minute"_L1, requestBudgetPerMinute},
        {"seed"_L1, static_cast<qint64>(seed)},
    };
}

std::optional<FaultSettings> FaultSettings::fromJson(const QJsonObject &o, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    const QJsonObject known = FaultSettings().toJson();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = tr("Unknown fault setting %1; known are %2").arg(it.key(), known.keys().join(u", "_s));
            return std::nullopt;
        }
    }
    FaultSettings s;
    int seed = 1;
    if (!readCount(o, "latency_ms"_L1, s.latencyMs, error)
        || !readRate(o, "server_error_rate"_L1, s.serverErrorRate, error)
        || !readRate(o, "too_many_requests_rate"_L1, s.tooManyRequestsRate, error)
        || !readCount(o, "retry_after_seconds"_L1, s.retryAfterSeconds, error)
        || !readRate(o, "drop_rate"_L1, s.dropRate, error) || !readRate(o, "malformed_rate"_L1, s.malformedRate, error)
        || !readRate(o, "truncated_rate"_L1, s.truncatedRate, error)
        || !readCount(o, "request_budget_per_minute"_L1, s.requestBudgetPerMinute, error)
        || !readCount(o, "seed"_L1, seed, error))
        return std::nullopt;
    s.seed = static_cast<quint32>(seed);
    const QString retryAfter = o.value("retry_after"_L1).toString(u"seconds"_s);
    if (retryAfter != u"seconds" && retryAfter != u"http-date") {
        *error = tr("retry_after must be \"seconds\" or \"http-date\"");
        return std::nullopt;
    }
    s.retryAfter = retryAfter == u"seconds" ? RetryAfter::Seconds : RetryAfter::HttpDate;
    const QString truncated = o.value("truncated_length"_L1).toString(u"matching"_s);
    if (truncated != u"matching" && truncated != u"full") {
        *error = tr("truncated_length must be \"matching\" or \"full\"");
        return std::nullopt;
    }
    s.truncatedLength = truncated == u"matching" ? TruncatedLength::Matching : TruncatedLength::Full;
    return s;
}

FaultInjector::FaultInjector()
    : m_random(m_settings.seed)
{ }

void FaultInjector::setSettings(const FaultSettings &settings)
{
    m_settings = settings;
    m_random.seed(settings.seed);
    m_recentRequests.clear();
}

bool FaultInjector::strikes(double rate)
{
    // Always draw, so that one kind of fault does not shift the sequence of another.
    const double draw = m_random.generateDouble();
    return draw < rate;
}

QByteArray FaultInjector::retryAfterValue(qint64 nowMs, int seconds) const
{
    if (m_settings.retryAfter == FaultSettings::RetryAfter::Seconds)
        return QByteArray::number(seconds);
    // IMF-fixdate (RFC 9110), always in English and GMT; rounded up so that the date is never too early.
    const QDateTime at = QDateTime::fromMSecsSinceEpoch((nowMs / 1000 + seconds + 1) * 1000, Qt::UTC);
    return QLocale::c().toString(at, u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
}

FaultInjector::Decision FaultInjector::decide(qint64 nowMs)
{
    Decision d;
    const bool serverError = strikes(m_settings.serverErrorRate);
    const bool tooMany = strikes(m_settings.tooManyRequestsRate);
    const double errorKind = m_random.generateDouble();
    d.drop = strikes(m_settings.dropRate);
    d.malformed = strikes(m_settings.malformedRate);
    d.truncated = strikes(m_settings.truncatedRate);
    d.latencyMs = m_settings.latencyMs;

    if (m_settings.requestBudgetPerMinute > 0) {
        m_recentRequests.removeIf([nowMs](qint64 t) { return t <= nowMs - BudgetWindowMs; });
        if (m_recentRequests.size() >= m_settings.requestBudgetPerMinute) {
            const qint64 waitMs = m_recentRequests.first() + BudgetWindowMs - nowMs;
            d.rejectStatus = 429;
            d.retryAfter = retryAfterValue(nowMs, static_cast<int>(std::max<qint64>(1, (waitMs + 999) / 1000)));
            return d;
        }
        m_recentRequests << nowMs;
    }
    if (tooMany) {
        d.rejectStatus = 429;
        d.retryAfter = retryAfterValue(nowMs, m_settings.retryAfterSeconds);
    } else if (serverError) {
        d.rejectStatus = errorKind < 0.5 ? 500 : (errorKind < 0.75 ? 502 : 503);
    }
    return d;
}

} // namespace AuraSandbox
