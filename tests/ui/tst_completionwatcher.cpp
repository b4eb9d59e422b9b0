#include "models/inventory.h"
#include "ui/completionwatcher.h"
#include "ui/desktopnotifier.h"

#include <QDBusConnection>
#include <QSignalSpy>
#include <QTest>

using namespace Aura;
using namespace Qt::Literals::StringLiterals;

// The desktop's notification daemon, stood in for on the private session bus that scripts/test.sh provides.
class FakeNotificationDaemon : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    QStringList summaries;
    QList<int> urgencies;

public Q_SLOTS:
    uint Notify(const QString &, uint, const QString &, const QString &summary, const QString &, const QStringList &,
        const QVariantMap &hints, int)
    {
        summaries << summary;
        urgencies << hints.value(u"urgency"_s).toInt();
        return static_cast<uint>(summaries.size());
    }
};

namespace {

Instance instance(const QString &status, const QString &name = u"orders"_s)
{
    Instance i;
    i.id = u"db1d1a1e"_s;
    i.name = name;
    i.status = status;
    i.tenantId = u"tenant-1"_s;
    i.type = u"enterprise-db"_s;
    return i;
}

Snapshot snapshot(const QString &id, const QString &status)
{
    Snapshot s;
    s.snapshotId = id;
    s.instanceId = u"db1d1a1e"_s;
    s.status = status;
    s.timestamp = QDateTime::currentDateTimeUtc();
    return s;
}

} // namespace

// CompletionWatcher with an Inventory driven by hand and the notifications travelling over D-Bus.
class TestCompletionWatcher : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FakeNotificationDaemon> m_daemon;
    std::unique_ptr<DesktopNotifier> m_notifier;
    std::unique_ptr<Inventory> m_inventory;
    std::unique_ptr<CompletionWatcher> m_watcher;

    // Every notification sent so far has arrived once a marker sent after them has: the bus keeps the order.
    bool flush()
    {
        QSignalSpy delivered(m_notifier.get(), &DesktopNotifier::delivered);
        m_notifier->notify(u"marker"_s, {});
        if (!delivered.wait(5000) || m_daemon->summaries.isEmpty() || m_daemon->summaries.last() != "marker"_L1)
            return false;
        m_daemon->summaries.removeLast();
        m_daemon->urgencies.removeLast();
        return true;
    }

