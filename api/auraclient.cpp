#include "api/auraclient.h"

#include "api/accounts/accountsecrets.h"
#include "api/apicall.h"
#include "api/clock.h"
#include "api/logging.h"
#include "api/ratebudget.h"
#include "api/tokenprovider.h"
#include "api/transportsecurity.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QThreadPool>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

namespace {

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

AuraClient::AuraClient(const ClientSettings &settings, SecretStore *secrets, QObject *parent,
    QNetworkAccessManager *network, Clock *clock, std::function<double()> random)
    : AuraService(parent)
    , m_settings(settings)
    , m_network(network ? network : new QNetworkAccessManager(this))
    , m_clock(clock ? clock : SystemClock::instance())
    , m_random(std::move(random))
    , m_policy(std::make_unique<RequestPolicy>(settings.policy, m_random))
    , m_budget(new RateBudget(m_clock, settings.requestsPerMinute, 60'000, this))
    , m_tokens(new TokenProvider(m_network, secrets, m_clock, m_policy.get(), m_budget, this))
{
    m_tokens->setCredentials(m_settings.tokenUrl, m_settings.clientId, SecretKeys::clientSecret(m_settings.accountId));
    connect(m_budget, &RateBudget::throttled, this,
        [this](qint64 untilMs) { Q_EMIT rateLimited(m_clock->utcNow().addMSecs(untilMs - m_clock->nowMs())); });
}

AuraClient::~AuraClient()
{
    // Calls still running are dropped with the client, without answers: their receivers are going away too.
    // Everything that holds a reply goes before the network manager, which may be one of our own children.
    for (const Pending &pending : std::as_const(m_pending)) {
        disconnect(pending.contextGone);
        delete pending.call;
    }
    m_pending.clear();
    delete m_tokens;
    m_tokens = nullptr;
}

void AuraClient::setSettings(const ClientSettings &settings)
{
    m_settings = settings;
    *m_policy = RequestPolicy(settings.policy, m_random);
    m_budget->setLimit(settings.requestsPerMinute);
    m_tokens->setCredentials(m_settings.tokenUrl, m_settings.clientId, SecretKeys::clientSecret(m_settings.accountId));
}

QString AuraClient::segment(const QString &id)
{
    // Ids go into the path as one segment: a '/' or '?' in an id must not change which resource is meant.
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QUrl AuraClient::urlFor(const QString &path) const
{
    QUrl url = m_settings.apiBaseUrl;
    QString base = url.path(QUrl::FullyEncoded);
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path, QUrl::TolerantMode); // ids arrive percent-encoded
    return url;
}

template<typename T>
void AuraClient::deliver(const QPointer<QObject> &context, const Callback<T> &callback, Reply<T> reply)
{
    if (!context || !callback)
        return;
    // Always from the event loop of the context's thread: never inside the caller's own call, never after the
    // context is gone (Qt drops queued calls to deleted objects).
    QMetaObject::invokeMethod(
        context.data(),
        [callback, reply = std::move(reply)]() mutable {
            callback(reply);
            releaseOffThread(std::move(reply));
        },
        Qt::QueuedConnection);
}

template<typename T>
void AuraClient::releaseOffThread(Reply<T> &&reply)
{
    // Freeing a list of thousands of instances (hundreds of thousands of strings) takes milliseconds: a worker
    // does it, so the window does not wait for it. What the callback kept shares the strings and keeps them.
    if constexpr (requires(const T &list) { list.size(); }) {
        if (reply.ok() && reply.value().size() >= Parse::OffThreadReleaseCount) {
            QThreadPool::globalInstance()->start([released = std::move(reply)] { Q_UNUSED(released); });
            return;
        }
    }
    Q_UNUSED(reply);
}

template<typename T>
RequestId AuraClient::start(HttpMethod method, const QString &path, const QByteArray &body, Priority priority,
    QObject *context, Callback<T> callback, Parser<T> parser, const QUrlQuery &query)
{
    QUrl url = urlFor(path);
    if (!query.isEmpty())
        url.setQuery(query);
    ApiRequest request;
    request.method = method;
    request.url = url;
    request.body = body;
    request.priority = priority;
    return startRequest<T>(std::move(request), context, std::move(callback), std::move(parser));
}

template<typename T>
RequestId AuraClient::startRequest(ApiRequest request, QObject *context, Callback<T> callback, Parser<T> parser)
{
    const RequestId id = ++m_lastId;
    auto *call = new ApiCall(std::move(request), {m_network, m_tokens, m_budget, m_policy.get(), m_clock}, this);
    QPointer<QObject> guard(context ? context : this);

    Pending pending;
    pending.call = call;
    pending.cancelled = [guard, callback](const ApiError &error) {
        deliver<T>(guard, callback, Reply<T> {error, {}, 0});
    };
    pending.contextGone = connect(guard.data(), &QObject::destroyed, this, [this, id] { forget(id); });
    m_pending.insert(id, std::move(pending));

    connect(call, &ApiCall::serverReached, this, &AuraClient::noteReachability);
    connect(call, &ApiCall::finished, this,
        [this, id, call, guard, callback, parser] { complete<T>(id, call, guard, callback, parser); });
    call->start();
    return id;
}

template<typename T>
RequestId AuraClient::refuse(ApiError error, QObject *context, Callback<T> callback)
{
    deliver<T>(QPointer<QObject>(context ? context : this), callback, Reply<T> {std::move(error), {}, 0});
    return ++m_lastId;
}

template<typename T>
void AuraClient::complete(
    RequestId id, ApiCall *call, QPointer<QObject> context, Callback<T> callback, Parser<T> parser)
{
    const auto isCurrent = [this, id, call] {
        const auto it = m_pending.constFind(id);
        return it != m_pending.constEnd() && it->call == call;
    };
    if (!isCurrent())
        return;
    const QString requestId = call->requestId();
    const int status = call->httpStatus();
    if (call->error()) {
        Reply<T> reply {*call->error(), requestId, status};
        forget(id);
        deliver<T>(context, callback, std::move(reply));
        return;
    }

    const ApiRequest &request = call->request();
    const bool change = !request.repeatable && !RequestPolicy::isIdempotent(request.method);
    const QByteArray body = call->body();
    auto finish = [this, id, context, callback, requestId, status, change, body](Parse::Parsed<T> parsed) {
        if (auto *value = std::get_if<T>(&parsed)) {
            forget(id);
            deliver<T>(context, callback, Reply<T> {std::move(*value), requestId, status});
            return;
        }
        ApiError error;
        error.kind = ApiError::Kind::Malformed;
        error.httpStatus = status;
        error.requestId = requestId;
        error.detailText = std::get<QString>(parsed);
        // A change the server accepted (2xx) and whose answer cannot be read: it may well have been carried out.
        if (change) {
            error.kind = ApiError::Kind::OutcomeUnknown;
            error.resourceId = Parse::salvageString(body, "id"_L1);
        }
        qCWarning(lcApi).noquote() << "unreadable answer, request id" << requestId << ":" << error.detailText;
        forget(id);
        deliver<T>(context, callback, Reply<T> {std::move(error), requestId, status});
    };

    if (call->body().size() < Parse::OffThreadThreshold) {
        finish(parser(call->body()));
        return;
    }
    // Large lists (thousands of instances) are parsed on a worker thread so the window stays responsive.
    auto *watcher = new QFutureWatcher<Parse::Parsed<T>>(call);
    connect(watcher, &QFutureWatcherBase::finished, this, [watcher, isCurrent, finish] {
        if (isCurrent())
            finish(watcher->future().takeResult()); // taken: the watcher keeps no copy to free here later
    });
    watcher->setFuture(QtConcurrent::run(parser, call->body()));
}

void AuraClient::forget(RequestId id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    ApiCall *call = it->call;
    disconnect(it->contextGone);
    m_pending.erase(it);
    // Quietly: whatever the call still had in flight is aborted now, and nobody hears of it.
    call->disconnect(this);
    call->cancel();
    call->deleteLater();
}

void AuraClient::cancel(RequestId id)
{
    const auto it = m_pending.constFind(id);
    if (it == m_pending.constEnd())
        return;
    const auto answer = it->cancelled;
    forget(id);
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    answer(error);
}

void AuraClient::noteReachability(bool reachable)
{
    if (m_reachable == reachable)
        return;
    m_reachable = reachable;
    Q_EMIT reachabilityChanged(reachable);
}

RequestId AuraClient::listTenants(QObject *context, Callback<QList<Tenant>> callback, Priority priority)
{
    return start<QList<Tenant>>(
        HttpMethod::Get, u"/tenants"_s, {}, priority, context, std::move(callback), &Parse::tenantList);
}

RequestId AuraClient::getTenant(const QString &tenantId, QObject *context, Callback<Tenant> callback, Priority priority)
{
    return start<Tenant>(HttpMethod::Get, u"/tenants/"_s + segment(tenantId), {}, priority, context,
        std::move(callback), &Parse::tenant);
}

RequestId AuraClient::listInstances(
    const QString &tenantId, QObject *context, Callback<QList<Instance>> callback, Priority priority)
{
    QUrlQuery query;
    if (!tenantId.isEmpty())
        query.addQueryItem(u"tenantId"_s, tenantId);
    return start<QList<Instance>>(
        HttpMethod::Get, u"/instances"_s, {}, priority, context, std::move(callback), &Parse::instanceList, query);
}

RequestId AuraClient::getInstance(
    const QString &instanceId, QObject *context, Callback<Instance> callback, Priority priority)
{
    return start<Instance>(HttpMethod::Get, u"/instances/"_s + segment(instanceId), {}, priority, context,
        std::move(callback), &Parse::instance);
}

RequestId AuraClient::createInstance(
    const CreateInstanceRequest &request, QObject *context, Callback<InstanceCreated> callback)
{
    return start<InstanceCreated>(HttpMethod::Post, u"/instances"_s, json(request.toJson()), Priority::User, context,
        std::move(callback), &Parse::instanceCreated);
}

RequestId AuraClient::updateInstance(const QString &instanceId, const UpdateInstanceRequest &request, QObject *context,
    Callback<std::optional<Instance>> callback)
{
    return start<std::optional<Instance>>(HttpMethod::Patch, u"/instances/"_s + segment(instanceId),
        json(request.toJson()), Priority::User, context, std::move(callback), &Parse::optionalInstance);
}

RequestId AuraClient::upgradeInstance(const QString &instanceId, const UpgradeInstanceRequest &request,
    QObject *context, Callback<std::optional<Instance>> callback)
{
    return start<std::optional<Instance>>(HttpMethod::Post, u"/instances/"_s + segment(instanceId) + u"/upgrade"_s,
        json(request.toJson()), Priority::User, context, std::move(callback), &Parse::optionalInstance);
}

RequestId AuraClient::deleteInstance(
    const QString &instanceId, QObject *context, Callback<std::optional<Instance>> callback)
{
    return start<std::optional<Instance>>(HttpMethod::Delete, u"/instances/"_s + segment(instanceId), {},
        Priority::User, context, std::move(callback), &Parse::optionalInstance);
}

RequestId AuraClient::pauseInstance(
    const QString &instanceId, QObject *context, Callback<std::optional<Instance>> callback)
{
    return start<std::optional<Instance>>(HttpMethod::Post, u"/instances/"_s + segment(instanceId) + u"/pause"_s, {},
        Priority::User, context, std::move(callback), &Parse::optionalInstance);
}

RequestId AuraClient::resumeInstance(
    const QString &instanceId, QObject *context, Callback<std::optional<Instance>> callback)
{
    return start<std::optional<Instance>>(HttpMethod::Post, u"/instances/"_s + segment(instanceId) + u"/resume"_s, {},
        Priority::User, context, std::move(callback), &Parse::optionalInstance);
}

RequestId AuraClient::overwriteInstance(const QString &instanceId, const OverwriteInstanceRequest &request,
    QObject *context, Callback<std::optional<Instance>> callback)
{
    return start<std::optional<Instance>>(HttpMethod::Post, u"/instances/"_s + segment(instanceId) + u"/overwrite"_s,
        json(request.toJson()), Priority::User, context, std::move(callback), &Parse::optionalInstance);
}

RequestId AuraClient::listSnapshots(const QString &instanceId, const QDate &date, QObject *context,
    Callback<QList<Snapshot>> callback, Priority priority)
{
    QUrlQuery query;
    if (date.isValid())
        query.addQueryItem(u"date"_s, date.toString(Qt::ISODate));
    return start<QList<Snapshot>>(HttpMethod::Get, u"/instances/"_s + segment(instanceId) + u"/snapshots"_s, {},
        priority, context, std::move(callback), &Parse::snapshotList, query);
}

RequestId AuraClient::getSnapshot(const QString &instanceId, const QString &snapshotId, QObject *context,
    Callback<Snapshot> callback, Priority priority)
{
    return start<Snapshot>(HttpMethod::Get,
        u"/instances/"_s + segment(instanceId) + u"/snapshots/"_s + segment(snapshotId), {}, priority, context,
        std::move(callback), [instanceId](const QByteArray &body) { return Parse::snapshot(body, instanceId); });
}

RequestId AuraClient::listEncryptionKeys(
    const QString &tenantId, QObject *context, Callback<QList<EncryptionKey>> callback, Priority priority)
{
    QUrlQuery query;
    if (!tenantId.isEmpty())
        query.addQueryItem(u"tenantId"_s, tenantId);
    return start<QList<EncryptionKey>>(HttpMethod::Get, u"/customer-managed-keys"_s, {}, priority, context,
        std::move(callback), &Parse::encryptionKeyList, query);
}

RequestId AuraClient::getEncryptionKey(
    const QString &keyId, QObject *context, Callback<EncryptionKey> callback, Priority priority)
{
    return start<EncryptionKey>(HttpMethod::Get, u"/customer-managed-keys/"_s + segment(keyId), {}, priority, context,
        std::move(callback), &Parse::encryptionKey);
}

RequestId AuraClient::createSnapshot(const QString &instanceId, QObject *context, Callback<Snapshot> callback)
{
    return start<Snapshot>(HttpMethod::Post, u"/instances/"_s + segment(instanceId) + u"/snapshots"_s, {},
        Priority::User, context, std::move(callback),
        [instanceId](const QByteArray &body) { return Parse::snapshot(body, instanceId); });
}

RequestId AuraClient::restoreSnapshot(const QString &instanceId, const QString &snapshotId,
    const RestoreSnapshotRequest &request, QObject *context, Callback<std::optional<InstanceCreated>> callback)
{
    return start<std::optional<InstanceCreated>>(HttpMethod::Post,
        u"/instances/"_s + segment(instanceId) + u"/snapshots/"_s + segment(snapshotId) + u"/restore"_s,
        json(request.toJson()), Priority::User, context, std::move(callback),
        [instanceId](const QByteArray &body) { return Parse::restored(body, instanceId); });
}

RequestId AuraClient::getMetricsEndpoint(
    const QString &tenantId, QObject *context, Callback<QUrl> callback, Priority priority)
{
    return start<QUrl>(HttpMethod::Get, u"/tenants/"_s + segment(tenantId) + u"/metrics-integration"_s, {}, priority,
        context, std::move(callback), &Parse::metricsEndpoint);
}

RequestId AuraClient::scrapeMetrics(
    const QUrl &endpoint, QObject *context, Callback<MetricsScrape> callback, Priority priority)
{
    if (!isTokenDestinationAllowed(endpoint, m_settings.apiBaseUrl)) {
        const QString shown = endpoint.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
        qCWarning(lcApi).noquote() << "refusing to send the token to the metrics URL" << shown;
        ApiError error;
        error.kind = ApiError::Kind::RefusedDestination;
        error.detailText = shown;
        error.host = endpoint.host();
        return refuse<MetricsScrape>(std::move(error), context, std::move(callback));
    }
    ApiRequest request;
    request.url = endpoint;
    request.priority = priority;
    request.accept = "text/plain;version=0.0.4";
    request.sameOriginRedirectsOnly = true;
    return startRequest<MetricsScrape>(std::move(request), context, std::move(callback), &Parse::metricsScrape);
}

} // namespace Aura
