#include "inventory.h"
#include "inventoryfuzzer.h"
#include "modelmirror.h"
#include "roles.h"
#include "tenanttreemodel.h"

#include <QAbstractItemModelTester>
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

// Checks the mirror (what the signals announced) against the inventory: one top row per tenant that is known
// or named by an instance, each holding exactly its instances.
void compareWithInventory(const ModelMirror::Node &root, const Inventory &inv, const QString &step)
{
    QHash<QString, QSet<QString>> expected;
    for (const QString &id : inv.tenantIds())
        expected[id];
    for (const QString &id : inv.instanceIds())
        expected[inv.instance(id)->tenantId].insert(id);
    QVERIFY2(root.children.size() == expected.size(), qPrintable(step));
    for (const ModelMirror::Node &tenant : root.children) {
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
} // namespace

class TestTenantTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void randomSequencesKeepTheTreeInStep_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {3u, 99u, 2026u})
            QTest::newRow(qPrintable(QString::number(seed))) << seed;
    }
    void randomSequencesKeepTheTreeInStep()
    {
        QFETCH(quint32, seed);
        Inventory inv;
        TenantTreeModel model(inv);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ModelMirror mirror(&model, IdRole);
        QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
        InventoryFuzzer fuzzer(inv, seed);
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
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), u"t1"_s);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        inv.applyTenants({{u"t1"_s, u"Production"_s, {}}});
        QCOMPARE(inserted.size(), 0); // the same row, now with its name
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), u"Production"_s);
        QCOMPARE(model.index(0, 0).data(NodeKindRole).toInt(), int(NodeKind::Tenant));
        inv.applyTenants({});
        QCOMPARE(model.rowCount(), 1); // still holds an instance
        inv.applyInstances({});
        QCOMPARE(model.rowCount(), 0);
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
