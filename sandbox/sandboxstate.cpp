#include "sandboxstate.h"

#include "identifiers.h"
#include "logging.h"

#include <QDateTime>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace AuraSandbox {

namespace {

const QString FreeType = u"free-db"_s;
const QString OngoingOperation = u"ongoing-database-operation"_s;

} // namespace

SandboxState::SandboxState(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SandboxState::advance);
}

void SandboxState::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void SandboxState::setTimeScale(double factor)
{
    m_timeScale = std::max(0.0, factor);
}

qint64 SandboxState::scaled(double seconds) const
{
    return qRound64(seconds * 1000.0 * m_timeScale);
}

void SandboxState::reset(const SandboxData &data)
{
    m_tenants = data.tenants;
    m_instances.clear();
    m_order.clear();
    m_snapshots.clear();
    for (const InstanceRecord &instance : data.instances) {
        m_instances.insert(instance.id, instance);
        m_order << instance.id;
    }
    m_inProgress.clear();
    for (const SnapshotRecord &snapshot : data.snapshots) {
        m_snapshots[snapshot.instanceId] << snapshot;
        if (snapshot.status == SnapshotStatus::InProgress)
            m_inProgress << qMakePair(snapshot.instanceId, snapshot.id);
    }
    m_nextDueMs = 1; // forces a full scan, which finds the real next due time
    advance();
}

SandboxData SandboxState::data() const
{
    SandboxData out;
    out.tenants = m_tenants;
    for (const QString &id : m_order) {
        out.instances << m_instances.value(id);
        out.snapshots << m_snapshots.value(id);
    }
    return out;
}

void SandboxState::noteDue(qint64 dueMs)
{
    if (dueMs > 0 && (m_nextDueMs == 0 || dueMs < m_nextDueMs)) {
        m_nextDueMs = dueMs;
        rearm();
    }
}

void SandboxState::rearm()
{
    if (m_nextDueMs == 0) {
        m_timer.stop();
        return;
    }
    const qint64 wait = std::clamp<qint64>(m_nextDueMs - now(), 0, std::numeric_limits<int>::max() / 2);
    m_timer.start(static_cast<int>(wait));
}

void SandboxState::advance()
{
    const qint64 t = now();
    if (m_nextDueMs == 0 || t < m_nextDueMs) {
        if (m_nextDueMs != 0 && !m_timer.isActive())
            rearm();
        return;
    }
    bool anything = false;
    m_nextDueMs = 0;
    for (auto it = m_order.begin(); it != m_order.end();) {
        InstanceRecord &instance = m_instances[*it];
        if (!settle(instance, t, anything)) {
            qCDebug(lcSandbox) << "instance" << *it << "is gone";
            m_snapshots.remove(*it);
            m_instances.remove(*it);
            it = m_order.erase(it);
            anything = true;
            continue;
        }
        noteDue(instance.dueMs);
        noteDue(instance.nextScheduledSnapshotMs);
        ++it;
    }
    anything = completeSnapshots(t) || anything;
    rearm();
    if (anything)
        Q_EMIT changed();
}

bool SandboxState::settle(InstanceRecord &instance, qint64 now, bool &changedAnything)
{
    while (instance.dueMs != 0 && instance.dueMs <= now) {
        changedAnything = true;
        const qint64 at = instance.dueMs;
        if (instance.status == InstanceStatus::Destroyed)
            return false;
        instance.status = instance.nextStatus;
        instance.dueMs = 0;
        if (!instance.pendingMemory.isEmpty()) {
            instance.memory = instance.pendingMemory;
            instance.storage = instance.pendingStorage;
            instance.pendingMemory.clear();
            instance.pendingStorage.clear();
        }
        if (instance.status == InstanceStatus::Destroyed)
            instance.dueMs = at + std::max<qint64>(1, scaled(m_durations.destroyedVisible));
        else if (instance.status == InstanceStatus::Running && instance.nextScheduledSnapshotMs == 0)
            planScheduledSnapshot(instance, at);
    }
    if (instance.nextScheduledSnapshotMs != 0 && instance.nextScheduledSnapshotMs <= now) {
        changedAnything = true;
        takeScheduledSnapshot(instance, now);
    }
    return true;
}

void SandboxState::planScheduledSnapshot(InstanceRecord &instance, qint64 from)
{
    if (instance.type == FreeType)
        return;
    instance.nextScheduledSnapshotMs = from + std::max<qint64>(1, scaled(m_durations.scheduledSnapshotInterval));
}

