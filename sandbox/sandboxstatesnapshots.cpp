// The snapshot operations of SandboxState: listing, on-demand snapshots, restore and overwrite.
#include "identifiers.h"
#include "logging.h"
#include "sandboxstate.h"

using namespace Qt::Literals::StringLiterals;

namespace AuraSandbox {

namespace {

const QString FreeType = u"free-db"_s;

} // namespace

Outcome<QList<SnapshotRecord>> SandboxState::snapshots(const QString &instanceId)
{
    if (!find(instanceId))
        return notFound(instanceId);
    return m_snapshots.value(instanceId);
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

Outcome<SnapshotRecord> SandboxState::takeSnapshot(const QString &instanceId)
{
    InstanceRecord *instance = find(instanceId);
    if (!instance)
        return notFound(instanceId);
    if (auto refusal = refuseUnlessSettled(*instance))
        return *refusal;
    if (instance->status != InstanceStatus::Running) {
        return ApiFailure {
            409, tr("Only a running instance can be snapshotted; resume it first"), u"instance-not-running"_s, {}};
    }
    const qint64 t = now();
    SnapshotRecord snapshot {randomUuid(), instanceId, SnapshotStatus::InProgress, t,
        t + std::max<qint64>(1, scaled(m_durations.snapshot)), instance->type != FreeType, false};
    m_snapshots[instanceId] << snapshot;
    m_inProgress << qMakePair(instanceId, snapshot.id);
    noteDue(snapshot.dueMs);
    Q_EMIT changed();
    return snapshot;
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

Outcome<InstanceRecord> SandboxState::overwrite(
    const QString &instanceId, const QString &sourceInstanceId, const QString &sourceSnapshotId)
{
    InstanceRecord *target = find(instanceId);
    if (!target)
        return notFound(instanceId);
    const Outcome<SnapshotRecord> source = snapshot(sourceInstanceId, sourceSnapshotId);
    if (const auto *failure = std::get_if<ApiFailure>(&source))
        return *failure;
    target = find(instanceId); // snapshot() may have advanced the state
    if (auto refusal = refuseUnlessSettled(*target))
        return *refusal;
    if (target->status != InstanceStatus::Running) {
        return ApiFailure {
            409, tr("Only a running instance can be overwritten; resume it first"), u"instance-not-running"_s, {}};
    }
    if (std::get<SnapshotRecord>(source).status != SnapshotStatus::Completed) {
        return ApiFailure {409, tr("Snapshot %1 is not complete yet").arg(sourceSnapshotId),
            u"snapshot-not-completed"_s, u"source_snapshot_id"_s};
    }
    startTransition(*target, InstanceStatus::Restoring, InstanceStatus::Running, m_durations.restoring);
    return *target;
}

} // namespace AuraSandbox
