#include "sandbox/metricsexposition.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;
using namespace AuraSandbox;

Q_DECLARE_METATYPE(AuraSandbox::InstanceStatus)

namespace {

constexpr qint64 Now = 1'800'000'000'000;
constexpr double GiB = 1024.0 * 1024.0 * 1024.0;

const QStringList AllNames {QString::fromLatin1(MetricNames::CpuUsage), QString::fromLatin1(MetricNames::CpuLimit),
    QString::fromLatin1(MetricNames::HeapUsedRatio), QString::fromLatin1(MetricNames::PageCacheHitRatio),
    QString::fromLatin1(MetricNames::QuerySuccessTotal), QString::fromLatin1(MetricNames::QueryLatencyQ50),
    QString::fromLatin1(MetricNames::BoltIdle), QString::fromLatin1(MetricNames::BoltRunning),
    QString::fromLatin1(MetricNames::BoltMax), QString::fromLatin1(MetricNames::StorageLimit),
    QString::fromLatin1(MetricNames::StoreSize)};

InstanceRecord instance(const QString &id, InstanceStatus status = InstanceStatus::Running,
    const QString &memory = u"8GB"_s, const QString &storage = u"16GB"_s)
{
    InstanceRecord i;
    i.id = id;
    i.name = u"graph"_s;
    i.tenantId = u"tenant"_s;
    i.type = u"enterprise-db"_s;
    i.memory = memory;
    i.storage = storage;
    i.status = status;
    i.createdMs = Now - 30LL * 24 * 3600 * 1000;
    return i;
}

struct Sample
{
    QString name;
    QHash<QString, QString> labels;
    double value = 0;
    qint64 timestamp = 0;
};

// A strict reader of the text format 0.0.4: every line is a HELP, a TYPE or a sample; a family's HELP and TYPE
// come once, before its samples, and its samples are contiguous; no series appears twice. Fails the test (and
// returns what it read so far) on the first violation.
QList<Sample> parse(const QByteArray &text, QHash<QString, QString> *types = nullptr)
{
    static const QRegularExpression help(u"\\A# HELP ([a-zA-Z_:][a-zA-Z0-9_:]*) [^\\n]*\\z"_s);
    static const QRegularExpression type(u"\\A# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|untyped)\\z"_s);
    static const QRegularExpression sample(
        uR"re(\A([a-zA-Z_:][a-zA-Z0-9_:]*)\{((?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\[\\"n])*",?)*)\} )re"
        uR"re((-?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?) (-?[0-9]+)\z)re"_s);
    static const QRegularExpression label(uR"re(([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\[\\"n])*)")re"_s);
    QList<Sample> out;
    if (text.isEmpty())
        return out;
    if (!text.endsWith('\n')) {
        QTest::qFail("the exposition does not end with a newline", __FILE__, __LINE__);
        return out;
    }
    QSet<QString> finished, helped, series;
    QHash<QString, QString> typeOf;
    QString current;
    const QList<QByteArray> lines = text.chopped(1).split('\n');
    for (const QByteArray &raw : lines) {
        const QString line = QString::fromUtf8(raw);
        const auto bad = [&](const char *why) {
            QTest::qFail(qPrintable(u"%1: %2"_s.arg(QLatin1StringView(why), line)), __FILE__, __LINE__);
        };
        QString family;
        if (const QRegularExpressionMatch m = help.match(line); m.hasMatch()) {
            family = m.captured(1);
            if (helped.contains(family)) {
                bad("a second HELP");
                return out;
            }
            helped << family;
        } else if (const QRegularExpressionMatch t = type.match(line); t.hasMatch()) {
            family = t.captured(1);
            if (typeOf.contains(family) || !helped.contains(family)) {
                bad("a TYPE twice or before its HELP");
                return out;
            }
            typeOf.insert(family, t.captured(2));
        } else if (const QRegularExpressionMatch s = sample.match(line); s.hasMatch()) {
            family = s.captured(1);
            if (!typeOf.contains(family)) {
                bad("a sample before its TYPE");
                return out;
            }
            Sample x {family, {}, s.captured(3).toDouble(), s.captured(4).toLongLong()};
            QRegularExpressionMatchIterator it = label.globalMatch(s.captured(2));
            while (it.hasNext()) {
                const QRegularExpressionMatch l = it.next();
                QString v = l.captured(2);
                v.replace(u"\\n"_s, u"\n"_s).replace(u"\\\""_s, u"\""_s).replace(u"\\\\"_s, u"\\"_s);
                if (x.labels.contains(l.captured(1))) {
                    bad("a label twice");
                    return out;
                }
                x.labels.insert(l.captured(1), v);
            }
            const QString key = family + s.captured(2);
            if (series.contains(key)) {
                bad("a series twice");
                return out;
            }
            series << key;
            out << x;
        } else {
            {
                bad("not a line of the format");
                return out;
            }
        }
        if (family != current) {
            if (finished.contains(family)) {
                bad("a family that is not contiguous");
                return out;
            }
            if (!current.isEmpty())
                finished << current;
            current = family;
        }
    }
    if (types)
        *types = typeOf;
    return out;
}

