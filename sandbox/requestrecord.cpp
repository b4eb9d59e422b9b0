#include "sandbox/requestrecord.h"

using namespace Qt::Literals::StringLiterals;

namespace AuraSandbox {

void RequestRecord::note(const QByteArray &requestId, Entry entry)
{
    if (entry.fault == u"server-error")
        ++m_counts.serverErrors;
    else if (entry.fault == u"rate-limited")
        ++m_counts.rateLimited;
    else if (entry.fault == u"dropped")
        ++m_counts.dropped;
    else if (entry.fault == u"malformed")
        ++m_counts.malformed;
    else if (entry.fault == u"truncated")
        ++m_counts.truncated;
    if (!m_entries.contains(requestId))
        m_order.push_back(requestId);
    m_entries.insert(requestId, std::move(entry));
    while (m_order.size() > static_cast<size_t>(MaxEntries)) {
        m_entries.remove(m_order.front());
        m_order.pop_front();
    }
}

std::optional<RequestRecord::Entry> RequestRecord::find(const QByteArray &requestId) const
{
    const auto it = m_entries.constFind(requestId);
    if (it == m_entries.cend())
        return std::nullopt;
    return *it;
}

QJsonObject RequestRecord::toJson(const Entry &entry)
{
    QJsonObject o {{"method"_L1, QString::fromLatin1(entry.method)}, {"path"_L1, entry.path},
        {"status"_L1, entry.status}, {"fault"_L1, entry.fault}};
    if (!entry.createdInstanceId.isEmpty())
        o.insert("created_instance_id"_L1, entry.createdInstanceId);
    return o;
}

QJsonObject RequestRecord::toJson(const FaultCounts &counts)
{
    return {{"server_errors"_L1, counts.serverErrors}, {"rate_limited"_L1, counts.rateLimited},
        {"dropped"_L1, counts.dropped}, {"malformed"_L1, counts.malformed}, {"truncated"_L1, counts.truncated}};
}

} // namespace AuraSandbox
