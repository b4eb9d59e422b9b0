#include "sandbox/metricsexposition.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

namespace AuraSandbox {

namespace {

constexpr double TwoPi = 6.283185307179586476925;
constexpr double GiB = 1024.0 * 1024.0 * 1024.0;
constexpr double Day = 24 * 3600;

enum Metric {
    CpuUsage,
    CpuLimit,
    HeapUsedRatio,
    PageCacheHitRatio,
    QuerySuccessTotal,
    QueryLatencyQ50,
    BoltIdle,
    BoltRunning,
    BoltMax,
    StorageLimit,
    StoreSize,
    MetricCount
};

struct Family
{
    const char *name;
    const char *type;
    const char *aggregation; // as the reference names it for each metric
    const char *help;
};

constexpr std::array<Family, MetricCount> Families {{
    {MetricNames::CpuUsage, "gauge", "MAX", "CPU usage (cores)."},
    {MetricNames::CpuLimit, "gauge", "MAX", "The total CPU cores assigned to the instance nodes."},
    {MetricNames::HeapUsedRatio, "gauge", "MAX", "The percentage of configured heap memory in use."},
    {MetricNames::PageCacheHitRatio, "gauge", "AVG",
        "The percentage of times data required during query execution was found in memory."},
    {MetricNames::QuerySuccessTotal, "counter", "SUM",
        "The total number of successful queries executed on this database."},
    {MetricNames::QueryLatencyQ50, "gauge", "MAX",
        "The query execution time in milliseconds where 50% of queries executed faster than the reported time."},
    {MetricNames::BoltIdle, "gauge", "MAX",
        "The total number of Bolt connections that are connected but not executing Cypher or returning results."},
    {MetricNames::BoltRunning, "gauge", "MAX",
        "The total number of Bolt connections that are currently executing Cypher and returning results."},
    {MetricNames::BoltMax, "gauge", "MAX", "The maximum number of Bolt connections."},
    {MetricNames::StorageLimit, "gauge", "MAX", "The total disk storage assigned to the instance."},
    {MetricNames::StoreSize, "gauge", "MAX", "Amount of disk space reserved to store user database data, in bytes."},
}};

using Values = std::array<double, MetricCount>;

quint64 hashId(const QString &id)
{
    quint64 h = 1469598103934665603ULL; // FNV-1a: the same figures on every run and platform
    for (QChar c : id) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    return h;
}

// A number in [0, 1) drawn from the instance's hash; salt picks an independent one.
double fraction(quint64 hash, quint64 salt)
{
    quint64 z = hash + salt * 0x9E3779B97F4A7C15ULL; // splitmix64
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    z ^= z >> 31;
    return static_cast<double>(z >> 11) / 9007199254740992.0;
}

// "32GB" as 32; 0 when the size is not in whole GB.
double gigabytes(const QString &size)
{
    if (!size.endsWith(QLatin1StringView("GB")))
        return 0;
    bool ok = false;
    const int value = QStringView(size).chopped(2).toInt(&ok);
    return ok && value > 0 && value <= 65536 ? value : 0;
}

Values valuesOf(const InstanceRecord &i, double t)
{
    const quint64 h = hashId(i.id);
    const double phase = TwoPi * fraction(h, 1);
    const auto wave = [&](double period, double multiple) { return std::sin(TwoPi * t / period + multiple * phase); };
    const double memory = std::max(1.0, gigabytes(i.memory));
    const double storage = gigabytes(i.storage) > 0 ? gigabytes(i.storage) : 2 * memory;
    const double created = std::min(t, static_cast<double>(i.createdMs) / 1000.0);
    const double age = t - created;
    const double load = std::clamp(0.2 + 0.15 * wave(3600, 1) + 0.05 * wave(300, 2), 0.01, 1.0); // 0 to 0.4

    Values v {};
    v[CpuLimit] = std::max(1.0, std::floor(memory / 2));
    v[CpuUsage] = v[CpuLimit] * load;
    v[HeapUsedRatio] = 0.35 + 0.2 * wave(1800, 1) + 0.05 * wave(120, 3); // 0.1 to 0.6
    v[PageCacheHitRatio] = 0.985 + 0.01 * wave(2400, 1); // 0.975 to 0.995
    // Queries per second: rate * (1 + 0.5 sin(w t + phase)), always positive, so its integral only grows.
    const double rate = 5 + 45 * fraction(h, 2);
    const double period = 3600;
    const double k = 0.5 * period / TwoPi;
    const double cosNow = std::cos(TwoPi * t / period + phase);
    const double cosCreated = std::cos(TwoPi * created / period + phase);
    v[QuerySuccessTotal] = std::max(0.0, std::floor(rate * (age - k * (cosNow - cosCreated))));
    v[QueryLatencyQ50] = 2 + 1.5 * (1 + wave(1200, 1)) + 3 * fraction(h, 3); // 2 to 8 ms
    v[BoltMax] = 400;
    v[BoltRunning] = std::round(1 + 20 * load);
    v[BoltIdle] = std::round(10 + 10 * (1 + wave(2700, 1)) + 20 * fraction(h, 4));
    v[StorageLimit] = storage * GiB;
    // The store grows with the instance's age towards at most 70% of the disk.
    const double used = 0.1 + 0.3 * fraction(h, 5) + 0.3 * (1 - std::exp(-age / (90 * Day)));
    v[StoreSize] = std::floor(v[StorageLimit] * used);
    return v;
}

// The label set after the aggregation, with the instance id escaped as the format wants it.
QByteArray labelsOf(const QString &instanceId)
{
    QByteArray out = "\",database=\"neo4j\",instance_id=\"";
    const QByteArray id = instanceId.toUtf8();
    for (char c : id) {
        if (c == '\\' || c == '"')
            out += '\\';
        if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    out += "\"} ";
    return out;
}

void append(QByteArray &out, double value)
{
    char buffer[64];
    const auto result = std::to_chars(
        buffer, buffer + sizeof buffer, std::isfinite(value) ? value : 0.0, std::chars_format::fixed, 6);
    out.append(buffer, result.ptr - buffer);
}

} // namespace

QByteArray metricsExposition(const QList<InstanceRecord> &instances, qint64 nowMs)
{
    struct Row
    {
        QByteArray labels;
        Values values;
    };
    QList<Row> rows;
    const double t = static_cast<double>(nowMs) / 1000.0;
    for (const InstanceRecord &i : instances) {
        if (i.status == InstanceStatus::Running)
            rows.append(Row {labelsOf(i.id), valuesOf(i, t)});
    }
    if (rows.isEmpty())
        return {};

    char stamp[24];
    const auto stampEnd = std::to_chars(stamp, stamp + sizeof stamp, nowMs).ptr;
    QByteArray out;
    out.reserve(MetricCount * (rows.size() * 150 + 200));
    for (int m = 0; m < MetricCount; ++m) {
        const Family &f = Families[static_cast<size_t>(m)];
        out.append("# HELP ").append(f.name).append(' ').append(f.help).append('\n');
        out.append("# TYPE ").append(f.name).append(' ').append(f.type).append('\n');
        for (const Row &row : std::as_const(rows)) {
            out.append(f.name).append("{aggregation=\"").append(f.aggregation).append(row.labels);
            append(out, row.values[static_cast<size_t>(m)]);
            out.append(' ').append(stamp, stampEnd - stamp).append('\n');
        }
    }
    return out;
}

} // namespace AuraSandbox
