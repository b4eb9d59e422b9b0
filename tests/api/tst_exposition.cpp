#include "api/metrics/exposition.h"
#include "api/metrics/instancemetrics.h"

#include <QTest>

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using Aura::Metric;
using Aura::MetricsScrape;

namespace {

struct Seen
{
    QByteArray name;
    QList<QPair<QByteArray, QByteArray>> labels;
    double value = 0;
    qint64 timestampMs = -1;
};

QList<Seen> samplesOf(const QByteArray &text, Aura::Exposition::Summary *summary = nullptr, QString *error = nullptr)
{
    QList<Seen> seen;
    const auto parsed = Aura::Exposition::parse(text, [&](const Aura::Exposition::Sample &s) {
        Seen one {s.name.toByteArray(), {}, s.value, s.timestampMs.value_or(-1)};
        for (const auto &l : s.labels)
            one.labels.append({l.name.toByteArray(), l.value});
        seen.append(one);
    });
    if (const auto *e = std::get_if<QString>(&parsed)) {
        if (error)
            *error = *e;
    } else if (summary) {
        *summary = std::get<Aura::Exposition::Summary>(parsed);
    }
    return seen;
}

MetricsScrape scrapeOf(const QByteArray &text)
{
    const auto parsed = Aura::Parse::metricsScrape(text);
    if (const auto *e = std::get_if<QString>(&parsed))
        qFatal("unexpected error: %s", qPrintable(*e));
    return std::get<MetricsScrape>(parsed);
}

} // namespace

