#include "filterbar.h"
#include "inventory.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace Aura;
using namespace Qt::Literals::StringLiterals;

namespace {
Tenant tenant(const QString &id, const QString &name)
{
    Tenant t;
    t.id = id;
    t.name = name;
    return t;
}
Instance instance(const QString &name, const QString &status, const QString &tenantId)
{
    Instance i;
    i.id = name;
    i.name = name;
    i.status = status;
    i.tenantId = tenantId;
    return i;
}
} // namespace

class TestFilterBar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void typingAndChoosingBuildTheFilter()
    {
        Inventory inventory;
        inventory.applyTenants({tenant(u"t1"_s, u"Beta"_s), tenant(u"t2"_s, u"Alpha"_s)});
        FilterBar bar(inventory);
        bar.show();
        QSignalSpy changed(&bar, &FilterBar::filterChanged);

        QTest::keyClicks(bar.searchBox(), u"orders"_s);
        QCOMPARE(changed.size(), 6);
        QVERIFY(bar.filter().accepts(instance(u"orders-prod"_s, u"running"_s, u"t1"_s)));
        QVERIFY(!bar.filter().accepts(instance(u"billing"_s, u"running"_s, u"t1"_s)));

        auto *tenants = bar.findChild<QComboBox *>(u"tenantFilter"_s);
        QCOMPARE(tenants->count(), 3);
        QCOMPARE(tenants->itemText(1), u"Alpha"_s); // sorted by name
        tenants->setCurrentIndex(1);
        QVERIFY(!bar.filter().accepts(instance(u"orders-prod"_s, u"running"_s, u"t1"_s)));
        QVERIFY(bar.filter().accepts(instance(u"orders-prod"_s, u"running"_s, u"t2"_s)));

        bar.setStatusChoice(2); // in progress
        QVERIFY(!bar.filter().accepts(instance(u"orders-prod"_s, u"running"_s, u"t2"_s)));
        QVERIFY(bar.filter().accepts(instance(u"orders-prod"_s, u"resuming"_s, u"t2"_s)));
        QCOMPARE(bar.statusChoice(), 2);
    }

    void restoredProjectIsAppliedWhenItArrives()
    {
        Inventory inventory;
        FilterBar bar(inventory);
        bar.setTenantId(u"t9"_s);
        QSignalSpy changed(&bar, &FilterBar::filterChanged);
        inventory.applyTenants({tenant(u"t9"_s, u"Later"_s)});
        QVERIFY(!changed.isEmpty());
        QCOMPARE(bar.filter().tenantId(), u"t9"_s);

        // A project that disappears falls back to all projects.
        inventory.applyTenants({});
        QVERIFY(bar.filter().tenantId().isEmpty());
    }
};

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"
