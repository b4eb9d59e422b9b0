#include "api/accounts/accountsecrets.h"
#include "api/auraclient.h"
#include "api/secrets/secretstore.h"
#include "models/instancetablemodel.h"
#include "models/inventory.h"
#include "models/snapshottablemodel.h"
#include "models/synchronizer.h"
#include "models/tenanttreemodel.h"
#include "sandbox/demodata.h"
#include "sandbox/sandboxserver.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Aura;
using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

// The sandbox logs one line per request ("GET /v1/instances/ID 200 3 ms REQUEST-ID") in aura.sandbox; the test
// keeps those lines to count what reached the server, and lets every other message through.
QStringList g_requestLines;
QtMessageHandler g_previousHandler = nullptr;

void captureSandboxRequests(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && qstrcmp(context.category, "aura.sandbox") == 0) {
        g_requestLines.append(message);
        return;
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

int requestCount(const QString &method, const QString &path)
{
    const QString prefix = method + u' ' + path + u' ';
    int count = 0;
    for (const QString &line : std::as_const(g_requestLines)) {
        if (line.startsWith(prefix))
            ++count;
    }
    return count;
}

constexpr int InstanceCount = 20;
constexpr double TimeScale = 0.04; // a 40 s pause takes 1.6 s
constexpr qint64 Tolerance = 300; // ms: scheduling, HTTP on loopback and a busy machine

} // namespace

// The Synchronizer and Inventory over a real AuraClient against the real sandbox on loopback: what the user sees
// follows the service closely for the instance that is changing, and costs nothing for the idle ones.
class TestSynchronizerSandbox : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<AuraSandbox::SandboxServer> m_sandbox;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<AuraClient> m_client;
    std::unique_ptr<Inventory> m_inventory;
    std::unique_ptr<Synchronizer> m_sync;

    QString statusOf(const QString &id) const
    {
        const Instance *i = m_inventory->instance(id);
        return i ? i->status : QString();
    }

private Q_SLOTS:
    void initTestCase() { g_previousHandler = qInstallMessageHandler(captureSandboxRequests); }
    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }

    void init()
    {
        g_requestLines.clear();
        m_sandbox = std::make_unique<AuraSandbox::SandboxServer>(
            nullptr, AuraSandbox::Dialect::create(QStringLiteral("seed")));
        m_sandbox->setTimeScale(TimeScale);
        m_sandbox->state().reset(AuraSandbox::generatedData(1, InstanceCount, m_sandbox->state().now()));
        QVERIFY(m_sandbox->listenOnLoopback() != 0);
        m_secrets = std::make_unique<MemorySecretStore>();
        m_secrets->write(Aura::SecretKeys::clientSecret(u"sandbox"_s),
            QString::fromLatin1(AuraSandbox::DemoClientSecret), nullptr, {});
        ClientSettings settings;
        settings.apiBaseUrl = m_sandbox->baseUrl();
        settings.tokenUrl = m_sandbox->tokenUrl();
        settings.clientId = QString::fromLatin1(AuraSandbox::DemoClientId);
        settings.accountId = u"sandbox"_s;
        settings.requestsPerMinute = 125 * 20; // the budget runs as fast as the scaled-down schedule
        m_client = std::make_unique<AuraClient>(settings, m_secrets.get());
        m_inventory = std::make_unique<Inventory>();
        m_sync = std::make_unique<Synchronizer>(*m_client, *m_inventory);
    }

    void cleanup()
    {
        m_sync.reset();
        m_inventory.reset();
        m_client.reset();
        m_sandbox.reset();
    }

    void statusChangeArrivesWithinOneFastPollAndIdleInstancesAreLeftAlone()
    {
        // 5 s fast polls become 250 ms, the 60 s full refresh 3 s. No backoff, so "one interval" stays 250 ms.
        SyncSettings settings = SyncSettings().scaledDown(20);
        settings.fastPollBackoff = 1.0;
        m_sync->setSettings(settings);
        const qint64 fastPoll = settings.fastPollInterval.count();
        QVERIFY(settings.fullRefreshInterval.count() > 4 * (fastPoll + Tolerance)); // else a refresh could hide it

        InstanceTableModel instances(*m_inventory);
        TenantTreeModel tenants(*m_inventory);
        SnapshotTableModel snapshots(*m_inventory);
        QAbstractItemModelTester instancesTester(&instances, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester tenantsTester(&tenants, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester snapshotsTester(&snapshots, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QSignalSpy refreshed(m_sync.get(), &Synchronizer::refreshed);
        m_sync->start();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(m_inventory->instanceCount(), InstanceCount);
        QCOMPARE(instances.rowCount(), InstanceCount);
        QVERIFY(tenants.rowCount() >= 1);

        QString target;
        QStringList idle;
        for (const QString &id : m_inventory->instanceIds()) {
            if (target.isEmpty() && statusOf(id) == u"running")
                target = id;
            else
                idle.append(id);
        }
        QVERIFY(!target.isEmpty());
        snapshots.setInstanceId(target);

        // The user pauses one instance; the console applies the answer and watches it, as the controller does.
        bool answered = false;
        m_client->pauseInstance(target, this, [&](const Reply<std::optional<Instance>> &reply) {
            answered = true;
            QVERIFY2(reply.ok(), qPrintable(reply.ok() ? QString() : reply.error().userMessage()));
            if (reply.value())
                m_inventory->applyInstance(*reply.value());
            m_sync->followUp(target);
        });
        QTRY_VERIFY(answered);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(target), u"pausing"_s, 2000);

        // The sandbox says when the pause ends; the model must show it no later than one fast poll after that.
        const auto record = m_sandbox->state().instance(target);
        QVERIFY(std::holds_alternative<AuraSandbox::InstanceRecord>(record));
        const qint64 dueMs = std::get<AuraSandbox::InstanceRecord>(record).dueMs;
        QVERIFY(dueMs > 0);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(target), u"paused"_s, 10000);
        const qint64 late = QDateTime::currentMSecsSinceEpoch() - dueMs;
        QVERIFY2(late <= fastPoll + Tolerance,
            qPrintable(u"paused shown %1 ms after the sandbox finished (limit %2 + %3)"_s.arg(late).arg(fastPoll).arg(
                Tolerance)));
        QCOMPARE(instances.indexOf(target).data(RawStatusRole).toString(), u"paused"_s);

        // Only the changing instance was read on its own; the idle ones only through the list.
        const int targetPolls = requestCount(u"GET"_s, u"/v1/instances/"_s + target);
        QVERIFY2(targetPolls >= 3, qPrintable(QString::number(targetPolls))); // a 1.6 s pause, polled every 250 ms
        for (const QString &id : std::as_const(idle))
            QCOMPARE(requestCount(u"GET"_s, u"/v1/instances/"_s + id), 0);
        QVERIFY(requestCount(u"GET"_s, u"/v1/instances"_s) >= 1);
        QCOMPARE(requestCount(u"POST"_s, u"/v1/instances/"_s + target + u"/pause"_s), 1);

        // Settled: the next full refresh goes by without another individual read.
        QTRY_VERIFY(m_sync->watchedInstances().isEmpty());
        const int settledPolls = requestCount(u"GET"_s, u"/v1/instances/"_s + target);
        refreshed.clear();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(requestCount(u"GET"_s, u"/v1/instances/"_s + target), settledPolls);
    }
};

QTEST_GUILESS_MAIN(TestSynchronizerSandbox)
#include "tst_synchronizer_sandbox.moc"
