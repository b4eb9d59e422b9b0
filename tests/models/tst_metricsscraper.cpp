#include "fakeauraservice.h"
#include "models/fleetmetrics.h"
#include "models/inventory.h"
#include "models/metricsscraper.h"

#include <QSignalSpy>
#include <QTest>

using namespace Aura;
using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

// What the console reads of the metrics integration and when: on the fake service's clock, so the schedule is
// asserted to the millisecond.

namespace {

Instance make(const QString &id, const QString &tenant, const QString &status)
{
    Instance i;
    i.id = id;
    i.name = u"name-"_s + id;
    i.status = status;
    i.tenantId = tenant;
    i.memory = u"8GB"_s;
    return i;
}

InstanceMetrics metrics(const QString &id, double cpu, double queries, qint64 atMs)
{
    InstanceMetrics m {id};
    m.sampledAtMs = atMs;
    m.set(Metric::CpuUsage, cpu);
    m.set(Metric::CpuLimit, 2);
    m.set(Metric::QueriesTotal, queries);
    m.set(Metric::StorageLimitBytes, 1000);
    m.set(Metric::StoreSizeBytes, 900);
    return m;
}

const QString EndpointA = u"https://customer-metrics-api.neo4j.io/api/v1/ta/metrics"_s;
const QString EndpointB = u"https://customer-metrics-api.neo4j.io/api/v1/tb/metrics"_s;

struct Fixture
{
    FakeAuraService service;
    Inventory inventory;
    FleetMetrics fleet;
    MetricsScraper scraper {service, inventory, fleet, QString()};

