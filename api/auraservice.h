#pragma once

#include "api/apierror.h"
#include "api/capabilities.h"
#include "api/dto/encryptionkey.h"
#include "api/dto/instance.h"
#include "api/dto/requests.h"
#include "api/dto/snapshot.h"
#include "api/dto/tenant.h"
#include "api/metrics/instancemetrics.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>
#include <variant>

namespace Aura {

// The answer to one request: a value or an error, plus what the activity panel shows either way.
template<typename T>
struct Reply
{
    std::variant<T, ApiError> result;
    QString requestId; // X-Request-Id of the final response ("" if none arrived)
    int httpStatus = 0;

    bool ok() const { return std::holds_alternative<T>(result); }
    const T &value() const { return std::get<T>(result); }
    const ApiError &error() const { return std::get<ApiError>(result); }
};

using RequestId = quint64;

class RateBudget;

// Who asked, and so who goes first in the account's request budget: what the user started, then background polls
// and refreshes, then bulk work (details of idle instances, tenant details, metric scrapes).
enum class Priority { User, Background, Bulk };

// The Aura API, one method per operation. Every call answers exactly once through its callback, on the thread
// of `context`, unless `context` is destroyed first (then the answer is dropped) or the call is cancelled (then
// it answers with ApiError::Kind::Cancelled). Implemented by AuraClient over HTTP and by fakes in tests.
class AuraService : public QObject
{
    Q_OBJECT
public:
    template<typename T>
    using Callback = std::function<void(const Reply<T> &)>;

    using QObject::QObject;

    // What this service's dialect can do; the same for every call.
    virtual Capabilities capabilities() const = 0;
    // The account's one request budget, on the clock of this service: every call counts against it, and
    // background work asks it for room before it starts. Never null.
    virtual RateBudget *rateBudget() const = 0;

    virtual RequestId listTenants(QObject *context, Callback<QList<Tenant>> callback, Priority priority) = 0;
    virtual RequestId getTenant(const QString &tenantId, QObject *context, Callback<Tenant> callback, Priority priority)
        = 0;

    // Without tenantId: every instance the account can see. The live service lists summaries (no status).
    virtual RequestId listInstances(
        const QString &tenantId, QObject *context, Callback<QList<Instance>> callback, Priority priority)
        = 0;
    virtual RequestId getInstance(
        const QString &instanceId, QObject *context, Callback<Instance> callback, Priority priority)
        = 0;

    // Never retried automatically: a duplicate is a billed duplicate database.
    virtual RequestId createInstance(
        const CreateInstanceRequest &request, QObject *context, Callback<InstanceCreated> callback)
        = 0;
    // Rename answers with the instance; a live change of the configuration answers 202 with {} (nullopt).
    virtual RequestId updateInstance(const QString &instanceId, const UpdateInstanceRequest &request, QObject *context,
        Callback<std::optional<Instance>> callback)
        = 0;
    // Live dialect only (Capabilities::liveSettings): professional-db to business-critical; answers the instance.
    virtual RequestId upgradeInstance(const QString &instanceId, const UpgradeInstanceRequest &request,
        QObject *context, Callback<std::optional<Instance>> callback)
        = 0;
    // 202 (seed: no body; live: the instance, destroying). A 404 after a retry counts as done.
    virtual RequestId deleteInstance(
        const QString &instanceId, QObject *context, Callback<std::optional<Instance>> callback)
        = 0;
    virtual RequestId pauseInstance(
        const QString &instanceId, QObject *context, Callback<std::optional<Instance>> callback)
        = 0;
    virtual RequestId resumeInstance(
        const QString &instanceId, QObject *context, Callback<std::optional<Instance>> callback)
        = 0;
    virtual RequestId overwriteInstance(const QString &instanceId, const OverwriteInstanceRequest &request,
        QObject *context, Callback<std::optional<Instance>> callback)
        = 0;

    // date: the live service lists one day at a time (default today); the seed ignores it.
    virtual RequestId listSnapshots(const QString &instanceId, const QDate &date, QObject *context,
        Callback<QList<Snapshot>> callback, Priority priority)
        = 0;
    virtual RequestId getSnapshot(const QString &instanceId, const QString &snapshotId, QObject *context,
        Callback<Snapshot> callback, Priority priority)
        = 0;
    // The live service answers with the snapshot id only.
    virtual RequestId createSnapshot(const QString &instanceId, QObject *context, Callback<Snapshot> callback) = 0;
    // Seed: a new instance with credentials. Live: in place, no credentials (nullopt).
    virtual RequestId restoreSnapshot(const QString &instanceId, const QString &snapshotId,
        const RestoreSnapshotRequest &request, QObject *context, Callback<std::optional<InstanceCreated>> callback)
        = 0;

    // Customer-managed keys (Capabilities::liveSettings). Without tenantId: every project's. The list holds id,
    // name and project only; the details the rest.
    virtual RequestId listEncryptionKeys(
        const QString &tenantId, QObject *context, Callback<QList<EncryptionKey>> callback, Priority priority)
        = 0;
    virtual RequestId getEncryptionKey(
        const QString &keyId, QObject *context, Callback<EncryptionKey> callback, Priority priority)
        = 0;

    // Metrics (Capabilities::metrics): the project's Prometheus endpoint, which covers all its instances
    // (GET /tenants/{id}/metrics-integration; 400 tenant-incapable-of-action when none can export metrics) ...
    virtual RequestId getMetricsEndpoint(
        const QString &tenantId, QObject *context, Callback<QUrl> callback, Priority priority)
        = 0;
    // ... and one scrape of such an endpoint, with the account's bearer token. The token opens the whole account,
    // so it goes only to Aura's own metrics hosts (https://*.neo4j.io), or to loopback when the API itself is
    // there (the sandbox): any other URL answers ApiError::Kind::RefusedDestination and nothing is sent.
    virtual RequestId scrapeMetrics(
        const QUrl &endpoint, QObject *context, Callback<MetricsScrape> callback, Priority priority)
        = 0;

    virtual void cancel(RequestId id) = 0;

Q_SIGNALS:
    // Connection health for the status bar: the last request reached the server, or not.
    void reachabilityChanged(bool reachable);
    // The client is holding requests back until `until` because of 429s or its own budget.
    void rateLimited(const QDateTime &until);
};

} // namespace Aura
