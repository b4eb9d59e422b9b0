#include "api/accounts/accountsecrets.h"
#include "api/auraclient.h"
#include "api/secrets/secretstore.h"
#include "api/tokenprovider.h"
#include "sandbox/sandboxserver.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Aura::ApiError;
using Aura::AuraClient;
using Aura::Priority;
using Aura::Reply;
using AuraSandbox::FaultSettings;

namespace {

// The request lines the client logged ("GET /v1/instances 200 3 ms id"): one per attempt it sent.
QStringList g_attempts;
QtMessageHandler g_previousHandler = nullptr;

void recordAttempts(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && qstrcmp(context.category, "aura.api") == 0)
        g_attempts.append(message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

int attemptsOf(const QString &requestLinePrefix)
{
    return static_cast<int>(std::count_if(g_attempts.begin(), g_attempts.end(),
        [&](const QString &line) { return line.startsWith(requestLinePrefix + u' '); }));
}

} // namespace

// Every operation of the contract, end to end: AuraClient against the stateful sandbox over HTTP on loopback,
// also while the sandbox misbehaves on purpose (expired tokens, 5xx and 429 storms, dropped connections,
// malformed and cut bodies).
class TestClientOperations : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<AuraSandbox::SandboxServer> m_sandbox;
    std::unique_ptr<Aura::MemorySecretStore> m_secrets;
    std::unique_ptr<AuraClient> m_client;
    QObject m_context;

    Aura::ClientSettings settings() const
    {
        Aura::ClientSettings s;
        s.apiBaseUrl = m_sandbox->baseUrl();
        s.tokenUrl = m_sandbox->tokenUrl();
        s.clientId = QString::fromLatin1(AuraSandbox::DemoClientId);
        s.accountId = u"sandbox"_s;
        s.dialect = Aura::ApiDialect::Seed;
        s.policy.baseDelayMs = 10;
        s.policy.maxDelayMs = 50;
        s.policy.timeoutMs = 5'000;
        return s;
    }

    // Starts a call through `start` and waits for its one answer.
    template<typename T, typename Start>
    Reply<T> call(Start start)
    {
        QList<Reply<T>> replies;
        start([&replies](const Reply<T> &r) { replies.append(r); });
        if (!QTest::qWaitFor([&] { return !replies.isEmpty(); }, 20'000))
            qFatal("no answer within 20 s");
        return replies.first();
    }

    Reply<Aura::Instance> instance(const QString &id)
    {
        return call<Aura::Instance>([&](auto done) { m_client->getInstance(id, &m_context, done, Priority::User); });
    }

    // Polls the instance whenever the sandbox's state moves, until it has `status`.
    bool waitForStatus(const QString &id, const QString &status)
    {
        QSignalSpy changed(&m_sandbox->state(), &AuraSandbox::SandboxState::changed);
        for (int i = 0; i < 50; ++i) {
            const auto reply = instance(id);
            if (reply.ok() && reply.value().status == status)
                return true;
            changed.wait(2'000);
        }
        return false;
    }

    QList<Aura::Instance> instances(const QString &tenantId = {})
    {
        const auto reply = call<QList<Aura::Instance>>(
            [&](auto done) { m_client->listInstances(tenantId, &m_context, done, Priority::User); });
        if (!reply.ok())
            qFatal("listing failed: %s", qPrintable(reply.error().userMessage()));
        return reply.value();
    }

    QString firstWithStatus(const QString &status)
    {
        for (const Aura::Instance &i : instances()) {
            if (i.status == status && i.type != u"free-db")
                return i.id;
        }
        return {};
    }

    Aura::CreateInstanceRequest createRequest(const QString &name)
    {
        const auto tenants
            = call<QList<Aura::Tenant>>([&](auto done) { m_client->listTenants(&m_context, done, Priority::User); });
        const Aura::Tenant &tenant = tenants.value().first();
        const auto details
            = call<Aura::Tenant>([&](auto done) { m_client->getTenant(tenant.id, &m_context, done, Priority::User); });
        const Aura::InstanceConfiguration row = details.value().configurations.first();
        Aura::CreateInstanceRequest r;
        r.tenantId = tenant.id;
        r.name = name;
        r.type = row.type;
        r.cloudProvider = row.cloudProvider.isEmpty() ? u"gcp"_s : row.cloudProvider;
        r.region = row.region;
        r.memory = row.memory.isEmpty() ? u"8GB"_s : row.memory;
        r.version = u"5"_s;
        return r;
    }

    void setFaults(const FaultSettings &faults) { m_sandbox->faults().setSettings(faults); }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"aura.sandbox.info=false"_s);
        g_previousHandler = qInstallMessageHandler(recordAttempts);
    }
    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }

