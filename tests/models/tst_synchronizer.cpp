#include "fakeauraservice.h"
#include "models/inventory.h"
#include "models/synchronizer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Aura;
using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {
Instance make(const QString &id, const QString &status)
{
    Instance i;
    i.id = id;
    i.name = u"name-"_s + id;
    i.status = status;
    i.tenantId = u"t1"_s;
    i.memory = u"8GB"_s;
    return i;
}

// Minutes squeezed into milliseconds; the budget is out of the way unless a test sets one.
SyncSettings quick()
{
    SyncSettings s;
    s.fullRefreshInterval = 600ms;
    s.fastPollInterval = 40ms;
    s.fastPollMaxInterval = 320ms;
    s.fastPollBackoff = 2.0;
    s.snapshotPollInterval = 40ms;
    s.staleDetailsAfter = 1h;
    s.hiddenSlowdown = 8;
    s.followUpPolls = 2;
    s.requestsPerWindow = 1000;
    s.budgetWindow = 1s;
    return s;
}

struct Fixture
{
    FakeAuraService service;
    Inventory inventory;
    Synchronizer sync {service, inventory};

    explicit Fixture(int idle, const SyncSettings &settings = quick())
    {
        service.tenants = {{u"t1"_s, u"One"_s, {}}};
        for (int k = 0; k < idle; ++k)
            add(make(QStringLiteral("idle%1").arg(k), u"running"_s));
        sync.setSettings(settings);
    }
    void add(const Instance &i) { service.instances.insert(i.id, i); }
    QList<qint64> pollTimes(const QString &id) const
    {
        QList<qint64> times;
        for (const FakeAuraService::Call &c : service.calls) {
            if (c.method == u"getInstance" && c.id == id)
                times.append(c.atMs);
        }
        return times;
    }
};
} // namespace

