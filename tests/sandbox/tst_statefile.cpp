#include "sandbox/demodata.h"
#include "sandbox/platformstate.h"
#include "sandbox/sandboxstate.h"
#include "sandbox/statefile.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace AuraSandbox;

// The state file: everything survives a round trip, nothing secret is written, a damaged file is reported and
// never replaced.
class TestStateFile : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    qint64 m_now = 1'800'000'000'000;

    QString path() const { return m_dir.filePath(u"state.json"_s); }
    void write(const QByteArray &content)
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(path());
    }

    void everythingSurvivesARoundTrip()
    {
        SandboxState state;
        state.setClock([this] { return m_now; });
        state.reset(demoData(m_now));
        const CreatedInstance created
            = std::get<CreatedInstance>(state.create(InstanceSpec {u"new"_s, u"2b8e6f1a-9c3d-4e5f-a6b7-c8d9e0f1a2b3"_s,
                u"professional-db"_s, u"gcp"_s, u"europe-west1"_s, u"2GB"_s, {}}));
        QVERIFY(std::holds_alternative<SnapshotRecord>(state.takeSnapshot(u"4f8a2c1d"_s)));
        StateFile file(path(), &state);
        QString error;
        QVERIFY2(file.save(&error), qPrintable(error));

        QFile raw(path());
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray content = raw.readAll();
        QVERIFY(!content.contains(created.password.toUtf8()));

        SandboxState loaded;
        loaded.setClock([this] { return m_now; });
        StateFile reader(path(), &loaded);
        QCOMPARE(reader.load(&error), StateFile::LoadResult::Loaded);
        const SandboxData before = state.data();
        const SandboxData after = loaded.data();
        QCOMPARE(after.tenants, before.tenants);
        QCOMPARE(after.instances, before.instances);
        QCOMPARE(after.snapshots, before.snapshots);
    }

    void theLiveOrganisationSurvivesARoundTripWithKeysAndSessions()
    {
        SandboxState state;
        state.setClock([this] { return m_now; });
        PlatformState platform(state);
        const SandboxData demo = liveDemoData(m_now);
        state.reset(demo);
        platform.reset(demo.keys, demo.sessions);
        // Changes in flight: a resize with every pending field, a snapshot still Pending.
        InstanceChange change;
        change.memory = u"16GB"_s;
        change.secondariesCount = 4;
        change.cdcEnrichmentMode = u"FULL"_s;
        QVERIFY(std::holds_alternative<InstanceRecord>(state.update(u"9b3e7d52"_s, change)));
        QVERIFY(std::holds_alternative<SnapshotRecord>(state.takeSnapshot(u"4f8a2c1d"_s)));
        StateFile file(path(), &state);
        file.setPlatform(&platform);
        QString error;
        QVERIFY2(file.save(&error), qPrintable(error));

        SandboxState loaded;
        loaded.setClock([this] { return m_now; });
        PlatformState loadedPlatform(loaded);
        StateFile reader(path(), &loaded);
        reader.setPlatform(&loadedPlatform);
        QCOMPARE(reader.load(&error), StateFile::LoadResult::Loaded);
        QCOMPARE(loaded.data().tenants, state.data().tenants);
        QCOMPARE(loaded.data().instances, state.data().instances);
        QCOMPARE(loaded.data().snapshots, state.data().snapshots);
        QCOMPARE(loadedPlatform.keys(), platform.keys());
        QCOMPARE(loadedPlatform.sessions(), platform.sessions());
        QVERIFY(!loadedPlatform.keys().isEmpty() && !loadedPlatform.sessions().isEmpty());
    }

    void missingFileIsAFirstRun()
    {
        SandboxState state;
        StateFile file(path(), &state);
        QString error;
        QCOMPARE(file.load(&error), StateFile::LoadResult::Missing);
        QVERIFY(error.isEmpty());
    }

    void damagedFileIsReportedAndLeftAlone_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("cut JSON") << QByteArray("{\"format\": \"aura-sandbox-state\", \"ver") << u"not valid JSON"_s;
        QTest::newRow("other JSON") << QByteArray("{\"hello\": \"world\"}") << u"aura-sandbox"_s;
        QTest::newRow("future version") << QByteArray("{\"format\": \"aura-sandbox-state\", \"version\": 99}")
                                        << u"version"_s;
        QTest::newRow("unknown status") << QByteArray(
            "{\"format\": \"aura-sandbox-state\", \"version\": 1, \"tenants\": [], \"instances\": "
            "[{\"id\": \"a\", \"status\": \"exploding\", \"next_status\": \"running\"}]}")
                                        << u"unknown status"_s;
    }
    void damagedFileIsReportedAndLeftAlone()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, mentions);
        write(content);
        SandboxState state;
        state.reset(demoData(m_now));
        QSignalSpy changed(&state, &SandboxState::changed);
        {
            StateFile file(path(), &state);
            QString error;
            QCOMPARE(file.load(&error), StateFile::LoadResult::Corrupt);
            QVERIFY2(error.contains(mentions) && error.contains(path()), qPrintable(error));
            file.startSaving();
        }
        QCOMPARE(state.data().instances.size(), 12); // the state was not replaced either
        QFile raw(path());
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QCOMPARE(raw.readAll(), content);
    }

    void changesAreSavedShortlyAfter()
    {
        SandboxState state;
        state.reset(demoData(QDateTime::currentMSecsSinceEpoch()));
        StateFile file(path(), &state);
        file.startSaving();
        QVERIFY(!QFile::exists(path()));
        QVERIFY(std::holds_alternative<InstanceRecord>(state.pause(u"4f8a2c1d"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path()), 5000);
        QFile raw(path());
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(raw.readAll().contains("\"pausing\""));
    }
};

QTEST_GUILESS_MAIN(TestStateFile)
#include "tst_statefile.moc"
