#include "inventoryfuzzer.h"
#include "modelmirror.h"
#include "models/inventory.h"
#include "models/roles.h"
#include "models/tenanttreemodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QItemSelectionModel>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Aura;
using namespace Qt::Literals::StringLiterals;

namespace {
Instance make(const QString &id, const QString &tenant, const QString &status = u"running"_s)
{
    Instance i;
    i.id = id;
    i.name = u"name-"_s + id;
    i.status = status;
    i.tenantId = tenant;
    return i;
}

// Checks the mirror (what the signals announced) against the inventory: one top row per account in the order
// added; under each, one row per tenant the account owns or one of its instances names, each holding exactly that
// account's instances in it.
void compareWithInventory(const ModelMirror::Node &root, const Inventory &inv, const QString &step)
{
    const QStringList accounts = inv.accountKeys();
    QCOMPARE(root.children.size(), accounts.size());
    for (qsizetype row = 0; row < accounts.size(); ++row) {
        const ModelMirror::Node &account = root.children.at(row);
        const AccountInfo *info = inv.account(accounts.at(row));
        QVERIFY2(account.id == accounts.at(row), qPrintable(step + u": account order"_s));
        QCOMPARE(account.cells, (QStringList {accountLabelText(info->label), accountStateText(info->state)}));
        QHash<QString, QSet<QString>> expected;
        for (const QString &id : inv.tenantIds(account.id))
            expected[id];
        for (const QString &id : inv.instanceIds(account.id))
            expected[inv.instance(id)->tenantId].insert(id);
        QVERIFY2(account.children.size() == expected.size(), qPrintable(step + u": tenants of "_s + account.id));
        for (const ModelMirror::Node &tenant : account.children) {
            QVERIFY2(expected.contains(tenant.id), qPrintable(step + u": unexpected tenant "_s + tenant.id));
            QCOMPARE(tenant.cells, (QStringList {inv.tenantDisplayName(tenant.id), QString()}));
            QSet<QString> shown;
            for (const ModelMirror::Node &instance : tenant.children) {
                const Instance *i = inv.instance(instance.id);
                QVERIFY2(i, qPrintable(step + u": stale instance "_s + instance.id));
                QCOMPARE(instance.cells, (QStringList {i->name, i->status}));
                shown.insert(instance.id);
            }
            QVERIFY2(shown == expected.value(tenant.id), qPrintable(step + u": children of "_s + tenant.id));
        }
    }
}
} // namespace

class TestTenantTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void randomSequencesKeepTheTreeInStep_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<QStringList>("accounts");
        for (quint32 seed : {3u, 99u, 2026u})
            QTest::addRow("one account, %u", seed) << seed << QStringList {QString()};
        for (quint32 seed : {5u, 77u, 2026u})
            QTest::addRow("three accounts, %u", seed) << seed << QStringList {QString(), u"work"_s, u"home"_s};
        QTest::addRow("two accounts, 11") << 11u << QStringList {u"a"_s, u"b"_s};
    }
    void randomSequencesKeepTheTreeInStep()
    {
        QFETCH(quint32, seed);
        QFETCH(QStringList, accounts);
        Inventory inv;
        TenantTreeModel model(inv);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ModelMirror mirror(&model, IdRole);
        QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
        InventoryFuzzer fuzzer(inv, seed, 6, 40, accounts);
        for (int step = 0; step < 400; ++step) {
            const QString what = fuzzer.step();
            compareWithInventory(mirror.root(), inv, what);
            if (QTest::currentTestFailed())
                return;
            const QString any = fuzzer.anyInstanceId();
            if (!any.isEmpty())
                QCOMPARE(model.instanceIndex(any).data(IdRole).toString(), any);
        }
        QCOMPARE(resets.size(), 0);
        QCOMPARE(mirror.rebuilds, 0);
        // A model built on a filled inventory shows the same.
        TenantTreeModel fresh(inv);
        compareWithInventory(ModelMirror(&fresh, IdRole).root(), inv, u"fresh"_s);
    }

    void instancesShowBeforeTheirTenantIsKnown()
    {
        Inventory inv;
        TenantTreeModel model(inv);
        inv.applyInstances({make(u"a"_s, u"t1"_s)});
        QCOMPARE(model.rowCount(), 1); // the account
        const QModelIndex account = model.accountIndex(QString());
        QCOMPARE(model.rowCount(account), 1);
        QCOMPARE(model.index(0, 0, account).data().toString(), u"t1"_s);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        inv.applyTenants({{u"t1"_s, u"Production"_s, {}}});
        QCOMPARE(inserted.size(), 0); // the same row, now with its name
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0, 0, account).data().toString(), u"Production"_s);
        QCOMPARE(model.index(0, 0, account).data(NodeKindRole).toInt(), int(NodeKind::Tenant));
        inv.applyTenants({});
        QCOMPARE(model.rowCount(account), 1); // still holds an instance
        inv.applyInstances({});
        QCOMPARE(model.rowCount(account), 0);
    }

    void statusChangeRepaintsOneCell()
    {
        Inventory inv;
        inv.applyInstances({make(u"a"_s, u"t1"_s), make(u"b"_s, u"t1"_s), make(u"c"_s, u"t2"_s)});
        TenantTreeModel model(inv);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        inv.applyInstance(make(u"b"_s, u"t1"_s, u"pausing"_s));
        QCOMPARE(changed.size(), 1);
        const QModelIndex cell = changed.at(0).at(0).toModelIndex();
        QCOMPARE(cell, changed.at(0).at(1).toModelIndex());
        QCOMPARE(cell.column(), int(TenantTreeModel::StatusColumn));
        QCOMPARE(cell.data().toString(), u"pausing"_s);
        QCOMPARE(cell.parent().data(IdRole).toString(), u"t1"_s);
        QCOMPARE(cell.parent().parent(), model.accountIndex(QString()));
    }

    void accountRowsShowLabelAndState()
    {
        Inventory inv;
        TenantTreeModel model(inv);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        inv.addAccount(u"work"_s, u"Work"_s);
        inv.addAccount(u"home"_s, QString());
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex work = model.accountIndex(u"work"_s);
        QCOMPARE(work.row(), 0);
        QCOMPARE(work.data().toString(), u"Work"_s);
        QCOMPARE(work.data(NodeKindRole).toInt(), int(NodeKind::Account));
        QCOMPARE(work.data(IdRole).toString(), u"work"_s);
        QCOMPARE(work.data(AccountRole).toString(), u"work"_s);
        QCOMPARE(model.accountIndex(u"home"_s).row(), 1);
        QCOMPARE(model.accountIndex(u"home"_s).data().toString(), u"Account"_s); // no label yet
        // An account heads its projects in bold; the state beside it is plain.
        QVERIFY(work.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.accountIndex(u"work"_s, TenantTreeModel::StatusColumn).data(Qt::FontRole).isValid());

        const QModelIndex state = model.accountIndex(u"work"_s, TenantTreeModel::StatusColumn);
        QCOMPARE(state.data().toString(), u"Connecting…"_s);
        // The status delegate would paint these as an instance's status.
        QVERIFY(!state.data(StatusCategoryRole).isValid());
        QVERIFY(!state.data(RawStatusRole).isValid());
        QVERIFY(!state.data(StatusSinceRole).isValid());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        inv.setAccountState(u"work"_s, AccountState::Online);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), work);
        QCOMPARE(changed.at(0).at(1).toModelIndex(), state);
        QCOMPARE(state.data().toString(), u"Online"_s);
        QCOMPARE(state.data(Qt::ToolTipRole).toString(), u"Online"_s);
        inv.setAccountState(u"work"_s, AccountState::Offline, u"The service could not be reached."_s);
        QCOMPARE(state.data().toString(), u"Offline"_s);
        QCOMPARE(state.data(Qt::ToolTipRole).toString(), u"The service could not be reached."_s);
        inv.setAccountState(u"work"_s, AccountState::RateLimited);
        QCOMPARE(state.data().toString(), u"Rate limited"_s);
        inv.setAccountState(u"work"_s, AccountState::Failed, u"Wrong credentials."_s);
        QCOMPARE(state.data().toString(), u"Not connected"_s);
        QCOMPARE(state.data(Qt::ToolTipRole).toString(), u"Wrong credentials."_s);
        QCOMPARE(changed.size(), 4);
        inv.addAccount(u"home"_s, u"Home"_s);
        QCOMPARE(model.accountIndex(u"home"_s).data().toString(), u"Home"_s);
    }

    void tenantsShowUnderTheAccountsThatOwnOrNameThem()
    {
        Inventory inv;
        TenantTreeModel model(inv);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        inv.applyTenants(u"a"_s, {{u"t1"_s, u"One"_s, {}}});
        inv.applyInstances(u"a"_s, {make(u"x"_s, u"t1"_s), make(u"y"_s, u"t2"_s)});
        inv.applyTenants(u"b"_s, {{u"t3"_s, u"Three"_s, {}}, {u"t1"_s, u"One, as b sees it"_s, {}}});
        inv.applyInstances(u"b"_s, {make(u"z"_s, u"t3"_s), make(u"w"_s, u"t1"_s)});

        const QModelIndex a = model.accountIndex(u"a"_s);
        const QModelIndex b = model.accountIndex(u"b"_s);
        QCOMPARE(model.rowCount(a), 2);
        QCOMPARE(model.rowCount(b), 2); // its own t3, and t1 because its instance w names it
        QCOMPARE(model.tenantIndex(u"t1"_s).parent(), a); // the owner's row
        QCOMPARE(model.tenantIndex(u"t1"_s).data().toString(), u"One"_s);
        QCOMPARE(model.tenantIndex(u"t3"_s).parent(), b);
        QCOMPARE(model.tenantIndex(u"t3"_s).data(AccountRole).toString(), u"b"_s);
        QCOMPARE(model.instanceIndex(u"x"_s).parent().parent(), a);
        QCOMPARE(model.instanceIndex(u"w"_s).parent().parent(), b);
        QCOMPARE(model.instanceIndex(u"w"_s).parent().data(IdRole).toString(), u"t1"_s);
        QCOMPARE(model.instanceIndex(u"w"_s).parent().data(AccountRole).toString(), u"b"_s);
        QCOMPARE(model.instanceIndex(u"w"_s).data(AccountRole).toString(), u"b"_s);
        QCOMPARE(model.instanceIndex(u"y"_s).data(AccountRole).toString(), u"a"_s);

        // b's t1 row goes with its last instance; a's stays while a owns t1.
        inv.applyInstances(u"b"_s, {make(u"z"_s, u"t3"_s)});
        QCOMPARE(model.rowCount(b), 1);
        inv.applyInstances(u"a"_s, {make(u"y"_s, u"t2"_s)});
        QCOMPARE(model.rowCount(a), 2);
        QCOMPARE(model.tenantIndex(u"t1"_s).parent(), a);
    }

    void removingAnAccountRemovesItsSubtree()
    {
        Inventory inv;
        inv.applyInstances(u"a"_s, {make(u"x"_s, u"t1"_s), make(u"y"_s, u"t2"_s)});
        inv.applyInstances(u"b"_s, {make(u"z"_s, u"t3"_s), make(u"w"_s, u"t1"_s)});
        TenantTreeModel model(inv);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ModelMirror mirror(&model, IdRole);
        QCOMPARE(model.rowCount(), 2);
        inv.removeAccount(u"a"_s);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.accountIndex(u"a"_s).isValid());
        QVERIFY(!model.instanceIndex(u"x"_s).isValid());
        QVERIFY(!model.tenantIndex(u"t2"_s).isValid());
        QCOMPARE(model.tenantIndex(u"t1"_s).parent(), model.accountIndex(u"b"_s));
        QCOMPARE(model.instanceIndex(u"z"_s).data(IdRole).toString(), u"z"_s);
        compareWithInventory(mirror.root(), inv, u"after removeAccount"_s);
        QCOMPARE(mirror.rebuilds, 0);
        inv.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(mirror.root().children.size(), 0);
    }

    // Keeping the scroll position is the view's part: see ScrollAnchor in ui/.
    void expansionAndSelectionSurviveRefreshes()
    {
        Inventory inv;
        QList<Instance> list;
        for (int t = 0; t < 5; ++t) {
            for (int k = 0; k < 40; ++k)
                list.append(make(QStringLiteral("i%1-%2").arg(t).arg(k), QStringLiteral("t%1").arg(t)));
        }
        inv.applyInstances(list);
        TenantTreeModel model(inv);
        QTreeView view;
        view.setModel(&model);
        view.resize(400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.expand(model.accountIndex(QString()));
        view.expand(model.tenantIndex(u"t1"_s));
        view.expand(model.tenantIndex(u"t3"_s));
        const QModelIndex chosen = model.instanceIndex(u"i3-25"_s);
        view.selectionModel()->setCurrentIndex(chosen, QItemSelectionModel::ClearAndSelect);

        // A refresh: instances of t1 and t3 come and go, statuses change, a new tenant appears.
        QList<Instance> next;
        for (const Instance &i : std::as_const(list)) {
            if (i.id.endsWith(u'7') && i.id != u"i3-25"_s)
                continue;
            Instance changed = i;
            if (i.id.endsWith(u'5'))
                changed.status = u"pausing"_s;
            next.append(changed);
        }
        next.append(make(u"late"_s, u"t9"_s));
        next.append(make(u"also-late"_s, u"t1"_s));
        inv.applyInstances(next);
        inv.applyTenants({{u"t1"_s, u"One"_s, {}}, {u"t3"_s, u"Three"_s, {}}});

        QVERIFY(view.isExpanded(model.tenantIndex(u"t1"_s)));
        QVERIFY(view.isExpanded(model.tenantIndex(u"t3"_s)));
        QVERIFY(!view.isExpanded(model.tenantIndex(u"t2"_s)));
        QCOMPARE(view.selectionModel()->currentIndex().data(IdRole).toString(), u"i3-25"_s);
        QCOMPARE(view.selectionModel()->selectedIndexes().size(), 1);
        QCOMPARE(view.selectionModel()->currentIndex().siblingAtColumn(1).data().toString(), u"pausing"_s);
    }
};

QTEST_MAIN(TestTenantTreeModel)
#include "tst_tenanttreemodel.moc"
