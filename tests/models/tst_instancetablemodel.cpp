#include "api/dto/status.h"
#include "inventoryfuzzer.h"
#include "modelmirror.h"
#include "models/instancetablemodel.h"
#include "models/inventory.h"
#include "models/roles.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

using namespace Aura;
using namespace Qt::Literals::StringLiterals;

namespace {
Instance make(const QString &id, const QString &status = u"running"_s)
{
    Instance i;
    i.id = id;
    i.name = u"name-"_s + id;
    i.status = status;
    i.tenantId = u"t1"_s;
    i.memory = u"8GB"_s;
    return i;
}

QList<Instance> many(int count)
{
    QList<Instance> list;
    for (int k = 0; k < count; ++k)
        list.append(make(QString::number(k)));
    return list;
}

// The cells a row must show, computed from the inventory independently of the model.
QStringList expectedCells(const Inventory &inv, const Instance &i)
{
    return {i.name, i.status, inv.qualifiedTenantName(i.tenantId), i.type, i.cloudProvider, i.region, i.memory,
        i.storage, i.version, i.connectionUrl, i.id};
}
} // namespace

class TestInstanceTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void randomSequencesKeepTheModelInStep_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<QStringList>("accounts");
        for (quint32 seed : {1u, 42u, 2026u})
            QTest::addRow("one account, %u", seed) << seed << QStringList {QString()};
        for (quint32 seed : {8u, 2026u})
            QTest::addRow("three accounts, %u", seed) << seed << QStringList {QString(), u"work"_s, u"home"_s};
        QTest::addRow("two accounts, 5") << 5u << QStringList {u"a"_s, u"b"_s};
    }
    void randomSequencesKeepTheModelInStep()
    {
        QFETCH(quint32, seed);
        QFETCH(QStringList, accounts);
        Inventory inv;
        InstanceTableModel model(inv);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ModelMirror mirror(&model, IdRole);
        QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
        InventoryFuzzer fuzzer(inv, seed, 6, 40, accounts);
        for (int step = 0; step < 400; ++step) {
            const QString what = fuzzer.step();
            const auto &rows = mirror.root().children;
            QVERIFY2(rows.size() == inv.instanceCount(), qPrintable(what));
            for (const ModelMirror::Node &row : rows) {
                const Instance *i = inv.instance(row.id);
                QVERIFY2(i, qPrintable(what + u": stale row "_s + row.id));
                QCOMPARE(row.cells, expectedCells(inv, *i));
                QCOMPARE(model.indexOf(row.id).data(IdRole).toString(), row.id);
                QCOMPARE(model.indexOf(row.id).data(AccountRole).toString(), inv.accountOfInstance(row.id));
            }
        }
        QCOMPARE(resets.size(), 0);
        QCOMPARE(mirror.rebuilds, 0);
    }

    void theProjectColumnNamesTheAccountWhileSeveralAreShown()
    {
        Inventory inv;
        inv.addAccount(u"work"_s, u"Work"_s);
        inv.applyTenants(u"work"_s, {{u"t1"_s, u"Production"_s, {}}});
        inv.applyInstances(u"work"_s, {make(u"a"_s)});
        InstanceTableModel model(inv);
        const QModelIndex project = model.indexOf(u"a"_s, InstanceTableModel::TenantColumn);
        QCOMPARE(project.data().toString(), u"Production"_s);
        QCOMPARE(project.data(AccountRole).toString(), u"work"_s);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        inv.addAccount(u"home"_s, u"Home"_s);
        QCOMPARE(project.data().toString(), u"Work / Production"_s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), project);
        inv.addAccount(u"work"_s, u"Office"_s);
        QCOMPARE(project.data().toString(), u"Office / Production"_s);
        QCOMPARE(changed.size(), 2);
        inv.removeAccount(u"home"_s);
        QCOMPARE(project.data().toString(), u"Production"_s);
        QCOMPARE(changed.size(), 3);
    }

    void aStatusChangeRepaintsOnlyThatCell()
    {
        Inventory inv;
        inv.applyInstances(many(100));
        InstanceTableModel model(inv);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QList<Instance> list = many(100);
        list[42].status = u"pausing"_s;
        inv.applyInstances(list);
        QCOMPARE(changed.size(), 1);
        const auto topLeft = changed.at(0).at(0).toModelIndex();
        const auto bottomRight = changed.at(0).at(1).toModelIndex();
        QCOMPARE(topLeft.data(IdRole).toString(), u"42"_s);
        QCOMPARE(topLeft.row(), bottomRight.row());
        QCOMPARE(topLeft.column(), int(InstanceTableModel::StatusColumn));
        QCOMPARE(bottomRight.column(), int(InstanceTableModel::StatusColumn));
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(topLeft.data(RawStatusRole).toString(), u"pausing"_s);
        QCOMPARE(topLeft.data(StatusCategoryRole).toInt(), int(StatusCategory::InProgress));
        QVERIFY(topLeft.data(StatusSinceRole).toDateTime().isValid());
        QCOMPARE(topLeft.data(StatusHistoryRole).value<StatusHistory>().size(), 2);
    }

    void contiguousRemovalsComeInBatches()
    {
        Inventory inv;
        InstanceTableModel model(inv);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        inv.applyInstances(many(20));
        QCOMPARE(inserted.size(), 1); // 20 rows, one insert
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QList<Instance> keep;
        for (int row = 0; row < model.rowCount(); ++row) {
            if ((row < 3 || row > 7) && row != 10)
                keep.append(*inv.instance(model.instanceIdAt(row)));
        }
        inv.applyInstances(keep);
        QCOMPARE(removed.size(), 2); // rows 3..7 and row 10
        QCOMPARE(model.rowCount(), 14);
    }

    void selectionSurvivesRefreshes()
    {
        Inventory inv;
        inv.applyInstances(many(30));
        InstanceTableModel model(inv);
        QItemSelectionModel selection(&model);
        const QString chosen = model.instanceIdAt(20);
        selection.setCurrentIndex(
            model.indexOf(chosen), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

        QList<Instance> list;
        for (int row = 0; row < model.rowCount(); ++row) {
            Instance i = *inv.instance(model.instanceIdAt(row));
            if (row % 3 == 0 && i.id != chosen)
                continue; // rows above and below the selection go away
            if (i.id == chosen)
                i.status = u"pausing"_s;
            list.append(i);
        }
        list.append(make(u"new"_s));
        inv.applyInstances(list);

        QCOMPARE(selection.currentIndex().data(IdRole).toString(), chosen);
        QCOMPARE(selection.selectedRows().size(), 1);
        QCOMPARE(selection.selectedRows().at(0).data(IdRole).toString(), chosen);
        QCOMPARE(
            selection.currentIndex().siblingAtColumn(InstanceTableModel::StatusColumn).data().toString(), u"pausing"_s);
    }

    void sortRoleGivesNumbersForSizes()
    {
        Inventory inv;
        Instance i = make(u"a"_s);
        i.memory = u"16GB"_s;
        i.storage = u"huge"_s;
        inv.applyInstance(i);
        InstanceTableModel model(inv);
        QCOMPARE(model.index(0, InstanceTableModel::MemoryColumn).data(SortRole).toLongLong(), 16);
        QCOMPARE(model.index(0, InstanceTableModel::StorageColumn).data(SortRole).toLongLong(), -1);
        QCOMPARE(
            model.headerData(InstanceTableModel::ConnectionUrlColumn, Qt::Horizontal).toString(), u"Connection URL"_s);
    }
};

QTEST_GUILESS_MAIN(TestInstanceTableModel)
#include "tst_instancetablemodel.moc"
