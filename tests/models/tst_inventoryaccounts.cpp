#include "models/inventory.h"

#include <QSignalSpy>
#include <QTest>

using namespace Aura;
using namespace Qt::Literals::StringLiterals;

namespace {
Instance make(const QString &id, const QString &tenant = u"t1"_s, const QString &status = u"running"_s)
{
    Instance i;
    i.id = id;
    i.name = u"name-"_s + id;
    i.status = status;
    i.tenantId = tenant;
    return i;
}

Tenant tenant(const QString &id, const QString &name)
{
    return {id, name, {}};
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}
} // namespace

// The account level of the Inventory: separate data per account, ownership, removal, state and qualified names.
class TestInventoryAccounts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void accountsHoldSeparateData()
    {
        Inventory inv;
        inv.addAccount(u"work"_s, u"Work"_s);
        inv.applyTenants(u"work"_s, {tenant(u"t1"_s, u"One"_s)});
        inv.applyInstances(u"work"_s, {make(u"a"_s), make(u"b"_s)});
        inv.applyTenants(u"home"_s, {tenant(u"t2"_s, u"Two"_s)});
        inv.applyInstances(u"home"_s, {make(u"c"_s, u"t2"_s)});

        QCOMPARE(inv.accountKeys(), (QStringList {u"work"_s, u"home"_s}));
        QCOMPARE(sorted(inv.instanceIds(u"work"_s)), (QStringList {u"a"_s, u"b"_s}));
        QCOMPARE(inv.instanceIds(u"home"_s), QStringList {u"c"_s});
        QCOMPARE(inv.tenantIds(u"home"_s), QStringList {u"t2"_s});
        QCOMPARE(inv.accountOfInstance(u"c"_s), u"home"_s);
        QCOMPARE(inv.accountOfTenant(u"t1"_s), u"work"_s);

        // A full list of one account removes only what that account held.
        QSignalSpy removed(&inv, &Inventory::instancesRemoved);
        QSignalSpy tenantsRemoved(&inv, &Inventory::tenantsRemoved);
        inv.applyInstances(u"home"_s, {});
        inv.applyTenants(u"home"_s, {});
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(0).toStringList(), QStringList {u"c"_s});
        QCOMPARE(tenantsRemoved.at(0).at(0).toStringList(), QStringList {u"t2"_s});
        QCOMPARE(inv.instanceCount(), 2);
        QVERIFY(inv.tenant(u"t1"_s));
    }

    void theFirstAccountToListSomethingOwnsIt()
    {
        Inventory inv;
        inv.applyTenants(u"a"_s, {tenant(u"t1"_s, u"One"_s)});
        inv.applyInstances(u"a"_s, {make(u"x"_s)});
        QSignalSpy added(&inv, &Inventory::instancesAdded);
        QSignalSpy changed(&inv, &Inventory::instanceChanged);
        QSignalSpy removed(&inv, &Inventory::instancesRemoved);
        QSignalSpy tenantChanged(&inv, &Inventory::tenantChanged);
        QSignalSpy tenantsRemoved(&inv, &Inventory::tenantsRemoved);
        const int tenantChangesOfTheSecondAccount = 1; // t1's qualified name: a second account now shows

        // b lists the same tenant and instance, differently: neither added, changed nor taken over.
        inv.applyTenants(u"b"_s, {tenant(u"t1"_s, u"Renamed by b"_s)});
        inv.applyInstances(u"b"_s, {make(u"x"_s, u"t1"_s, u"paused"_s)});
        inv.applyInstance(u"b"_s, make(u"x"_s, u"t1"_s, u"pausing"_s));
        QCOMPARE(added.size(), 0);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(tenantChanged.size(), tenantChangesOfTheSecondAccount);
        QCOMPARE(inv.tenant(u"t1"_s)->name, u"One"_s);
        QCOMPARE(inv.instance(u"x"_s)->status, u"running"_s);
        QCOMPARE(inv.accountOfInstance(u"x"_s), u"a"_s);
        QCOMPARE(inv.accountOfTenant(u"t1"_s), u"a"_s);
        QVERIFY(inv.instanceIds(u"b"_s).isEmpty());

        // b's empty lists remove nothing of a's.
        inv.applyInstances(u"b"_s, {});
        inv.applyTenants(u"b"_s, {});
        QCOMPARE(removed.size(), 0);
        QCOMPARE(tenantsRemoved.size(), 0);

        // Once a drops them, b's next lists add them under b.
        inv.applyInstances(u"a"_s, {});
        inv.applyTenants(u"a"_s, {});
        QCOMPARE(removed.size(), 1);
        QCOMPARE(tenantsRemoved.size(), 1);
        inv.applyTenants(u"b"_s, {tenant(u"t1"_s, u"Renamed by b"_s)});
        inv.applyInstances(u"b"_s, {make(u"x"_s, u"t1"_s, u"paused"_s)});
        QCOMPARE(added.size(), 1);
        QCOMPARE(inv.accountOfInstance(u"x"_s), u"b"_s);
        QCOMPARE(inv.accountOfTenant(u"t1"_s), u"b"_s);
        QCOMPARE(inv.instance(u"x"_s)->status, u"paused"_s);
        QCOMPARE(inv.tenant(u"t1"_s)->name, u"Renamed by b"_s);
    }

    void removeInstanceNeedsNoAccount()
    {
        Inventory inv;
        inv.applyInstances(u"b"_s, {make(u"x"_s)});
        inv.removeInstance(u"x"_s);
        QVERIFY(!inv.instance(u"x"_s));
        QVERIFY(inv.instanceIds(u"b"_s).isEmpty());
        // Gone from b: another account may now list it.
        inv.applyInstance(u"c"_s, make(u"x"_s));
        QCOMPARE(inv.accountOfInstance(u"x"_s), u"c"_s);
    }

    void applyingForAnUnknownAccountAddsItFirst()
    {
        Inventory inv;
        QStringList order;
        connect(&inv, &Inventory::accountsAdded, this,
            [&](const QStringList &keys) { order << u"account "_s + keys.join(u','); });
        connect(&inv, &Inventory::instancesAdded, this,
            [&](const QStringList &ids) { order << u"instances "_s + ids.join(u','); });
        inv.applyInstances(u"new"_s, {make(u"x"_s)});
        QCOMPARE(order, (QStringList {u"account new"_s, u"instances x"_s}));
        QCOMPARE(inv.account(u"new"_s)->label, QString());
        QCOMPARE(inv.account(u"new"_s)->state, AccountState::Connecting);
        // The single-account forwards use the empty key, an account like any other.
        inv.applyTenants({tenant(u"t9"_s, u"Nine"_s)});
        QCOMPARE(inv.accountKeys(), (QStringList {u"new"_s, QString()}));
        QCOMPARE(inv.accountOfTenant(u"t9"_s), QString());
        QVERIFY(inv.account(QString()));
        QVERIFY(!inv.account(u"never"_s));
        // An empty list still adds its account.
        inv.applyInstances(u"empty"_s, {});
        QCOMPARE(inv.accountCount(), 3);
    }

    void removeAccountAnnouncesInOrder()
    {
        Inventory inv;
        inv.applyTenants(u"a"_s, {tenant(u"t1"_s, u"One"_s)});
        inv.applyInstances(u"a"_s, {make(u"x"_s), make(u"y"_s, u"t2"_s)});
        Snapshot s;
        s.snapshotId = u"s1"_s;
        s.instanceId = u"x"_s;
        s.status = u"Completed"_s;
        inv.applySnapshots(u"x"_s, {s});
        inv.applyInstances(u"b"_s, {make(u"z"_s)});

        QStringList order;
        connect(&inv, &Inventory::snapshotsRemoved, this,
            [&](const QString &instanceId, const QStringList &) { order << u"snapshots of "_s + instanceId; });
        connect(&inv, &Inventory::instancesRemoved, this,
            [&](const QStringList &ids) { order << u"instances "_s + sorted(ids).join(u','); });
        connect(&inv, &Inventory::tenantsRemoved, this,
            [&](const QStringList &ids) { order << u"tenants "_s + ids.join(u','); });
        connect(&inv, &Inventory::accountRemoved, this, [&](const QString &key) {
            order << u"account "_s + key;
            QVERIFY(!inv.account(key)); // gone by the time it is announced
        });
        inv.removeAccount(u"a"_s);
        QCOMPARE(order, (QStringList {u"snapshots of x"_s, u"instances x,y"_s, u"tenants t1"_s, u"account a"_s}));
        QCOMPARE(inv.accountKeys(), QStringList {u"b"_s});
        QVERIFY(inv.instance(u"z"_s));
        QCOMPARE(inv.instanceCount(), 1);

        order.clear();
        inv.removeAccount(u"unknown"_s);
        QVERIFY(order.isEmpty());
        inv.clear();
        QCOMPARE(order, (QStringList {u"instances z"_s, u"account b"_s}));
        QCOMPARE(inv.accountCount(), 0);
    }

    void accountChangesAreAnnouncedOnlyWhenReal()
    {
        Inventory inv;
        inv.addAccount(u"a"_s, u"Work"_s);
        QSignalSpy changed(&inv, &Inventory::accountChanged);
        QSignalSpy added(&inv, &Inventory::accountsAdded);
        inv.addAccount(u"a"_s, u"Work"_s);
        inv.setAccountState(u"a"_s, AccountState::Connecting);
        QCOMPARE(changed.size(), 0);
        inv.addAccount(u"a"_s, u"Office"_s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(inv.account(u"a"_s)->label, u"Office"_s);
        inv.setAccountState(u"a"_s, AccountState::Offline, u"No network."_s);
        inv.setAccountState(u"a"_s, AccountState::Offline, u"No network."_s);
        QCOMPARE(changed.size(), 2);
        inv.setAccountState(u"a"_s, AccountState::Offline, u"Timed out."_s);
        QCOMPARE(changed.size(), 3);
        QCOMPARE(inv.account(u"a"_s)->detail, u"Timed out."_s);
        const QDateTime at(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC);
        inv.setAccountRefreshed(u"a"_s, at);
        inv.setAccountRefreshed(u"a"_s, at);
        QCOMPARE(changed.size(), 4);
        QCOMPARE(inv.account(u"a"_s)->lastRefresh, at);
        QCOMPARE(added.size(), 0);
    }

    void qualifiedNamesFollowTheNumberOfAccounts()
    {
        Inventory inv;
        inv.addAccount(u"a"_s, u"Work"_s);
        inv.applyTenants(u"a"_s, {tenant(u"t1"_s, u"Production"_s), tenant(u"t2"_s, QString())});
        QCOMPARE(inv.qualifiedTenantName(u"t1"_s), u"Production"_s); // one account: no label
        QCOMPARE(inv.qualifiedTenantName(u"t2"_s), u"t2"_s);

        QSignalSpy tenantChanged(&inv, &Inventory::tenantChanged);
        inv.addAccount(u"b"_s, QString());
        QCOMPARE(tenantChanged.size(), 2); // every tenant's qualified name changed
        QCOMPARE(inv.qualifiedTenantName(u"t1"_s), u"Work / Production"_s);
        QCOMPARE(inv.qualifiedTenantName(u"t2"_s), u"Work / t2"_s);
        inv.applyTenants(u"b"_s, {tenant(u"t3"_s, u"Lab"_s)});
        QCOMPARE(inv.qualifiedTenantName(u"t3"_s), u"Account / Lab"_s); // no label yet
        QCOMPARE(inv.qualifiedTenantName(u"unknown"_s), u"unknown"_s);

        // A third account changes nobody's name; a new label changes that account's tenants' names.
        tenantChanged.clear();
        inv.addAccount(u"c"_s, u"Other"_s);
        QCOMPARE(tenantChanged.size(), 0);
        inv.addAccount(u"b"_s, u"Home"_s);
        QCOMPARE(tenantChanged.size(), 1);
        QCOMPARE(tenantChanged.at(0).at(0).toString(), u"t3"_s);
        QCOMPARE(inv.qualifiedTenantName(u"t3"_s), u"Home / Lab"_s);

        // Back to one account: the names lose the label again, announced.
        inv.removeAccount(u"c"_s);
        tenantChanged.clear();
        inv.removeAccount(u"b"_s);
        QCOMPARE(tenantChanged.size(), 2);
        QCOMPARE(inv.qualifiedTenantName(u"t1"_s), u"Production"_s);
    }
};

QTEST_GUILESS_MAIN(TestInventoryAccounts)
#include "tst_inventoryaccounts.moc"
