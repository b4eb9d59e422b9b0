#pragma once

#include "api/metrics/instancemetrics.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <optional>

namespace Aura {

// What the console shows of one instance's last scrape: percentages of its limits, rates and counts.
struct MetricsReading
{
    qint64 atMs = 0; // UTC ms of the samples (the scrape's time when the answer gave none)
    std::optional<double> cpuPercent;
    std::optional<double> heapPercent;
    std::optional<double> storagePercent;
    std::optional<double> storeBytes;
    std::optional<double> storageLimitBytes;
    std::optional<double> pageCacheHitPercent;
    std::optional<double> queriesPerSecond; // from the counter's growth since the scrape before
    std::optional<double> latencyMs;
    std::optional<double> boltConnections;
};

// The latest metrics of every instance scraped, for the table's columns and the alerts; no history (that is the
// MetricsHistory's). Fed by the MetricsScraper, one project's instances at a time.
class FleetMetrics final : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // One scrape of a project: `covered` are its instances the scrape speaks for (those without samples in it,
    // paused ones say, lose their reading); `receivedAtMs` (UTC) stands in for samples without a time.
    void apply(const QStringList &covered, const QList<InstanceMetrics> &metrics, qint64 receivedAtMs);
    void forget(const QStringList &instanceIds);

    const MetricsReading *latest(const QString &instanceId) const;
    qsizetype size() const { return m_readings.size(); }

Q_SIGNALS:
    // Instances whose reading came, changed or went.
    void updated(const QStringList &instanceIds);

private:
    struct Counter
    {
        double total = 0;
        qint64 atMs = 0;
    };

    QHash<QString, MetricsReading> m_readings;
    QHash<QString, Counter> m_queries; // the last query counter seen per instance, for the rate
};

} // namespace Aura
