#include "models/fleetmetrics.h"

#include <QSet>

namespace Aura {

void FleetMetrics::apply(const QStringList &covered, const QList<InstanceMetrics> &metrics, qint64 receivedAtMs)
{
    QStringList touched;
    QSet<QString> seen;
    const QSet<QString> speaksFor(covered.cbegin(), covered.cend());
    for (const InstanceMetrics &m : metrics) {
        if (!speaksFor.contains(m.instanceId))
            continue; // another project's, or one the console does not show: not this scrape's to speak for
        seen.insert(m.instanceId);
        MetricsReading r;
        r.atMs = m.sampledAtMs > 0 ? m.sampledAtMs : receivedAtMs;
        r.cpuPercent = m.cpuPercent();
        r.heapPercent = m.heapPercent();
        r.storagePercent = m.storagePercent();
        r.storeBytes = m.value(Metric::StoreSizeBytes);
        r.storageLimitBytes = m.value(Metric::StorageLimitBytes);
        r.pageCacheHitPercent = m.pageCacheHitPercent();
        r.latencyMs = m.value(Metric::LatencyQ50Ms);
        r.boltConnections = m.boltConnections();
        if (const auto total = m.value(Metric::QueriesTotal)) {
            const auto before = m_queries.constFind(m.instanceId);
            // A counter that went down was restarted (the instance was paused or moved): no rate this time.
            if (before != m_queries.constEnd() && r.atMs > before->atMs && *total >= before->total)
                r.queriesPerSecond = (*total - before->total) * 1000.0 / static_cast<double>(r.atMs - before->atMs);
            if (before == m_queries.constEnd() || r.atMs > before->atMs)
                m_queries.insert(m.instanceId, Counter {*total, r.atMs});
        }
        m_readings.insert(m.instanceId, r);
        touched.append(m.instanceId);
    }
    for (const QString &id : covered) {
        if (!seen.contains(id) && m_readings.remove(id) > 0) {
            m_queries.remove(id);
            touched.append(id);
        }
    }
    if (!touched.isEmpty())
        Q_EMIT updated(touched);
}

void FleetMetrics::forget(const QStringList &instanceIds)
{
    QStringList gone;
    for (const QString &id : instanceIds) {
        m_queries.remove(id);
        if (m_readings.remove(id) > 0)
            gone.append(id);
    }
    if (!gone.isEmpty())
        Q_EMIT updated(gone);
}

const MetricsReading *FleetMetrics::latest(const QString &instanceId) const
{
    const auto it = m_readings.constFind(instanceId);
    return it == m_readings.constEnd() ? nullptr : &*it;
}

} // namespace Aura
