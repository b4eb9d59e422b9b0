#include "api/accounts/accountsecrets.h"
#include "api/auraclient.h"
#include "api/secrets/secretstore.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstate.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Aura::ApiError;
using Aura::Metric;
using Aura::MetricsScrape;
using Aura::Priority;
using Aura::Reply;

// The metrics integration end to end: AuraClient against the aura-v1 sandbox over HTTP on loopback, from the
// project's endpoint to each running instance's figures.
class TestMetricsSandbox : public QObject
{
    Q_OBJECT
private:
    AuraSandbox::SandboxServer m_sandbox {nullptr, AuraSandbox::Dialect::create(u"aura-v1"_s)};
    Aura::MemorySecretStore m_secrets;
    std::unique_ptr<Aura::AuraClient> m_client;
    QObject m_context;

    template<typename T, typename Start>
    Reply<T> call(Start start)
    {
        QList<Reply<T>> replies;
        start([&replies](const Reply<T> &r) { replies.append(r); });
        if (!QTest::qWaitFor([&] { return !replies.isEmpty(); }, 20'000))
            qFatal("no answer within 20 s");
        return replies.first();
    }

    Reply<QUrl> endpointOf(const QString &tenantId)
    {
        return call<QUrl>([&](auto done) { m_client->getMetricsEndpoint(tenantId, &m_context, done, Priority::Bulk); });
    }

    Reply<MetricsScrape> scrape(const QUrl &endpoint)
    {
        return call<MetricsScrape>(
            [&](auto done) { m_client->scrapeMetrics(endpoint, &m_context, done, Priority::Bulk); });
    }

    QSet<QString> runningIn(const QString &tenantId)
    {
        QSet<QString> ids;
        for (const AuraSandbox::InstanceRecord &i : m_sandbox.state().instances(tenantId)) {
            if (i.status == AuraSandbox::InstanceStatus::Running)
                ids.insert(i.id);
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox.loadDemoData();
        QVERIFY(m_sandbox.listenOnLoopback());
        m_secrets.write(Aura::SecretKeys::clientSecret(u"sandbox"_s),
            QString::fromLatin1(AuraSandbox::DemoClientSecret), &m_secrets, [](const auto &) {});
        Aura::ClientSettings s;
        s.apiBaseUrl = m_sandbox.baseUrl();
        s.tokenUrl = m_sandbox.tokenUrl();
        s.clientId = QString::fromLatin1(AuraSandbox::DemoClientId);
        s.accountId = u"sandbox"_s;
        s.policy.timeoutMs = 5'000;
        m_client = std::make_unique<Aura::AuraClient>(s, &m_secrets);
    }

    void everyRunningInstanceOfAProjectHasItsFigures()
    {
        int scraped = 0;
        for (const AuraSandbox::TenantRecord &t : m_sandbox.state().tenants()) {
            const QSet<QString> running = runningIn(t.id);
            const Reply<QUrl> endpoint = endpointOf(t.id);
            if (!endpoint.ok()) {
                // Only a project none of whose instances can export metrics says so.
                QCOMPARE(endpoint.error().httpStatus, 400);
                QCOMPARE(endpoint.error().details.value(0).reason, u"tenant-incapable-of-action"_s);
                continue;
            }
            QCOMPARE(endpoint.value().host(), u"127.0.0.1"_s);
            const Reply<MetricsScrape> reply = scrape(endpoint.value());
            QVERIFY2(reply.ok(), qPrintable(reply.ok() ? QString() : reply.error().userMessage()));
            const MetricsScrape &s = reply.value();
            QCOMPARE(s.skippedLines, 0);
            QCOMPARE(s.rejectedValues, 0);
            QSet<QString> seen;
            for (const Aura::InstanceMetrics &m : s.instances) {
                seen.insert(m.instanceId);
                QVERIFY(m.sampledAtMs > 0);
                QVERIFY(*m.cpuPercent() >= 0 && *m.cpuPercent() <= 100);
                QVERIFY(*m.storagePercent() > 0 && *m.storagePercent() < 100);
                QVERIFY(*m.heapPercent() > 0 && *m.heapPercent() < 100);
                QVERIFY(*m.pageCacheHitPercent() > 90);
                QVERIFY(m.has(Metric::QueriesTotal) && m.has(Metric::LatencyQ50Ms));
                QVERIFY(*m.boltConnections() > 0);
            }
            QCOMPARE(seen, running); // paused ones have no samples
            ++scraped;
        }
        QVERIFY(scraped > 0);
    }

    void aPausedInstanceLeavesTheScrape()
    {
        for (const AuraSandbox::TenantRecord &t : m_sandbox.state().tenants()) {
            const QSet<QString> running = runningIn(t.id);
            const Reply<QUrl> endpoint = endpointOf(t.id);
            if (running.size() < 2 || !endpoint.ok())
                continue;
            const QString paused = running.values().constFirst();
            QVERIFY(!std::holds_alternative<AuraSandbox::ApiFailure>(m_sandbox.state().pause(paused)));
            const Reply<MetricsScrape> reply = scrape(endpoint.value());
            QVERIFY(reply.ok());
            for (const Aura::InstanceMetrics &m : reply.value().instances)
                QVERIFY(m.instanceId != paused);
            QCOMPARE(reply.value().instances.size(), running.size() - 1);
            return;
        }
        QFAIL("no project with two running instances in the demo data");
    }
};

QTEST_GUILESS_MAIN(TestMetricsSandbox)
#include "tst_metricssandbox.moc"