    void init()
    {
        m_sandbox = std::make_unique<AuraSandbox::SandboxServer>(
            nullptr, AuraSandbox::Dialect::create(QStringLiteral("seed")));
        m_sandbox->loadDemoData();
        m_sandbox->setTimeScale(0.002); // a 90 s creation takes 0.18 s
        QVERIFY(m_sandbox->listenOnLoopback() != 0);
        m_secrets = std::make_unique<Aura::MemorySecretStore>();
        m_secrets->write(Aura::SecretKeys::clientSecret(u"sandbox"_s),
            QString::fromLatin1(AuraSandbox::DemoClientSecret), m_secrets.get(), [](const auto &) {});
        m_client = std::make_unique<AuraClient>(settings(), m_secrets.get());
        g_attempts.clear();
    }
    void cleanup()
    {
        m_client.reset();
        m_secrets.reset();
        m_sandbox.reset();
    }

    void readOperations()
    {
        const auto tenants
            = call<QList<Aura::Tenant>>([&](auto done) { m_client->listTenants(&m_context, done, Priority::User); });
        QVERIFY(tenants.ok());
        QVERIFY(!tenants.value().isEmpty());
        QVERIFY(!tenants.requestId.isEmpty());
        const QString tenantId = tenants.value().first().id;

        const auto tenant = call<Aura::Tenant>(
            [&](auto done) { m_client->getTenant(tenantId, &m_context, done, Priority::Background); });
        QVERIFY(tenant.ok());
        QCOMPARE(tenant.value().id, tenantId);
        QVERIFY(!tenant.value().configurations.isEmpty());

        const QList<Aura::Instance> all = instances();
        QVERIFY(all.size() >= 2);
        const QList<Aura::Instance> ofTenant = instances(tenantId);
        QVERIFY(!ofTenant.isEmpty());
        QVERIFY(ofTenant.size() < all.size());
        for (const Aura::Instance &i : ofTenant)
            QCOMPARE(i.tenantId, tenantId);

        const QString id = firstWithStatus(u"running"_s);
        QVERIFY(!id.isEmpty());
        const auto one = instance(id);
        QVERIFY(one.ok());
        QCOMPARE(one.value().id, id);
        QCOMPARE(one.value().status, u"running"_s);

        const auto snapshots = call<QList<Aura::Snapshot>>(
            [&](auto done) { m_client->listSnapshots(id, {}, &m_context, done, Priority::User); });
        QVERIFY(snapshots.ok());
        QVERIFY(!snapshots.value().isEmpty());
        const Aura::Snapshot first = snapshots.value().first();
        const auto snapshot = call<Aura::Snapshot>(
            [&](auto done) { m_client->getSnapshot(id, first.snapshotId, &m_context, done, Priority::User); });
        QVERIFY(snapshot.ok());
        QCOMPARE(snapshot.value().snapshotId, first.snapshotId);
        QCOMPARE(snapshot.value().instanceId, id);
    }