private Q_SLOTS:
    void init()
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        QVERIFY2(bus.isConnected(), "no session bus: run through scripts/test.sh");
        m_daemon = std::make_unique<FakeNotificationDaemon>();
        QVERIFY(
            bus.registerObject(u"/org/freedesktop/Notifications"_s, m_daemon.get(), QDBusConnection::ExportAllSlots));
        QVERIFY(bus.registerService(u"org.freedesktop.Notifications"_s));
        m_notifier = std::make_unique<DesktopNotifier>();
        m_inventory = std::make_unique<Inventory>();
        m_watcher = std::make_unique<CompletionWatcher>(*m_inventory, *m_notifier);
    }
    void cleanup()
    {
        m_watcher.reset();
        m_inventory.reset();
        m_notifier.reset();
        QDBusConnection bus = QDBusConnection::sessionBus();
        bus.unregisterService(u"org.freedesktop.Notifications"_s);
        bus.unregisterObject(u"/org/freedesktop/Notifications"_s);
        m_daemon.reset();
    }

    void settledAfterTheTransitionNotifiesOnce()
    {
        m_inventory->applyInstances({instance(u"paused"_s)});
        QSignalSpy completed(m_watcher.get(), &CompletionWatcher::completed);
        m_watcher->expectInstance(u"db1d1a1e"_s, CompletionWatcher::Operation::Resume);
        QVERIFY(m_watcher->isWatching(u"db1d1a1e"_s));

        m_inventory->applyInstance(instance(u"paused"_s, u"orders-renamed"_s)); // not started yet: no news
        QCOMPARE(completed.size(), 0);
        m_inventory->applyInstance(instance(u"resuming"_s));
        QCOMPARE(completed.size(), 0);
        m_inventory->applyInstance(instance(u"running"_s));
        QCOMPARE(completed.size(), 1);
        QVERIFY(!m_watcher->isWatching(u"db1d1a1e"_s));
        m_inventory->applyInstance(instance(u"running"_s, u"orders-2"_s)); // done with: nothing more
        m_inventory->applyInstance(instance(u"pausing"_s, u"orders-2"_s));
        m_inventory->applyInstance(instance(u"paused"_s, u"orders-2"_s));

        QVERIFY(flush());
        QCOMPARE(m_daemon->summaries.size(), 1);
        const QString summary = m_daemon->summaries.first();
        QCOMPARE(summary.left(summary.indexOf(u"took"_s)), u"“orders” is running (resuming it "_s);
        QCOMPARE(m_daemon->urgencies, QList<int> {1});
        QCOMPARE(completed.first().at(2).toBool(), true);
    }

    void failedStatusIsCritical()
    {
        m_inventory->applyInstances({instance(u"running"_s)});
        QSignalSpy completed(m_watcher.get(), &CompletionWatcher::completed);
        m_watcher->expectInstance(u"db1d1a1e"_s, CompletionWatcher::Operation::Resize);
        m_inventory->applyInstance(instance(u"updating"_s));
        m_inventory->applyInstance(instance(u"update failed"_s));
        QCOMPARE(completed.size(), 1);
        QCOMPARE(completed.first().at(2).toBool(), false);
        QVERIFY(flush());
        QCOMPARE(m_daemon->summaries.size(), 1);
        QVERIFY2(m_daemon->summaries.first().startsWith(u"Resizing “orders” failed: update failed (after"_s),
            qPrintable(m_daemon->summaries.first()));
        QCOMPARE(m_daemon->urgencies, QList<int> {2});
    }

    void removedInstanceIsDeleted()
    {
        m_inventory->applyInstances({instance(u"running"_s)});
        m_watcher->expectInstance(u"db1d1a1e"_s, CompletionWatcher::Operation::Delete);
        m_inventory->applyInstance(instance(u"destroying"_s));
        m_inventory->removeInstance(u"db1d1a1e"_s);
        QVERIFY(flush());
        QCOMPARE(m_daemon->summaries, QStringList {u"“orders” is deleted"_s});
        QCOMPARE(m_daemon->urgencies, QList<int> {1});
    }

    void unwatchedInstancesStayQuiet()
    {
        m_inventory->applyInstances({instance(u"paused"_s)});
        m_inventory->applyInstance(instance(u"resuming"_s));
        m_inventory->applyInstance(instance(u"running"_s));
        m_inventory->removeInstance(u"db1d1a1e"_s);
        QVERIFY(flush());
        QVERIFY(m_daemon->summaries.isEmpty());
    }

    void newSnapshotCompletedNotifiesOnce()
    {
        m_inventory->applyInstances({instance(u"running"_s)});
        m_inventory->applySnapshots(u"db1d1a1e"_s, {snapshot(u"old"_s, u"Completed"_s)});
        m_watcher->expectSnapshot(u"db1d1a1e"_s);

        m_inventory->applySnapshots(
            u"db1d1a1e"_s, {snapshot(u"old"_s, u"Completed"_s), snapshot(u"new"_s, u"InProgress"_s)});
        QVERIFY(flush());
        QVERIFY(m_daemon->summaries.isEmpty()); // the old one is not news, the new one is not done
        m_inventory->applySnapshot(u"db1d1a1e"_s, snapshot(u"new"_s, u"Completed"_s));
        m_inventory->applySnapshot(u"db1d1a1e"_s, snapshot(u"later"_s, u"Completed"_s)); // not asked for
        QVERIFY(flush());
        QCOMPARE(m_daemon->summaries, QStringList {u"Snapshot of “orders” completed"_s});
        QCOMPARE(m_daemon->urgencies, QList<int> {1});
    }

    // A scheduled snapshot that completes while the requested one is still running is not the one asked for.
    void onlyTheRequestedSnapshotNotifies()
    {
        m_inventory->applyInstances({instance(u"running"_s)});
        m_watcher->expectSnapshot(u"db1d1a1e"_s, u"asked"_s);
        m_inventory->applySnapshots(
            u"db1d1a1e"_s, {snapshot(u"scheduled"_s, u"Completed"_s), snapshot(u"asked"_s, u"InProgress"_s)});
        QVERIFY(flush());
        QVERIFY(m_daemon->summaries.isEmpty());
        m_inventory->applySnapshot(u"db1d1a1e"_s, snapshot(u"asked"_s, u"Failed"_s));
        QVERIFY(flush());
        QCOMPARE(m_daemon->summaries, QStringList {u"Snapshot of “orders” failed: Failed"_s});
        QCOMPARE(m_daemon->urgencies, QList<int> {2});
    }
};

QTEST_GUILESS_MAIN(TestCompletionWatcher)
#include "tst_completionwatcher.moc"
