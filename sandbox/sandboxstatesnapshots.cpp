// The snapshot operations of SandboxState: listing, on-demand snapshots, restore and overwrite.
#include "sandbox/identifiers.h"
#include "sandbox/logging.h"
#include "sandbox/sandboxstate.h"
#include "sandbox/tiers.h"

#include <QDateTime>

using namespace Qt::Literals::StringLiterals;

namespace AuraSandbox {

Outcome<QList<SnapshotRecord>> SandboxState::snapshots(const QString &instanceId, std::optional<QDate> day)
{
    if (!find(instanceId))
        return notFound(instanceId);
    QList<SnapshotRecord> list = m_snapshots.value(instanceId);
    if (day) {
        const qint64 from = QDateTime(*day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 to = from + 24LL * 3600 * 1000;
        list.removeIf([&](const SnapshotRecord &s) { return s.timestampMs < from || s.timestampMs >= to; });
    }
    return list;
}

Outcome<SnapshotRecord> SandboxState::snapshot(const QString &instanceId, const QString &snapshotId)
{
    if (!find(instanceId))
        return notFound(instanceId);
    for (const SnapshotRecord &s : m_snapshots.value(instanceId)) {
        if (s.id == snapshotId)
            return s;
    }
    return ApiFailure {
        404, tr("Snapshot %1 of instance %2 not found").arg(snapshotId, instanceId), u"snapshot-not-found"_s, {}};
}

SnapshotRecord &SandboxState::addOnDemandSnapshot(const InstanceRecord &instance)
{
    const qint64 t = now();
    SnapshotRecord snapshot {randomUuid(), instance.id, SnapshotStatus::Pending, t,
        t + std::max<qint64>(2, scaled(m_durations.snapshot)), tierOf(instance.type).paid, false,
        t + std::max<qint64>(1, scaled(m_durations.snapshotPending))};
    QList<SnapshotRecord> &list = m_snapshots[instance.id];
    list << snapshot;
    m_inProgress << qMakePair(instance.id, snapshot.id);
    noteDue(snapshot.startMs);
    Q_EMIT changed();
    return list.last();
}

Outcome<SnapshotRecord> SandboxState::takeSnapshot(const QString &instanceId)
{
    InstanceRecord *instance = find(instanceId);
    if (!instance)
        return notFound(instanceId);
    if (m_rules.snapshotsNeedPaidTier && !tierOf(instance->type).paid) {
        return ApiFailure {402, tr("On-demand snapshots need a paid instance; upgrade this free instance first"),
            u"payment-required"_s, {}};
    }
    if (auto refusal = refuseUnlessSettled(*instance))
        return *refusal;
    if (instance->status != InstanceStatus::Running) {
        return ApiFailure {
            409, tr("Only a running instance can be snapshotted; resume it first"), u"instance-not-running"_s, {}};
    }
    return addOnDemandSnapshot(*instance);
}

Outcome<CreatedInstance> SandboxState::restore(
    const QString &instanceId, const QString &snapshotId, const InstanceSpec &spec)
{
    const Outcome<SnapshotRecord> source = snapshot(instanceId, snapshotId);
    if (const auto *failure = std::get_if<ApiFailure>(&source))
        return *failure;
    if (std::get<SnapshotRecord>(source).status != SnapshotStatus::Completed) {
        return ApiFailure {409, tr("Snapshot %1 is not complete yet").arg(snapshotId), u"snapshot-not-completed"_s, {}};
    }
    Outcome<CreatedInstance> created = provision(spec, InstanceStatus::Loading, m_durations.loading);
    if (const auto *c = std::get_if<CreatedInstance>(&created))
        qCInfo(lcSandbox).noquote() << "instance" << c->instance.id << "restored from snapshot" << snapshotId;
    return created;
}

Outcome<InstanceRecord> SandboxState::restoreInPlace(const QString &instanceId, const QString &snapshotId)
{
    const Outcome<SnapshotRecord> source = snapshot(instanceId, snapshotId);
    if (const auto *failure = std::get_if<ApiFailure>(&source))
        return *failure;
    InstanceRecord *target = find(instanceId);
    if (!target)
        return notFound(instanceId);
    if (auto refusal = refuseUnlessSettled(*target))
        return *refusal;
    if (target->status != InstanceStatus::Running) {
        return ApiFailure {
            409, tr("Only a running instance can be restored; resume it first"), u"instance-not-running"_s, {}};
    }
    if (std::get<SnapshotRecord>(source).status != SnapshotStatus::Completed) {
        return ApiFailure {409, tr("Snapshot %1 is not complete yet").arg(snapshotId), u"snapshot-not-completed"_s, {}};
    }
    startTransition(*target, InstanceStatus::Restoring, InstanceStatus::Running, m_durations.restoring);
    qCInfo(lcSandbox).noquote() << "instance" << instanceId << "restored in place from snapshot" << snapshotId;
    return *target;
}

Outcome<InstanceRecord> SandboxState::overwrite(
    const QString &instanceId, const QString &sourceInstanceId, const QString &sourceSnapshotId)
{
    InstanceRecord *target = find(instanceId);
    if (!target)
        return notFound(instanceId);
    if (m_rules.liveLimits && !tierOf(target->type).overwritable) {
        return ApiFailure {420, tr("Free instances cannot be overwritten; upgrade the instance first"),
            u"action-unsupported-for-tier"_s, {}};
    }
    std::optional<SnapshotRecord> snapshot;
    if (!sourceSnapshotId.isEmpty()) {
        const Outcome<SnapshotRecord> source = this->snapshot(sourceInstanceId, sourceSnapshotId);
        if (const auto *failure = std::get_if<ApiFailure>(&source))
            return *failure;
        snapshot = std::get<SnapshotRecord>(source);
    } else {
        const InstanceRecord *source = find(sourceInstanceId);
        if (!source)
            return notFound(sourceInstanceId);
        if (source->status != InstanceStatus::Running) {
            return ApiFailure {409,
                tr("The source instance %1 must be running to take a fresh snapshot of it").arg(sourceInstanceId),
                u"instance-not-running"_s, u"source_instance_id"_s};
        }
    }
    target = find(instanceId); // snapshot() may have advanced the state
    if (!target)
        return notFound(instanceId);
    if (auto refusal = refuseUnlessSettled(*target))
        return *refusal;
    if (target->status != InstanceStatus::Running) {
        return ApiFailure {
            409, tr("Only a running instance can be overwritten; resume it first"), u"instance-not-running"_s, {}};
    }
    if (snapshot && snapshot->status != SnapshotStatus::Completed) {
        return ApiFailure {409, tr("Snapshot %1 is not complete yet").arg(sourceSnapshotId),
            u"snapshot-not-completed"_s, u"source_snapshot_id"_s};
    }
    if (!snapshot) {
        if (const InstanceRecord *source = find(sourceInstanceId))
            addOnDemandSnapshot(*source);
        target = find(instanceId);
        if (!target)
            return notFound(instanceId);
    }
    startTransition(*target, m_rules.overwriteStatus, InstanceStatus::Running, m_durations.restoring);
    return *target;
}

} // namespace AuraSandbox
