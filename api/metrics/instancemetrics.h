#pragma once

#include "api/responseparser.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <array>
#include <cmath>
#include <limits>
#include <optional>

namespace Aura {

// The figures of Aura's metrics integration the console reads, by the metric names of its reference
// (neo4j.com/docs/aura/metrics/metrics-integration/reference). Others in the answer are ignored.
enum class Metric {
    CpuUsage, // cores in use
    CpuLimit, // cores assigned
    HeapUsedRatio, // 0..1
    PageCacheHitRatio, // 0..1
    QueriesTotal, // successful queries since the instance started (a counter)
    LatencyQ50Ms, // median query time
    BoltIdle,
    BoltRunning,
    BoltMax,
    StorageLimitBytes,
    StoreSizeBytes,
};
inline constexpr int MetricCount = 11;

// One instance's figures in one scrape. A figure the answer lacked, or gave as NaN or out of its range, is absent.
struct InstanceMetrics
{
    QString instanceId;
    qint64 sampledAtMs = 0; // the samples' own time (UTC ms), 0 when the answer gave none
    std::array<double, MetricCount> values {filled()};

    bool has(Metric m) const { return !std::isnan(values[index(m)]); }
    std::optional<double> value(Metric m) const
    {
        return has(m) ? std::optional<double>(values[index(m)]) : std::nullopt;
    }
    void set(Metric m, double v) { values[index(m)] = v; }

    // Derived percentages (0..100), absent when a part is.
    std::optional<double> cpuPercent() const;
    std::optional<double> heapPercent() const;
    std::optional<double> storagePercent() const;
    std::optional<double> pageCacheHitPercent() const;
    std::optional<double> boltConnections() const; // idle + running

    static constexpr size_t index(Metric m) { return static_cast<size_t>(m); }

private:
    static constexpr std::array<double, MetricCount> filled()
    {
        std::array<double, MetricCount> a {};
        a.fill(std::numeric_limits<double>::quiet_NaN());
        return a;
    }
};

struct MetricsScrape
{
    QList<InstanceMetrics> instances; // in the order the answer first named them
    qsizetype skippedLines = 0; // lines that were not samples
    qsizetype rejectedValues = 0; // samples of a known metric with a value out of its range, or beyond the caps
    QString firstProblem;
};

namespace Parse {

// At most this many instances are read from one answer; the rest are counted in rejectedValues.
constexpr qsizetype MaxInstancesPerScrape = 100'000;

// A metrics endpoint's answer (Prometheus text, samples labelled by instance_id). Samples of one instance and
// metric over several databases are summed for counters and the largest taken for gauges. Fails only when the
// body is not an exposition at all (or too large).
Parsed<MetricsScrape> metricsScrape(const QByteArray &body);

} // namespace Parse

} // namespace Aura
