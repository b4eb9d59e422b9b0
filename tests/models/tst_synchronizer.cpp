#include "fakeauraservice.h"
#include "models/inventory.h"
#include "models/synchronizer.h"

#include <QSignalSpy>
#include <QTest>

using namespace Aura;
using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

// Every test runs on the fake service's clock: time moves when a test advances it, never by waiting, so the
// schedules below are asserted to the millisecond and the suite does not depend on how loaded the machine is.

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

// Short intervals keep the numbers readable; the budget is out of the way unless a test sets a share.
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
    s.catchUpRequestsPerWindow = 1000;
    return s;
}

struct Fixture
{
    FakeAuraService service;
    Inventory inventory;
    Synchronizer sync {service, inventory};

    explicit Fixture(int idle, const SyncSettings &settings = quick())
    {
        service.budget->setLimit(100'000); // the tests that are about the budget set their shares
        service.tenants = {{u"t1"_s, u"One"_s, {}}};
        for (int k = 0; k < idle; ++k)
            add(make(QStringLiteral("idle%1").arg(k), u"running"_s));
        sync.setSettings(settings);
    }
    void add(const Instance &i) { service.instances.insert(i.id, i); }
    // Moves time on by `ms`: every wake-up and answer due meanwhile happens, in order.
    void advance(qint64 ms) { service.clock.advance(ms); }
    // Moves time on in 1 ms steps until `done` holds; false if it did not within `limitMs`.
    template<typename Done>
    bool advanceUntil(Done done, qint64 limitMs)
    {
        for (qint64 t = 0; t <= limitMs; ++t) {
            if (done())
                return true;
            advance(1);
        }
        return done();
    }
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
        f.advance(0);
        QCOMPARE(refreshed.size(), 1);
        QCOMPARE(refreshed.first().at(0).toDateTime(), f.service.clock.utcNow()); // the one clock
        QCOMPARE(f.inventory.instanceCount(), 20);
        QCOMPARE(f.inventory.tenantDisplayName(u"t1"_s), u"One"_s);
        QCOMPARE(f.service.count(u"listTenants"_s), 1);
        QCOMPARE(f.service.count(u"listInstances"_s), 1);
        QCOMPARE(busy.first().at(0).toBool(), true);
        QCOMPARE(busy.last().at(0).toBool(), false);
    }

    // A list that brings many new instances (a large account's first load) goes in a slice at a time, a turn of
    // the event loop each: nothing known is removed on the way, and the refresh ends once all of it is in.
    void aListOfManyNewInstancesIsAppliedInSlices()
    {
        SyncSettings settings = quick();
        settings.listSliceSize = 100;
        Fixture f(350, settings);
        QList<qsizetype> slices;
        QStringList removed;
        QStringList known; // what the first load brought, but idle0
        bool knownKept = true;
        connect(&f.inventory, &Inventory::instancesAdded, this, [&](const QStringList &ids) {
            slices.append(ids.size());
            for (const QString &id : std::as_const(known))
                knownKept = knownKept && f.inventory.instance(id);
        });
        connect(&f.inventory, &Inventory::instancesRemoved, this, [&](const QStringList &ids) { removed += ids; });
        QList<qsizetype> heldWhenRefreshed;
        connect(
            &f.sync, &Synchronizer::refreshed, this, [&] { heldWhenRefreshed.append(f.inventory.instanceCount()); });
        f.sync.start();
        f.advance(0);
        QCOMPARE(slices, (QList<qsizetype> {100, 100, 100, 50}));
        QCOMPARE(heldWhenRefreshed, QList<qsizetype> {350});

        // 250 more appear and one is gone: it leaves with the first slice, the others stay throughout.
        slices.clear();
        known = f.inventory.instanceIds();
        known.removeOne(u"idle0"_s);
        for (int k = 0; k < 250; ++k)
            f.add(make(QStringLiteral("new%1").arg(k), u"running"_s));
        f.service.instances.remove(u"idle0"_s);
        f.advance(600);
        QCOMPARE(slices, (QList<qsizetype> {100, 100, 50}));
        QCOMPARE(removed, QStringList {u"idle0"_s});
        QVERIFY(knownKept);
        QCOMPARE(heldWhenRefreshed, (QList<qsizetype> {350, 599}));
        QCOMPARE(f.inventory.instanceCount(), 599);
    }

