#include "models/inventory.h"

#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Aura;
using namespace Qt::Literals::StringLiterals;

namespace {
Instance make(const QString &id, const QString &status = u"running"_s, const QString &tenant = u"t1"_s)
{
    Instance i;
    i.id = id;
    i.name = u"name-"_s + id;
    i.status = status;
    i.tenantId = tenant;
    i.type = u"enterprise-db"_s;
    i.memory = u"8GB"_s;
    return i;
}

Snapshot snap(const QString &id, const QString &status = u"Completed"_s)
{
    Snapshot s;
    s.snapshotId = id;
    s.instanceId = u"a"_s;
    s.status = status;
    s.timestamp = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    return s;
}
} // namespace

class TestInventory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fullListAddsRemovesAndChanges()
    {
        Inventory inv;
        inv.applyInstances({make(u"a"_s), make(u"b"_s), make(u"c"_s)});
        QSignalSpy added(&inv, &Inventory::instancesAdded);
        QSignalSpy removed(&inv, &Inventory::instancesRemoved);
        QSignalSpy changed(&inv, &Inventory::instanceChanged);

        inv.applyInstances({make(u"a"_s), make(u"c"_s, u"pausing"_s), make(u"d"_s)});

        QCOMPARE(added.size(), 1);
        QCOMPARE(added.at(0).at(0).toStringList(), QStringList {u"d"_s});
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(0).toStringList(), QStringList {u"b"_s});
        QCOMPARE(changed.size(), 1); // "a" is unchanged and must stay silent
        QCOMPARE(changed.at(0).at(0).toString(), u"c"_s);
        QCOMPARE(changed.at(0).at(1).value<InstanceFields>(), InstanceFields(InstanceField::Status));
        QCOMPARE(inv.instance(u"c"_s)->status, u"pausing"_s);
        QVERIFY(!inv.instance(u"b"_s));
        QCOMPARE(inv.instanceCount(), 3);
    }

    void changedFieldsNameExactlyWhatDiffers_data()
    {
        QTest::addColumn<Instance>("after");
        QTest::addColumn<InstanceFields>("fields");
        const Instance base = make(u"a"_s);
        Instance i = base;
        i.name = u"renamed"_s;
        QTest::newRow("name") << i << InstanceFields(InstanceField::Name);
        i = base;
        i.memory = u"16GB"_s;
        i.status = u"updating"_s;
        QTest::newRow("memory and status") << i << (InstanceField::Memory | InstanceField::Status);
        i = base;
        i.tenantId = u"t2"_s;
        QTest::newRow("tenant") << i << InstanceFields(InstanceField::Tenant);
        i = base;
        i.vectorOptimized = true;
        QTest::newRow("a field without a column") << i << InstanceFields(InstanceField::Other);
        i = base;
        i.connectionUrl = u"neo4j+s://x"_s;
        i.version = u"5"_s;
        QTest::newRow("url and version") << i << (InstanceField::ConnectionUrl | InstanceField::Version);
    }
    void changedFieldsNameExactlyWhatDiffers()
    {
        QFETCH(Instance, after);
        QFETCH(InstanceFields, fields);
        Inventory inv;
        inv.applyInstances({make(u"a"_s)});
        QSignalSpy changed(&inv, &Inventory::instanceChanged);
        inv.applyInstance(after);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(1).value<InstanceFields>(), fields);
        QCOMPARE(*inv.instance(u"a"_s), after);
    }

    void summariesKeepKnownDetails()
    {
        Inventory inv;
        inv.applyInstance(make(u"a"_s, u"paused"_s));
        Instance summary;
        summary.id = u"a"_s;
        summary.name = u"renamed"_s;
        summary.tenantId = u"t1"_s;
        QSignalSpy changed(&inv, &Inventory::instanceChanged);
        inv.applyInstances({summary});
        QCOMPARE(inv.instance(u"a"_s)->status, u"paused"_s);
        QCOMPARE(inv.instance(u"a"_s)->memory, u"8GB"_s);
        QCOMPARE(inv.instance(u"a"_s)->name, u"renamed"_s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(1).value<InstanceFields>(), InstanceFields(InstanceField::Name));

        // A summary of an instance never seen is kept as it is: no status yet.
        Instance other = summary;
        other.id = u"b"_s;
        inv.applyInstances({summary, other});
        QVERIFY(!inv.instance(u"b"_s)->hasDetails());
        QCOMPARE(inv.statusSince(u"b"_s), QDateTime());
    }

    void historyRecordsObservedTransitions()
    {
        Inventory inv;
        QDateTime now(QDate(2026, 5, 1), QTime(10, 0), Qt::UTC);
        inv.setClock([&now] { return now; });
        inv.applyInstance(make(u"a"_s, u"creating"_s));
        now = now.addSecs(252);
        inv.applyInstance(make(u"a"_s, u"creating"_s)); // no change: no entry
        inv.applyInstance(make(u"a"_s, u"running"_s));
        now = now.addSecs(60);
        Instance renamed = make(u"a"_s, u"running"_s);
        renamed.name = u"other"_s;
        inv.applyInstance(renamed); // a rename is no transition

        const StatusHistory h = inv.statusHistory(u"a"_s);
        QCOMPARE(h.size(), 2);
        QCOMPARE(h.at(0).status, u"creating"_s);
        QVERIFY(h.at(0).firstSeen);
        QCOMPARE(h.at(1).status, u"running"_s);
        QVERIFY(!h.at(1).firstSeen);
        QCOMPARE(h.at(0).since.secsTo(h.at(1).since), 252); // "creating took 4 min 12 s"
        QCOMPARE(inv.statusSince(u"a"_s), h.at(1).since);

        inv.removeInstance(u"a"_s);
        QVERIFY(inv.statusHistory(u"a"_s).isEmpty());
    }

    void historyIsBounded()
    {
        Inventory inv;
        for (int k = 0; k < 100; ++k)
            inv.applyInstance(make(u"a"_s, k % 2 ? u"pausing"_s : u"resuming"_s));
        const StatusHistory h = inv.statusHistory(u"a"_s);
        QCOMPARE(h.size(), Inventory::MaxHistoryLength);
        QCOMPARE(h.last().status, u"pausing"_s);
        QVERIFY(!h.first().firstSeen); // the oldest entries were dropped
    }

    void snapshotsAreDiffedPerInstance()
    {
        Inventory inv;
        inv.applyInstance(make(u"a"_s));
        inv.applySnapshots(u"ghost"_s, {snap(u"x"_s)}); // unknown instance: ignored
        QVERIFY(inv.snapshotIds(u"ghost"_s).isEmpty());

        inv.applySnapshots(u"a"_s, {snap(u"s1"_s), snap(u"s2"_s, u"InProgress"_s)});
        QSignalSpy added(&inv, &Inventory::snapshotsAdded);
        QSignalSpy removed(&inv, &Inventory::snapshotsRemoved);
        QSignalSpy changed(&inv, &Inventory::snapshotChanged);
        inv.applySnapshots(u"a"_s, {snap(u"s2"_s), snap(u"s3"_s)});
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.at(0).at(1).toStringList(), QStringList {u"s3"_s});
        QCOMPARE(removed.at(0).at(1).toStringList(), QStringList {u"s1"_s});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(2).value<SnapshotFields>(), SnapshotFields(SnapshotField::Status));
        QCOMPARE(inv.snapshot(u"a"_s, u"s2"_s)->status, u"Completed"_s);
    }

    void listingAnotherDaysSnapshotsKeepsTheFirstDays()
    {
        // The live service lists one UTC day at a time: each day's list is complete for that day only.
        Inventory inv;
        inv.applyInstance(make(u"a"_s));
        const QDate first(2026, 3, 1);
        const QDate second(2026, 3, 2);
        Snapshot morning = snap(u"s1"_s);
        Snapshot nextDay = snap(u"s2"_s);
        nextDay.timestamp = QDateTime(second, QTime(0, 30), Qt::UTC);
        inv.applySnapshots(u"a"_s, {morning}, first);
        QSignalSpy removed(&inv, &Inventory::snapshotsRemoved);
        inv.applySnapshots(u"a"_s, {nextDay}, second);
        QCOMPARE(removed.count(), 0);
        QVERIFY(inv.snapshot(u"a"_s, u"s1"_s));
        QVERIFY(inv.snapshot(u"a"_s, u"s2"_s));
        // A snapshot gone from its own day's list is gone.
        inv.applySnapshots(u"a"_s, {}, first);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(1).toStringList(), QStringList {u"s1"_s});
        QVERIFY(inv.snapshot(u"a"_s, u"s2"_s));
        // Without a day (the seed lists everything), the list is the whole truth.
        inv.applySnapshots(u"a"_s, {});
        QVERIFY(!inv.snapshot(u"a"_s, u"s2"_s));
    }

    void removingAnInstanceAnnouncesItsSnapshotsFirst()
    {
        Inventory inv;
        inv.applyInstance(make(u"a"_s));
        inv.applySnapshots(u"a"_s, {snap(u"s1"_s)});
        QStringList order;
        connect(&inv, &Inventory::snapshotsRemoved, this, [&] { order << u"snapshots"_s; });
        connect(&inv, &Inventory::instancesRemoved, this, [&] { order << u"instances"_s; });
        inv.applyInstances({});
        QCOMPARE(order, (QStringList {u"snapshots"_s, u"instances"_s}));
        QVERIFY(!inv.snapshot(u"a"_s, u"s1"_s));
    }

    void tenantsAreDiffed()
    {
        Inventory inv;
        inv.applyTenants({{u"t1"_s, u"One"_s, {}}, {u"t2"_s, u"Two"_s, {}}});
        QSignalSpy added(&inv, &Inventory::tenantsAdded);
        QSignalSpy removed(&inv, &Inventory::tenantsRemoved);
        QSignalSpy changed(&inv, &Inventory::tenantChanged);
        inv.applyTenants({{u"t2"_s, u"Deux"_s, {}}, {u"t3"_s, u"Three"_s, {}}});
        QCOMPARE(added.at(0).at(0).toStringList(), QStringList {u"t3"_s});
        QCOMPARE(removed.at(0).at(0).toStringList(), QStringList {u"t1"_s});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(inv.tenantDisplayName(u"t2"_s), u"Deux"_s);
        QCOMPARE(inv.tenantDisplayName(u"t9"_s), u"t9"_s);
    }

    void clearAnnouncesEverything()
    {
        Inventory inv;
        inv.applyTenants({{u"t1"_s, u"One"_s, {}}});
        inv.applyInstances({make(u"a"_s), make(u"b"_s)});
        QSignalSpy removed(&inv, &Inventory::instancesRemoved);
        QSignalSpy tenantsRemoved(&inv, &Inventory::tenantsRemoved);
        inv.clear();
        QCOMPARE(QSet<QString>(removed.at(0).at(0).toStringList().cbegin(), removed.at(0).at(0).toStringList().cend()),
            (QSet<QString> {u"a"_s, u"b"_s}));
        QCOMPARE(tenantsRemoved.size(), 1);
        QCOMPARE(inv.instanceCount(), 0);
    }

    // Long random sequences: after every full list the inventory holds exactly that list, and the signals
    // alone are enough to follow which ids exist.
    void randomListsAreMirroredExactly()
    {
        QRandomGenerator rng(20261127);
        Inventory inv;
        QSet<QString> announced;
        connect(&inv, &Inventory::instancesAdded, this, [&](const QStringList &ids) {
            for (const QString &id : ids) {
                QVERIFY(!announced.contains(id));
                announced.insert(id);
            }
        });
        connect(&inv, &Inventory::instancesRemoved, this, [&](const QStringList &ids) {
            for (const QString &id : ids)
                QVERIFY(announced.remove(id));
        });
        const QStringList statuses {u"running"_s, u"paused"_s, u"creating"_s, u"resuming"_s};
        for (int step = 0; step < 400; ++step) {
            QList<Instance> list;
            for (int id = 0; id < 60; ++id) {
                if (rng.bounded(3) == 0)
                    continue;
                Instance i = make(QString::number(id), statuses.at(rng.bounded(4)));
                i.memory = QString::number(1 << rng.bounded(4)) + u"GB"_s;
                list.append(i);
            }
            inv.applyInstances(list);
            QCOMPARE(inv.instanceCount(), list.size());
            for (const Instance &i : std::as_const(list))
                QCOMPARE(*inv.instance(i.id), i);
            QCOMPARE(announced.size(), list.size());
        }
    }

    // Lists repeat (an idle account sends the same list every refresh), and between them details, single reads
    // and removals change what is held: the inventory must hold what applying every step in full would give,
    // however it saves work on a list it has seen.
    void repeatedListsWithChangesBetweenMatchAFullApply()
    {
        QRandomGenerator rng(20261202);
        Inventory inv;
        QHash<QString, Instance> expected; // what applying each step in full gives
        const QStringList statuses {u"running"_s, u"paused"_s, u"pausing"_s};
        QList<Instance> list;
        for (int step = 0; step < 600; ++step) {
            switch (rng.bounded(5)) {
            case 0: // a new list, summaries (no status) for some entries
                list.clear();
                for (int id = 0; id < 30; ++id) {
                    if (rng.bounded(4) == 0)
                        continue;
                    Instance i
                        = make(QString::number(id), rng.bounded(3) == 0 ? QString() : statuses.at(rng.bounded(3)));
                    i.memory = QString::number(1 << rng.bounded(3)) + u"GB"_s;
                    list.append(i);
                }
                [[fallthrough]];
            case 1: // the same list again
            case 2: {
                QHash<QString, Instance> next;
                for (const Instance &i : std::as_const(list)) {
                    Instance merged = i;
                    if (!i.hasDetails() && expected.contains(i.id)) {
                        merged = expected.value(i.id);
                        merged.mergeFrom(i);
                    }
                    next.insert(i.id, merged);
                }
                expected = next;
                inv.applyInstances(list);
                break;
            }
            case 3: { // details of one instance, listed or not
                Instance i = make(QString::number(rng.bounded(32)), statuses.at(rng.bounded(3)));
                Instance merged = i;
                if (expected.contains(i.id)) {
                    merged = expected.value(i.id);
                    merged.mergeFrom(i);
                }
                expected.insert(i.id, merged);
                inv.applyInstance(i);
                break;
            }
            default: { // one removed (a 404)
                const QString id = QString::number(rng.bounded(32));
                expected.remove(id);
                inv.removeInstance(id);
                break;
            }
            }
            QCOMPARE(inv.instanceCount(), expected.size());
            for (const Instance &i : std::as_const(expected)) {
                QVERIFY2(inv.instance(i.id), qPrintable(u"step %1: %2 missing"_s.arg(step).arg(i.id)));
                QCOMPARE(*inv.instance(i.id), i);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestInventory)
#include "tst_inventory.moc"
