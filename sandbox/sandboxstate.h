#pragma once

#include "durations.h"
#include "offers.h"
#include "records.h"

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

    void reset(const SandboxData &data);
    SandboxData data() const;

    // Applies every transition that is due; called by the timer and before every query or operation.
    void advance();

    QList<TenantRecord> tenants();
    Outcome<TenantRecord> tenant(const QString &tenantId);
    QList<InstanceRecord> instances(const QString &tenantId = {});
    Outcome<InstanceRecord> instance(const QString &instanceId);

    Outcome<CreatedInstance> create(const InstanceSpec &spec);
    Outcome<InstanceRecord> update(
        const QString &instanceId, const std::optional<QString> &name, const std::optional<QString> &memory);
    Outcome<InstanceRecord> pause(const QString &instanceId);
    Outcome<InstanceRecord> resume(const QString &instanceId);
    Outcome<InstanceRecord> destroy(const QString &instanceId);
    Outcome<InstanceRecord> overwrite(
        const QString &instanceId, const QString &sourceInstanceId, const QString &sourceSnapshotId);

    Outcome<QList<SnapshotRecord>> snapshots(const QString &instanceId);
    Outcome<SnapshotRecord> snapshot(const QString &instanceId, const QString &snapshotId);
    Outcome<SnapshotRecord> takeSnapshot(const QString &instanceId);
    Outcome<CreatedInstance> restore(const QString &instanceId, const QString &snapshotId, const InstanceSpec &spec);

    static constexpr int MaxNameLength = 30;
    static constexpr int ScheduledSnapshotsKept = 24;

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
    void takeScheduledSnapshot(InstanceRecord &instance, qint64 now);
    void planScheduledSnapshot(InstanceRecord &instance, qint64 from);
    bool completeSnapshots(qint64 now);
    void noteDue(qint64 dueMs);
    void rearm();
    QString newInstanceId() const;
    Outcome<CreatedInstance> provision(const InstanceSpec &spec, InstanceStatus status, double seconds);

    Clock m_clock;
    double m_timeScale = 1.0;
    Durations m_durations;
    QList<TenantRecord> m_tenants;
    QHash<QString, InstanceRecord> m_instances;
    QStringList m_order; // instance ids in creation order
    QHash<QString, QList<SnapshotRecord>> m_snapshots; // by instance id, oldest first
    QList<QPair<QString, QString>> m_inProgress; // (instance id, snapshot id) of on-demand snapshots being taken
    qint64 m_nextDueMs = 0; // 0 = nothing due
    QTimer m_timer;
};

} // namespace AuraSandbox
