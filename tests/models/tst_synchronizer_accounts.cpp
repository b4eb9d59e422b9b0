#include "fakeauraservice.h"
#include "models/inventory.h"
#include "models/synchronizer.h"

#include <QSignalSpy>
#include <QTest>

using namespace Aura;
using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {
Instance make(const QString &id, const QString &status, const QString &tenant)
{
    Instance i;
    i.id = id;
    i.name = u"name-"_s + id;
    i.status = status;
    i.tenantId = tenant;
    i.memory = u"8GB"_s;
    return i;
}

SyncSettings quick()
{
    SyncSettings s;
    s.fullRefreshInterval = 300ms;
    s.fastPollInterval = 40ms;
    s.fastPollMaxInterval = 80ms;
    s.snapshotPollInterval = 40ms;
    s.staleDetailsAfter = 1h;
    s.followUpPolls = 2;
    s.requestsPerWindow = 1000;
    return s;
}

// Each service has its own fake clock (an account's budget and time); both move together, in steps of 10 ms.
void advance(std::initializer_list<FakeAuraService *> services, qint64 ms)
{
    for (qint64 done = 0; done < ms; done += 10) {
        for (FakeAuraService *service : services)
            service->clock.advance(std::min<qint64>(10, ms - done));
    }
    if (ms == 0) {
        for (FakeAuraService *service : services)
            service->clock.advance(0);
    }
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}
} // namespace

// Two synchronizers, each with its own service, feeding one Inventory under different account keys.
class TestSynchronizerAccounts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theDefaultSynchronizerFeedsTheEmptyKey()
    {
        FakeAuraService service;
        service.instances.insert(u"x"_s, make(u"x"_s, u"running"_s, u"t1"_s));
        Inventory inventory;
        Synchronizer sync(service, inventory);
        QCOMPARE(sync.accountKey(), QString());
        QSignalSpy refreshed(&sync, &Synchronizer::refreshed);
        sync.start();
        service.clock.advance(0);
        QCOMPARE(refreshed.size(), 1);
        QCOMPARE(inventory.accountKeys(), QStringList {QString()});
        QCOMPARE(inventory.accountOfInstance(u"x"_s), QString());
    }

    void eachFeedsAndPollsOnlyItsOwnAccount()
    {
        FakeAuraService serviceA;
        serviceA.tenants = {{u"t1"_s, u"One"_s, {}}};
        for (const Instance &i : {make(u"a1"_s, u"running"_s, u"t1"_s), make(u"a2"_s, u"pausing"_s, u"t1"_s)})
            serviceA.instances.insert(i.id, i);
        FakeAuraService serviceB;
        serviceB.tenants = {{u"t2"_s, u"Two"_s, {}}, {u"t1"_s, u"One, seen by b"_s, {}}};
        // b sees a1 and a2 too (a project both API keys may read), with another status.
        for (const Instance &i : {make(u"b1"_s, u"running"_s, u"t2"_s), make(u"b2"_s, u"resuming"_s, u"t2"_s),
                 make(u"a1"_s, u"creating"_s, u"t1"_s), make(u"a2"_s, u"pausing"_s, u"t1"_s)})
            serviceB.instances.insert(i.id, i);

        Inventory inventory;
        Synchronizer syncA(serviceA, inventory, u"a"_s);
        Synchronizer syncB(serviceB, inventory, u"b"_s);
        syncA.setSettings(quick());
        syncB.setSettings(quick());
        QSignalSpy refreshedA(&syncA, &Synchronizer::refreshed);
        QSignalSpy refreshedB(&syncB, &Synchronizer::refreshed);
        syncA.start();
        advance({&serviceA}, 0);
        QCOMPARE(refreshedA.size(), 1);
        syncB.start();
        advance({&serviceB}, 0);
        QCOMPARE(refreshedB.size(), 1);

        QCOMPARE(inventory.accountKeys(), (QStringList {u"a"_s, u"b"_s}));
        QCOMPARE(sorted(inventory.instanceIds(u"a"_s)), (QStringList {u"a1"_s, u"a2"_s}));
        QCOMPARE(sorted(inventory.instanceIds(u"b"_s)), (QStringList {u"b1"_s, u"b2"_s}));
        QCOMPARE(inventory.accountOfTenant(u"t1"_s), u"a"_s);
        QCOMPARE(inventory.accountOfTenant(u"t2"_s), u"b"_s);
        QCOMPARE(inventory.instance(u"a1"_s)->status, u"running"_s); // b's "creating" was not applied
        QCOMPARE(syncA.watchedInstances(), QStringList {u"a2"_s});
        QCOMPARE(syncB.watchedInstances(), QStringList {u"b2"_s});

        // Several polls and full refreshes later: each asked its own service about its own instances only.
        advance({&serviceA, &serviceB}, 300);
        QVERIFY(serviceA.count(u"getInstance"_s, u"a2"_s) >= 3);
        QVERIFY(serviceB.count(u"getInstance"_s, u"b2"_s) >= 3);
        QCOMPARE(refreshedA.size(), 2);
        QCOMPARE(refreshedB.size(), 2);
        QCOMPARE(serviceB.count(u"getInstance"_s, u"a1"_s) + serviceB.count(u"getInstance"_s, u"a2"_s), 0);
        QCOMPARE(serviceA.count(u"getInstance"_s), serviceA.count(u"getInstance"_s, u"a2"_s));
        // Neither full list removed the other's instances.
        QCOMPARE(inventory.instanceCount(), 4);
        QCOMPARE(sorted(inventory.instanceIds(u"a"_s)), (QStringList {u"a1"_s, u"a2"_s}));

        // Following, selecting or listing snapshots of the other account's instance: ignored.
        const int readsBefore = serviceB.count(u"getInstance"_s);
        syncB.followUp(u"a1"_s);
        syncB.followUpSnapshots(u"a1"_s);
        syncB.setSelectedInstance(u"a1"_s);
        QVERIFY(!syncB.watchedInstances().contains(u"a1"_s));
        advance({&serviceA, &serviceB}, 200);
        QCOMPARE(serviceB.count(u"getInstance"_s, u"a1"_s), 0);
        QCOMPARE(serviceB.count(u"listSnapshots"_s), 0);
        QVERIFY(serviceB.count(u"getInstance"_s) > readsBefore); // it goes on polling its own b2

        // Its own instance, selected and followed, is read as usual.
        syncB.setSelectedInstance(u"b1"_s);
        syncB.followUp(u"b1"_s);
        advance({&serviceB}, 0);
        QCOMPARE(serviceB.count(u"listSnapshots"_s, u"b1"_s), 1);
        QCOMPARE(serviceB.count(u"getInstance"_s, u"b1"_s), 1);

        // A deletion in a's service: a removes it on its 404; b's lists never touch it.
        serviceA.instances.remove(u"a2"_s);
        advance({&serviceA}, 80); // a2 is polled at least every 80 ms
        QVERIFY(!inventory.instance(u"a2"_s));
        QCOMPARE(sorted(inventory.instanceIds(u"b"_s)), (QStringList {u"b1"_s, u"b2"_s}));
        // Now that a no longer shows a2, b's next full list adds it under b.
        advance({&serviceA, &serviceB}, 300);
        QCOMPARE(inventory.accountOfInstance(u"a2"_s), u"b"_s);
    }
};

QTEST_GUILESS_MAIN(TestSynchronizerAccounts)
#include "tst_synchronizer_accounts.moc"
