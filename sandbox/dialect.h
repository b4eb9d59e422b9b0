#pragma once

#include "sandbox/offers.h"
#include "sandbox/records.h"

#include <QJsonObject>
#include <QStringList>

#include <memory>

namespace AuraSandbox {

// One dialect of the Aura API: how the sandbox's shared state is shown and changed over the wire. Dialects differ
// in the shape of bodies and in status codes, and also in routes and in what an operation means: the live service
// ("aura-v1") restores a snapshot in place where the seed contract creates a new instance from it, clones with
// POST /instances, lists snapshots one day at a time, answers middleware errors in a shape of their own and serves
// more endpoints. The state (timers, rules), faults, the state file, --scale and --time-scale are shared; what an
// operation means is read from semantics(), so SandboxApi routes and checks by it and never by the dialect's name.
// A dialect is one object chosen when the server is made.
class Dialect
{
public:
    enum class Action { Pause, Resume, Overwrite, Delete, Restore, Create, TakeSnapshot, Rename, Change, Upgrade };
    enum class SpecKind { Create, Restore };

    // What the dialect's operations mean; the same for every request.
    struct Semantics
    {
        // POST .../snapshots/{sid}/restore: true = the instance itself gets the snapshot's data (no body); false =
        // a new instance is made from the snapshot (the body describes it, the answer carries its password).
        bool restoreInPlace = false;
        // POST /instances accepts source_instance_id (+ source_snapshot_id) to clone.
        bool cloneWithCreate = false;
        // GET .../snapshots lists one UTC day (?date=YYYY-MM-DD, default today) instead of every snapshot.
        bool snapshotsByDay = false;
        // POST .../overwrite may leave source_snapshot_id out: a fresh snapshot of the source is taken.
        bool overwriteSnapshotOptional = false;
        // A deleted instance shows "destroyed" for a while before it answers 404.
        bool showsDestroyed = true;
        // The status an instance being overwritten shows.
        InstanceStatus overwriteStatus = InstanceStatus::Restoring;
        // A POST or PATCH without Content-Type: application/json is refused with 415.
        bool requiresJsonContentType = false;
        // 401, 403, 415, 420, 429 and 5xx come as {"error": "..."} from the middleware, not as {"errors": [...]}.
        bool middlewareErrors = false;
        // A free instance cannot be overwritten (420); one free instance per account, a limit per tenant (405).
        bool liveLimits = false;
        // The rest of the platform: /instances/sizing, /instances/{id}/upgrade, /tenants/{id}/metrics-integration,
        // /customer-managed-keys, /graph-analytics/sessions and the Prometheus metrics endpoints.
        bool platformEndpoints = false;
        // PATCH answers a configuration change (not a pure rename) with 202 and {} instead of the instance.
        bool changeAnswersEmpty = false;
        // A free instance may not take on-demand snapshots (402 Payment Required).
        bool snapshotsNeedPaidTier = false;
    };

    virtual ~Dialect() = default;
    virtual QString name() const = 0;
    virtual const Semantics &semantics() const = 0;

    virtual QJsonObject instance(const InstanceRecord &instance) const = 0;
    virtual QJsonObject instanceListItem(const InstanceRecord &instance) const = 0;
    virtual QJsonObject created(const InstanceRecord &instance, const QString &password) const = 0;
    virtual QJsonObject snapshot(const SnapshotRecord &snapshot) const = 0;
    // The data of the answer to POST .../snapshots.
    virtual QJsonObject snapshotTaken(const SnapshotRecord &snapshot) const = 0;
    virtual QJsonObject tenantListItem(const TenantRecord &tenant) const = 0;
    virtual QJsonObject tenant(const TenantRecord &tenant) const = 0;
    // An error of the API itself: {"errors": [{message, reason, field}]}.
    virtual QJsonObject error(const ApiFailure &failure) const = 0;
    // An error of the layer in front of the API (authentication, rate limit, content type, gateway).
    virtual QJsonObject frontError(const ApiFailure &failure) const = 0;

