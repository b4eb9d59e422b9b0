#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <deque>
#include <optional>

namespace AuraSandbox {

// What the sandbox did with each request, by the X-Request-Id of its answer, and how often each fault struck: so
// tests judge by facts (did this create make an instance? which faults were injected?) instead of parsing logs.
// Read in process, or on the control endpoint (GET /_sandbox/requests/{id}, GET /_sandbox/faults/counts). Keeps the
// last MaxEntries requests.
class RequestRecord final
{
public:
    static constexpr int MaxEntries = 10'000;

    struct Entry
    {
        QByteArray method;
        QString path;
        int status = 0; // as sent; 0 when the connection was dropped instead
        QString fault; // "", "server-error", "rate-limited", "dropped", "malformed", "truncated"
        QString createdInstanceId; // a create (or clone) that made an instance
    };
    struct FaultCounts
    {
        int serverErrors = 0;
        int rateLimited = 0;
        int dropped = 0;
        int malformed = 0;
        int truncated = 0;
    };

    void note(const QByteArray &requestId, Entry entry);
    std::optional<Entry> find(const QByteArray &requestId) const;
    const FaultCounts &faultCounts() const { return m_counts; }
    void resetFaultCounts() { m_counts = {}; }

    static QJsonObject toJson(const Entry &entry);
    static QJsonObject toJson(const FaultCounts &counts);

private:
    QHash<QByteArray, Entry> m_entries;
    std::deque<QByteArray> m_order; // oldest first
    FaultCounts m_counts;
};

} // namespace AuraSandbox
