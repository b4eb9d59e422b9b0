#include "ui/desktopnotifier.h"

#include <QDBusConnection>
#include <QDBusMetaType>
#include <QSignalSpy>
#include <QTest>

using namespace Aura;
using namespace Qt::Literals::StringLiterals;

// A stand-in for the desktop's notification daemon, registered on the private session bus that
// scripts/test.sh provides: the notifier's call really travels over D-Bus.
class FakeNotificationDaemon : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    QStringList summaries;
    QStringList bodies;
    QList<int> urgencies;

public Q_SLOTS:
    uint Notify(const QString &, uint, const QString &, const QString &summary, const QString &body,
        const QStringList &, const QVariantMap &hints, int)
    {
        summaries << summary;
        bodies << body;
        urgencies << hints.value(u"urgency"_s).toInt();
        return static_cast<uint>(summaries.size());
    }
};

class TestDesktopNotifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deliversThroughTheSessionBus()
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        QVERIFY2(bus.isConnected(), "no session bus: run through scripts/test.sh");
        FakeNotificationDaemon daemon;
        QVERIFY(bus.registerObject(u"/org/freedesktop/Notifications"_s, &daemon, QDBusConnection::ExportAllSlots));
        QVERIFY(bus.registerService(u"org.freedesktop.Notifications"_s));

        DesktopNotifier notifier;
        QSignalSpy delivered(&notifier, &DesktopNotifier::delivered);
        notifier.notify(u"orders is running"_s, u"Resuming took 2 min"_s);
        notifier.notify(u"Restore failed"_s, u"The snapshot is not exportable"_s, DesktopNotifier::Urgency::Critical);
        QTRY_COMPARE(delivered.size(), 2);
        QCOMPARE(daemon.summaries, (QStringList {u"orders is running"_s, u"Restore failed"_s}));
        QCOMPARE(daemon.bodies.at(1), u"The snapshot is not exportable"_s);
        QCOMPARE(daemon.urgencies, (QList<int> {1, 2}));

        notifier.setEnabled(false);
        notifier.notify(u"muted"_s, u"x"_s);
        // The bus keeps the order of calls: once the next one has arrived, a muted one would have arrived before it.
        notifier.setEnabled(true);
        notifier.notify(u"after"_s, u"y"_s);
        QTRY_COMPARE(delivered.size(), 3);
        QCOMPARE(daemon.summaries, (QStringList {u"orders is running"_s, u"Restore failed"_s, u"after"_s}));

        bus.unregisterService(u"org.freedesktop.Notifications"_s);
        bus.unregisterObject(u"/org/freedesktop/Notifications"_s);
    }

    void missingServiceIsReportedNotFatal()
    {
        DesktopNotifier notifier;
        QSignalSpy failed(&notifier, &DesktopNotifier::deliveryFailed);
        notifier.notify(u"nobody listens"_s, u"x"_s);
        QVERIFY(failed.wait(5000));
        QVERIFY(!failed.first().first().toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
