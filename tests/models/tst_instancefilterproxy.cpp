#include "dto/status.h"
#include "instancefilterproxy.h"
#include "instancetablemodel.h"
#include "inventory.h"
#include "inventoryfuzzer.h"
#include "modelmirror.h"
#include "roles.h"
#include "tenanttreemodel.h"

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
    return f;
}

QSet<QString> accepted(const Inventory &inv, const InstanceFilter &filter)
{
    QSet<QString> ids;
    for (const QString &id : inv.instanceIds()) {
        if (filter.accepts(*inv.instance(id)))
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
        InventoryFuzzer fuzzer(inv, seed);
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
        InventoryFuzzer fuzzer(inv, seed);
        for (int step = 0; step < 500; ++step) {
            const QString what = fuzzer.step();
            if (fuzzer.bounded(10) == 0)
                proxy.setFilter(randomFilter(fuzzer));
            const QSet<QString> instances = accepted(inv, proxy.filter());
            QSet<QString> expectedTenants;
            for (const QString &id : instances)
                expectedTenants.insert(inv.instance(id)->tenantId);
            for (const QString &id : inv.tenantIds()) {
                if (proxy.filter().acceptsTenant(id))
                    expectedTenants.insert(id);
            }
            QSet<QString> shownTenants;
            QSet<QString> shownInstances;
            for (const ModelMirror::Node &tenant : mirror.root().children) {
                shownTenants.insert(tenant.id);
                for (const ModelMirror::Node &instance : tenant.children) {
                    QCOMPARE(inv.instance(instance.id)->tenantId, tenant.id);
                    QCOMPARE(instance.cells.at(TenantTreeModel::StatusColumn), inv.instance(instance.id)->status);
                    shownInstances.insert(instance.id);
                }
            }
            QVERIFY2(shownInstances == instances, qPrintable(what));
            QVERIFY2(shownTenants == expectedTenants, qPrintable(what));
        }
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
