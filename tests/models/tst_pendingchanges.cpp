#include "models/instancetablemodel.h"
#include "models/inventory.h"
#include "models/requestedchange.h"
#include "models/roles.h"
#include "models/tenanttreemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Aura;
using namespace Qt::Literals::StringLiterals;

namespace {

Instance make(const QString &status, const QString &memory = u"8GB"_s, const QString &storage = u"16GB"_s)
{
    Instance i;
    i.id = u"a"_s;
    i.name = u"orders"_s;
    i.status = status;
    i.tenantId = u"t1"_s;
    i.type = u"professional-db"_s;
    i.memory = memory;
    i.storage = storage;
    i.vectorOptimized = false;
    return i;
}

RequestedChange toSixteen()
{
    RequestedChange c;
    c.memory = u"16GB"_s;
    c.storage = u"32GB"_s;
    return c;
}

// The instance-changed announcements that carried the Pending flag.
int pendingAnnouncements(const QSignalSpy &spy)
{
    int n = 0;
    for (const QList<QVariant> &args : spy) {
        if (args.at(1).value<InstanceFields>() & InstanceField::Pending)
            ++n;
    }
    return n;
}

} // namespace

// What the user asked an instance to become, held by the Inventory while the service keeps answering with the old
// values, and shown by the models beside them.
class TestPendingChanges : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aChangeIsHeldUntilTheInstanceShowsIt()
    {
        Inventory inv;
        inv.applyInstance(make(u"running"_s));
        QSignalSpy changed(&inv, &Inventory::instanceChanged);
        inv.expectChange(u"a"_s, toSixteen());
        QCOMPARE(pendingAnnouncements(changed), 1);
        QVERIFY(inv.pendingChange(u"a"_s));
        QCOMPARE(inv.pendingChange(u"a"_s)->change, toSixteen());

        // The service works on it and still says 8GB: held, and now known to have begun.
        inv.applyInstance(make(u"updating"_s));
        QVERIFY(inv.pendingChange(u"a"_s));
        QVERIFY(inv.pendingChange(u"a"_s)->moved);
        QCOMPARE(pendingAnnouncements(changed), 1);

        // Landed.
        inv.applyInstance(make(u"running"_s, u"16GB"_s, u"32GB"_s));
        QVERIFY(!inv.pendingChange(u"a"_s));
        QCOMPARE(pendingAnnouncements(changed), 2); // with the new values, in the same announcement
        QCOMPARE(changed.last().at(1).value<InstanceFields>() & InstanceField::Memory, InstanceField::Memory);
    }

    void stillRunningRightAfterTheRequestIsNotTheEnd()
    {
        Inventory inv;
        inv.applyInstance(make(u"running"_s));
        inv.expectChange(u"a"_s, toSixteen());
        Instance renamed = make(u"running"_s);
        renamed.name = u"orders-2"_s; // something else changes before the service starts on the resize
        inv.applyInstance(renamed);
        QVERIFY(inv.pendingChange(u"a"_s));
    }

    void settlingWithoutTheValuesEndsIt()
    {
        Inventory inv;
        inv.applyInstance(make(u"running"_s));
        inv.expectChange(u"a"_s, toSixteen());
        inv.applyInstance(make(u"updating"_s));
        inv.applyInstance(make(u"running"_s)); // back to running, still 8GB: it did not land
        QVERIFY(!inv.pendingChange(u"a"_s));
    }

    void goneOrFailedEndsIt()
    {
        Inventory inv;
        inv.applyInstance(make(u"running"_s));
        inv.expectChange(u"a"_s, toSixteen());
        inv.applyInstance(make(u"loading failed"_s));
        QVERIFY(!inv.pendingChange(u"a"_s));

        inv.expectChange(u"a"_s, toSixteen());
        QVERIFY(inv.pendingChange(u"a"_s));
        inv.removeInstance(u"a"_s);
        QVERIFY(!inv.pendingChange(u"a"_s));
    }

    void unknownInstancesAndEmptyChangesAreIgnored()
    {
        Inventory inv;
        QSignalSpy changed(&inv, &Inventory::instanceChanged);
        inv.expectChange(u"nope"_s, toSixteen());
        inv.applyInstance(make(u"running"_s));
        inv.expectChange(u"a"_s, RequestedChange {});
        QVERIFY(!inv.pendingChange(u"nope"_s));
        QVERIFY(!inv.pendingChange(u"a"_s));
        QCOMPARE(pendingAnnouncements(changed), 0);
    }

    void isMetByComparesEveryValueAskedFor_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<bool>("met");
        QTest::newRow("all shown") << u""_s << true;
        QTest::newRow("memory differs") << u"memory"_s << false;
        QTest::newRow("memory in other case") << u"memorycase"_s << true;
        QTest::newRow("vector differs") << u"vector"_s << false;
        QTest::newRow("vector not reported") << u"vectorunreported"_s << true;
        QTest::newRow("secondaries differ") << u"secondaries"_s << false;
        QTest::newRow("cdc differs") << u"cdc"_s << false;
        QTest::newRow("type differs") << u"type"_s << false;
    }
    void isMetByComparesEveryValueAskedFor()
    {
        QFETCH(QString, field);
        QFETCH(bool, met);
        RequestedChange c;
        c.memory = u"16GB"_s;
        c.vectorOptimized = true;
        c.secondariesCount = 2;
        c.cdcEnrichmentMode = u"FULL"_s;
        c.type = u"business-critical"_s;
        Instance i = make(u"running"_s, u"16GB"_s);
        i.type = u"business-critical"_s;
        i.vectorOptimized = true;
        i.secondariesCount = 2;
        i.cdcEnrichmentMode = u"FULL"_s;
        if (field == u"memory")
            i.memory = u"8GB"_s;
        else if (field == u"memorycase")
            i.memory = u"16gb"_s;
        else if (field == u"vector")
            i.vectorOptimized = false;
        else if (field == u"vectorunreported")
            i.vectorOptimized.reset();
        else if (field == u"secondaries")
            i.secondariesCount = 1;
        else if (field == u"cdc")
            i.cdcEnrichmentMode = u"DIFF"_s;
        else if (field == u"type")
            i.type = u"professional-db"_s;
        QCOMPARE(c.isMetBy(i), met);
    }

    void summaryNamesWhatWasAskedFor()
    {
        QCOMPARE(toSixteen().summary(), u"16GB, 32GB storage"_s);
        RequestedChange c;
        c.vectorOptimized = true;
        c.secondariesCount = 2;
        QCOMPARE(c.summary(), u"vector optimization on, 2 secondaries"_s);
        UpdateInstanceRequest rename = UpdateInstanceRequest::renameTo(u"x"_s);
        QVERIFY(RequestedChange::of(rename).isEmpty()); // a rename happens at once
        UpgradeInstanceRequest sizeless;
        const RequestedChange upgrade = RequestedChange::upgradeTo(u"business-critical"_s, sizeless);
        QCOMPARE(upgrade.summary(), u"business-critical"_s);
        QVERIFY(!upgrade.memory);
    }

    void theTableShowsTheSizeAskedForBesideTheOldOne()
    {
        Inventory inv;
        inv.applyInstance(make(u"running"_s));
        InstanceTableModel table(inv);
        QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy dataChanged(&table, &QAbstractItemModel::dataChanged);
        const QModelIndex memory = table.index(0, InstanceTableModel::MemoryColumn);
        QCOMPARE(memory.data().toString(), u"8GB"_s);

        inv.expectChange(u"a"_s, toSixteen());
        QCOMPARE(dataChanged.size(), 1);
        QVERIFY(dataChanged.at(0).at(0).toModelIndex().column() <= InstanceTableModel::StatusColumn);
        QVERIFY(dataChanged.at(0).at(1).toModelIndex().column() >= InstanceTableModel::StorageColumn);
        QCOMPARE(memory.data().toString(), u"8GB → 16GB"_s);
        QVERIFY(memory.data(Qt::ToolTipRole).toString().contains(u"updating to 16GB"_s));
        QCOMPARE(memory.data(SortRole).toLongLong(), 8); // sorts by what it is now
        QCOMPARE(table.index(0, InstanceTableModel::StorageColumn).data().toString(), u"16GB → 32GB"_s);
        QCOMPARE(table.index(0, InstanceTableModel::StatusColumn).data(PendingChangeRole).toString(),
            u"16GB, 32GB storage"_s);
        QVERIFY(table.index(0, InstanceTableModel::StatusColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"16GB, 32GB storage"_s));

        inv.applyInstance(make(u"updating"_s));
        inv.applyInstance(make(u"running"_s, u"16GB"_s, u"32GB"_s));
        QCOMPARE(memory.data().toString(), u"16GB"_s);
        QVERIFY(table.index(0, InstanceTableModel::StatusColumn).data(PendingChangeRole).toString().isEmpty());
    }

    void theTreeRepaintsTheStatusCell()
    {
        Inventory inv;
        Tenant t;
        t.id = u"t1"_s;
        t.name = u"Production"_s;
        inv.applyTenants({t});
        inv.applyInstance(make(u"running"_s));
        TenantTreeModel tree(inv);
        QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy dataChanged(&tree, &QAbstractItemModel::dataChanged);
        inv.expectChange(u"a"_s, toSixteen());
        QCOMPARE(dataChanged.size(), 1);
        const QModelIndex last = dataChanged.at(0).at(1).toModelIndex();
        QCOMPARE(last.column(), static_cast<int>(TenantTreeModel::StatusColumn));
        QCOMPARE(last.data(PendingChangeRole).toString(), u"16GB, 32GB storage"_s);
    }
};

QTEST_GUILESS_MAIN(TestPendingChanges)
#include "tst_pendingchanges.moc"
