#include "api/clock.h"
#include "api/ratebudget.h"
#include "ui/connectiontest.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Aura;
using namespace Qt::Literals::StringLiterals;

namespace {

// An AuraService that only lists tenants, answering when the test says so and only while the context lives.
class TenantListingService final : public AuraService
{
public:
    using AuraService::AuraService;

    Capabilities capabilities() const override { return Capabilities::of(ApiDialect::Seed); }
    RateBudget *rateBudget() const override { return m_budget.get(); }
    std::unique_ptr<RateBudget> m_budget = std::make_unique<RateBudget>(SystemClock::instance());

    QPointer<QObject> context;
    Callback<QList<Tenant>> pending;
    Priority priority = Priority::Background;

    void answer(const Reply<QList<Tenant>> &reply)
    {
        if (context && pending)
            pending(reply);
    }

    RequestId listTenants(QObject *c, Callback<QList<Tenant>> callback, Priority p) override
    {
        context = c;
        pending = std::move(callback);
        priority = p;
        return 1;
    }
    RequestId getTenant(const QString &, QObject *, Callback<Tenant>, Priority) override { return 0; }
    RequestId listInstances(const QString &, QObject *, Callback<QList<Instance>>, Priority) override { return 0; }
    RequestId getInstance(const QString &, QObject *, Callback<Instance>, Priority) override { return 0; }
    RequestId createInstance(const CreateInstanceRequest &, QObject *, Callback<InstanceCreated>) override { return 0; }
    RequestId updateInstance(
        const QString &, const UpdateInstanceRequest &, QObject *, Callback<std::optional<Instance>>) override
    {
        return 0;
    }
    RequestId upgradeInstance(
        const QString &, const UpgradeInstanceRequest &, QObject *, Callback<std::optional<Instance>>) override
    {
        return 0;
    }
    RequestId deleteInstance(const QString &, QObject *, Callback<std::optional<Instance>>) override { return 0; }
    RequestId pauseInstance(const QString &, QObject *, Callback<std::optional<Instance>>) override { return 0; }
    RequestId resumeInstance(const QString &, QObject *, Callback<std::optional<Instance>>) override { return 0; }
    RequestId overwriteInstance(
        const QString &, const OverwriteInstanceRequest &, QObject *, Callback<std::optional<Instance>>) override
    {
        return 0;
    }
    RequestId listSnapshots(const QString &, const QDate &, QObject *, Callback<QList<Snapshot>>, Priority) override
    {
        return 0;
    }
    RequestId getSnapshot(const QString &, const QString &, QObject *, Callback<Snapshot>, Priority) override
    {
        return 0;
    }
    RequestId createSnapshot(const QString &, QObject *, Callback<Snapshot>) override { return 0; }
    RequestId restoreSnapshot(const QString &, const QString &, const RestoreSnapshotRequest &, QObject *,
        Callback<std::optional<InstanceCreated>>) override
    {
        return 0;
    }
    RequestId listEncryptionKeys(const QString &, QObject *, Callback<QList<EncryptionKey>>, Priority) override
    {
        return 0;
    }
    RequestId getEncryptionKey(const QString &, QObject *, Callback<EncryptionKey>, Priority) override { return 0; }
    RequestId getMetricsEndpoint(const QString &, QObject *, Callback<QUrl>, Priority) override { return 0; }
    RequestId scrapeMetrics(const QUrl &, QObject *, Callback<MetricsScrape>, Priority) override { return 0; }
    void cancel(RequestId) override { }
};

} // namespace

class TestConnectionTest : public QObject
{
    Q_OBJECT
private:
    Account m_account = Account::create(u"Work"_s, u"client"_s);
    QPointer<TenantListingService> m_service;
    Account m_madeFor;
    QString m_secretGiven;
    QObject *m_parentGiven = nullptr;

    ConnectionTest connectionTest()
    {
        return connectionTestThrough([this](const Account &account, const QString &secret, QObject *parent) {
            m_madeFor = account;
            m_secretGiven = secret;
            m_parentGiven = parent;
            m_service = new TenantListingService(parent);
            return m_service.data();
        });
    }

private Q_SLOTS:
    void listsTenantsWithAServiceForTheTestedCredentials()
    {
        QObject context;
        std::optional<Reply<QList<Tenant>>> answer;
        connectionTest()(m_account, u"the-secret"_s, &context, [&](const auto &reply) { answer = reply; });
        QCOMPARE(m_madeFor, m_account);
        QCOMPARE(m_secretGiven, u"the-secret"_s);
        QCOMPARE(m_parentGiven, &context);
        QVERIFY(m_service);
        QCOMPARE(m_service->priority, Priority::User);

        m_service->answer({QList<Tenant> {{u"t1"_s, u"Alpha"_s, {}}}, u"r1"_s, 200});
        QVERIFY(answer.has_value());
        QCOMPARE(answer->value().constFirst().name, u"Alpha"_s);
        QTRY_VERIFY(!m_service); // the service made for the test goes once it has answered
    }

    void errorsPassThrough()
    {
        QObject context;
        std::optional<Reply<QList<Tenant>>> answer;
        connectionTest()(m_account, u"s"_s, &context, [&](const auto &reply) { answer = reply; });
        ApiError error;
        error.kind = ApiError::Kind::InvalidCredentials;
        m_service->answer({error, {}, 401});
        QVERIFY(answer.has_value());
        QCOMPARE(answer->error().kind, ApiError::Kind::InvalidCredentials);
    }

    void aGoneContextTakesTheServiceAndTheAnswerWithIt()
    {
        auto *context = new QObject;
        bool answered = false;
        connectionTest()(m_account, u"s"_s, context, [&](const auto &) { answered = true; });
        QVERIFY(m_service);
        delete context;
        QVERIFY(!m_service);
        QVERIFY(!answered);
    }

    void noServiceStillAnswers()
    {
        QObject context;
        std::optional<Reply<QList<Tenant>>> answer;
        const ConnectionTest test = connectionTestThrough(
            [](const Account &, const QString &, QObject *) { return static_cast<AuraService *>(nullptr); });
        test(m_account, u"s"_s, &context, [&](const auto &reply) { answer = reply; });
        QTRY_VERIFY(answer.has_value());
        QVERIFY(!answer->ok());
    }
};

QTEST_GUILESS_MAIN(TestConnectionTest)
#include "tst_connectiontest.moc"
