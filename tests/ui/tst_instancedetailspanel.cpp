#include "models/inventory.h"
#include "models/snapshottablemodel.h"
#include "ui/instancedetailspanel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Aura;
using namespace Qt::Literals::StringLiterals;

namespace {
Instance make(const QString &id, const QString &status)
{
    Instance i;
    i.id = id;
    i.name = u"orders-"_s + id;
    i.status = status;
    i.tenantId = u"t1"_s;
    i.type = u"enterprise-db"_s;
    i.cloudProvider = u"gcp"_s;
    i.region = u"europe-west1"_s;
    i.memory = u"8GB"_s;
    i.storage = u"16GB"_s;
    i.connectionUrl = u"neo4j+s://"_s + id + u".databases.neo4j.io"_s;
    return i;
}
} // namespace

class TestInstanceDetailsPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void showsFieldsAndFollowsChanges()
    {
        Inventory inventory;
        QDateTime now(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
        inventory.setClock([&now] { return now; });
        Tenant tenant;
        tenant.id = u"t1"_s;
        tenant.name = u"Team Graph"_s;
        inventory.applyTenants({tenant});
        inventory.applyInstances({make(u"a1"_s, u"running"_s), make(u"b2"_s, u"paused"_s)});
        SnapshotTableModel snapshots(inventory);
        InstanceDetailsPanel panel(inventory, snapshots);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));

        QVERIFY(panel.fieldText(u"name"_s).isEmpty());
        panel.showInstance(u"a1"_s);
        QCOMPARE(panel.fieldText(u"name"_s), u"orders-a1"_s);
        QCOMPARE(panel.fieldText(u"status"_s), u"running"_s);
        QCOMPARE(panel.fieldText(u"tenant"_s), u"Team Graph"_s);
        QCOMPARE(panel.fieldText(u"size"_s), u"8GB memory, 16GB storage"_s);
        QCOMPARE(snapshots.instanceId(), u"a1"_s);

        now = now.addSecs(60);
        inventory.applyInstance(make(u"a1"_s, u"pausing"_s));
        QCOMPARE(panel.fieldText(u"status"_s).left(7), u"pausing"_s);
        now = now.addSecs(252);
        inventory.applyInstance(make(u"a1"_s, u"paused"_s));
        QCOMPARE(panel.fieldText(u"status"_s), u"paused"_s);
        const QStringList history = panel.historyLines();
        QCOMPARE(history.size(), 3);
        QVERIFY2(history.at(1).contains(u"took 4 min 12 s"_s), qPrintable(history.join(u'\n')));
        QVERIFY2(history.at(0).contains(u"at least"_s), qPrintable(history.at(0)));
    }

    void showsTheLiveSettingsThatAreOnAndAChangeUnderWay()
    {
        Inventory inventory;
        Instance plain = make(u"a1"_s, u"running"_s);
        plain.vectorOptimized = false;
        plain.secondariesCount = 0;
        plain.cdcEnrichmentMode = u"OFF"_s;
        inventory.applyInstances({plain});
        SnapshotTableModel snapshots(inventory);
        InstanceDetailsPanel panel(inventory, snapshots);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.showInstance(u"a1"_s);
        QVERIFY(panel.fieldText(u"settings"_s).isEmpty()); // everything off: nothing to say

        RequestedChange toSixteen;
        toSixteen.memory = u"16GB"_s;
        inventory.expectChange(u"a1"_s, toSixteen);
        QCOMPARE(panel.fieldText(u"status"_s), u"running · 16GB requested"_s);

        Instance tuned = plain;
        tuned.status = u"updating"_s;
        tuned.vectorOptimized = true;
        tuned.secondariesCount = 2;
        tuned.cdcEnrichmentMode = u"FULL"_s;
        tuned.customerManagedKeyId = u"key-1"_s;
        inventory.applyInstance(tuned);
        QVERIFY2(
            panel.fieldText(u"status"_s).startsWith(u"updating to 16GB"_s), qPrintable(panel.fieldText(u"status"_s)));
        QCOMPARE(panel.fieldText(u"settings"_s), u"vector optimized, 2 secondaries, CDC FULL, customer-managed key"_s);
    }

    void copyButtonsPutTheValueOnTheClipboard()
    {
        Inventory inventory;
        inventory.applyInstances({make(u"c3"_s, u"running"_s)});
        SnapshotTableModel snapshots(inventory);
        InstanceDetailsPanel panel(inventory, snapshots);
        panel.show();
        panel.showInstance(u"c3"_s);
        QSignalSpy copied(&panel, &InstanceDetailsPanel::copied);
        QTest::mouseClick(panel.findChild<QToolButton *>(u"copy_connectionUrl"_s), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"neo4j+s://c3.databases.neo4j.io"_s);
        QTest::mouseClick(panel.findChild<QToolButton *>(u"copy_id"_s), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"c3"_s);
        QCOMPARE(copied.size(), 2);
    }

    void keptPasswordShowsOnlyForInstancesThatHaveOne()
    {
        Inventory inventory;
        inventory.applyInstances({make(u"k1"_s, u"running"_s), make(u"k2"_s, u"running"_s)});
        SnapshotTableModel snapshots(inventory);
        InstanceDetailsPanel panel(inventory, snapshots);
        panel.setKeptPasswordFactory([](const QString &id, QWidget *parent) -> QWidget * {
            if (id != u"k1"_s)
                return nullptr;
            auto *view = new QLabel(u"kept view"_s, parent);
            view->setObjectName(u"keptPasswordStandIn"_s);
            return view;
        });
        panel.show();
        panel.showInstance(u"k1"_s);
        QVERIFY(panel.findChild<QLabel *>(u"keptPasswordStandIn"_s));
        panel.showInstance(u"k2"_s);
        QTRY_VERIFY(!panel.findChild<QLabel *>(u"keptPasswordStandIn"_s)); // removed with its row
        panel.showInstance(u"k1"_s);
        QVERIFY(panel.findChild<QLabel *>(u"keptPasswordStandIn"_s));
    }

    void aPasswordKeptForTheShownInstanceAppearsAtOnce()
    {
        Inventory inventory;
        inventory.applyInstances({make(u"k1"_s, u"running"_s), make(u"k2"_s, u"running"_s)});
        SnapshotTableModel snapshots(inventory);
        InstanceDetailsPanel panel(inventory, snapshots);
        QSet<QString> kept;
        panel.setKeptPasswordFactory([&kept](const QString &id, QWidget *parent) -> QWidget * {
            if (!kept.contains(id))
                return nullptr;
            auto *view = new QLabel(u"kept view"_s, parent);
            view->setObjectName(u"keptPasswordStandIn"_s);
            return view;
        });
        panel.show();
        panel.showInstance(u"k1"_s);
        QVERIFY(!panel.findChild<QLabel *>(u"keptPasswordStandIn"_s));
        kept.insert(u"k2"_s);
        panel.keptPasswordChanged(u"k2"_s); // another instance: nothing to show here
        QVERIFY(!panel.findChild<QLabel *>(u"keptPasswordStandIn"_s));
        kept.insert(u"k1"_s);
        panel.keptPasswordChanged(u"k1"_s);
        QVERIFY(panel.findChild<QLabel *>(u"keptPasswordStandIn"_s));
    }

    void removedInstanceFallsBackToThePlaceholder()
    {
        Inventory inventory;
        inventory.applyInstances({make(u"d4"_s, u"running"_s)});
        SnapshotTableModel snapshots(inventory);
        InstanceDetailsPanel panel(inventory, snapshots);
        panel.show();
        panel.showInstance(u"d4"_s);
        QVERIFY(panel.snapshotView()->isVisible());
        inventory.removeInstance(u"d4"_s);
        QVERIFY(!panel.snapshotView()->isVisible());
    }
};

QTEST_MAIN(TestInstanceDetailsPanel)
#include "tst_instancedetailspanel.moc"
