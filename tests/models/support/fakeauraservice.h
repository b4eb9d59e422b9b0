#pragma once

#include "api/auraservice.h"
#include "api/ratebudget.h"
#include "fakeclock.h"

#include <QHash>
#include <QPointer>
#include <QTimer>

#include <memory>

// An AuraService that answers from memory, asynchronously (on the event loop, never inside the call; after
// `latencyMs` on its clock when set), and records every call so tests can count what a component asked for. Like
// the client, it sends each call through a request budget (125 a minute) on its fake clock: a call is recorded when
// the budget lets it go. Tests move `clock` instead of waiting. `live` makes instance lists summaries without a
// status, as the live service sends them.
class FakeAuraService final : public Aura::AuraService
{
public:
    struct Call
    {
        QString method;
        QString id;
        Aura::Priority priority;
        qint64 atMs;
    };

    explicit FakeAuraService(QObject *parent = nullptr)
        : AuraService(parent)
        , budget(std::make_unique<Aura::RateBudget>(&clock, 125, 60'000))
    { }

    QList<Aura::Tenant> tenants;
    QHash<QString, Aura::Instance> instances;
    QHash<QString, QList<Aura::Snapshot>> snapshots;
    QList<Aura::EncryptionKey> keys;
    QHash<QString, QUrl> metricsEndpoints; // by tenant id; a tenant without one answers 400
    QHash<QString, Aura::MetricsScrape> scrapes; // by endpoint URL; one without a scrape answers 404
    bool live = false;
    // What the fake says it can do; follows `live` unless a test sets it.
    std::optional<Aura::Capabilities> declared;
    int latencyMs = 0;
    std::optional<Aura::ApiError> failReads; // every read answers this error while set
    QList<Call> calls;
    AuraTest::FakeClock clock;
    std::unique_ptr<Aura::RateBudget> budget;

    Aura::RateBudget *rateBudget() const override { return budget.get(); }

    Aura::Capabilities capabilities() const override
    {
        return declared.value_or(Aura::Capabilities::of(live ? Aura::ApiDialect::AuraV1 : Aura::ApiDialect::Seed));
    }

    int count(const QString &method, const QString &id = {}) const
    {
        return static_cast<int>(std::count_if(calls.cbegin(), calls.cend(),
            [&](const Call &c) { return c.method == method && (id.isEmpty() || c.id == id); }));
    }

    Aura::RequestId listTenants(QObject *context, Callback<QList<Aura::Tenant>> callback, Aura::Priority p) override
    {
        record(QStringLiteral("listTenants"), {}, p);
        QList<Aura::Tenant> list = tenants;
        if (live) {
            for (Aura::Tenant &t : list)
                t.configurations.clear(); // the live list carries id and name only
        }
        return answer(context, std::move(callback), read(list));
    }

    Aura::RequestId getTenant(
        const QString &tenantId, QObject *context, Callback<Aura::Tenant> callback, Aura::Priority p) override
    {
        record(QStringLiteral("getTenant"), tenantId, p);
        for (const Aura::Tenant &t : std::as_const(tenants)) {
            if (t.id == tenantId)
                return answer(context, std::move(callback), read(t));
        }
        return answer(context, std::move(callback), Aura::Reply<Aura::Tenant> {notFound(), {}, 404});
    }

    Aura::RequestId listInstances(
        const QString &tenantId, QObject *context, Callback<QList<Aura::Instance>> callback, Aura::Priority p) override
    {
        record(QStringLiteral("listInstances"), tenantId, p);
        QList<Aura::Instance> list;
        for (const Aura::Instance &i : std::as_const(instances)) {
            if (!tenantId.isEmpty() && i.tenantId != tenantId)
                continue;
            if (live) {
                Aura::Instance summary;
                summary.id = i.id;
                summary.name = i.name;
                summary.tenantId = i.tenantId;
                summary.cloudProvider = i.cloudProvider;
                summary.createdAt = i.createdAt;
                list.append(summary);
            } else {
                list.append(i);
            }
        }
        return answer(context, std::move(callback), read(list));
    }

    Aura::RequestId getInstance(
        const QString &instanceId, QObject *context, Callback<Aura::Instance> callback, Aura::Priority p) override
    {
        record(QStringLiteral("getInstance"), instanceId, p);
        if (!instances.contains(instanceId) && !failReads)
            return answer(context, std::move(callback), Aura::Reply<Aura::Instance> {notFound(), {}, 404});
        return answer(context, std::move(callback), read(instances.value(instanceId)));
    }

    Aura::RequestId createInstance(
        const Aura::CreateInstanceRequest &, QObject *context, Callback<Aura::InstanceCreated> callback) override
    {
        record(QStringLiteral("createInstance"), {}, Aura::Priority::User);
        return answer(context, std::move(callback), Aura::Reply<Aura::InstanceCreated> {unsupported(), {}, 501});
    }

    Aura::RequestId updateInstance(const QString &instanceId, const Aura::UpdateInstanceRequest &, QObject *context,
        Callback<std::optional<Aura::Instance>> callback) override
    {
        return unsupportedAction(QStringLiteral("updateInstance"), instanceId, context, std::move(callback));
    }

    Aura::RequestId upgradeInstance(const QString &instanceId, const Aura::UpgradeInstanceRequest &, QObject *context,
        Callback<std::optional<Aura::Instance>> callback) override
    {
        return unsupportedAction(QStringLiteral("upgradeInstance"), instanceId, context, std::move(callback));
    }

    Aura::RequestId deleteInstance(
        const QString &instanceId, QObject *context, Callback<std::optional<Aura::Instance>> callback) override
    {
        return unsupportedAction(QStringLiteral("deleteInstance"), instanceId, context, std::move(callback));
    }

    Aura::RequestId pauseInstance(
        const QString &instanceId, QObject *context, Callback<std::optional<Aura::Instance>> callback) override
    {
        return unsupportedAction(QStringLiteral("pauseInstance"), instanceId, context, std::move(callback));
    }

    Aura::RequestId resumeInstance(
        const QString &instanceId, QObject *context, Callback<std::optional<Aura::Instance>> callback) override
    {
        return unsupportedAction(QStringLiteral("resumeInstance"), instanceId, context, std::move(callback));
    }

    Aura::RequestId overwriteInstance(const QString &instanceId, const Aura::OverwriteInstanceRequest &,
        QObject *context, Callback<std::optional<Aura::Instance>> callback) override
    {
        return unsupportedAction(QStringLiteral("overwriteInstance"), instanceId, context, std::move(callback));
    }

    Aura::RequestId listSnapshots(const QString &instanceId, const QDate &, QObject *context,
        Callback<QList<Aura::Snapshot>> callback, Aura::Priority p) override
    {
        record(QStringLiteral("listSnapshots"), instanceId, p);
        return answer(context, std::move(callback), read(snapshots.value(instanceId)));
    }

    Aura::RequestId getSnapshot(const QString &instanceId, const QString &snapshotId, QObject *context,
        Callback<Aura::Snapshot> callback, Aura::Priority p) override
    {
        record(QStringLiteral("getSnapshot"), instanceId, p);
        for (const Aura::Snapshot &s : snapshots.value(instanceId)) {
            if (s.snapshotId == snapshotId)
                return answer(context, std::move(callback), read(s));
        }
        return answer(context, std::move(callback), Aura::Reply<Aura::Snapshot> {notFound(), {}, 404});
    }

    Aura::RequestId createSnapshot(
        const QString &instanceId, QObject *context, Callback<Aura::Snapshot> callback) override
    {
        record(QStringLiteral("createSnapshot"), instanceId, Aura::Priority::User);
        return answer(context, std::move(callback), Aura::Reply<Aura::Snapshot> {unsupported(), {}, 501});
    }

    Aura::RequestId restoreSnapshot(const QString &instanceId, const QString &, const Aura::RestoreSnapshotRequest &,
        QObject *context, Callback<std::optional<Aura::InstanceCreated>> callback) override
    {
        return unsupportedAction(QStringLiteral("restoreSnapshot"), instanceId, context, std::move(callback));
    }

    Aura::RequestId listEncryptionKeys(const QString &tenantId, QObject *context,
        Callback<QList<Aura::EncryptionKey>> callback, Aura::Priority p) override
    {
        record(QStringLiteral("listEncryptionKeys"), tenantId, p);
        QList<Aura::EncryptionKey> list;
        for (const Aura::EncryptionKey &k : std::as_const(keys)) {
            if (tenantId.isEmpty() || k.tenantId == tenantId)
                list.append(Aura::EncryptionKey {k.id, k.name, k.tenantId, {}, {}, {}, {}, {}, {}}); // summaries
        }
        return answer(context, std::move(callback), read(list));
    }

    Aura::RequestId getEncryptionKey(
        const QString &keyId, QObject *context, Callback<Aura::EncryptionKey> callback, Aura::Priority p) override
    {
        record(QStringLiteral("getEncryptionKey"), keyId, p);
        for (const Aura::EncryptionKey &k : std::as_const(keys)) {
            if (k.id == keyId)
                return answer(context, std::move(callback), read(k));
        }
        return answer(context, std::move(callback), Aura::Reply<Aura::EncryptionKey> {notFound(), {}, 404});
    }

    Aura::RequestId getMetricsEndpoint(
        const QString &tenantId, QObject *context, Callback<QUrl> callback, Aura::Priority p) override
    {
        record(QStringLiteral("getMetricsEndpoint"), tenantId, p);
        if (!metricsEndpoints.contains(tenantId)) {
            Aura::ApiError e;
            e.kind = Aura::ApiError::Kind::Http;
            e.httpStatus = 400;
            e.details.append(
                {QStringLiteral("No instance can export metrics"), QStringLiteral("tenant-incapable-of-action"), {}});
            return answer(context, std::move(callback), Aura::Reply<QUrl> {e, {}, 400});
        }
        return answer(context, std::move(callback), read(metricsEndpoints.value(tenantId)));
    }

    Aura::RequestId scrapeMetrics(
        const QUrl &endpoint, QObject *context, Callback<Aura::MetricsScrape> callback, Aura::Priority p) override
    {
        record(QStringLiteral("scrapeMetrics"), endpoint.toString(), p);
        const auto it = scrapes.constFind(endpoint.toString());
        if (it == scrapes.constEnd())
            return answer(context, std::move(callback), Aura::Reply<Aura::MetricsScrape> {notFound(), {}, 404});
        return answer(context, std::move(callback), read(*it));
    }

    void cancel(Aura::RequestId) override { }

private:
    static Aura::ApiError notFound()
    {
        Aura::ApiError e;
        e.kind = Aura::ApiError::Kind::Http;
        e.httpStatus = 404;
        return e;
    }

    static Aura::ApiError unsupported()
    {
        Aura::ApiError e;
        e.kind = Aura::ApiError::Kind::Http;
        e.httpStatus = 501;
        return e;
    }

    template<typename T>
    Aura::Reply<T> read(const T &value) const
    {
        if (failReads)
            return {*failReads, {}, failReads->httpStatus};
        return {value, {}, 200};
    }

    template<typename T>
    Aura::RequestId unsupportedAction(const QString &method, const QString &id, QObject *context, Callback<T> callback)
    {
        record(method, id, Aura::Priority::User);
        return answer(context, std::move(callback), Aura::Reply<T> {unsupported(), {}, 501});
    }

    // Names the call that the next answer() sends; every method records, then answers.
    void record(const QString &method, const QString &id, Aura::Priority p) { m_next = {method, id, p, 0}; }

    template<typename T>
    Aura::RequestId answer(QObject *context, Callback<T> callback, Aura::Reply<T> reply)
    {
        Call call = m_next;
        budget->acquire(call.priority, context,
            [this, call, context, callback = std::move(callback), reply = std::move(reply)]() mutable {
                call.atMs = clock.nowMs();
                calls.append(call);
                auto deliver = [callback = std::move(callback), reply = std::move(reply)] { callback(reply); };
                if (latencyMs > 0)
                    clock.callAfter(latencyMs, context, std::move(deliver));
                else
                    QTimer::singleShot(0, context, std::move(deliver));
            });
        return ++m_lastId;
    }

    Call m_next;
    Aura::RequestId m_lastId = 0;
};
