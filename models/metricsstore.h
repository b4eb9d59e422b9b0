#pragma once

#include "models/fleetmetrics.h"

#include <QList>
#include <QString>

#include <array>
#include <utility>

namespace Aura {

// The figures kept over time, one column each in the store.
enum class MetricSeries { Cpu, Heap, Storage, PageCache, QueriesPerSecond, LatencyMs, Connections };
inline constexpr int MetricSeriesCount = 7;

struct HistoryPoint
{
    qint64 atMs = 0; // UTC ms: the start of the point's minute or quarter hour
    std::array<double, MetricSeriesCount> values {}; // NaN where the reading had no such figure

    double value(MetricSeries s) const { return values[static_cast<size_t>(s)]; }
};

// The metrics history on disk (SQLite through Qt SQL, in the XDG data folder): a point per instance and minute
// for the last day, and one per quarter hour (the average of its minutes) for the last 30 days; older points are
// pruned. It holds instance ids, times and figures only, never a secret. A database that cannot be opened, is
// not a database or is locked by another program makes the store unavailable with the reason (problem()): the
// console then goes on without history. Not thread-safe: one thread uses a store (MetricsHistory gives it its
// own), because a Qt SQL connection belongs to the thread that opened it.
class MetricsStore final
{
public:
    struct Retention
    {
        qint64 fineStepMs = 60'000;
        qint64 fineKeepMs = 24LL * 3600 * 1000;
        qint64 coarseStepMs = 15LL * 60 * 1000;
        qint64 coarseKeepMs = 30LL * 24 * 3600 * 1000;
    };

    explicit MetricsStore(const QString &path);
    MetricsStore(const QString &path, const Retention &retention);
    ~MetricsStore();
    MetricsStore(const MetricsStore &) = delete;
    MetricsStore &operator=(const MetricsStore &) = delete;

    bool isAvailable() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }

    // Adds one reading per instance, in one transaction, and prunes what has aged out as of `nowMs`.
    bool record(const QList<std::pair<QString, MetricsReading>> &readings, qint64 nowMs);
    // The instance's points in [fromMs, toMs], oldest first: per minute when the range lies within the last
    // day of `nowMs`, per quarter hour otherwise.
    QList<HistoryPoint> read(const QString &instanceId, qint64 fromMs, qint64 toMs, qint64 nowMs) const;
    // Removes every point older than its tier keeps.
    bool prune(qint64 nowMs);
    qint64 pointCount() const;

private:
    bool exec(const QString &sql) const;
    bool fail(const QString &what, const QString &why) const;

    QString m_connection;
    Retention m_retention;
    mutable QString m_problem;
};

} // namespace Aura