// The value of one metric of one instance; NaN when it is missing.
double valueOf(const QList<Sample> &samples, const char *name, const QString &instanceId)
{
    for (const Sample &s : samples) {
        if (s.name == QLatin1StringView(name) && s.labels.value(u"instance_id"_s) == instanceId)
            return s.value;
    }
    return std::nan("");
}

} // namespace

// The Prometheus exposition of Aura's metrics endpoint: names and labels as Aura's, values plausible and
// deterministic, and the text well formed.
class TestMetricsExposition : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runningInstanceHasEveryMetric()
    {
        const QList<InstanceRecord> instances {
            instance(u"a1b2c3d4"_s), instance(u"e5f6a7b8"_s, InstanceStatus::Paused)};
        QHash<QString, QString> types;
        const QList<Sample> samples = parse(metricsExposition(instances, Now), &types);
        QCOMPARE(samples.size(), AllNames.size()); // one per metric, none for the paused instance
        for (const QString &name : AllNames) {
            const auto found
                = std::find_if(samples.begin(), samples.end(), [&](const Sample &s) { return s.name == name; });
            QVERIFY2(found != samples.end(), qPrintable(name));
            QCOMPARE(found->labels.value(u"instance_id"_s), u"a1b2c3d4"_s);
            QCOMPARE(found->labels.value(u"database"_s), u"neo4j"_s);
            QVERIFY2(
                QStringList({u"MAX"_s, u"MIN"_s, u"AVG"_s, u"SUM"_s}).contains(found->labels.value(u"aggregation"_s)),
                qPrintable(name));
            QCOMPARE(found->labels.size(), 3);
            QCOMPARE(found->timestamp, Now);
            QCOMPARE(types.value(name), name.endsWith(u"_total"_s) ? u"counter"_s : u"gauge"_s);
        }
        // As Aura aggregates them.
        const auto aggregation = [&](const char *name) {
            for (const Sample &s : samples) {
                if (s.name == QLatin1StringView(name))
                    return s.labels.value(u"aggregation"_s);
            }
            return QString();
        };
        QCOMPARE(aggregation(MetricNames::CpuUsage), u"MAX"_s);
        QCOMPARE(aggregation(MetricNames::PageCacheHitRatio), u"AVG"_s);
        QCOMPARE(aggregation(MetricNames::QuerySuccessTotal), u"SUM"_s);
        // Six decimals as Aura prints them.
        QVERIFY(metricsExposition(instances, Now)
                    .contains("neo4j_aura_cpu_limit{aggregation=\"MAX\",database=\"neo4j\","
                              "instance_id=\"a1b2c3d4\"} 4.000000 1800000000000\n"));
    }

    void onlyRunningInstancesHaveSamples_data()
    {
        QTest::addColumn<InstanceStatus>("status");
        for (InstanceStatus s :
            {InstanceStatus::Creating, InstanceStatus::Pausing, InstanceStatus::Paused, InstanceStatus::Resuming,
                InstanceStatus::Updating, InstanceStatus::Destroying, InstanceStatus::Destroyed,
                InstanceStatus::Loading, InstanceStatus::Restoring, InstanceStatus::Overwriting,
                InstanceStatus::Suspending, InstanceStatus::Suspended, InstanceStatus::LoadingFailed})
            QTest::newRow(qPrintable(statusName(s))) << s;
    }
    void onlyRunningInstancesHaveSamples()
    {
        QFETCH(InstanceStatus, status);
        QVERIFY(metricsExposition({instance(u"a1b2c3d4"_s, status)}, Now).isEmpty());
        const QList<Sample> samples
            = parse(metricsExposition({instance(u"a1b2c3d4"_s, status), instance(u"0000beef"_s)}, Now));
        QCOMPARE(samples.size(), AllNames.size());
        for (const Sample &s : samples)
            QCOMPARE(s.labels.value(u"instance_id"_s), u"0000beef"_s);
    }

    void valuesStayWithinTheirRanges()
    {
        QList<InstanceRecord> instances;
        const QStringList sizes {u"1GB"_s, u"2GB"_s, u"8GB"_s, u"64GB"_s, u"512GB"_s, u"odd"_s};
        for (int n = 0; n < 60; ++n) {
            instances << instance(u"%1"_s.arg(n * 7919, 8, 16, QChar(u'0')), InstanceStatus::Running,
                sizes.at(n % sizes.size()), n % 5 == 0 ? QString() : u"%1GB"_s.arg(2 << (n % 9)));
        }
        for (qint64 t = Now; t < Now + 86'400'000; t += 3'600'000 + 12'345) {
            const QList<Sample> samples = parse(metricsExposition(instances, t));
            QCOMPARE(samples.size(), instances.size() * AllNames.size());
            for (const InstanceRecord &i : std::as_const(instances)) {
                const auto v = [&](const char *name) { return valueOf(samples, name, i.id); };
                const double memory = i.memory.endsWith(u"GB"_s) ? i.memory.chopped(2).toDouble() : 1;
                QCOMPARE(v(MetricNames::CpuLimit), std::max(1.0, std::floor(memory / 2)));
                QVERIFY(v(MetricNames::CpuUsage) > 0 && v(MetricNames::CpuUsage) <= v(MetricNames::CpuLimit));
                QVERIFY(v(MetricNames::HeapUsedRatio) > 0 && v(MetricNames::HeapUsedRatio) < 1);
                QVERIFY(v(MetricNames::PageCacheHitRatio) > 0.9 && v(MetricNames::PageCacheHitRatio) <= 1);
                QVERIFY(v(MetricNames::QueryLatencyQ50) > 0 && v(MetricNames::QueryLatencyQ50) < 100);
                QVERIFY(v(MetricNames::BoltRunning) >= 0 && v(MetricNames::BoltIdle) >= 0);
                QVERIFY(v(MetricNames::BoltRunning) + v(MetricNames::BoltIdle) <= v(MetricNames::BoltMax));
                QCOMPARE(v(MetricNames::BoltRunning), std::round(v(MetricNames::BoltRunning))); // whole connections
                const double storage = i.storage.isEmpty() ? 2 * memory : i.storage.chopped(2).toDouble();
                QCOMPARE(v(MetricNames::StorageLimit), storage * GiB);
                QVERIFY(v(MetricNames::StoreSize) > 0 && v(MetricNames::StoreSize) < v(MetricNames::StorageLimit));
                QVERIFY(v(MetricNames::QuerySuccessTotal) >= 0);
            }
        }
    }

    void countersOnlyGrowAndGaugesMove()
    {
        const QList<InstanceRecord> instances {
            instance(u"a1b2c3d4"_s), instance(u"5d6e7f80"_s, InstanceStatus::Running, u"32GB"_s, u"64GB"_s)};
        for (const InstanceRecord &i : instances) {
            double queries = -1;
            double store = -1;
            QSet<double> cpu;
            const double first = valueOf(parse(metricsExposition({i}, Now)), MetricNames::QuerySuccessTotal, i.id);
            for (qint64 t = Now; t <= Now + 2 * 86'400'000LL; t += 37'001) {
                const QList<Sample> samples = parse(metricsExposition({i}, t));
                const double q = valueOf(samples, MetricNames::QuerySuccessTotal, i.id);
                const double s = valueOf(samples, MetricNames::StoreSize, i.id);
                QVERIFY2(q >= queries, qPrintable(u"queries fell from %1 to %2 at %3"_s.arg(queries).arg(q).arg(t)));
                QVERIFY2(s >= store, qPrintable(u"store shrank at %1"_s.arg(t)));
                queries = q;
                store = s;
                cpu << valueOf(samples, MetricNames::CpuUsage, i.id);
            }
            QVERIFY(queries - first > 2 * 86'400 * 5 * 0.5); // at least half of the smallest rate, for two days
            QVERIFY(cpu.size() > 100); // the load moves
        }
        // A new instance starts from nothing.
        InstanceRecord fresh = instance(u"0c1d2e3f"_s);
        fresh.createdMs = Now;
        QCOMPARE(valueOf(parse(metricsExposition({fresh}, Now)), MetricNames::QuerySuccessTotal, fresh.id), 0.0);
        QVERIFY(valueOf(parse(metricsExposition({fresh}, Now + 60'000)), MetricNames::QuerySuccessTotal, fresh.id) > 0);
    }

    void figuresAreDeterministicPerInstance()
    {
        const QList<InstanceRecord> instances {instance(u"a1b2c3d4"_s), instance(u"a1b2c3d5"_s)};
        const QByteArray once = metricsExposition(instances, Now + 123'456);
        QCOMPARE(metricsExposition(instances, Now + 123'456), once);
        const QList<Sample> samples = parse(once);
        QVERIFY(valueOf(samples, MetricNames::HeapUsedRatio, u"a1b2c3d4"_s)
            != valueOf(samples, MetricNames::HeapUsedRatio, u"a1b2c3d5"_s));
        QVERIFY(metricsExposition(instances, Now + 600'000) != once);
    }

    void labelValuesAreEscaped()
    {
        const QString hostile = u"a\"b\\c\nd} 1 2"_s;
        const QList<Sample> samples = parse(metricsExposition({instance(hostile)}, Now));
        QCOMPARE(samples.size(), AllNames.size());
        QCOMPARE(samples.first().labels.value(u"instance_id"_s), hostile);
    }

    void tenThousandInstancesAreQuick()
    {
        QList<InstanceRecord> instances;
        instances.reserve(10'000);
        for (int n = 0; n < 10'000; ++n)
            instances << instance(
                u"%1"_s.arg(n, 8, 16, QChar(u'0')), n % 10 ? InstanceStatus::Running : InstanceStatus::Paused);
        QElapsedTimer timer;
        timer.start();
        const QByteArray text = metricsExposition(instances, Now);
        const qint64 elapsed = timer.elapsed();
        qDebug() << "10,000 instances:" << text.size() << "bytes in" << elapsed << "ms";
        QVERIFY2(elapsed < 3000, qPrintable(u"%1 ms"_s.arg(elapsed)));
        QCOMPARE(text.count('\n'), 9'000 * AllNames.size() + 2 * AllNames.size());
        QCOMPARE(parse(text).size(), 9'000 * AllNames.size());
    }
};

QTEST_GUILESS_MAIN(TestMetricsExposition)
#include "tst_metricsexposition.moc"