    Fixture()
    {
        service.live = true;
        service.budget->setLimit(100'000);
        inventory.applyTenants({{u"ta"_s, u"A"_s, {}}, {u"tb"_s, u"B"_s, {}}, {u"tc"_s, u"C"_s, {}}});
        inventory.applyInstances({make(u"a1"_s, u"ta"_s, u"running"_s), make(u"a2"_s, u"ta"_s, u"paused"_s),
            make(u"b1"_s, u"tb"_s, u"running"_s), make(u"c1"_s, u"tc"_s, u"paused"_s)});
        service.metricsEndpoints.insert(u"ta"_s, QUrl(EndpointA));
        service.metricsEndpoints.insert(u"tb"_s, QUrl(EndpointB));
        service.metricsEndpoints.insert(u"tc"_s, QUrl(u"https://customer-metrics-api.neo4j.io/api/v1/tc/metrics"_s));
        service.scrapes.insert(EndpointA, MetricsScrape {{metrics(u"a1"_s, 1, 1000, 60'000)}, 0, 0, {}});
        service.scrapes.insert(EndpointB, MetricsScrape {{metrics(u"b1"_s, 2, 0, 60'000)}, 0, 0, {}});
    }
    void advance(qint64 ms) { service.clock.advance(ms); }
};

} // namespace

class TestMetricsScraper : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eachProjectWithARunningInstanceOncePerMinute()
    {
        Fixture f;
        f.scraper.start();
        f.advance(1);
        QCOMPARE(f.service.count(u"getMetricsEndpoint"_s), 2); // ta and tb; tc has nothing running
        QCOMPARE(f.service.count(u"getMetricsEndpoint"_s, u"tc"_s), 0);
        QCOMPARE(f.service.count(u"scrapeMetrics"_s, EndpointA), 1);
        QCOMPARE(f.service.count(u"scrapeMetrics"_s, EndpointB), 1);
        f.advance(59'000);
        QCOMPARE(f.service.count(u"scrapeMetrics"_s), 2);
        f.advance(1'000);
        QCOMPARE(f.service.count(u"scrapeMetrics"_s), 4);
        // The endpoint is asked once and kept.
        QCOMPARE(f.service.count(u"getMetricsEndpoint"_s), 2);
        for (const FakeAuraService::Call &c : std::as_const(f.service.calls))
            QCOMPARE(c.priority, Priority::Bulk);
    }

    void projectsListedAfterTheStartAreReadWithinASecond()
    {
        FakeAuraService service;
        service.live = true;
        service.metricsEndpoints.insert(u"ta"_s, QUrl(EndpointA));
        service.scrapes.insert(EndpointA, MetricsScrape {{metrics(u"a1"_s, 1, 0, 1000)}, 0, 0, {}});
        Inventory inventory;
        FleetMetrics fleet;
        MetricsScraper scraper(service, inventory, fleet, QString());
        scraper.start();
        service.clock.advance(10);
        QCOMPARE(service.calls.size(), 0); // nothing listed yet
        inventory.applyTenants({{u"ta"_s, u"A"_s, {}}});
        inventory.applyInstances({make(u"a1"_s, u"ta"_s, u"creating"_s)});
        service.clock.advance(2'000);
        QCOMPARE(service.count(u"scrapeMetrics"_s), 0); // not running yet
        inventory.applyInstance(make(u"a1"_s, u"ta"_s, u"running"_s));
        service.clock.advance(999);
        QCOMPARE(service.count(u"getMetricsEndpoint"_s), 0);
        service.clock.advance(1);
        QCOMPARE(service.count(u"getMetricsEndpoint"_s), 1);
        QTRY_COMPARE(service.count(u"scrapeMetrics"_s), 1);
        QVERIFY(fleet.latest(u"a1"_s));
    }

    void readingsArriveAndPausedInstancesHaveNone()
    {
        Fixture f;
        QSignalSpy updated(&f.fleet, &FleetMetrics::updated);
        f.scraper.start();
        f.advance(1);
        QVERIFY(updated.count() >= 2);
        const MetricsReading *a1 = f.fleet.latest(u"a1"_s);
        QVERIFY(a1);
        QCOMPARE(a1->cpuPercent, 50.0);
        QCOMPARE(a1->storagePercent, 90.0);
        QCOMPARE(a1->atMs, 60'000);
        QVERIFY(!a1->queriesPerSecond); // one reading of the counter: no rate yet
        QCOMPARE(f.fleet.latest(u"b1"_s)->cpuPercent, 100.0);
        QVERIFY(!f.fleet.latest(u"a2"_s));

        // A minute later the counter grew by 600: 10 queries a second.
        f.service.scrapes.insert(EndpointA, MetricsScrape {{metrics(u"a1"_s, 1, 1600, 120'000)}, 0, 0, {}});
        f.advance(60'000);
        QCOMPARE(f.fleet.latest(u"a1"_s)->queriesPerSecond, 10.0);

        // a1 is paused: the next scrape has no samples for it, and its reading goes.
        f.service.scrapes.insert(EndpointA, MetricsScrape {{}, 0, 0, {}});
        f.inventory.applyInstance(make(u"a1"_s, u"ta"_s, u"paused"_s));
        f.inventory.applyInstance(make(u"a2"_s, u"ta"_s, u"running"_s));
        f.advance(60'000);
        QVERIFY(!f.fleet.latest(u"a1"_s));
        QVERIFY(f.fleet.latest(u"b1"_s));
    }

    void aCounterThatWentDownGivesNoRate()
    {
        FleetMetrics fleet;
        fleet.apply({u"a"_s}, {metrics(u"a"_s, 1, 5000, 1000)}, 0);
        fleet.apply({u"a"_s}, {metrics(u"a"_s, 1, 100, 61'000)}, 0);
        QVERIFY(!fleet.latest(u"a"_s)->queriesPerSecond);
        fleet.apply({u"a"_s}, {metrics(u"a"_s, 1, 700, 121'000)}, 0);
        QCOMPARE(fleet.latest(u"a"_s)->queriesPerSecond, 10.0);
    }

    void samplesOfInstancesNotShownAreIgnored()
    {
        FleetMetrics fleet;
        fleet.apply({u"a"_s}, {metrics(u"a"_s, 1, 0, 1000), metrics(u"stranger"_s, 1, 0, 1000)}, 0);
        QVERIFY(fleet.latest(u"a"_s));
        QVERIFY(!fleet.latest(u"stranger"_s));
        QCOMPARE(fleet.size(), 1);
    }

    void aProjectWithoutMetricsIsAskedAgainRarelyAndNotReported()
    {
        Fixture f;
        f.service.metricsEndpoints.remove(u"tb"_s); // the service answers 400 tenant-incapable-of-action
        QSignalSpy failed(&f.scraper, &MetricsScraper::scrapeFailed);
        f.scraper.start();
        f.advance(1);
        QCOMPARE(f.service.count(u"getMetricsEndpoint"_s, u"tb"_s), 1);
        f.advance(5 * 60'000);
        QCOMPARE(f.service.count(u"getMetricsEndpoint"_s, u"tb"_s), 1);
        QCOMPARE(f.service.count(u"scrapeMetrics"_s, EndpointA), 6);
        f.advance(5 * 60'000);
        QCOMPARE(f.service.count(u"getMetricsEndpoint"_s, u"tb"_s), 2);
        QCOMPARE(failed.count(), 0);
    }

    void aFailedScrapeIsReportedAndTheEndpointAskedAgain()
    {
        Fixture f;
        f.service.scrapes.remove(EndpointB); // 404
        QSignalSpy failed(&f.scraper, &MetricsScraper::scrapeFailed);
        f.scraper.start();
        f.advance(1);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).toString(), u"tb"_s);
        QVERIFY(!f.fleet.latest(u"b1"_s));
        f.advance(10 * 60'000);
        QCOMPARE(f.service.count(u"getMetricsEndpoint"_s, u"tb"_s), 2);
    }

    void scrapesKeepToTheirShareOfTheBudget()
    {
        Fixture f;
        f.service.budget->setLimit(125);
        MetricsScraper::Settings s;
        s.requestsPerWindow = 40;
        f.scraper.setSettings(s);
        // The user and the polls used 40 of this minute's requests: no room for bulk work until they age out.
        for (int k = 0; k < 40; ++k)
            f.service.budget->acquire(Priority::User, &f.fleet, [] {});
        f.scraper.start();
        f.advance(1);
        QCOMPARE(f.service.count(u"getMetricsEndpoint"_s), 0);
        f.advance(60'000);
        QCOMPARE(f.service.count(u"getMetricsEndpoint"_s), 2);
    }

    void theSeedServiceHasNoMetricsAndIsNeverAsked()
    {
        Fixture f;
        f.service.live = false;
        f.scraper.start();
        QVERIFY(!f.scraper.isRunning());
        f.advance(10 * 60'000);
        QCOMPARE(f.service.count(u"getMetricsEndpoint"_s), 0);
        QCOMPARE(f.service.count(u"scrapeMetrics"_s), 0);
    }

    void stopStopsScraping()
    {
        Fixture f;
        f.scraper.start();
        f.advance(1);
        f.scraper.stop();
        f.advance(10 * 60'000);
        QCOMPARE(f.service.count(u"scrapeMetrics"_s), 2);
    }
};

QTEST_GUILESS_MAIN(TestMetricsScraper)
#include "tst_metricsscraper.moc"
