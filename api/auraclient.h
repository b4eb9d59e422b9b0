#pragma once

#include "api/auraservice.h"
#include "api/requestpolicy.h"
#include "api/responseparser.h"

#include <QHash>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

class QNetworkAccessManager;

namespace Aura {

class ApiCall;
struct ApiRequest;
class Clock;
class RateBudget;
class SecretStore;
class TokenProvider;

// Where and as whom the client talks.
struct ClientSettings
{
    QUrl apiBaseUrl = QUrl(QStringLiteral("https://api.neo4j.io/v1"));
    // The live service's token endpoint is not under /v1 (the seed contract puts it there; the sandbox has both).
    QUrl tokenUrl = QUrl(QStringLiteral("https://api.neo4j.io/oauth/token"));
    QString clientId;
    // Whose client secret the client reads from its SecretStore, under SecretKeys::clientSecret(accountId).
    QString accountId;
    int requestsPerMinute = 125; // the live service's limit per account
    ApiDialect dialect = ApiDialect::AuraV1; // what the service at apiBaseUrl speaks
    RequestPolicy::Settings policy;
};

// The Aura API over HTTP(S): builds each request, sends it through the request policy, the shared budget and the
// token provider, and turns answers into DTOs (off the UI thread when large). See AuraService for the contract.
class AuraClient final : public AuraService
{
    Q_OBJECT
public:
    // `network` and `clock` are for tests; without them the client uses its own manager and the system clock.
    AuraClient(const ClientSettings &settings, SecretStore *secrets, QObject *parent = nullptr,
        QNetworkAccessManager *network = nullptr, Clock *clock = nullptr, std::function<double()> random = {});
    ~AuraClient() override;

    // New account, credentials or limits: the cached token is dropped, calls in flight go on under the new policy.
    void setSettings(const ClientSettings &settings);
    const ClientSettings &settings() const { return m_settings; }

    Capabilities capabilities() const override { return Capabilities::of(m_settings.dialect); }
    RequestId listTenants(QObject *context, Callback<QList<Tenant>> callback, Priority priority) override;
    RequestId getTenant(
        const QString &tenantId, QObject *context, Callback<Tenant> callback, Priority priority) override;
    RequestId listInstances(
        const QString &tenantId, QObject *context, Callback<QList<Instance>> callback, Priority priority) override;
    RequestId getInstance(
        const QString &instanceId, QObject *context, Callback<Instance> callback, Priority priority) override;
    RequestId createInstance(
        const CreateInstanceRequest &request, QObject *context, Callback<InstanceCreated> callback) override;
    RequestId updateInstance(const QString &instanceId, const UpdateInstanceRequest &request, QObject *context,
        Callback<std::optional<Instance>> callback) override;
    RequestId upgradeInstance(const QString &instanceId, const UpgradeInstanceRequest &request, QObject *context,
        Callback<std::optional<Instance>> callback) override;
    RequestId deleteInstance(
        const QString &instanceId, QObject *context, Callback<std::optional<Instance>> callback) override;
    RequestId pauseInstance(
        const QString &instanceId, QObject *context, Callback<std::optional<Instance>> callback) override;
    RequestId resumeInstance(
        const QString &instanceId, QObject *context, Callback<std::optional<Instance>> callback) override;
    RequestId overwriteInstance(const QString &instanceId, const OverwriteInstanceRequest &request, QObject *context,
        Callback<std::optional<Instance>> callback) override;
    RequestId listSnapshots(const QString &instanceId, const QDate &date, QObject *context,
        Callback<QList<Snapshot>> callback, Priority priority) override;
    RequestId getSnapshot(const QString &instanceId, const QString &snapshotId, QObject *context,
        Callback<Snapshot> callback, Priority priority) override;
    RequestId createSnapshot(const QString &instanceId, QObject *context, Callback<Snapshot> callback) override;
    RequestId restoreSnapshot(const QString &instanceId, const QString &snapshotId,
        const RestoreSnapshotRequest &request, QObject *context,
        Callback<std::optional<InstanceCreated>> callback) override;

    RequestId listEncryptionKeys(
        const QString &tenantId, QObject *context, Callback<QList<EncryptionKey>> callback, Priority priority) override;
    RequestId getEncryptionKey(
        const QString &keyId, QObject *context, Callback<EncryptionKey> callback, Priority priority) override;
    RequestId getMetricsEndpoint(
        const QString &tenantId, QObject *context, Callback<QUrl> callback, Priority priority) override;
    RequestId scrapeMetrics(
        const QUrl &endpoint, QObject *context, Callback<MetricsScrape> callback, Priority priority) override;
    void cancel(RequestId id) override;

    // Calls not yet answered.
    int pendingCount() const { return static_cast<int>(m_pending.size()); }
    TokenProvider *tokenProvider() const { return m_tokens; }
    RateBudget *rateBudget() const override { return m_budget; }

private:
    template<typename T>
    using Parser = std::function<Parse::Parsed<T>(const QByteArray &)>;

    struct Pending
    {
        ApiCall *call = nullptr;
        std::function<void(const ApiError &)> cancelled; // answers the caller with Cancelled
        QMetaObject::Connection contextGone;
    };

    QUrl urlFor(const QString &path) const;
    static QString segment(const QString &id);

    template<typename T>
    RequestId start(HttpMethod method, const QString &path, const QByteArray &body, Priority priority, QObject *context,
        Callback<T> callback, Parser<T> parser, const QUrlQuery &query = {});

    template<typename T>
    RequestId startRequest(ApiRequest request, QObject *context, Callback<T> callback, Parser<T> parser);
    // Answers with `error` from the event loop, without sending anything.
    template<typename T>
    RequestId refuse(ApiError error, QObject *context, Callback<T> callback);

    template<typename T>
    void complete(RequestId id, ApiCall *call, QPointer<QObject> context, Callback<T> callback, Parser<T> parser);

    template<typename T>
    static void deliver(const QPointer<QObject> &context, const Callback<T> &callback, Reply<T> reply);
    template<typename T>
    static void releaseOffThread(Reply<T> &&reply);

    void forget(RequestId id);
    void noteReachability(bool reachable);

    ClientSettings m_settings;
    QNetworkAccessManager *m_network;
    Clock *m_clock;
    std::function<double()> m_random; // jitter source; empty: the system's
    std::unique_ptr<RequestPolicy> m_policy;
    RateBudget *m_budget;
    TokenProvider *m_tokens;
    QHash<RequestId, Pending> m_pending;
    RequestId m_lastId = 0;
    std::optional<bool> m_reachable;
};

} // namespace Aura