void SandboxState::takeScheduledSnapshot(InstanceRecord &instance, qint64 now)
{
    const qint64 at = instance.nextScheduledSnapshotMs;
    if (instance.status == InstanceStatus::Running) {
        QList<SnapshotRecord> &list = m_snapshots[instance.id];
        list << SnapshotRecord {randomUuid(), instance.id, SnapshotStatus::Completed, at, 0, false, true};
        const auto scheduledCount
            = std::count_if(list.cbegin(), list.cend(), [](const SnapshotRecord &s) { return s.scheduled; });
        if (scheduledCount > ScheduledSnapshotsKept) {
            list.erase(std::find_if(list.begin(), list.end(), [](const SnapshotRecord &s) { return s.scheduled; }));
        }
    }
    // After a long pause (a state file from yesterday), the missed slots are skipped rather than replayed.
    planScheduledSnapshot(instance, std::max(at, now - 1));
    if (instance.type == FreeType)
        instance.nextScheduledSnapshotMs = 0;
}

bool SandboxState::completeSnapshots(qint64 now)
{
    bool completed = false;
    for (auto it = m_inProgress.begin(); it != m_inProgress.end();) {
        const auto list = m_snapshots.find(it->first);
        SnapshotRecord *snapshot = nullptr;
        if (list != m_snapshots.end()) {
            for (SnapshotRecord &s : *list) {
                if (s.id == it->second)
                    snapshot = &s;
            }
        }
        if (!snapshot) {
            it = m_inProgress.erase(it); // its instance is gone
            continue;
        }
        if (snapshot->dueMs > now) {
            noteDue(snapshot->dueMs);
            ++it;
            continue;
        }
        snapshot->status = SnapshotStatus::Completed;
        snapshot->dueMs = 0;
        completed = true;
        it = m_inProgress.erase(it);
    }
    return completed;
}

InstanceRecord *SandboxState::find(const QString &instanceId)
{
    advance();
    auto it = m_instances.find(instanceId);
    return it == m_instances.end() ? nullptr : &it.value();
}

ApiFailure SandboxState::notFound(const QString &instanceId) const
{
    return ApiFailure {404, tr("Instance %1 not found").arg(instanceId), u"instance-not-found"_s, {}};
}

std::optional<ApiFailure> SandboxState::refuseUnlessSettled(const InstanceRecord &instance) const
{
    if (instance.status == InstanceStatus::Destroyed) {
        return ApiFailure {409, tr("Instance %1 has been deleted").arg(instance.id), OngoingOperation, {}};
    }
    if (isTransitional(instance.status)) {
        return ApiFailure {409,
            tr("Instance %1 is %2; wait until that operation has finished")
                .arg(instance.id, statusName(instance.status)),
            OngoingOperation, {}};
    }
    return std::nullopt;
}

void SandboxState::startTransition(InstanceRecord &instance, InstanceStatus status, InstanceStatus next, double seconds)
{
    instance.status = status;
    instance.nextStatus = next;
    instance.dueMs = now() + std::max<qint64>(1, scaled(seconds));
    noteDue(instance.dueMs);
    Q_EMIT changed();
}

QList<TenantRecord> SandboxState::tenants()
{
    advance();
    return m_tenants;
}

Outcome<TenantRecord> SandboxState::tenant(const QString &tenantId)
{
    for (const TenantRecord &t : std::as_const(m_tenants)) {
        if (t.id == tenantId)
            return t;
    }
    return ApiFailure {404, tr("Tenant %1 not found").arg(tenantId), u"tenant-not-found"_s, {}};
}

QList<InstanceRecord> SandboxState::instances(const QString &tenantId)
{
    advance();
    QList<InstanceRecord> out;
    out.reserve(m_order.size());
    for (const QString &id : std::as_const(m_order)) {
        const InstanceRecord &instance = m_instances[id];
        if (tenantId.isEmpty() || instance.tenantId == tenantId)
            out << instance;
    }
    return out;
}

Outcome<InstanceRecord> SandboxState::instance(const QString &instanceId)
{
    const InstanceRecord *found = find(instanceId);
    if (!found)
        return notFound(instanceId);
    return *found;
}

QString SandboxState::newInstanceId() const
{
    QString id;
    do
        id = randomInstanceId();
    while (m_instances.contains(id));
    return id;
}

Outcome<CreatedInstance> SandboxState::provision(const InstanceSpec &spec, InstanceStatus status, double seconds)
{
    advance();
    if (spec.name.trimmed().isEmpty() || spec.name.size() > MaxNameLength) {
        return ApiFailure {
            400, tr("The name must have 1 to %1 characters").arg(MaxNameLength), u"invalid-field"_s, u"name"_s};
    }
    const Outcome<TenantRecord> owner = tenant(spec.tenantId);
    if (const auto *failure = std::get_if<ApiFailure>(&owner))
        return ApiFailure {400, failure->message, failure->reason, u"tenant_id"_s};
    const Outcome<OfferMatch> match = matchOffer(std::get<TenantRecord>(owner), spec);
    if (const auto *failure = std::get_if<ApiFailure>(&match))
        return *failure;
    const OfferMatch &offer = std::get<OfferMatch>(match);

    InstanceRecord instance;
    instance.id = newInstanceId();
    instance.name = spec.name;
    instance.tenantId = spec.tenantId;
    instance.cloudProvider = spec.cloudProvider;
    instance.region = spec.region;
    instance.type = spec.type;
    instance.memory = spec.memory;
    instance.storage = offer.storage;
    instance.version = offer.version;
    instance.createdMs = now();
    startTransition(instance, status, InstanceStatus::Running, seconds);
    m_instances.insert(instance.id, instance);
    m_order << instance.id;
    qCInfo(lcSandbox).noquote() << "instance" << instance.id << "is" << statusName(status);
    return CreatedInstance {instance, randomPassword()};
}