// Prometheus text exposition as Aura's metrics endpoint sends it, and whatever else may arrive instead.
class TestExposition : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void samplesAreRead_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<int>("labels");
        QTest::addColumn<double>("value");
        QTest::addColumn<qint64>("timestamp");
        QTest::newRow("bare") << "up 1"_ba
                              << "up"_ba << 0 << 1.0 << qint64(-1);
        QTest::newRow("labels and time") << "cpu{a=\"MAX\",instance_id=\"i1\"} 0.25 1700000000000"_ba
                                         << "cpu"_ba << 2 << 0.25 << qint64(1700000000000);
        QTest::newRow("trailing comma") << "m{a=\"1\",} 2"_ba
                                        << "m"_ba << 1 << 2.0 << qint64(-1);
        QTest::newRow("blanks everywhere") << "  m { a = \"1\" , b=\"2\" }\t3e2   7  "_ba
                                           << "m"_ba << 2 << 300.0 << qint64(7);
        QTest::newRow("empty labels") << "m{} -4.5"_ba
                                      << "m"_ba << 0 << -4.5 << qint64(-1);
        QTest::newRow("colon name") << "job:rate_5m 1"_ba
                                    << "job:rate_5m"_ba << 0 << 1.0 << qint64(-1);
        QTest::newRow("windows line end") << "m 1\r"_ba
                                          << "m"_ba << 0 << 1.0 << qint64(-1);
        QTest::newRow("plus inf") << "m +Inf"_ba
                                  << "m"_ba << 0 << qInf() << qint64(-1);
        QTest::newRow("minus inf") << "m -Inf"_ba
                                   << "m"_ba << 0 << -qInf() << qint64(-1);
        QTest::newRow("huge") << "m 1.7e308"_ba
                              << "m"_ba << 0 << 1.7e308 << qint64(-1);
    }
    void samplesAreRead()
    {
        QFETCH(QByteArray, line);
        QFETCH(QByteArray, name);
        QFETCH(int, labels);
        QFETCH(double, value);
        QFETCH(qint64, timestamp);
        Aura::Exposition::Summary summary;
        const QList<Seen> seen = samplesOf(line, &summary);
        QCOMPARE(summary.skippedLines, 0);
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen[0].name, name);
        QCOMPARE(seen[0].labels.size(), labels);
        QCOMPARE(seen[0].value, value);
        QCOMPARE(seen[0].timestampMs, timestamp);
    }

    void nanIsAValue()
    {
        const QList<Seen> seen = samplesOf("m NaN\nm nan\n"_ba);
        QCOMPARE(seen.size(), 2);
        QVERIFY(std::isnan(seen[0].value) && std::isnan(seen[1].value));
    }

    void labelValuesAreUnescaped()
    {
        const QList<Seen> seen
            = samplesOf("m{path=\"C:\\\\dir\",quote=\"say \\\"hi\\\"\",nl=\"a\\nb\",comma=\"x,y}\"} 1"_ba);
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen[0].labels.size(), 4);
        QCOMPARE(seen[0].labels[0].second, "C:\\dir"_ba);
        QCOMPARE(seen[0].labels[1].second, "say \"hi\""_ba);
        QCOMPARE(seen[0].labels[2].second, "a\nb"_ba);
        QCOMPARE(seen[0].labels[3].second, "x,y}"_ba);
    }

    void commentsAndBlankLinesAreNotSamples()
    {
        Aura::Exposition::Summary summary;
        const QList<Seen> seen = samplesOf(
            "# HELP m The help, with {braces} and \"quotes\".\n# TYPE m gauge\n\n   \n# anything at all\nm 1\n"_ba,
            &summary);
        QCOMPARE(seen.size(), 1);
        QCOMPARE(summary.skippedLines, 0);
    }

    // Each of these is skipped and counted; the good line after it is still read.
    void badLinesAreSkippedAndTheRestRead_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("no value") << "m"_ba;
        QTest::newRow("no value after labels") << "m{a=\"1\"}"_ba;
        QTest::newRow("word value") << "m one"_ba;
        QTest::newRow("value with garbage") << "m 1.0x"_ba;
        QTest::newRow("hex value") << "m 0x10"_ba;
        QTest::newRow("double sign") << "m +-1"_ba;
        QTest::newRow("nan payload") << "m nan(123)"_ba;
        QTest::newRow("value beyond double") << "m 1e400"_ba;
        QTest::newRow("name starts with digit") << "1m 1"_ba;
        QTest::newRow("unclosed labels") << "m{a=\"1\" 1"_ba;
        QTest::newRow("unclosed value") << "m{a=\"1} 1"_ba;
        QTest::newRow("unquoted label") << "m{a=1} 1"_ba;
        QTest::newRow("unknown escape") << "m{a=\"\\t\"} 1"_ba;
        QTest::newRow("escape at the end") << "m{a=\"\\"_ba;
        QTest::newRow("label without name") << "m{=\"1\"} 1"_ba;
        QTest::newRow("missing comma") << "m{a=\"1\" b=\"2\"} 1"_ba;
        QTest::newRow("timestamp not integer") << "m 1 1.5"_ba;
        QTest::newRow("timestamp negative") << "m 1 -5"_ba;
        QTest::newRow("timestamp past year 9999") << "m 1 253402300800000"_ba;
        QTest::newRow("timestamp beyond int64") << "m 1 99999999999999999999"_ba;
        QTest::newRow("text after timestamp") << "m 1 2 3"_ba;
        QTest::newRow("nul byte") << QByteArray("m\0 1", 4);
    }
    void badLinesAreSkippedAndTheRestRead()
    {
        QFETCH(QByteArray, line);
        Aura::Exposition::Summary summary;
        const QList<Seen> seen = samplesOf(line + "\ngood 2\n", &summary);
        QCOMPARE(summary.skippedLines, 1);
        QVERIFY2(summary.firstProblem.startsWith(u"line 1: "_s), qPrintable(summary.firstProblem));
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen[0].name, "good"_ba);
    }

    void tooManyLabelsIsABadLine()
    {
        QByteArray line = "m{";
        for (int i = 0; i < 40; ++i)
            line += "l" + QByteArray::number(i) + "=\"v\",";
        line += "} 1";
        Aura::Exposition::Summary summary;
        QCOMPARE(samplesOf(line + "\ngood 1", &summary).size(), 1);
        QCOMPARE(summary.skippedLines, 1);
        QVERIFY(summary.firstProblem.contains(u"more than 32 labels"_s));
    }

    void somethingElseEntirelyIsAnError_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("json") << "{\"errors\":[{\"message\":\"no\"}]}"_ba;
        QTest::newRow("html") << "<html><body>Bad gateway</body></html>"_ba;
        QTest::newRow("binary") << QByteArray("\x01\x02\x03\xff\xfe", 5);
    }
    void somethingElseEntirelyIsAnError()
    {
        QFETCH(QByteArray, body);
        QString error;
        QVERIFY(samplesOf(body, nullptr, &error).isEmpty());
        QVERIFY2(error.contains(u"not a Prometheus text exposition"_s), qPrintable(error));
    }

    void anEmptyAnswerHasNoSamples()
    {
        const auto parsed = Aura::Parse::metricsScrape({});
        QVERIFY(std::holds_alternative<MetricsScrape>(parsed));
        QVERIFY(std::get<MetricsScrape>(parsed).instances.isEmpty());
    }

    void aBodyBeyondTheLimitIsAnError()
    {
        Aura::Exposition::Limits limits;
        limits.maxBytes = 16;
        const auto parsed = Aura::Exposition::parse(
            "m 1\nm 2\nm 3\nm 4\nm 5\n"_ba, [](const auto &) {}, limits);
        QVERIFY(std::holds_alternative<QString>(parsed));
    }

    void aCutAnswerKeepsWhatWasWhole()
    {
        const QByteArray whole = "neo4j_aura_cpu_usage{instance_id=\"i1\"} 0.5 1700000000000\n"
                                 "neo4j_aura_cpu_limit{instance_id=\"i1\"} 2 1700000000000\n"_ba;
        const qsizetype firstLineEnd = whole.indexOf('\n');
        for (qsizetype cut = 0; cut <= whole.size(); ++cut) {
            // Cut inside the only line: not an exposition (or a sample cut in its number); after it: the first
            // instance's CPU usage is there whatever became of the second line.
            const auto parsed = Aura::Parse::metricsScrape(whole.left(cut));
            if (cut > firstLineEnd) {
                QVERIFY2(std::holds_alternative<MetricsScrape>(parsed), qPrintable(u"cut at %1"_s.arg(cut)));
                QCOMPARE(std::get<MetricsScrape>(parsed).instances.value(0).value(Metric::CpuUsage), 0.5);
            }
        }
        const MetricsScrape cut = scrapeOf(whole.left(whole.size() - 20));
        QCOMPARE(cut.instances.size(), 1);
        QCOMPARE(cut.instances[0].value(Metric::CpuUsage), 0.5);
    }

    // Aura's metric names into one row per instance, with the percentages the console shows.
    void auraMetricsArePerInstance()
    {
        const MetricsScrape scrape = scrapeOf("# TYPE neo4j_aura_cpu_usage gauge\n"
                                              "neo4j_aura_cpu_usage{aggregation=\"MAX\",instance_id=\"a\"} 0.5 1000\n"
                                              "neo4j_aura_cpu_limit{aggregation=\"MAX\",instance_id=\"a\"} 2 1000\n"
                                              "neo4j_aura_cpu_usage{instance_id=\"b\"} 1 2000\n"
                                              "neo4j_dbms_vm_heap_used_ratio{instance_id=\"a\"} 0.42 1000\n"
                                              "neo4j_aura_storage_limit{instance_id=\"a\"} 1000 1000\n"
                                              "neo4j_database_store_size_database{instance_id=\"a\"} 250 1000\n"
                                              "neo4j_dbms_bolt_connections_idle{instance_id=\"a\"} 3 1000\n"
                                              "neo4j_dbms_bolt_connections_running{instance_id=\"a\"} 4 1000\n"
                                              "some_other_metric{instance_id=\"a\"} 99 1000\n"_ba);
        QCOMPARE(scrape.instances.size(), 2);
        const Aura::InstanceMetrics &a = scrape.instances[0];
        QCOMPARE(a.instanceId, u"a"_s);
        QCOMPARE(a.sampledAtMs, 1000);
        QCOMPARE(a.cpuPercent(), 25.0);
        QCOMPARE(a.heapPercent(), 42.0);
        QCOMPARE(a.storagePercent(), 25.0);
        QCOMPARE(a.boltConnections(), 7.0);
        QVERIFY(!a.pageCacheHitPercent());
        QVERIFY(!a.has(Metric::QueriesTotal));
        const Aura::InstanceMetrics &b = scrape.instances[1];
        QCOMPARE(b.value(Metric::CpuUsage), 1.0);
        QVERIFY(!b.cpuPercent()); // no limit: no percentage
        QCOMPARE(scrape.rejectedValues, 0);
    }

    void countersAddUpOverDatabasesAndGaugesTakeTheLargest()
    {
        const MetricsScrape scrape
            = scrapeOf("neo4j_db_query_execution_success_total{database=\"neo4j\",instance_id=\"a\"} 10\n"
                       "neo4j_db_query_execution_success_total{database=\"system\",instance_id=\"a\"} 5\n"
                       "neo4j_database_store_size_database{database=\"neo4j\",instance_id=\"a\"} 100\n"
                       "neo4j_database_store_size_database{database=\"system\",instance_id=\"a\"} 7\n"_ba);
        QCOMPARE(scrape.instances.size(), 1);
        QCOMPARE(scrape.instances[0].value(Metric::QueriesTotal), 15.0);
        QCOMPARE(scrape.instances[0].value(Metric::StoreSizeBytes), 100.0);
    }

    // A figure out of its range is not shown: it is dropped and counted, the instance's other figures stay.
    void valuesOutOfRangeAreRejected_data()
    {
        QTest::addColumn<QByteArray>("sample");
        QTest::addColumn<int>("rejected");
        QTest::newRow("negative cpu") << "neo4j_aura_cpu_usage{instance_id=\"a\"} -1"_ba << 1;
        QTest::newRow("infinite cpu") << "neo4j_aura_cpu_usage{instance_id=\"a\"} +Inf"_ba << 1;
        QTest::newRow("ratio above one") << "neo4j_dbms_vm_heap_used_ratio{instance_id=\"a\"} 1.5"_ba << 1;
        QTest::newRow("bytes beyond an exabyte") << "neo4j_aura_storage_limit{instance_id=\"a\"} 1e300"_ba << 1;
        QTest::newRow("no instance id") << "neo4j_aura_cpu_usage{database=\"neo4j\"} 1"_ba << 1;
        QTest::newRow("empty instance id") << "neo4j_aura_cpu_usage{instance_id=\"\"} 1"_ba << 1;
        QTest::newRow("nan is a gap, not an error") << "neo4j_aura_cpu_usage{instance_id=\"a\"} NaN"_ba << 0;
    }
    void valuesOutOfRangeAreRejected()
    {
        QFETCH(QByteArray, sample);
        QFETCH(int, rejected);
        const MetricsScrape scrape = scrapeOf(sample + "\nneo4j_aura_cpu_limit{instance_id=\"a\"} 4\n");
        QCOMPARE(scrape.rejectedValues, rejected);
        QCOMPARE(scrape.instances.size(), 1);
        QVERIFY(!scrape.instances[0].has(Metric::CpuUsage));
        QVERIFY(!scrape.instances[0].has(Metric::HeapUsedRatio));
        QVERIFY(!scrape.instances[0].has(Metric::StorageLimitBytes));
        QCOMPARE(scrape.instances[0].value(Metric::CpuLimit), 4.0);
    }

    void aHugeCounterSumStaysInRange()
    {
        const MetricsScrape scrape = scrapeOf("neo4j_db_query_execution_success_total{instance_id=\"a\"} 1e18\n"
                                              "neo4j_db_query_execution_success_total{instance_id=\"a\"} 1e18\n"_ba);
        QCOMPARE(scrape.instances[0].value(Metric::QueriesTotal), 1e18);
    }
};

QTEST_GUILESS_MAIN(TestExposition)
#include "tst_exposition.moc"
