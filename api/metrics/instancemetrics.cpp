#include "api/metrics/instancemetrics.h"

#include "api/metrics/exposition.h"

#include <QHash>

namespace Aura {

namespace {

struct Known
{
    const char *name;
    Metric metric;
    double max; // values outside [0, max] are rejected
    bool counter;
};

constexpr double Exabyte = 1e18;

constexpr std::array<Known, MetricCount> KnownMetrics {{
    {"neo4j_aura_cpu_usage", Metric::CpuUsage, 1e5, false},
    {"neo4j_aura_cpu_limit", Metric::CpuLimit, 1e5, false},
    {"neo4j_dbms_vm_heap_used_ratio", Metric::HeapUsedRatio, 1, false},
    {"neo4j_dbms_page_cache_hit_ratio_per_minute", Metric::PageCacheHitRatio, 1, false},
    {"neo4j_db_query_execution_success_total", Metric::QueriesTotal, Exabyte, true},
    {"neo4j_db_query_execution_internal_latency_q50", Metric::LatencyQ50Ms, 1e9, false},
    {"neo4j_dbms_bolt_connections_idle", Metric::BoltIdle, 1e9, false},
    {"neo4j_dbms_bolt_connections_running", Metric::BoltRunning, 1e9, false},
    {"neo4j_dbms_bolt_connections_max_count", Metric::BoltMax, 1e9, false},
    {"neo4j_aura_storage_limit", Metric::StorageLimitBytes, Exabyte, false},
    {"neo4j_database_store_size_database", Metric::StoreSizeBytes, Exabyte, false},
}};

const Known *known(QByteArrayView name)
{
    for (const Known &k : KnownMetrics) {
        if (name == k.name)
            return &k;
    }
    return nullptr;
}

std::optional<double> ratioPercent(const InstanceMetrics &m, Metric part, Metric whole)
{
    const auto p = m.value(part);
    const auto w = m.value(whole);
    if (!p || !w || *w <= 0)
        return std::nullopt;
    return std::min(100.0, 100.0 * *p / *w);
}

} // namespace

std::optional<double> InstanceMetrics::cpuPercent() const
{
    return ratioPercent(*this, Metric::CpuUsage, Metric::CpuLimit);
}

std::optional<double> InstanceMetrics::heapPercent() const
{
    const auto r = value(Metric::HeapUsedRatio);
    return r ? std::optional<double>(100.0 * *r) : std::nullopt;
}

std::optional<double> InstanceMetrics::storagePercent() const
{
    return ratioPercent(*this, Metric::StoreSizeBytes, Metric::StorageLimitBytes);
}

std::optional<double> InstanceMetrics::pageCacheHitPercent() const
{
    const auto r = value(Metric::PageCacheHitRatio);
    return r ? std::optional<double>(100.0 * *r) : std::nullopt;
}

std::optional<double> InstanceMetrics::boltConnections() const
{
    const auto idle = value(Metric::BoltIdle);
    const auto running = value(Metric::BoltRunning);
    if (!idle && !running)
        return std::nullopt;
    return idle.value_or(0) + running.value_or(0);
}

namespace Parse {

Parsed<MetricsScrape> metricsScrape(const QByteArray &body)
{
    MetricsScrape scrape;
    QHash<QByteArray, qsizetype> rowOf;
    const auto sink = [&](const Exposition::Sample &sample) {
        const Known *k = known(sample.name);
        if (!k)
            return;
        const QByteArray id = sample.label("instance_id");
        if (id.isEmpty() || !(sample.value >= 0 && sample.value <= k->max)) { // NaN fails both: a gap, not a value
            if (!std::isnan(sample.value) || id.isEmpty())
                ++scrape.rejectedValues;
            return;
        }
        auto row = rowOf.constFind(id);
        if (row == rowOf.constEnd()) {
            if (scrape.instances.size() >= MaxInstancesPerScrape) {
                ++scrape.rejectedValues;
                return;
            }
            row = rowOf.insert(id, scrape.instances.size());
            scrape.instances.append(InstanceMetrics {QString::fromUtf8(id)});
        }
        InstanceMetrics &m = scrape.instances[*row];
        const auto previous = m.value(k->metric);
        double v = sample.value;
        if (previous)
            v = k->counter ? std::min(k->max, *previous + v) : std::max(*previous, v);
        m.set(k->metric, v);
        if (sample.timestampMs)
            m.sampledAtMs = std::max(m.sampledAtMs, *sample.timestampMs);
    };
    auto parsed = Exposition::parse(body, sink);
    if (auto *error = std::get_if<QString>(&parsed))
        return *error;
    const auto &summary = std::get<Exposition::Summary>(parsed);
    scrape.skippedLines = summary.skippedLines;
    scrape.firstProblem = summary.firstProblem;
    return scrape;
}

} // namespace Parse

} // namespace Aura