    virtual int successStatus(Action action) const = 0;

    // Reads the body of a create or restore request; every refusal names the field.
    virtual Outcome<InstanceSpec> instanceSpec(const QJsonObject &body, SpecKind kind) const = 0;
    // Reads the body of a PATCH.
    virtual Outcome<InstanceChange> instanceChange(const QJsonObject &body) const = 0;

    // The demo organisation of this dialect; transitions in progress end relative to nowMs, at time scale 1.
    virtual SandboxData demoData(qint64 nowMs) const = 0;

    // Where the Prometheus metrics of a tenant and of an instance are served ("" = none). Set by the server once it
    // listens; the live service's URLs point elsewhere.
    void setMetricsBase(const QString &base) { m_metricsBase = base; }
    QString tenantMetricsUrl(const QString &tenantId) const;
    QString instanceMetricsUrl(const InstanceRecord &instance) const;

    // "aura-v1" or "seed"; nullptr for any other name.
    static std::unique_ptr<Dialect> create(const QString &name);
    static QStringList names();

protected:
    // {"errors": [{message, reason, field}]}, the API's own error body in both dialects.
    static QJsonObject errorList(const ApiFailure &failure, const QString &reason);

private:
    QString m_metricsBase;
};

// The contract in spec/openapi.yml.
class SeedDialect final : public Dialect
{
public:
    QString name() const override;
    const Semantics &semantics() const override;
    QJsonObject instance(const InstanceRecord &instance) const override;
    QJsonObject instanceListItem(const InstanceRecord &instance) const override;
    QJsonObject created(const InstanceRecord &instance, const QString &password) const override;
    QJsonObject snapshot(const SnapshotRecord &snapshot) const override;
    QJsonObject snapshotTaken(const SnapshotRecord &snapshot) const override;
    QJsonObject tenantListItem(const TenantRecord &tenant) const override;
    QJsonObject tenant(const TenantRecord &tenant) const override;
    QJsonObject error(const ApiFailure &failure) const override;
    QJsonObject frontError(const ApiFailure &failure) const override;
    int successStatus(Action action) const override;
    Outcome<InstanceSpec> instanceSpec(const QJsonObject &body, SpecKind kind) const override;
    Outcome<InstanceChange> instanceChange(const QJsonObject &body) const override;
    SandboxData demoData(qint64 nowMs) const override;

    static QStringList instanceTypes();
    static QStringList restoreTypes();
    static QStringList cloudProviders();
};

// The live service, https://api.neo4j.io/v1 (spec/aura-v1-official.yaml and the notes in its README).
class AuraV1Dialect final : public Dialect
{
public:
    QString name() const override;
    const Semantics &semantics() const override;
    QJsonObject instance(const InstanceRecord &instance) const override;
    QJsonObject instanceListItem(const InstanceRecord &instance) const override;
    QJsonObject created(const InstanceRecord &instance, const QString &password) const override;
    QJsonObject snapshot(const SnapshotRecord &snapshot) const override;
    QJsonObject snapshotTaken(const SnapshotRecord &snapshot) const override;
    QJsonObject tenantListItem(const TenantRecord &tenant) const override;
    QJsonObject tenant(const TenantRecord &tenant) const override;
    QJsonObject error(const ApiFailure &failure) const override;
    QJsonObject frontError(const ApiFailure &failure) const override;
    int successStatus(Action action) const override;
    Outcome<InstanceSpec> instanceSpec(const QJsonObject &body, SpecKind kind) const override;
    Outcome<InstanceChange> instanceChange(const QJsonObject &body) const override;
    SandboxData demoData(qint64 nowMs) const override;

    static QStringList instanceTypes();
};

QString connectionUrl(const InstanceRecord &instance);
QString isoTime(qint64 ms);

} // namespace AuraSandbox
