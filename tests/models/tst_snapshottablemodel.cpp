#include "api/dto/status.h"
#include "inventoryfuzzer.h"
#include "modelmirror.h"
#include "models/inventory.h"
#include "models/roles.h"
#include "models/snapshottablemodel.h"
#include "models/snapshotwords.h"

#include <QAbstractItemModelTester>
#include <QHash>
#include <QItemSelectionModel>
#include <QLocale>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Aura;
using namespace Qt::Literals::StringLiterals;

namespace {
Snapshot snap(const QString &id, const QString &status, int minute)
{
    Snapshot s;
    s.snapshotId = id;
    s.instanceId = u"a"_s;
    s.status = status;
    s.timestamp = QDateTime(QDate(2026, 3, 1), QTime(12, minute), Qt::UTC);
    s.exportable = minute % 2 == 0;
    s.profile = minute % 3 == 0 ? u"Scheduled"_s : (minute % 3 == 1 ? u"AdHoc"_s : QString());
    return s;
}

QStringList expectedCells(const Snapshot &s)
{
    const QString exportable = !s.exportable ? QString() : (*s.exportable ? u"yes"_s : u"no"_s);
    const QString taken
        = s.profile == u"AdHoc"_s ? u"on demand"_s : (s.profile == u"Scheduled"_s ? u"scheduled"_s : s.profile);
    const QHash<QString, QString> words {{u"Completed"_s, u"completed"_s}, {u"InProgress"_s, u"in progress"_s},
        {u"Failed"_s, u"failed"_s}, {u"Pending"_s, u"pending"_s}, {u"Cancelled"_s, u"cancelled"_s}};
    return {QLocale().toString(s.timestamp.toLocalTime(), QLocale::ShortFormat), words.value(s.status, s.status),
        exportable, taken, s.snapshotId};
}
} // namespace

class TestSnapshotTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneVocabularyForSnapshots()
    {
        QCOMPARE(SnapshotWords::status(u"InProgress"_s), u"in progress"_s);
        QCOMPARE(SnapshotWords::status(u"Cancelled"_s), u"cancelled"_s);
        QCOMPARE(SnapshotWords::status(u"Pending"_s), u"pending"_s);
        QCOMPARE(SnapshotWords::status(u"Archived"_s), u"Archived"_s); // unknown: verbatim
        QCOMPARE(SnapshotWords::status(QString()), u"unknown"_s);
        QCOMPARE(SnapshotWords::exportable(true), u"yes"_s);
        QCOMPARE(SnapshotWords::exportable(std::nullopt), u"unknown"_s);
        QCOMPARE(SnapshotWords::profile(u"AdHoc"_s), u"on demand"_s);
        QCOMPARE(SnapshotWords::profile(QString()), QString());
        Inventory inv;
        SnapshotTableModel model(inv);
        QCOMPARE(model.headerData(SnapshotTableModel::TimeColumn, Qt::Horizontal).toString(), u"Taken"_s);
        QCOMPARE(model.headerData(SnapshotTableModel::IdColumn, Qt::Horizontal).toString(), u"Snapshot id"_s);
    }

    void randomSequencesKeepTheModelInStep_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {5u, 17u, 2026u})
            QTest::newRow(qPrintable(QString::number(seed))) << seed;
    }
    void randomSequencesKeepTheModelInStep()
    {
        QFETCH(quint32, seed);
        Inventory inv;
        SnapshotTableModel model(inv);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ModelMirror mirror(&model, IdRole);
        // Few instances, so that the shown one often gets snapshot lists.
        InventoryFuzzer fuzzer(inv, seed, 3, 6);
        int switches = 0;
        for (int step = 0; step < 800; ++step) {
            const QString what = fuzzer.bounded(2) ? fuzzer.step() : fuzzer.snapshots(model.instanceId());
            if (model.instanceId().isEmpty() || !inv.instance(model.instanceId()) || fuzzer.bounded(40) == 0) {
                model.setInstanceId(fuzzer.anyInstanceId());
                ++switches;
            }
            const QString shown = model.instanceId();
            QSet<QString> rows;
            for (const ModelMirror::Node &row : mirror.root().children) {
                const Snapshot *s = inv.snapshot(shown, row.id);
                QVERIFY2(s, qPrintable(what + u": stale snapshot "_s + row.id));
                QCOMPARE(row.cells, expectedCells(*s));
                rows.insert(row.id);
            }
            const QStringList held = inv.snapshotIds(shown);
            QVERIFY2(rows == QSet<QString>(held.cbegin(), held.cend()), qPrintable(what));
        }
        // Resets happen only when another instance is chosen; the rest were precise updates, and many.
        QVERIFY(mirror.rebuilds <= switches);
        QVERIFY(mirror.inserts > 50 && mirror.removals > 20 && mirror.dataChanges > 20);
    }

    void aStatusChangeRepaintsOnlyThatCell()
    {
        Inventory inv;
        Instance i;
        i.id = u"a"_s;
        i.status = u"running"_s;
        inv.applyInstance(i);
        inv.applySnapshots(u"a"_s, {snap(u"s1"_s, u"Completed"_s, 1), snap(u"s2"_s, u"InProgress"_s, 2)});
        SnapshotTableModel model(inv);
        model.setInstanceId(u"a"_s);
        QItemSelectionModel selection(&model);
        selection.select(model.indexOf(u"s2"_s), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelAboutToBeReset);
        inv.applySnapshots(u"a"_s,
            {snap(u"s0"_s, u"Completed"_s, 0), snap(u"s1"_s, u"Completed"_s, 1), snap(u"s2"_s, u"Completed"_s, 2)});
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.indexOf(u"s2"_s, SnapshotTableModel::StatusColumn));
        QCOMPARE(changed.at(0).at(1).toModelIndex(), model.indexOf(u"s2"_s, SnapshotTableModel::StatusColumn));
        QCOMPARE(selection.selectedRows().size(), 1);
        QCOMPARE(selection.selectedRows().at(0).data(IdRole).toString(), u"s2"_s);
        QCOMPARE(model.indexOf(u"s2"_s).data(StatusCategoryRole).toInt(), int(StatusCategory::Stable));
        QCOMPARE(model.indexOf(u"s2"_s).data(SortRole).toDateTime(), snap(u"s2"_s, {}, 2).timestamp);
    }
};

QTEST_GUILESS_MAIN(TestSnapshotTableModel)
#include "tst_snapshottablemodel.moc"