Outcome<CreatedInstance> SandboxState::create(const InstanceSpec &spec)
{
    return provision(spec, InstanceStatus::Creating, m_durations.creating);
}

Outcome<InstanceRecord> SandboxState::update(
    const QString &instanceId, const std::optional<QString> &name, const std::optional<QString> &memory)
{
    InstanceRecord *instance = find(instanceId);
    if (!instance)
        return notFound(instanceId);
    if (!name && !memory)
        return ApiFailure {400, tr("Give a new name or a new memory size"), u"invalid-request"_s, {}};
    if (name && (name->trimmed().isEmpty() || name->size() > MaxNameLength)) {
        return ApiFailure {
            400, tr("The name must have 1 to %1 characters").arg(MaxNameLength), u"invalid-field"_s, u"name"_s};
    }
    const bool resize = memory && *memory != instance->memory;
    if (resize || instance->status == InstanceStatus::Destroying || instance->status == InstanceStatus::Destroyed) {
        if (auto refusal = refuseUnlessSettled(*instance))
            return *refusal;
    }
    QString storage;
    if (resize) {
        if (instance->status != InstanceStatus::Running) {
            return ApiFailure {
                409, tr("Only a running instance can be resized; resume it first"), u"instance-not-running"_s, {}};
        }
        const Outcome<TenantRecord> owner = tenant(instance->tenantId);
        InstanceSpec spec {instance->name, instance->tenantId, instance->type, instance->cloudProvider,
            instance->region, *memory, instance->version};
        const Outcome<OfferMatch> match = std::holds_alternative<TenantRecord>(owner)
            ? matchOffer(std::get<TenantRecord>(owner), spec)
            : Outcome<OfferMatch>(std::get<ApiFailure>(owner));
        if (const auto *failure = std::get_if<ApiFailure>(&match))
            return ApiFailure {400, failure->message, failure->reason, u"memory"_s};
        storage = std::get<OfferMatch>(match).storage;
    }
    if (name)
        instance->name = *name;
    if (resize) {
        instance->pendingMemory = *memory;
        instance->pendingStorage = storage;
        startTransition(*instance, InstanceStatus::Updating, InstanceStatus::Running, m_durations.updating);
    }
    Q_EMIT changed();
    return *instance;
}

Outcome<InstanceRecord> SandboxState::pause(const QString &instanceId)
{
    InstanceRecord *instance = find(instanceId);
    if (!instance)
        return notFound(instanceId);
    if (auto refusal = refuseUnlessSettled(*instance))
        return *refusal;
    if (instance->type == FreeType) {
        return ApiFailure {400, tr("Free instances cannot be paused by hand; they pause themselves when idle"),
            u"free-instance-not-pausable"_s, {}};
    }
    if (instance->status == InstanceStatus::Paused)
        return ApiFailure {409, tr("Instance %1 is already paused").arg(instanceId), u"instance-paused"_s, {}};
    startTransition(*instance, InstanceStatus::Pausing, InstanceStatus::Paused, m_durations.pausing);
    return *instance;
}

Outcome<InstanceRecord> SandboxState::resume(const QString &instanceId)
{
    InstanceRecord *instance = find(instanceId);
    if (!instance)
        return notFound(instanceId);
    if (auto refusal = refuseUnlessSettled(*instance))
        return *refusal;
    if (instance->status == InstanceStatus::Running)
        return ApiFailure {409, tr("Instance %1 is already running").arg(instanceId), u"instance-running"_s, {}};
    startTransition(*instance, InstanceStatus::Resuming, InstanceStatus::Running, m_durations.resuming);
    return *instance;
}

Outcome<InstanceRecord> SandboxState::destroy(const QString &instanceId)
{
    InstanceRecord *instance = find(instanceId);
    if (!instance)
        return notFound(instanceId);
    if (auto refusal = refuseUnlessSettled(*instance))
        return *refusal;
    instance->nextScheduledSnapshotMs = 0;
    startTransition(*instance, InstanceStatus::Destroying, InstanceStatus::Destroyed, m_durations.destroying);
    return *instance;
}

} // namespace AuraSandbox
