#pragma once

#include "sandbox/durations.h"
#include "sandbox/offers.h"
#include "sandbox/records.h"

#include <QDate>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace AuraSandbox {

struct CreatedInstance
{
    InstanceRecord instance;
    QString password; // one-time: never stored, never returned again
};

// The rules in which the dialects differ, set once by the server from its dialect.
struct StateRules
{
    bool showsDestroyed = true; // a deleted instance is "destroyed" for a while before it is gone
    InstanceStatus overwriteStatus = InstanceStatus::Restoring;
    bool liveLimits = false; // one free instance per account, instanceLimit per tenant, no overwrite of a free one
    bool snapshotsNeedPaidTier = false; // a free instance takes no on-demand snapshot (402)
};

// The tenants, instances and snapshots of the sandbox and the rules that change them: pure logic, no HTTP, no
// wire format. Statuses move on by themselves: a single timer is armed for the next due transition, and every
// call brings the state up to date first, so a late timer never shows a stale status.
class SandboxState final : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<qint64()>; // wall clock, ms since epoch

    explicit SandboxState(QObject *parent = nullptr);

    void setClock(Clock clock);
    qint64 now() const { return m_clock(); }
    // Every duration is multiplied by this factor (0.01 makes a 90 s creation take 0.9 s).
    void setTimeScale(double factor);
    double timeScale() const { return m_timeScale; }
    const Durations &durations() const { return m_durations; }
    void setRules(const StateRules &rules) { m_rules = rules; }
    const StateRules &rules() const { return m_rules; }
    // Instances a tenant may have at once (live rules only).
    void setInstanceLimit(int limit) { m_instanceLimit = limit; }

    void reset(const SandboxData &data);
    SandboxData data() const;

    // Applies every transition that is due; called by the timer and before every query or operation.
    void advance();

    QList<TenantRecord> tenants();
    Outcome<TenantRecord> tenant(const QString &tenantId);
    QList<InstanceRecord> instances(const QString &tenantId = {});
    Outcome<InstanceRecord> instance(const QString &instanceId);

    // A new instance; with spec.sourceInstanceId a clone of that instance's data (live dialect).
    Outcome<CreatedInstance> create(const InstanceSpec &spec);
    Outcome<InstanceRecord> update(const QString &instanceId, const InstanceChange &change);
    Outcome<InstanceRecord> pause(const QString &instanceId);
    Outcome<InstanceRecord> resume(const QString &instanceId);
    Outcome<InstanceRecord> destroy(const QString &instanceId);
    // sourceSnapshotId empty: a fresh snapshot of the source is taken (live dialect).
    Outcome<InstanceRecord> overwrite(
        const QString &instanceId, const QString &sourceInstanceId, const QString &sourceSnapshotId);
    // professional-db -> business-critical; memory and storage both or neither.
    Outcome<InstanceRecord> upgrade(
        const QString &instanceId, const std::optional<QString> &memory, const std::optional<QString> &storage);
    // The control endpoint's way to reach statuses no operation leads to (suspended, loading failed).
    Outcome<InstanceRecord> forceStatus(const QString &instanceId, InstanceStatus status);

    // Every snapshot of the instance, oldest first; with a day, only those taken on that UTC day.
    Outcome<QList<SnapshotRecord>> snapshots(const QString &instanceId, std::optional<QDate> day = std::nullopt);
    Outcome<SnapshotRecord> snapshot(const QString &instanceId, const QString &snapshotId);
    Outcome<SnapshotRecord> takeSnapshot(const QString &instanceId);
    // Seed: a new instance from the snapshot. Live: the instance itself gets the snapshot's data.
    Outcome<CreatedInstance> restore(const QString &instanceId, const QString &snapshotId, const InstanceSpec &spec);
    Outcome<InstanceRecord> restoreInPlace(const QString &instanceId, const QString &snapshotId);

    static constexpr int MaxNameLength = 30;
    static constexpr int DefaultInstanceLimit = 250;

Q_SIGNALS:
    // Something persistent changed (an operation, a transition, a scheduled snapshot).
    void changed();

private:
    qint64 scaled(double seconds) const;
    InstanceRecord *find(const QString &instanceId);
    ApiFailure notFound(const QString &instanceId) const;
    std::optional<ApiFailure> refuseUnlessSettled(const InstanceRecord &instance) const;
    void startTransition(InstanceRecord &instance, InstanceStatus now, InstanceStatus next, double seconds);
    // Applies the due steps of one instance; false when the instance is gone.
    bool settle(InstanceRecord &instance, qint64 now, bool &changedAnything);
    static void applyPendingChange(InstanceRecord &instance);
    void takeScheduledSnapshots(InstanceRecord &instance, qint64 now);
    void planScheduledSnapshots(InstanceRecord &instance, qint64 from);
    void pruneScheduledSnapshots(const InstanceRecord &instance);
    SnapshotRecord &addOnDemandSnapshot(const InstanceRecord &instance);
    bool completeSnapshots(qint64 now);
    std::optional<ApiFailure> refuseOverLimits(const InstanceSpec &spec) const;
    Outcome<OfferMatch> offerForChange(const InstanceRecord &instance, const InstanceChange &change);
    void noteDue(qint64 dueMs);
    void rearm();
    QString newInstanceId() const;
    Outcome<CreatedInstance> provision(const InstanceSpec &spec, InstanceStatus status, double seconds);
    Outcome<CreatedInstance> clone(const InstanceSpec &spec);

    Clock m_clock;
    double m_timeScale = 1.0;
    Durations m_durations;
    StateRules m_rules;
    int m_instanceLimit = DefaultInstanceLimit;
    QList<TenantRecord> m_tenants;
    QHash<QString, InstanceRecord> m_instances;
    QStringList m_order; // instance ids in creation order
    QHash<QString, QList<SnapshotRecord>> m_snapshots; // by instance id, oldest first
    QList<QPair<QString, QString>> m_inProgress; // (instance id, snapshot id) of on-demand snapshots being taken
    qint64 m_nextDueMs = 0; // 0 = nothing due
    QTimer m_timer;
};

} // namespace AuraSandbox