    void idleInstancesAreNotPolledIndividually()
    {
        Fixture f(100);
        QSignalSpy refreshed(&f.sync, &Synchronizer::refreshed);
        f.sync.start();
        f.advance(599);
        QCOMPARE(refreshed.size(), 1);
        f.advance(1); // the next full refresh: many fast-poll intervals later
        QCOMPARE(refreshed.size(), 2);
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
        f.advance(0);
        QCOMPARE(refreshed.size(), 1);
        QCOMPARE(f.sync.watchedInstances(), QStringList {u"busy"_s});
        f.advance(120);
        QCOMPARE(f.pollTimes(u"busy"_s), (QList<qint64> {40, 80, 120}));
        QCOMPARE(f.service.count(u"getInstance"_s), f.service.count(u"getInstance"_s, u"busy"_s));

        // The server finishes: the model learns it at the next fast poll.
        QSignalSpy changed(&f.inventory, &Inventory::instanceChanged);
        f.service.instances[u"busy"_s].status = u"running"_s;
        f.advance(39);
        QCOMPARE(changed.size(), 0);
        f.advance(1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(f.inventory.instance(u"busy"_s)->status, u"running"_s);
        const int polls = f.service.count(u"getInstance"_s);
        QVERIFY(f.sync.watchedInstances().isEmpty());
        f.advance(600);
        QCOMPARE(refreshed.size(), 2);
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
        f.advance(1'000);
        const QList<qint64> t = f.pollTimes(u"slow"_s);
        QVERIFY(t.size() >= 5);
        // The first poll comes one fast interval after the refresh; then 40, 80, 160 and 320 ms (the cap).
        QCOMPARE(t[0], 40);
        QCOMPARE(t[1] - t[0], 40);
        QCOMPARE(t[2] - t[1], 80);
        QCOMPARE(t[3] - t[2], 160);
        QCOMPARE(t[4] - t[3], 320);
        if (t.size() > 5)
            QCOMPARE(t[5] - t[4], 320);
    }

    void followUpPollsAtOnceThenWatchesTheAction()
    {
        Fixture f(10);
        QSignalSpy refreshed(&f.sync, &Synchronizer::refreshed);
        f.sync.start();
        f.advance(0);
        f.sync.followUp(u"idle3"_s);
        QCOMPARE(f.service.count(u"getInstance"_s, u"idle3"_s), 1); // immediately, not on the next tick
        QCOMPARE(f.service.calls.last().priority, Priority::User);

        // The action reaches the server a little later: pausing, then paused.
        f.advance(40);
        QCOMPARE(f.service.count(u"getInstance"_s, u"idle3"_s), 2);
        f.service.instances[u"idle3"_s].status = u"pausing"_s;
        QVERIFY(f.advanceUntil([&] { return f.inventory.instance(u"idle3"_s)->status == u"pausing"_s; }, 40));
        f.service.instances[u"idle3"_s].status = u"paused"_s;
        QVERIFY(f.advanceUntil([&] { return f.inventory.instance(u"idle3"_s)->status == u"paused"_s; }, 320));
        const int polls = f.service.count(u"getInstance"_s, u"idle3"_s);
        f.advance(600);
        QVERIFY(refreshed.size() >= 2);
        QCOMPARE(f.service.count(u"getInstance"_s, u"idle3"_s), polls);
        QCOMPARE(f.service.count(u"getInstance"_s), polls); // nobody else was polled
    }

    void followUpOfAnActionThatChangesNothingEndsAfterItsGracePolls()
    {
        Fixture f(3);
        f.sync.start();
        f.advance(0);
        f.sync.followUp(u"idle1"_s);
        f.advance(600);
        QCOMPARE(f.service.count(u"getInstance"_s, u"idle1"_s), 1 + quick().followUpPolls);
        QVERIFY(f.sync.watchedInstances().isEmpty());
    }

    void aCreatedInstanceIsFollowedThroughAnEarly404()
    {
        Fixture f(3);
        f.sync.start();
        f.advance(0);
        f.sync.followUp(u"new"_s);
        QCOMPARE(f.service.count(u"getInstance"_s, u"new"_s), 1);
        f.advance(0); // the 404 arrives before the instance exists
        QVERIFY(!f.inventory.instance(u"new"_s));
        f.add(make(u"new"_s, u"creating"_s));
        f.advance(40);
        QVERIFY(f.inventory.instance(u"new"_s));
        QCOMPARE(f.inventory.instance(u"new"_s)->status, u"creating"_s);
        QVERIFY(f.sync.watchedInstances().contains(u"new"_s));
    }

    void aDeletedInstanceLeavesOnItsFirst404()
    {
        Fixture f(3);
        f.add(make(u"doomed"_s, u"destroying"_s));
        f.sync.start();
        f.advance(0);
        QVERIFY(f.inventory.instance(u"doomed"_s));
        f.service.instances.remove(u"doomed"_s);
        f.advance(40);
        QVERIFY(!f.inventory.instance(u"doomed"_s));
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
        f.advance(0);
        QCOMPARE(refreshed.size(), 1);
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
        f.advance(0);
        int before = f.service.count(u"getInstance"_s);
        f.advance(599);
        const int visible = f.service.count(u"getInstance"_s) - before;
        QCOMPARE(visible, 19); // every 30 ms
        f.sync.setWindowVisible(false);
        const int fullRefreshes = f.service.count(u"listInstances"_s);
        f.advance(30); // the poll planned while visible
        before = f.service.count(u"getInstance"_s);
        f.advance(600);
        const int hidden = f.service.count(u"getInstance"_s) - before;
        QCOMPARE(hidden, 2); // every 240 ms
        QCOMPARE(f.service.count(u"listInstances"_s), fullRefreshes); // the full refresh waits 8 × 600 ms too

        f.sync.setWindowVisible(true); // shown again: the overdue refresh happens now
        const qsizetype shown = refreshed.size();
        f.advance(0);
        QCOMPARE(refreshed.size(), shown + 1);
    }

    void errorsKeepTheLastData()
    {
        Fixture f(10);
        f.add(make(u"busy"_s, u"loading"_s));
        QSignalSpy refreshed(&f.sync, &Synchronizer::refreshed);
        QSignalSpy failed(&f.sync, &Synchronizer::refreshFailed);
        f.sync.start();
        f.advance(0);
        ApiError down;
        down.kind = ApiError::Kind::Network;
        f.service.failReads = down;
        f.advance(40);
        QCOMPARE(failed.size(), 1); // the transitional poll fails
        f.sync.refreshNow();
        f.advance(0);
        QVERIFY(failed.size() >= 2);
        QCOMPARE(failed.last().at(0).value<ApiError>().kind, ApiError::Kind::Network);
        QCOMPARE(f.inventory.instanceCount(), 11);
        QCOMPARE(f.inventory.instance(u"busy"_s)->status, u"loading"_s);
        QCOMPARE(f.inventory.tenantCount(), 1);
        QCOMPARE(refreshed.size(), 1);
        // Back online: the busy instance is still watched and picks up where it was.
        f.service.failReads.reset();
        f.service.instances[u"busy"_s].status = u"running"_s;
        f.advance(320);
        QCOMPARE(f.inventory.instance(u"busy"_s)->status, u"running"_s);
    }

    void snapshotsFollowTheSelectionAndSnapshotsInProgress()
    {
        Fixture f(5);
        Snapshot s;
        s.snapshotId = u"s1"_s;
        s.instanceId = u"idle1"_s;
        s.status = u"InProgress"_s;
        f.service.snapshots[u"idle1"_s] = {s};
        f.sync.start();
        f.advance(0);
        QCOMPARE(f.service.count(u"listSnapshots"_s), 0); // nothing selected, nothing listed
        f.sync.setSelectedInstance(u"idle1"_s);
        f.advance(0);
        QVERIFY(f.inventory.snapshot(u"idle1"_s, u"s1"_s));
        f.advance(80);
        QCOMPARE(f.service.count(u"listSnapshots"_s, u"idle1"_s), 3); // re-read every 40 ms while in progress
        f.service.snapshots[u"idle1"_s][0].status = u"Completed"_s;
        f.advance(40);
        QCOMPARE(f.inventory.snapshot(u"idle1"_s, u"s1"_s)->status, u"Completed"_s);
        const int lists = f.service.count(u"listSnapshots"_s);
        f.advance(600 - 120);
        QCOMPARE(f.service.count(u"listSnapshots"_s), lists + 1); // once per full refresh for the selection
        QCOMPARE(f.service.count(u"listSnapshots"_s), f.service.count(u"listSnapshots"_s, u"idle1"_s));

        // After "take snapshot" on another instance: listed at once, then while it runs.
        f.sync.followUpSnapshots(u"idle2"_s);
        f.advance(0);
        QCOMPARE(f.service.count(u"listSnapshots"_s, u"idle2"_s), 1);
        f.advance(40 * quick().followUpPolls);
        QCOMPARE(f.service.count(u"listSnapshots"_s, u"idle2"_s), 1 + quick().followUpPolls);
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
        f.advance(0);
        QCOMPARE(f.inventory.tenant(u"t2"_s)->configurations.size(), 2);
        QCOMPARE(f.inventory.tenant(u"t1"_s)->configurations.size(), 1);
        QCOMPARE(f.service.count(u"getTenant"_s, u"t1"_s), 1);
        // The next lists carry no configurations: the ones read stay, and are not read again so soon.
        f.advance(600);
        QCOMPARE(refreshed.size(), 3);
        QCOMPARE(f.inventory.tenant(u"t1"_s)->configurations.size(), 1);
        QCOMPARE(f.service.count(u"getTenant"_s, u"t1"_s), 1);
        QCOMPARE(f.service.count(u"getTenant"_s, u"t2"_s), 1);
        QCOMPARE(f.service.count(u"listTenants"_s), 3);
    }

    void seedProjectsCarryTheirConfigurationsInTheList()
    {
        Fixture f(1);
        InstanceConfiguration row;
        row.type = u"professional-db"_s;
        f.service.tenants = {{u"t1"_s, u"One"_s, {row}}};
        f.sync.start();
        f.advance(0);
        QCOMPARE(f.inventory.tenant(u"t1"_s)->configurations.size(), 1);
        f.advance(599); // anything queued has gone out
        QCOMPARE(f.service.count(u"getTenant"_s), 0);
    }

    void theVisibleInstancesGetTheirStatusFirst()
    {
        SyncSettings s = quick();
        s.requestsPerWindow = 5; // two lists and the project's details, then two instances' details a minute
        s.catchUpRequestsPerWindow = 5;
        s.fullRefreshInterval = 10min;
        Fixture f(10, s);
        f.service.live = true;
        f.sync.setVisibleInstances({u"idle7"_s, u"idle9"_s});
        f.sync.start();
        f.advance(0);
        QCOMPARE(f.service.count(u"getTenant"_s), 1);
        QStringList firstDetails;
        for (const FakeAuraService::Call &c : f.service.calls) {
            if (c.method == u"getInstance")
                firstDetails << c.id;
        }
        firstDetails.sort();
        QCOMPARE(firstDetails, (QStringList {u"idle7"_s, u"idle9"_s})); // the share of this minute is used up
        // Scrolling moves the rows now on screen ahead of the rest: the next minute's first detail is theirs.
        f.sync.setVisibleInstances({u"idle3"_s});
        const qsizetype before = f.service.calls.size();
        f.advance(60'000);
        QCOMPARE(f.service.count(u"getInstance"_s, u"idle3"_s), 1);
        QCOMPARE(f.service.calls.at(before).id, u"idle3"_s);
        QCOMPARE(f.service.calls.at(before).atMs, 60'000);
        QVERIFY(f.service.count(u"getInstance"_s) < 10);
    }

    void liveSummariesGetTheirDetailsWithinTheBudget()
    {
        SyncSettings s = quick();
        s.requestsPerWindow = 3;
        s.catchUpRequestsPerWindow = 5; // instances with no status at all may use this share
        s.fullRefreshInterval = 10min;
        Fixture f(12, s);
        f.service.budget->setLimit(125);
        f.service.live = true;
        f.sync.start();
        f.advance(0);
        // The list gave summaries: two lists and the project's details leave room for two instances' details.
        int withStatus = 0;
        for (const QString &id : f.inventory.instanceIds())
            withStatus += f.inventory.instance(id)->hasDetails() ? 1 : 0;
        QCOMPARE(withStatus, 2);
        f.advance(3 * 60'000);
        QCOMPARE(f.service.count(u"getInstance"_s), 12);
        for (const QString &id : f.inventory.instanceIds())
            QCOMPARE(f.inventory.instance(id)->status, u"running"_s);
        // Never more than the catch-up share, 5 requests, in any minute (the budget's window).
        const auto &calls = f.service.calls;
        for (qsizetype i = 0; i < calls.size(); ++i) {
            qsizetype inWindow = 0;
            for (qsizetype j = i; j < calls.size() && calls[j].atMs < calls[i].atMs + 60'000; ++j)
                ++inWindow;
            QVERIFY2(inWindow <= 5, qPrintable(u"%1 requests from %2 ms"_s.arg(inWindow).arg(calls[i].atMs)));
        }
        // The lists are background work; details (of the instances and the project) come after them, as bulk work.
        for (const FakeAuraService::Call &c : calls) {
            const bool detail = c.method == u"getInstance" || c.method == u"getTenant";
            QCOMPARE(c.priority, detail ? Priority::Bulk : Priority::Background);
        }
        QCOMPARE(calls.last().atMs - calls.first().atMs, 2 * 60'000); // it had to wait for the window, twice
    }

    void backgroundWorkLeavesTheRestOfTheBudgetToTheUser()
    {
        SyncSettings s = quick();
        s.requestsPerWindow = 4;
        s.fastPollBackoff = 1.0;
        Fixture f(3, s);
        f.service.budget->setLimit(7);
        f.add(make(u"busy"_s, u"creating"_s));
        f.sync.start();
        f.advance(200); // two lists and two polls use the background share of this minute
        QCOMPARE(f.service.count(u"getInstance"_s, u"busy"_s), 2);
        QCOMPARE(f.service.budget->used(), 4);
        // The user's own action still goes out at once, and the one after it: the budget kept room for them.
        f.sync.followUp(u"idle1"_s);
        f.sync.refreshNow();
        QCOMPARE(f.service.count(u"getInstance"_s, u"idle1"_s), 1);
        QCOMPARE(f.service.budget->used(), 7);
        f.advance(59'000);
        QCOMPARE(f.service.count(u"getInstance"_s, u"busy"_s), 2); // background waits for the window
    }
};

QTEST_GUILESS_MAIN(TestSynchronizer)
#include "tst_synchronizer.moc"
