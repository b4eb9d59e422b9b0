#include "api/dto/status.h"
#include "inventoryfuzzer.h"
#include "modelmirror.h"
#include "models/instancefilterproxy.h"
#include "models/instancetablemodel.h"
#include "models/inventory.h"
#include "models/roles.h"
#include "models/tenanttreemodel.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QTest>

using namespace Aura;
using namespace Qt::Literals::StringLiterals;

namespace {
InstanceFilter randomFilter(InventoryFuzzer &fuzzer)
{
    InstanceFilter f;
    static const QStringList texts {QString(), u"db-1"_s, u"gcp"_s, u"WEST"_s, u"db-2 aws"_s, u"i1"_s};
    f.setText(texts.at(fuzzer.bounded(static_cast<int>(texts.size()))));
    QSet<StatusCategory> categories;
    for (StatusCategory c :
        {StatusCategory::Stable, StatusCategory::InProgress, StatusCategory::Failed, StatusCategory::Unknown}) {
        if (fuzzer.bounded(4) == 0)
            categories.insert(c);
    }
    f.setCategories(categories);
    f.setTenantId(fuzzer.bounded(3) == 0 ? QStringLiteral("t%1").arg(fuzzer.bounded(6)) : QString());
    if (fuzzer.bounded(3) == 0) // the empty key is an account of its own, not "every account"
        f.setAccountKey(fuzzer.bounded(2) ? QString() : u"work"_s);
    return f;
}

Instance instance(const QString &id, const QString &tenant)
{
    Instance i;
    i.id = id;
    i.name = u"name-"_s + id;
    i.status = u"running"_s;
    i.tenantId = tenant;
    return i;
}

const QStringList accounts {QString(), u"work"_s, u"home"_s};

QSet<QString> accepted(const Inventory &inv, const InstanceFilter &filter)
{
    QSet<QString> ids;
    for (const QString &id : inv.instanceIds()) {
        if (filter.accepts(*inv.instance(id), inv.accountOfInstance(id)))
            ids.insert(id);
    }
    return ids;
}
} // namespace

