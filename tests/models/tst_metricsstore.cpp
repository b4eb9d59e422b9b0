#include "models/metricsstore.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Aura;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 Minute = 60'000;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;
// A day boundary, so minutes and quarter hours line up with round numbers.
constexpr qint64 T0 = 20'000 * Day;

MetricsReading reading(qint64 atMs, double cpu, std::optional<double> heap = 50.0)
{
    MetricsReading r;
    r.atMs = atMs;
    r.cpuPercent = cpu;
    r.heapPercent = heap;
    r.storagePercent = 10;
    return r;
}

} // namespace

// The metrics history on disk: a point a minute for a day, a quarter-hour average for 30 days, pruned by age,
// kept across restarts, and a database that cannot be used is reported instead of failing the console.
class TestMetricsStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void aPointPerMinuteTheLastOneWins()
    {
        MetricsStore store(path(u"minutes.sqlite"_s));
        QVERIFY2(store.isAvailable(), qPrintable(store.problem()));
        QVERIFY(store.record({{u"a"_s, reading(T0 + 5'000, 10)}, {u"b"_s, reading(T0, 99)}}, T0));
        QVERIFY(store.record({{u"a"_s, reading(T0 + 30'000, 20)}}, T0 + 30'000)); // the same minute
        QVERIFY(store.record({{u"a"_s, reading(T0 + Minute, 30, std::nullopt)}}, T0 + Minute));
        const QList<HistoryPoint> points = store.read(u"a"_s, T0, T0 + Hour, T0 + Minute);
        QCOMPARE(points.size(), 2);
        QCOMPARE(points[0].atMs, T0);
        QCOMPARE(points[0].value(MetricSeries::Cpu), 20.0);
        QCOMPARE(points[1].atMs, T0 + Minute);
        QCOMPARE(points[1].value(MetricSeries::Cpu), 30.0);
        QVERIFY(std::isnan(points[1].value(MetricSeries::Heap))); // not reported: a gap, not a zero
        QVERIFY(std::isnan(points[1].value(MetricSeries::QueriesPerSecond)));
        QCOMPARE(store.read(u"b"_s, T0, T0 + Hour, T0 + Minute).size(), 1);
    }

    void aQuarterHourIsTheAverageOfItsMinutes()
    {
        MetricsStore store(path(u"quarters.sqlite"_s));
        for (int m = 0; m < 15; ++m)
            QVERIFY(store.record({{u"a"_s, reading(T0 + m * Minute, m < 5 ? 10 : 40)}}, T0 + m * Minute));
        QVERIFY(store.record({{u"a"_s, reading(T0 + 15 * Minute, 70)}}, T0 + 15 * Minute));
        // Asked for a week, the history answers in quarter hours.
        const qint64 now = T0 + 16 * Minute;
        const QList<HistoryPoint> points = store.read(u"a"_s, now - 7 * Day, now, now);
        QCOMPARE(points.size(), 2);
        QCOMPARE(points[0].atMs, T0);
        QCOMPARE(points[0].value(MetricSeries::Cpu), 30.0); // (5 × 10 + 10 × 40) / 15
        QCOMPARE(points[1].value(MetricSeries::Cpu), 70.0);
        QCOMPARE(points[0].value(MetricSeries::Storage), 10.0);
    }

    void oldPointsArePrunedByTheirTier()
    {
        MetricsStore store(path(u"prune.sqlite"_s));
        QVERIFY(store.record({{u"a"_s, reading(T0, 10)}}, T0));
        QCOMPARE(store.pointCount(), 2); // one minute, one quarter hour
        // A day and a minute later the minute is gone, the quarter hour stays.
        QVERIFY(store.record({{u"a"_s, reading(T0 + Day + Minute, 20)}}, T0 + Day + Minute));
        const qint64 later = T0 + Day + Minute;
        QCOMPARE(store.read(u"a"_s, later - Day, later, later).size(), 1); // the new minute only
        QCOMPARE(store.read(u"a"_s, later - 7 * Day, later, later).size(), 2); // both quarter hours
        // 32 days on, the first two readings have aged out of both tiers.
        const qint64 month = T0 + 32 * Day;
        QVERIFY(store.record({{u"a"_s, reading(month, 30)}}, month));
        QCOMPARE(store.read(u"a"_s, month - 30 * Day, month, month).size(), 1);
        QCOMPARE(store.pointCount(), 2);
    }

    void theHistorySurvivesARestart()
    {
        const QString file = path(u"restart.sqlite"_s);
        {
            MetricsStore store(file);
            QVERIFY(store.record({{u"a"_s, reading(T0, 42)}}, T0));
        }
        MetricsStore again(file);
        QVERIFY(again.isAvailable());
        const QList<HistoryPoint> points = again.read(u"a"_s, T0 - Hour, T0 + Hour, T0);
        QCOMPARE(points.size(), 1);
        QCOMPARE(points[0].value(MetricSeries::Cpu), 42.0);
    }

    void aFileThatIsNotADatabaseIsReported()
    {
        const QString file = path(u"corrupt.sqlite"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, '\x5a'));
        f.close();
        MetricsStore store(file);
        QVERIFY(!store.isAvailable());
        QVERIFY2(store.problem().contains(u"cannot be used"_s), qPrintable(store.problem()));
        QVERIFY(!store.record({{u"a"_s, reading(T0, 1)}}, T0));
        QVERIFY(store.read(u"a"_s, T0 - Hour, T0, T0).isEmpty());
    }

    void aDatabaseLockedByAnotherProgramIsReported()
    {
        const QString file = path(u"locked.sqlite"_s);
        MetricsStore store(file);
        QVERIFY(store.isAvailable());
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
            other.setDatabaseName(file);
            QVERIFY(other.open());
            QSqlQuery lock(other);
            QVERIFY(lock.exec(u"BEGIN EXCLUSIVE"_s));
            QVERIFY(!store.record({{u"a"_s, reading(T0, 1)}}, T0)); // after the busy timeout, not forever
            QVERIFY(!store.isAvailable());
            QVERIFY(lock.exec(u"ROLLBACK"_s));
            other.close();
        }
        QSqlDatabase::removeDatabase(u"other"_s);
    }
};

QTEST_GUILESS_MAIN(TestMetricsStore)
#include "tst_metricsstore.moc"
