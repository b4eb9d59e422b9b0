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
    s.budgetWindow = 1s;
    return s;
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
        QVERIFY(refreshed.wait());
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
        QVERIFY(refreshedA.wait());
        syncB.start();
        QVERIFY(refreshedB.wait());

        QCOMPARE(inventory.accountKeys(), (QStringList {u"a"_s, u"b"_s}));
        QCOMPARE(sorted(inventory.instanceIds(u"a"_s)), (QStringList {u"a1"_s, u"a2"_s}));
        QCOMPARE(sorted(inventory.instanceIds(u"b"_s)), (QStringList {u"b1"_s, u"b2"_s}));
        QCOMPARE(inventory.accountOfTenant(u"t1"_s), u"a"_s);
        QCOMPARE(inventory.accountOfTenant(u"t2"_s), u"b"_s);
        QCOMPARE(inventory.instance(u"a1"_s)->status, u"running"_s); // b's "creating" was not applied
        QCOMPARE(syncA.watchedInstances(), QStringList {u"a2"_s});
        QCOMPARE(syncB.watchedInstances(), QStringList {u"b2"_s});

        // Several polls and full refreshes later: each asked its own service about its own instances only.
        QTRY_VERIFY(serviceA.count(u"getInstance"_s, u"a2"_s) >= 3 && serviceB.count(u"getInstance"_s, u"b2"_s) >= 3);
        QVERIFY(refreshedB.wait(2000));
        QVERIFY(refreshedA.size() >= 2 || refreshedA.wait(2000));
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
        QTest::qWait(200);
        QCOMPARE(serviceB.count(u"getInstance"_s, u"a1"_s), 0);
        QCOMPARE(serviceB.count(u"listSnapshots"_s), 0);
        QVERIFY(serviceB.count(u"getInstance"_s) > readsBefore); // it goes on polling its own b2

        // Its own instance, selected and followed, is read as usual.
        syncB.setSelectedInstance(u"b1"_s);
        syncB.followUp(u"b1"_s);
        QTRY_VERIFY(serviceB.count(u"listSnapshots"_s, u"b1"_s) >= 1);
        QTRY_VERIFY(serviceB.count(u"getInstance"_s, u"b1"_s) >= 1);

        // A deletion in a's service: a removes it on its 404; b's lists never touch it.
        serviceA.instances.remove(u"a2"_s);
        QTRY_VERIFY(!inventory.instance(u"a2"_s));
        QCOMPARE(sorted(inventory.instanceIds(u"b"_s)), (QStringList {u"b1"_s, u"b2"_s}));
        // Now that a no longer shows a2, b's next full list adds it under b.
        QTRY_COMPARE_WITH_TIMEOUT(inventory.accountOfInstance(u"a2"_s), u"b"_s, 3000);
    }
};

QTEST_GUILESS_MAIN(TestSynchronizerAccounts)
#include "tst_synchronizer_accounts.moc"