class TestInstanceFilterProxy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tableProxyFollowsRandomSequences_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {2u, 23u, 2026u})
            QTest::newRow(qPrintable(QString::number(seed))) << seed;
    }
    void tableProxyFollowsRandomSequences()
    {
        QFETCH(quint32, seed);
        Inventory inv;
        InstanceTableModel table(inv);
        InstanceFilterProxy proxy(inv);
        proxy.setSourceModel(&table);
        proxy.sort(InstanceTableModel::MemoryColumn);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ModelMirror mirror(&proxy, IdRole);
        InventoryFuzzer fuzzer(inv, seed, 6, 40, accounts);
        for (int step = 0; step < 500; ++step) {
            const QString what = fuzzer.step();
            if (fuzzer.bounded(10) == 0)
                proxy.setFilter(randomFilter(fuzzer));
            QSet<QString> shown;
            qint64 previousMemory = -2;
            for (const ModelMirror::Node &row : mirror.root().children) {
                const Instance *i = inv.instance(row.id);
                QVERIFY2(i, qPrintable(what));
                QCOMPARE(row.cells.at(InstanceTableModel::StatusColumn), i->status);
                QCOMPARE(row.cells.at(InstanceTableModel::NameColumn), i->name);
                shown.insert(row.id);
                const qint64 memory = sizeInGigabytes(row.cells.at(InstanceTableModel::MemoryColumn));
                QVERIFY2(memory >= previousMemory, qPrintable(what + u": not sorted by memory"_s));
                previousMemory = memory;
            }
            QVERIFY2(shown == accepted(inv, proxy.filter()), qPrintable(what));
        }
    }

    void treeProxyShowsTenantsOfMatchingInstances_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {4u, 31u, 2026u})
            QTest::newRow(qPrintable(QString::number(seed))) << seed;
    }
    void treeProxyShowsTenantsOfMatchingInstances()
    {
        QFETCH(quint32, seed);
        Inventory inv;
        TenantTreeModel tree(inv);
        InstanceFilterProxy proxy(inv);
        proxy.setSourceModel(&tree);
        proxy.sort(TenantTreeModel::NameColumn);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ModelMirror mirror(&proxy, IdRole);
        InventoryFuzzer fuzzer(inv, seed, 6, 40, accounts);
        for (int step = 0; step < 500; ++step) {
            const QString what = fuzzer.step();
            if (fuzzer.bounded(10) == 0)
                proxy.setFilter(randomFilter(fuzzer));
            const InstanceFilter &filter = proxy.filter();
            const QSet<QString> instances = accepted(inv, filter);
            // Per account: the tenants the tree shows under it that pass, on their own or through an instance.
            QHash<QString, QSet<QString>> expected;
            for (const QString &key : inv.accountKeys()) {
                const QStringList owned = inv.tenantIds(key);
                QSet<QString> tenants(owned.cbegin(), owned.cend());
                for (const QString &id : inv.instanceIds(key))
                    tenants.insert(inv.instance(id)->tenantId);
                for (const QString &tenant : std::as_const(tenants)) {
                    if (filter.acceptsTenant(tenant, key))
                        expected[key].insert(tenant);
                }
                if (filter.acceptsAccount(key))
                    expected[key];
            }
            for (const QString &id : instances)
                expected[inv.accountOfInstance(id)].insert(inv.instance(id)->tenantId);
            QHash<QString, QSet<QString>> shownTenants;
            QSet<QString> shownInstances;
            for (const ModelMirror::Node &account : mirror.root().children) {
                shownTenants[account.id];
                for (const ModelMirror::Node &tenant : account.children) {
                    shownTenants[account.id].insert(tenant.id);
                    for (const ModelMirror::Node &instance : tenant.children) {
                        QCOMPARE(inv.instance(instance.id)->tenantId, tenant.id);
                        QCOMPARE(inv.accountOfInstance(instance.id), account.id);
                        QCOMPARE(instance.cells.at(TenantTreeModel::StatusColumn), inv.instance(instance.id)->status);
                        shownInstances.insert(instance.id);
                    }
                }
            }
            QVERIFY2(shownInstances == instances, qPrintable(what));
            QVERIFY2(shownTenants == expected, qPrintable(what));
        }
    }

    void treeProxyFiltersByAccount()
    {
        Inventory inv;
        inv.addAccount(QString(), u"Sandbox"_s);
        inv.applyTenants(u"work"_s, {{u"t1"_s, u"One"_s, {}}});
        inv.applyInstances(QString(), {instance(u"a"_s, u"t2"_s)});
        inv.applyInstances(u"work"_s, {instance(u"b"_s, u"t1"_s)});
        inv.addAccount(u"idle"_s, u"Nothing yet"_s);
        TenantTreeModel tree(inv);
        InstanceFilterProxy proxy(inv);
        proxy.setSourceModel(&tree);
        QCOMPARE(proxy.rowCount(), 3);
        InstanceFilter onlyEmptyKey;
        onlyEmptyKey.setAccountKey(QString());
        QVERIFY(!onlyEmptyKey.isEmpty());
        proxy.setFilter(onlyEmptyKey);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(AccountRole).toString(), QString());
        QCOMPARE(proxy.index(0, 0).data(NodeKindRole).toInt(), int(NodeKind::Account));
        QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 1);
        InstanceFilter work;
        work.setAccountKey(u"work"_s);
        proxy.setFilter(work);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(IdRole).toString(), u"work"_s);
        // Text asks for more than an account: accounts show only through a matching instance.
        InstanceFilter text;
        text.setText(u"name-b"_s);
        proxy.setFilter(text);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(IdRole).toString(), u"work"_s);
        proxy.setFilter({});
        QCOMPARE(proxy.rowCount(), 3); // the idle account shows though it holds nothing
    }

    void aTreeThatKeepsItsGroupsFiltersOnlyInstances()
    {
        Inventory inv;
        inv.applyTenants(u"work"_s, {{u"t1"_s, u"One"_s, {}}, {u"t2"_s, u"Two"_s, {}}});
        inv.applyInstances(u"work"_s, {instance(u"a"_s, u"t1"_s), instance(u"b"_s, u"t2"_s)});
        TenantTreeModel tree(inv);
        InstanceFilterProxy proxy(inv);
        proxy.setSourceModel(&tree);
        proxy.setKeepsGroups(true);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        InstanceFilter none;
        none.setText(u"no-such-instance"_s);
        proxy.setFilter(none);
        QCOMPARE(proxy.rowCount(), 1); // the account stays
        const QModelIndex account = proxy.index(0, 0);
        QCOMPARE(proxy.rowCount(account), 2); // and both projects, empty
        QCOMPARE(proxy.rowCount(proxy.index(0, 0, account)), 0);
        InstanceFilter onlyB;
        onlyB.setText(u"name-b"_s);
        proxy.setFilter(onlyB);
        QCOMPARE(proxy.rowCount(account), 2);
        int instances = 0;
        for (int row = 0; row < proxy.rowCount(account); ++row)
            instances += proxy.rowCount(proxy.index(row, 0, account));
        QCOMPARE(instances, 1);
        proxy.setKeepsGroups(false); // as before: projects only through a match
        QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 1);
    }

    void tableProxyFiltersByAccount()
    {
        Inventory inv;
        inv.applyInstances(QString(), {instance(u"a"_s, u"t1"_s)});
        inv.applyInstances(u"work"_s, {instance(u"b"_s, u"t1"_s), instance(u"c"_s, u"t2"_s)});
        InstanceTableModel table(inv);
        InstanceFilterProxy proxy(inv);
        proxy.setSourceModel(&table);
        InstanceFilter f;
        f.setAccountKey(QString());
        proxy.setFilter(f);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(IdRole).toString(), u"a"_s);
        f.setAccountKey(u"work"_s);
        proxy.setFilter(f);
        QCOMPARE(proxy.rowCount(), 2);
        f.setAccountKey(std::nullopt);
        proxy.setFilter(f);
        QCOMPARE(proxy.rowCount(), 3);
    }

    void filterChangesWithTheStatus()
    {
        Inventory inv;
        Instance i;
        i.id = u"a"_s;
        i.name = u"orders"_s;
        i.status = u"running"_s;
        inv.applyInstance(i);
        InstanceTableModel table(inv);
        InstanceFilterProxy proxy(inv);
        proxy.setSourceModel(&table);
        InstanceFilter busy;
        busy.setCategories({StatusCategory::InProgress});
        proxy.setFilter(busy);
        QCOMPARE(proxy.rowCount(), 0);
        i.status = u"pausing"_s;
        inv.applyInstance(i);
        QCOMPARE(proxy.rowCount(), 1);
        i.status = u"paused"_s;
        inv.applyInstance(i);
        QCOMPARE(proxy.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestInstanceFilterProxy)
#include "tst_instancefilterproxy.moc"