    void instanceLifeCycle()
    {
        const qsizetype before = instances().size();
        const auto created = call<Aura::InstanceCreated>(
            [&](auto done) { m_client->createInstance(createRequest(u"lifecycle"_s), &m_context, done); });
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().userMessage()));
        const QString id = created.value().id;
        QVERIFY(!created.value().password.isEmpty());
        QCOMPARE(instances().size(), before + 1);
        QVERIFY(waitForStatus(id, u"running"_s));

        Aura::UpdateInstanceRequest rename;
        rename.name = u"renamed"_s;
        const auto renamed = call<std::optional<Aura::Instance>>(
            [&](auto done) { m_client->updateInstance(id, rename, &m_context, done); });
        QVERIFY(renamed.ok());
        QCOMPARE(instance(id).value().name, u"renamed"_s);
        QVERIFY(waitForStatus(id, u"running"_s));

        const auto paused
            = call<std::optional<Aura::Instance>>([&](auto done) { m_client->pauseInstance(id, &m_context, done); });
        QVERIFY(paused.ok());
        QVERIFY(waitForStatus(id, u"paused"_s));
        const auto resumed
            = call<std::optional<Aura::Instance>>([&](auto done) { m_client->resumeInstance(id, &m_context, done); });
        QVERIFY(resumed.ok());
        QVERIFY(waitForStatus(id, u"running"_s));

        const auto snapshot = call<Aura::Snapshot>([&](auto done) { m_client->createSnapshot(id, &m_context, done); });
        QVERIFY(snapshot.ok());
        QVERIFY(!snapshot.value().snapshotId.isEmpty());
        QCOMPARE(snapshot.value().instanceId, id);

        const auto gone
            = call<std::optional<Aura::Instance>>([&](auto done) { m_client->deleteInstance(id, &m_context, done); });
        QVERIFY(gone.ok());
        QVERIFY(gone.httpStatus == 202 || gone.httpStatus == 200);
        QCOMPARE(attemptsOf(u"POST /v1/instances"_s), 1);
    }

    void overwriteAndRestore()
    {
        const QString target = firstWithStatus(u"running"_s);
        QString source;
        for (const Aura::Instance &i : instances()) {
            if (i.status == u"running" && i.id != target && i.type != u"free-db")
                source = i.id;
        }
        QVERIFY(!target.isEmpty() && !source.isEmpty());
        const auto snapshots = call<QList<Aura::Snapshot>>(
            [&](auto done) { m_client->listSnapshots(source, {}, &m_context, done, Priority::User); });
        QVERIFY(snapshots.ok());
        QString snapshotId;
        for (const Aura::Snapshot &s : snapshots.value()) {
            if (s.status == u"Completed")
                snapshotId = s.snapshotId;
        }
        QVERIFY(!snapshotId.isEmpty());

        const auto overwritten = call<std::optional<Aura::Instance>>([&](auto done) {
            m_client->overwriteInstance(target, {source, snapshotId}, &m_context, done);
        });
        QVERIFY2(overwritten.ok(), qPrintable(overwritten.ok() ? QString() : overwritten.error().userMessage()));
        QVERIFY(waitForStatus(target, u"running"_s));

        const Aura::CreateInstanceRequest spec = createRequest(u"restored"_s);
        Aura::RestoreSnapshotRequest restore;
        restore.tenantId = spec.tenantId;
        restore.name = spec.name;
        restore.type = spec.type;
        restore.cloudProvider = spec.cloudProvider;
        restore.region = spec.region;
        restore.memory = spec.memory;
        const auto restored = call<std::optional<Aura::InstanceCreated>>(
            [&](auto done) { m_client->restoreSnapshot(source, snapshotId, restore, &m_context, done); });
        QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : restored.error().userMessage()));
        QVERIFY(restored.value().has_value()); // the seed dialect restores into a new instance
        QVERIFY(!restored.value()->password.isEmpty());
        QVERIFY(restored.value()->id != source);
    }

    void refusalsArriveTyped()
    {
        Aura::CreateInstanceRequest bad = createRequest(u"x"_s);
        bad.name = u"a name that is far too long for the contract"_s;
        const auto refused
            = call<Aura::InstanceCreated>([&](auto done) { m_client->createInstance(bad, &m_context, done); });
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ApiError::Kind::Http);
        QCOMPARE(refused.httpStatus, 400);
        QCOMPARE(refused.error().field(), u"name"_s);
        QVERIFY(!refused.error().requestId.isEmpty());

        const auto missing = instance(u"no-such-instance"_s);
        QCOMPARE(missing.httpStatus, 404);
        QVERIFY(!missing.error().details.isEmpty());
    }

    void expiredTokensMidSessionAreReplaced()
    {
        QVERIFY(!instances().isEmpty());
        QCOMPARE(m_client->tokenProvider()->refreshCount(), 1);
        m_sandbox->auth().expireAll();
        const QString id = firstWithStatus(u"running"_s); // this listing meets the expired token
        QVERIFY(!id.isEmpty());
        QCOMPARE(m_client->tokenProvider()->refreshCount(), 2);
        m_sandbox->auth().expireAll();
        const auto snapshot = call<Aura::Snapshot>([&](auto done) { m_client->createSnapshot(id, &m_context, done); });
        QVERIFY(snapshot.ok()); // a refused POST is replayed once with the fresh token: the server never acted on it
        QCOMPARE(m_client->tokenProvider()->refreshCount(), 3);
        QCOMPARE(attemptsOf(u"POST /v1/instances/%1/snapshots"_s.arg(id)), 2);
    }

    void serverErrorStormIsRiddenOutByReads()
    {
        FaultSettings faults;
        faults.serverErrorRate = 0.5;
        faults.seed = 7;
        setFaults(faults);
        Aura::ClientSettings s = settings();
        s.policy.maxAttempts = 10;
        m_client->setSettings(s);
        int ok = 0;
        for (int i = 0; i < 10; ++i) {
            const auto r = call<QList<Aura::Tenant>>(
                [&](auto done) { m_client->listTenants(&m_context, done, Priority::Background); });
            ok += r.ok() ? 1 : 0;
        }
        QCOMPARE(ok, 10);
        QVERIFY(attemptsOf(u"GET /v1/tenants"_s) > 10); // some of them needed retries
    }

    void serverErrorsNeverRepeatACreate()
    {
        FaultSettings faults;
        faults.serverErrorRate = 1.0;
        const Aura::CreateInstanceRequest request = createRequest(u"storm"_s);
        const qsizetype before = instances().size();
        setFaults(faults);
        const auto created
            = call<Aura::InstanceCreated>([&](auto done) { m_client->createInstance(request, &m_context, done); });
        QVERIFY(!created.ok());
        QCOMPARE(created.error().kind, ApiError::Kind::Http);
        QVERIFY(created.httpStatus >= 500);
        QCOMPARE(attemptsOf(u"POST /v1/instances"_s), 1);
        setFaults({});
        QCOMPARE(instances().size(), before);
    }

    void tooManyRequestsAreWaitedOut_data()
    {
        QTest::addColumn<int>("form");
        QTest::newRow("seconds") << int(FaultSettings::RetryAfter::Seconds);
        QTest::newRow("http date") << int(FaultSettings::RetryAfter::HttpDate);
    }
    void tooManyRequestsAreWaitedOut()
    {
        QFETCH(int, form);
        FaultSettings faults;
        faults.tooManyRequestsRate = 0.5;
        faults.retryAfter = static_cast<FaultSettings::RetryAfter>(form);
        faults.retryAfterSeconds = 1;
        faults.seed = 3;
        setFaults(faults);
        QSignalSpy limited(m_client.get(), &Aura::AuraService::rateLimited);
        int ok = 0;
        for (int i = 0; i < 2; ++i) {
            const auto r = call<QList<Aura::Instance>>(
                [&](auto done) { m_client->listInstances({}, &m_context, done, Priority::Background); });
            ok += r.ok() ? 1 : 0;
        }
        QCOMPARE(ok, 2);
        QVERIFY(!limited.isEmpty());
        QVERIFY(attemptsOf(u"GET /v1/instances"_s) > 2);
    }

    void aRateLimitedActionIsSentAgainOnlyAfterTheWait()
    {
        // The limiter answers 429 before the service does anything: the pause is waited out and sent again, a
        // bounded number of times, and nothing happens to the instance while every answer is a 429.
        const QString id = firstWithStatus(u"running"_s);
        FaultSettings faults;
        faults.tooManyRequestsRate = 1.0;
        faults.retryAfterSeconds = 1;
        setFaults(faults);
        const auto paused
            = call<std::optional<Aura::Instance>>([&](auto done) { m_client->pauseInstance(id, &m_context, done); });
        QCOMPARE(paused.error().kind, ApiError::Kind::RateLimited);
        QCOMPARE(paused.error().retryAfter, std::chrono::seconds(1));
        QCOMPARE(attemptsOf(u"POST /v1/instances/%1/pause"_s.arg(id)), Aura::RequestPolicy::Settings {}.maxAttempts);
        setFaults({});
        QCOMPARE(instance(id).value().status, u"running"_s);

        // Once the limiter lets it through, the one pause that reaches the service is done once.
        faults.tooManyRequestsRate = 0.5;
        faults.seed = 11;
        setFaults(faults);
        const auto retried
            = call<std::optional<Aura::Instance>>([&](auto done) { m_client->pauseInstance(id, &m_context, done); });
        setFaults({});
        QVERIFY2(retried.ok(), qPrintable(retried.ok() ? QString() : retried.error().userMessage()));
        QCOMPARE(instance(id).value().status, u"pausing"_s);
    }

    void droppedConnectionNeverDuplicatesACreate()
    {
        const Aura::CreateInstanceRequest request = createRequest(u"dropped"_s);
        const qsizetype before = instances().size();
        FaultSettings faults;
        faults.dropRate = 1.0;
        setFaults(faults);
        const auto created
            = call<Aura::InstanceCreated>([&](auto done) { m_client->createInstance(request, &m_context, done); });
        // Not "failed": the request may have been carried out, and it was.
        QCOMPARE(created.error().kind, ApiError::Kind::OutcomeUnknown);
        setFaults({});
        // The sandbox did create it before dropping the connection: exactly one, never two.
        QCOMPARE(instances().size(), before + 1);
        QCOMPARE(attemptsOf(u"POST /v1/instances"_s), 1);
    }

    void anUnreadableCreateAnswerKeepsWhatItCanRead()
    {
        const qsizetype before = instances().size();
        const Aura::CreateInstanceRequest request = createRequest(u"cut-short"_s);
        FaultSettings faults;
        faults.truncatedRate = 1.0; // the answer's body cut in half, in a complete HTTP message
        setFaults(faults);
        const auto created
            = call<Aura::InstanceCreated>([&](auto done) { m_client->createInstance(request, &m_context, done); });
        setFaults({});
        QCOMPARE(instances().size(), before + 1); // created once
        QCOMPARE(attemptsOf(u"POST /v1/instances"_s), 1);
        // Half of the answer holds the id; whether it still holds the password depends on where it was cut. Either
        // the password was read, or the outcome is unknown with the id the answer named: never a plain failure.
        if (created.ok()) {
            QVERIFY(!created.value().password.isEmpty());
        } else {
            QCOMPARE(created.error().kind, ApiError::Kind::OutcomeUnknown);
            QVERIFY(!created.error().resourceId.isEmpty());
        }
    }

    void droppedConnectionsAreRiddenOutByReads()
    {
        Aura::ClientSettings s = settings();
        s.policy.maxAttempts = 10; // five drops in a row do happen at this rate
        m_client->setSettings(s);
        QVERIFY(!instances().isEmpty()); // the token first: this is about the reads
        FaultSettings faults;
        faults.dropRate = 0.4;
        faults.seed = 11;
        setFaults(faults);
        int ok = 0;
        for (int i = 0; i < 6; ++i) {
            const auto r = call<QList<Aura::Tenant>>(
                [&](auto done) { m_client->listTenants(&m_context, done, Priority::Background); });
            ok += r.ok() ? 1 : 0;
        }
        QCOMPARE(ok, 6);
    }

    void malformedBodies_data()
    {
        QTest::addColumn<int>("fault"); // 0 malformed, 1 truncated with matching length, 2 cut transfer
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::newRow("not json") << 0 << ApiError::Kind::Malformed;
        QTest::newRow("cut json") << 1 << ApiError::Kind::Malformed;
        QTest::newRow("cut transfer") << 2 << ApiError::Kind::Network;
    }
    void malformedBodies()
    {
        QFETCH(int, fault);
        QFETCH(ApiError::Kind, kind);
        const QString id = firstWithStatus(u"running"_s);
        FaultSettings faults;
        if (fault == 0) {
            faults.malformedRate = 1.0;
        } else {
            faults.truncatedRate = 1.0;
            faults.truncatedLength
                = fault == 1 ? FaultSettings::TruncatedLength::Matching : FaultSettings::TruncatedLength::Full;
        }
        setFaults(faults);
        const auto r = instance(id);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, kind);
    }
};

QTEST_GUILESS_MAIN(TestClientOperations)
#include "tst_clientoperations.moc"
