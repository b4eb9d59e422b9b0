#include "sandbox/sandboxstate.h"

#include "sandbox/identifiers.h"
#include "sandbox/logging.h"
#include "sandbox/tiers.h"

#include <QDateTime>

#include <algorithm>
#include <limits>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace AuraSandbox {

namespace {

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
        if (snapshot.status == SnapshotStatus::InProgress || snapshot.status == SnapshotStatus::Pending)
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
        noteDue(instance.nextHourlySnapshotMs);
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
        applyPendingChange(instance);
        if (instance.status == InstanceStatus::Destroyed) {
            if (!m_rules.showsDestroyed)
                return false;
            instance.dueMs = at + std::max<qint64>(1, scaled(m_durations.destroyedVisible));
        } else if (instance.status == InstanceStatus::Running && instance.nextScheduledSnapshotMs == 0
            && instance.nextHourlySnapshotMs == 0) {
            planScheduledSnapshots(instance, at);
        }
    }
    if ((instance.nextScheduledSnapshotMs != 0 && instance.nextScheduledSnapshotMs <= now)
        || (instance.nextHourlySnapshotMs != 0 && instance.nextHourlySnapshotMs <= now)) {
        changedAnything = true;
        takeScheduledSnapshots(instance, now);
    }
    return true;
}

void SandboxState::planScheduledSnapshots(InstanceRecord &instance, qint64 from)
{
    const Tier &tier = tierOf(instance.type);
    if (tier.dailyRetentionDays > 0)
        instance.nextScheduledSnapshotMs = from + std::max<qint64>(1, scaled(m_durations.dailySnapshotInterval));
    if (tier.hourlyRetentionDays > 0)
        instance.nextHourlySnapshotMs = from + std::max<qint64>(1, scaled(m_durations.hourlySnapshotInterval));
}

void SandboxState::takeScheduledSnapshots(InstanceRecord &instance, qint64 now)
{
    const Tier &tier = tierOf(instance.type);
    // Daily snapshots are full (exportable), hourly ones differential (not exportable). After a long pause (a
    // state file from last week) the missed slots are skipped rather than replayed.
    const auto take = [&](qint64 &next, bool daily, double interval) {
        if (next == 0 || next > now)
            return;
        const qint64 at = next;
        if (instance.status == InstanceStatus::Running) {
            m_snapshots[instance.id] << SnapshotRecord {
                randomUuid(), instance.id, SnapshotStatus::Completed, at, 0, daily, true, 0};
        }
        const int retention = daily ? tier.dailyRetentionDays : tier.hourlyRetentionDays;
        next = retention > 0 ? std::max(at, now - 1) + std::max<qint64>(1, scaled(interval)) : 0;
    };
    take(instance.nextScheduledSnapshotMs, true, m_durations.dailySnapshotInterval);
    take(instance.nextHourlySnapshotMs, false, m_durations.hourlySnapshotInterval);
    pruneScheduledSnapshots(instance);
}

void SandboxState::pruneScheduledSnapshots(const InstanceRecord &instance)
{
    // Retention counts slots, not hours: at any time scale an instance keeps a week of daily snapshots as a week's
    // worth of them, and a sped-up sandbox neither prunes its history at once nor grows without bound.
    const Tier &tier = tierOf(instance.type);
    QList<SnapshotRecord> &list = m_snapshots[instance.id]; // oldest first
    qsizetype daily = 0;
    qsizetype hourly = 0;
    for (const SnapshotRecord &s : std::as_const(list)) {
        if (s.scheduled)
            ++(s.exportable ? daily : hourly);
    }
    qsizetype dropDaily = std::max<qsizetype>(0, daily - tier.dailyRetentionDays);
    qsizetype dropHourly = std::max<qsizetype>(0, hourly - tier.hourlyRetentionDays * 24);
    list.removeIf([&](const SnapshotRecord &s) {
        if (!s.scheduled)
            return false;
        qsizetype &drop = s.exportable ? dropDaily : dropHourly;
        return drop > 0 && drop-- > 0;
    });
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
        if (snapshot->status == SnapshotStatus::Pending && snapshot->startMs <= now) {
            snapshot->status = SnapshotStatus::InProgress;
            completed = true;
        }
        if (snapshot->dueMs > now) {
            noteDue(snapshot->status == SnapshotStatus::Pending ? snapshot->startMs : snapshot->dueMs);
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

void SandboxState::applyPendingChange(InstanceRecord &instance)
{
    if (!instance.pendingMemory.isEmpty())
        instance.memory = std::exchange(instance.pendingMemory, {});
    if (!instance.pendingStorage.isEmpty())
        instance.storage = std::exchange(instance.pendingStorage, {});
    if (instance.pendingVectorOptimized)
        instance.vectorOptimized = *std::exchange(instance.pendingVectorOptimized, std::nullopt);
    if (instance.pendingGraphAnalyticsPlugin)
        instance.graphAnalyticsPlugin = *std::exchange(instance.pendingGraphAnalyticsPlugin, std::nullopt);
    if (instance.pendingSecondariesCount)
        instance.secondariesCount = *std::exchange(instance.pendingSecondariesCount, std::nullopt);
    if (!instance.pendingCdcEnrichmentMode.isEmpty())
        instance.cdcEnrichmentMode = std::exchange(instance.pendingCdcEnrichmentMode, {});
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

} // namespace AuraSandbox
