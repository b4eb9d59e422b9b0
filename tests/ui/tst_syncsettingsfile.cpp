#include "app/syncsettingsfile.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Aura;
using namespace std::chrono_literals;

class TestSyncSettingsFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultsWithoutAnything()
    {
        QTemporaryDir dir;
        QSettings s(dir.filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
        const SyncSettings loaded = loadSyncSettings(s);
        const SyncSettings defaults;
        QCOMPARE(loaded.fullRefreshInterval, defaults.fullRefreshInterval);
        QCOMPARE(loaded.fastPollInterval, defaults.fastPollInterval);
        QCOMPARE(loaded.requestsPerWindow, defaults.requestsPerWindow);
    }

    void valuesAreReadAndKeptWithinBounds()
    {
        QTemporaryDir dir;
        QSettings s(dir.filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
        s.setValue(QStringLiteral("Sync/fullRefreshSeconds"), 120);
        s.setValue(QStringLiteral("Sync/fastPollSeconds"), 0.01); // too eager: one second at least
        s.setValue(QStringLiteral("Sync/fastPollBackoff"), 2.5);
        s.setValue(QStringLiteral("Sync/backgroundRequestsPerMinute"), 1000); // over the live limit
        s.setValue(QStringLiteral("Sync/hiddenSlowdown"), QStringLiteral("lots")); // not a number
        const SyncSettings loaded = loadSyncSettings(s);
        QCOMPARE(loaded.fullRefreshInterval, 120s);
        QCOMPARE(loaded.fastPollInterval, 1s);
        QCOMPARE(loaded.fastPollBackoff, 2.5);
        QCOMPARE(loaded.requestsPerWindow, 125);
        QCOMPARE(loaded.hiddenSlowdown, SyncSettings().hiddenSlowdown);
        QVERIFY(loaded.fastPollMaxInterval >= loaded.fastPollInterval);
    }
};

QTEST_GUILESS_MAIN(TestSyncSettingsFile)
#include "tst_syncsettingsfile.moc"
