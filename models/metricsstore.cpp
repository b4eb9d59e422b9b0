#include "models/metricsstore.h"

#include "models/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>
#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

namespace {

constexpr int SchemaVersion = 1;
const QString Columns = u"cpu, heap, storage, pagecache, qps, latency, connections"_s;
constexpr std::array<const char *, MetricSeriesCount> ColumnNames {
    "cpu", "heap", "storage", "pagecache", "qps", "latency", "connections"};

std::array<std::optional<double>, MetricSeriesCount> seriesOf(const MetricsReading &r)
{
    return {r.cpuPercent, r.heapPercent, r.storagePercent, r.pageCacheHitPercent, r.queriesPerSecond, r.latencyMs,
        r.boltConnections};
}

QVariant bindable(const std::optional<double> &v)
{
    return v && std::isfinite(*v) ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}

QString upsert(bool average)
{
    QString set;
    for (const char *c : ColumnNames) {
        const QString name = QString::fromLatin1(c);
        set += average ? u"%1 = CASE WHEN excluded.%1 IS NULL THEN %1 WHEN %1 IS NULL THEN excluded.%1 "
                         "ELSE (%1 * n + excluded.%1) / (n + 1) END, "_s.arg(name)
                       : u"%1 = excluded.%1, "_s.arg(name);
    }
    set += average ? u"n = n + 1"_s : u"n = 1"_s;
    return u"INSERT INTO points (instance, tier, bucket, n, %1) VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?) "
           "ON CONFLICT (instance, tier, bucket) DO UPDATE SET %2"_s.arg(Columns, set);
}

} // namespace

MetricsStore::MetricsStore(const QString &path)
    : MetricsStore(path, Retention {})
{ }

MetricsStore::MetricsStore(const QString &path, const Retention &retention)
    : m_retention(retention)
{
    static std::atomic<int> serial {0};
    m_connection = u"aura-metrics-%1"_s.arg(++serial);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    if (!db.isValid()) {
        m_problem = QCoreApplication::translate("MetricsStore", "The SQLite driver of Qt is not installed.");
        return;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=2000"_s);
    if (!db.open()) {
        fail(u"open"_s, db.lastError().text());
        return;
    }
    // The first statement finds out whether the file is a database at all.
    QSqlQuery version(db);
    if (!version.exec(u"PRAGMA user_version"_s) || !version.next()) {
        fail(u"read"_s, version.lastError().text());
        return;
    }
    const int found = version.value(0).toInt();
    version.finish();
    if (found > SchemaVersion) {
        m_problem = QCoreApplication::translate("MetricsStore", "The history was written by a newer console.");
        return;
    }
    if (!exec(u"PRAGMA journal_mode = WAL"_s)
        || !exec(u"CREATE TABLE IF NOT EXISTS points (instance TEXT NOT NULL, tier INTEGER NOT NULL, "
                 "bucket INTEGER NOT NULL, n INTEGER NOT NULL, cpu REAL, heap REAL, storage REAL, pagecache REAL, "
                 "qps REAL, latency REAL, connections REAL, PRIMARY KEY (instance, tier, bucket)) WITHOUT ROWID"_s)
        || !exec(u"CREATE INDEX IF NOT EXISTS points_age ON points (tier, bucket)"_s)
        || !exec(u"PRAGMA user_version = %1"_s.arg(SchemaVersion)))
        return;
}

MetricsStore::~MetricsStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool MetricsStore::fail(const QString &what, const QString &why) const
{
    qCWarning(lcModels).noquote() << "metrics history:" << what << "failed:" << why;
    m_problem = QCoreApplication::translate("MetricsStore", "The metrics history cannot be used (%1).").arg(why);
    return false;
}

bool MetricsStore::exec(const QString &sql) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(sql))
        return fail(sql.section(u' ', 0, 1), q.lastError().text());
    return true;
}

bool MetricsStore::record(const QList<std::pair<QString, MetricsReading>> &readings, qint64 nowMs)
{
    if (!isAvailable())
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return fail(u"begin"_s, db.lastError().text());
    QSqlQuery fine(db);
    QSqlQuery coarse(db);
    if (!fine.prepare(upsert(false)) || !coarse.prepare(upsert(true))) {
        db.rollback();
        return fail(u"prepare"_s, fine.lastError().text() + coarse.lastError().text());
    }
    for (const auto &[instanceId, reading] : readings) {
        if (reading.atMs <= 0)
            continue;
        const auto values = seriesOf(reading);
        for (auto [query, tier, step] :
            {std::tuple {&fine, 0, m_retention.fineStepMs}, std::tuple {&coarse, 1, m_retention.coarseStepMs}}) {
            query->bindValue(0, instanceId);
            query->bindValue(1, tier);
            query->bindValue(2, reading.atMs / step);
            for (int k = 0; k < MetricSeriesCount; ++k)
                query->bindValue(3 + k, bindable(values[static_cast<size_t>(k)]));
            if (!query->exec()) {
                const QString why = query->lastError().text();
                db.rollback();
                return fail(u"write"_s, why);
            }
        }
    }
    if (!db.commit())
        return fail(u"commit"_s, db.lastError().text());
    return prune(nowMs);
}

bool MetricsStore::prune(qint64 nowMs)
{
    if (!isAvailable())
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"DELETE FROM points WHERE (tier = 0 AND bucket < ?) OR (tier = 1 AND bucket < ?)"_s);
    q.bindValue(0, (nowMs - m_retention.fineKeepMs) / m_retention.fineStepMs);
    q.bindValue(1, (nowMs - m_retention.coarseKeepMs) / m_retention.coarseStepMs);
    if (!q.exec())
        return fail(u"prune"_s, q.lastError().text());
    return true;
}

QList<HistoryPoint> MetricsStore::read(const QString &instanceId, qint64 fromMs, qint64 toMs, qint64 nowMs) const
{
    QList<HistoryPoint> points;
    if (!isAvailable() || toMs < fromMs)
        return points;
    const bool fineTier = fromMs >= nowMs - m_retention.fineKeepMs;
    const qint64 step = fineTier ? m_retention.fineStepMs : m_retention.coarseStepMs;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(u"SELECT bucket, %1 FROM points WHERE instance = ? AND tier = ? AND bucket BETWEEN ? AND ? "
              "ORDER BY bucket"_s.arg(Columns));
    q.bindValue(0, instanceId);
    q.bindValue(1, fineTier ? 0 : 1);
    q.bindValue(2, fromMs / step);
    q.bindValue(3, toMs / step);
    if (!q.exec()) {
        fail(u"read"_s, q.lastError().text());
        return points;
    }
    while (q.next()) {
        HistoryPoint p;
        p.atMs = q.value(0).toLongLong() * step;
        for (int k = 0; k < MetricSeriesCount; ++k) {
            const QVariant v = q.value(1 + k);
            p.values[static_cast<size_t>(k)] = v.isNull() ? std::numeric_limits<double>::quiet_NaN() : v.toDouble();
        }
        points.append(p);
    }
    return points;
}

qint64 MetricsStore::pointCount() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!isAvailable() || !q.exec(u"SELECT COUNT(*) FROM points"_s) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

} // namespace Aura
