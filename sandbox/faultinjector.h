#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <optional>

namespace AuraSandbox {

// What can go wrong, on purpose. Rates are probabilities from 0 to 1, drawn from a generator seeded with `seed`,
// so a run with the same settings and the same requests fails the same way.
struct FaultSettings
{
    enum class RetryAfter { Seconds, HttpDate };
    // A truncated body either comes with a Content-Length that matches what is sent (a complete HTTP message
    // holding cut JSON), or with the length of the whole body, the connection closing early (a cut transfer).
    enum class TruncatedLength { Matching, Full };

    int latencyMs = 0; // added to every answer
    double serverErrorRate = 0; // 500/502/503 before the request is processed
    double tooManyRequestsRate = 0; // 429 before the request is processed
    RetryAfter retryAfter = RetryAfter::Seconds;
    int retryAfterSeconds = 2;
    double dropRate = 0; // the request is processed, then the connection closes without an answer
    double malformedRate = 0; // the request is processed, the answer's body is not JSON
    double truncatedRate = 0; // the request is processed, the answer's body is cut in half
    TruncatedLength truncatedLength = TruncatedLength::Matching;
    int requestBudgetPerMinute = 0; // 0 = unlimited; the live service allows 125
    quint32 seed = 1;

    QJsonObject toJson() const;
    // Keys missing from the object keep their default. nullopt and *error for an unknown key or a bad value.
    static std::optional<FaultSettings> fromJson(const QJsonObject &object, QString *error);
    bool operator==(const FaultSettings &) const = default;
};

// Decides, request by request, which fault strikes.
class FaultInjector final
{
public:
    struct Decision
    {
        int rejectStatus = 0; // 429 or 5xx: answer this instead of processing the request
        QByteArray retryAfter; // Retry-After header of a 429
        bool drop = false;
        bool malformed = false;
        bool truncated = false;
        int latencyMs = 0;
    };

    FaultInjector();
    void setSettings(const FaultSettings &settings); // also restarts the random sequence and the budget
    const FaultSettings &settings() const { return m_settings; }
    bool isQuiet() const { return m_settings == FaultSettings {}; }

    Decision decide(qint64 nowMs);

private:
    bool strikes(double rate);
    QByteArray retryAfterValue(qint64 nowMs, int seconds) const;

    FaultSettings m_settings;
    QRandomGenerator m_random;
    QList<qint64> m_recentRequests; // times of the requests within the last minute, for the budget
};

} // namespace AuraSandbox