class TestSynchronizer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startLoadsEverythingWithTwoRequests()
    {
        Fixture f(20);
        QSignalSpy refreshed(&f.sync, &Synchronizer::refreshed);
        QSignalSpy busy(&f.sync, &Synchronizer::busyChanged);
        f.sync.start();
        QVERIFY(refreshed.wait());
        QCOMPARE(f.inventory.instanceCount(), 20);
        QCOMPARE(f.inventory.tenantDisplayName(u"t1"_s), u"One"_s);
        QCOMPARE(f.service.count(u"listTenants"_s), 1);
        QCOMPARE(f.service.count(u"listInstances"_s), 1);
        QCOMPARE(busy.first().at(0).toBool(), true);
        QTRY_COMPARE(busy.last().at(0).toBool(), false);
    }

    void idleInstancesAreNotPolledIndividually()
    {
        Fixture f(100);
        QSignalSpy refreshed(&f.sync, &Synchronizer::refreshed);
        f.sync.start();
        QVERIFY(refreshed.wait());
        QVERIFY(refreshed.wait(3000)); // the next full refresh: many fast-poll intervals later
        QCOMPARE(f.service.count(u"getInstance"_s), 0);
        QCOMPARE(f.service.count(u"listInstances"_s), 2);
        QVERIFY(f.sync.watchedInstances().isEmpty());
    }

    void transitionalInstancesArePolledUntilTheySettle()
    {
        SyncSettings s = quick();
        s.fastPollBackoff = 1.0;
        Fixture f(50, s);
        f.add(make(u"busy"_s, u"creating"_s));
        QSignalSpy refreshed(&f.sync, &Synchronizer::refreshed);
        f.sync.start();
        QVERIFY(refreshed.wait());
        QCOMPARE(f.sync.watchedInstances(), QStringList {u"busy"_s});
        QTRY_VERIFY(f.service.count(u"getInstance"_s, u"busy"_s) >= 3);
        QCOMPARE(f.service.count(u"getInstance"_s), f.service.count(u"getInstance"_s, u"busy"_s));

        // The server finishes: the model learns it within one fast-poll interval (plus scheduling slack).
        QSignalSpy changed(&f.inventory, &Inventory::instanceChanged);
        f.service.instances[u"busy"_s].status = u"running"_s;
        QElapsedTimer seen;
        seen.start();
        QVERIFY(changed.wait(2000));
        QVERIFY2(seen.elapsed() < 40 + 100, qPrintable(QString::number(seen.elapsed())));
        QCOMPARE(f.inventory.instance(u"busy"_s)->status, u"running"_s);
        const int polls = f.service.count(u"getInstance"_s);
        QVERIFY(f.sync.watchedInstances().isEmpty());
        QVERIFY(refreshed.wait(3000));
        QCOMPARE(f.service.count(u"getInstance"_s), polls); // settled: no more polls
        const StatusHistory history = f.inventory.statusHistory(u"busy"_s);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.last().status, u"running"_s);
    }

    void pollingBacksOffWhileTheWaitGrows()
    {
        Fixture f(5);
        f.add(make(u"slow"_s, u"resuming"_s));
        f.sync.start();
        QTRY_VERIFY_WITH_TIMEOUT(f.pollTimes(u"slow"_s).size() >= 5, 5000);
        const QList<qint64> t = f.pollTimes(u"slow"_s);
        // The first poll comes one fast interval after the refresh; then 40, 80, 160 and 320 ms (the cap).
        const qint64 first = t[1] - t[0];
        const qint64 second = t[2] - t[1];
        const qint64 third = t[3] - t[2];
        const qint64 capped = t[4] - t[3];
        const QString gaps = u"gaps %1 %2 %3 %4"_s.arg(first).arg(second).arg(third).arg(capped);
        QVERIFY2(first >= 38 && second >= 78 && third >= 158 && capped >= 318, qPrintable(gaps));
        QVERIFY2(capped < 640, qPrintable(gaps));
    }

    void followUpPollsAtOnceThenWatchesTheAction()
    {
        Fixture f(10);
        QSignalSpy refreshed(&f.sync, &Synchronizer::refreshed);
        f.sync.start();
        QVERIFY(refreshed.wait());
        f.sync.followUp(u"idle3"_s);
        QCOMPARE(f.service.count(u"getInstance"_s, u"idle3"_s), 1); // immediately, not on the next tick
        QCOMPARE(f.service.calls.last().priority, Priority::User);

        // The action reaches the server a little later: pausing, then paused.
        QTRY_COMPARE(f.service.count(u"getInstance"_s, u"idle3"_s), 2);
        f.service.instances[u"idle3"_s].status = u"pausing"_s;
        QTRY_COMPARE(f.inventory.instance(u"idle3"_s)->status, u"pausing"_s);
        f.service.instances[u"idle3"_s].status = u"paused"_s;
        QTRY_COMPARE(f.inventory.instance(u"idle3"_s)->status, u"paused"_s);
        const int polls = f.service.count(u"getInstance"_s, u"idle3"_s);
        QVERIFY(refreshed.wait(3000));
        QCOMPARE(f.service.count(u"getInstance"_s, u"idle3"_s), polls);
        QCOMPARE(f.service.count(u"getInstance"_s), polls); // nobody else was polled
    }

    void followUpOfAnActionThatChangesNothingEndsAfterItsGracePolls()
    {
        Fixture f(3);
        QSignalSpy refreshed(&f.sync, &Synchronizer::refreshed);
        f.sync.start();
        QVERIFY(refreshed.wait());
        f.sync.followUp(u"idle1"_s);
        QVERIFY(refreshed.wait(3000));
        QCOMPARE(f.service.count(u"getInstance"_s, u"idle1"_s), 1 + quick().followUpPolls);
    }

    void aCreatedInstanceIsFollowedThroughAnEarly404()
    {
        Fixture f(3);
        QSignalSpy refreshed(&f.sync, &Synchronizer::refreshed);
        f.sync.start();
        QVERIFY(refreshed.wait());
        f.sync.followUp(u"new"_s);
        QTRY_COMPARE(f.service.count(u"getInstance"_s, u"new"_s), 1);
        QTest::qWait(5); // let the 404 arrive before the instance exists
        f.add(make(u"new"_s, u"creating"_s));
        QTRY_VERIFY(f.inventory.instance(u"new"_s));
        QCOMPARE(f.inventory.instance(u"new"_s)->status, u"creating"_s);
        QVERIFY(f.sync.watchedInstances().contains(u"new"_s));
    }

    void aDeletedInstanceLeavesOnItsFirst404()
    {
        Fixture f(3);
        f.add(make(u"doomed"_s, u"destroying"_s));
        QSignalSpy refreshed(&f.sync, &Synchronizer::refreshed);
        f.sync.start();
        QVERIFY(refreshed.wait());
        QVERIFY(f.inventory.instance(u"doomed"_s));
        f.service.instances.remove(u"doomed"_s);
        QTRY_VERIFY(!f.inventory.instance(u"doomed"_s));
        QVERIFY(f.sync.watchedInstances().isEmpty());
    }

    // A console starts its synchronizer before its window is on screen: showing the window must not put off
    // the first refresh by a whole interval.
    void showingTheWindowAfterStartDoesNotDelayTheFirstRefresh()
    {
        SyncSettings s = quick();
        s.fullRefreshInterval = 60s;
        Fixture f(2, s);
        f.sync.setWindowVisible(false);
        QSignalSpy refreshed(&f.sync, &Synchronizer::refreshed);
        f.sync.start();
        f.sync.setWindowVisible(true);
        QVERIFY(refreshed.wait(2000));
        QCOMPARE(f.service.count(u"listInstances"_s), 1);
    }

    void aHiddenWindowPollsLess()
    {
        SyncSettings s = quick();
        s.fastPollBackoff = 1.0;
        s.fastPollInterval = 30ms;
        Fixture f(3, s);
        f.add(make(u"busy"_s, u"updating"_s));
        QSignalSpy refreshed(&f.sync, &Synchronizer::refreshed);
        f.sync.start();
        QVERIFY(refreshed.wait());
        // A rate needs a stretch of time to count over; nothing to wait for but the clock.
        int before = f.service.count(u"getInstance"_s);
        QTest::qWait(600);
        const int visible = f.service.count(u"getInstance"_s) - before;
        f.sync.setWindowVisible(false);
        const int fullRefreshes = f.service.count(u"listInstances"_s);
        QTest::qWait(50); // the poll planned while visible
        before = f.service.count(u"getInstance"_s);
        QTest::qWait(600);
        const int hidden = f.service.count(u"getInstance"_s) - before;
        QVERIFY2(
            visible >= 8 && hidden * 4 <= visible, qPrintable(u"%1 visible, %2 hidden"_s.arg(visible).arg(hidden)));
        QCOMPARE(f.service.count(u"listInstances"_s), fullRefreshes); // the full refresh waits 8 × 600 ms too

        f.sync.setWindowVisible(true); // shown again: the overdue refresh happens now
        QVERIFY(refreshed.wait(1000));
    }

    void errorsKeepTheLastData()
    {
        Fixture f(10);
        f.add(make(u"busy"_s, u"loading"_s));
        QSignalSpy refreshed(&f.sync, &Synchronizer::refreshed);
        QSignalSpy failed(&f.sync, &Synchronizer::refreshFailed);
        f.sync.start();
        QVERIFY(refreshed.wait());
        ApiError down;
        down.kind = ApiError::Kind::Network;
        f.service.failReads = down;
        QVERIFY(failed.wait()); // the transitional poll fails
        f.sync.refreshNow();
        QTRY_VERIFY(failed.size() >= 2);
        QCOMPARE(failed.last().at(0).value<ApiError>().kind, ApiError::Kind::Network);
        QCOMPARE(f.inventory.instanceCount(), 11);
        QCOMPARE(f.inventory.instance(u"busy"_s)->status, u"loading"_s);
        QCOMPARE(f.inventory.tenantCount(), 1);
        QCOMPARE(refreshed.size(), 1);
        // Back online: the busy instance is still watched and picks up where it was.
        f.service.failReads.reset();
        f.service.instances[u"busy"_s].status = u"running"_s;
        QTRY_COMPARE_WITH_TIMEOUT(f.inventory.instance(u"busy"_s)->status, u"running"_s, 3000);
    }

    void snapshotsFollowTheSelectionAndSnapshotsInProgress()
    {
        Fixture f(5);
        Snapshot s;
        s.snapshotId = u"s1"_s;
        s.instanceId = u"idle1"_s;
        s.status = u"InProgress"_s;
        f.service.snapshots[u"idle1"_s] = {s};
        QSignalSpy refreshed(&f.sync, &Synchronizer::refreshed);
        f.sync.start();
        QVERIFY(refreshed.wait());
        QCOMPARE(f.service.count(u"listSnapshots"_s), 0); // nothing selected, nothing listed
        f.sync.setSelectedInstance(u"idle1"_s);
        QTRY_VERIFY(f.inventory.snapshot(u"idle1"_s, u"s1"_s));
        QTRY_VERIFY(f.service.count(u"listSnapshots"_s, u"idle1"_s) >= 3); // re-read while in progress
        f.service.snapshots[u"idle1"_s][0].status = u"Completed"_s;
        QTRY_COMPARE(f.inventory.snapshot(u"idle1"_s, u"s1"_s)->status, u"Completed"_s);
        const int lists = f.service.count(u"listSnapshots"_s);
        QVERIFY(refreshed.wait(3000));
        QTRY_COMPARE(f.service.count(u"listSnapshots"_s), lists + 1); // once per full refresh for the selection
        QCOMPARE(f.service.count(u"listSnapshots"_s), f.service.count(u"listSnapshots"_s, u"idle1"_s));

        // After "take snapshot" on another instance: listed at once, then while it runs.
        f.sync.followUpSnapshots(u"idle2"_s);
        QTRY_VERIFY(f.service.count(u"listSnapshots"_s, u"idle2"_s) >= 1 + quick().followUpPolls);
    }

    void liveProjectsGetTheirConfigurationsFromTheirDetailsAndKeepThem()
    {
        SyncSettings s = quick();
        s.fullRefreshInterval = 300ms;
        s.tenantDetailsInterval = 10s;
        Fixture f(2, s);
        f.service.live = true;
        InstanceConfiguration row;
        row.type = u"professional-db"_s;
        row.region = u"europe-west1"_s;
        row.cloudProvider = u"gcp"_s;
        row.memory = u"2GB"_s;
        row.storage = u"4GB"_s;
        row.version = u"5"_s;
        f.service.tenants = {{u"t1"_s, u"One"_s, {row}}, {u"t2"_s, u"Two"_s, {row, row}}};
        QSignalSpy refreshed(&f.sync, &Synchronizer::refreshed);
        f.sync.start();
        QVERIFY(refreshed.wait());
        QTRY_COMPARE(f.inventory.tenant(u"t2"_s)->configurations.size(), 2);
        QCOMPARE(f.inventory.tenant(u"t1"_s)->configurations.size(), 1);
        QCOMPARE(f.service.count(u"getTenant"_s, u"t1"_s), 1);
        // The next lists carry no configurations: the ones read stay, and are not read again so soon.
        QVERIFY(refreshed.wait());
        QVERIFY(refreshed.wait());
        QCOMPARE(f.inventory.tenant(u"t1"_s)->configurations.size(), 1);
        QCOMPARE(f.service.count(u"getTenant"_s, u"t1"_s), 1);
        QCOMPARE(f.service.count(u"getTenant"_s, u"t2"_s), 1);
        QVERIFY(f.service.count(u"listTenants"_s) >= 3);
    }

    void seedProjectsCarryTheirConfigurationsInTheList()
    {
        Fixture f(1);
        InstanceConfiguration row;
        row.type = u"professional-db"_s;
        f.service.tenants = {{u"t1"_s, u"One"_s, {row}}};
        QSignalSpy refreshed(&f.sync, &Synchronizer::refreshed);
        f.sync.start();
        QVERIFY(refreshed.wait());
        QCOMPARE(f.inventory.tenant(u"t1"_s)->configurations.size(), 1);
        QTest::qWait(50); // let anything queued go out
        QCOMPARE(f.service.count(u"getTenant"_s), 0);
    }

    void theVisibleInstancesGetTheirStatusFirst()
    {
        SyncSettings s = quick();
        s.requestsPerWindow = 2;
        s.catchUpRequestsPerWindow = 2;
        s.budgetWindow = 300ms;
        s.fullRefreshInterval = 10s;
        Fixture f(10, s);
        f.service.live = true;
        f.sync.setVisibleInstances({u"idle7"_s, u"idle9"_s});
        QSignalSpy refreshed(&f.sync, &Synchronizer::refreshed);
        f.sync.start();
        QVERIFY(refreshed.wait());
        QTRY_VERIFY_WITH_TIMEOUT(f.service.count(u"getInstance"_s) >= 2, 5000);
        QStringList firstDetails;
        for (const FakeAuraService::Call &c : f.service.calls) {
            if (c.method == u"getInstance")
                firstDetails << c.id;
        }
        QStringList firstTwo = firstDetails.mid(0, 2);
        firstTwo.sort();
        QCOMPARE(firstTwo, (QStringList {u"idle7"_s, u"idle9"_s}));
        // Scrolling moves the rows now on screen ahead of the rest.
        f.sync.setVisibleInstances({u"idle3"_s});
        QTRY_VERIFY_WITH_TIMEOUT(f.service.count(u"getInstance"_s, u"idle3"_s) == 1, 5000);
        QVERIFY(f.service.count(u"getInstance"_s) < 10);
    }

    void liveSummariesGetTheirDetailsWithinTheBudget()
    {
        SyncSettings s = quick();
        s.requestsPerWindow = 3;
        s.catchUpRequestsPerWindow = 5; // instances with no status at all may use this share
        s.budgetWindow = 400ms;
        s.fullRefreshInterval = 10s;
        Fixture f(12, s);
        f.service.live = true;
        QSignalSpy refreshed(&f.sync, &Synchronizer::refreshed);
        f.sync.start();
        QVERIFY(refreshed.wait());
        QVERIFY(!f.inventory.instance(u"idle0"_s)->hasDetails());
        QTRY_VERIFY_WITH_TIMEOUT(f.service.count(u"getInstance"_s) == 12, 5000);
        for (const QString &id : f.inventory.instanceIds())
            QCOMPARE(f.inventory.instance(id)->status, u"running"_s);
        // Never more than the catch-up share, 5 requests, in any 400 ms.
        const auto &calls = f.service.calls;
        for (qsizetype i = 0; i < calls.size(); ++i) {
            qsizetype inWindow = 0;
            for (qsizetype j = i; j < calls.size() && calls[j].atMs < calls[i].atMs + 400 - 5; ++j)
                ++inWindow;
            QVERIFY2(inWindow <= 5, qPrintable(u"%1 requests from %2 ms"_s.arg(inWindow).arg(calls[i].atMs)));
        }
        for (const FakeAuraService::Call &c : calls)
            QCOMPARE(c.priority, Priority::Background);
        QVERIFY(calls.last().atMs - calls.first().atMs >= 400); // it had to wait for the window
    }
};

QTEST_GUILESS_MAIN(TestSynchronizer)
#include "tst_synchronizer.moc"
