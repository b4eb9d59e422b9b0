#include "models/inventory.h"
#include "ui/filterbar.h"

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
    void severalAccountsGroupTheProjectsAndOfferEachAccount()
    {
        Inventory inventory;
        inventory.addAccount(u"w"_s, u"Work"_s);
        inventory.applyTenants(u"w"_s, {tenant(u"t1"_s, u"Production"_s), tenant(u"t2"_s, u"Alpha"_s)});
        FilterBar bar(inventory);
        auto *tenants = bar.findChild<QComboBox *>(u"tenantFilter"_s);
        // One account: no entry for it, the projects by their own names.
        QCOMPARE(tenants->count(), 3);
        QCOMPARE(tenants->itemText(1), u"Alpha"_s);

        inventory.addAccount(u"l"_s, u"Lab"_s);
        inventory.applyTenants(u"l"_s, {tenant(u"t3"_s, u"Lab projects"_s)});
        const QStringList expected {u"All projects"_s, u"Work: all projects"_s, u"Work / Alpha"_s,
            u"Work / Production"_s, u"Lab: all projects"_s, u"Lab / Lab projects"_s};
        QStringList shown;
        for (int i = 0; i < tenants->count(); ++i)
            shown << tenants->itemText(i);
        QCOMPARE(shown, expected);

        QSignalSpy changed(&bar, &FilterBar::filterChanged);
        bar.setAccountKey(u"l"_s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(bar.filter().accountKey(), std::optional<QString>(u"l"_s));
        QVERIFY(bar.filter().tenantId().isEmpty());
        QVERIFY(bar.filter().accepts(instance(u"x"_s, u"running"_s, u"t3"_s), u"l"_s));
        QVERIFY(!bar.filter().accepts(instance(u"y"_s, u"running"_s, u"t1"_s), u"w"_s));

        // The choice survives the list being rebuilt (a state change or a new project), and a renamed account.
        inventory.setAccountState(u"w"_s, AccountState::Online);
        inventory.applyTenants(u"w"_s, {tenant(u"t1"_s, u"Production"_s)});
        inventory.addAccount(u"l"_s, u"Laboratory"_s);
        QCOMPARE(tenants->currentText(), u"Laboratory: all projects"_s);
        QCOMPARE(bar.filter().accountKey(), std::optional<QString>(u"l"_s));

        bar.setAccountKey(std::nullopt);
        QCOMPARE(tenants->currentIndex(), 0);
        QVERIFY(!bar.filter().accountKey());
    }

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

        // Clear: everything again, announced once.
        changed.clear();
        bar.clear();
        QCOMPARE(changed.size(), 1);
        QVERIFY(bar.filter().isEmpty());
        QVERIFY(bar.searchBox()->text().isEmpty());
        QCOMPARE(tenants->currentIndex(), 0);
        QCOMPARE(bar.statusChoice(), 0);
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
