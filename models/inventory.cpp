#include "models/inventory.h"

#include "models/logging.h"

#include <QSet>

namespace Aura {

Inventory::Inventory(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

void Inventory::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void Inventory::applyTenantDetails(const QString &accountKey, const Tenant &tenant)
{
    auto it = m_tenants.find(tenant.id);
    if (it == m_tenants.end() || m_tenantAccount.value(tenant.id) != accountKey || *it == tenant)
        return;
    *it = tenant;
    emit tenantChanged(tenant.id);
}

void Inventory::applyTenants(const QString &accountKey, const QList<Tenant> &tenants, TenantList kind)
{
    ensureAccount(accountKey);
    QSet<QString> seen;
    QStringList added;
    int foreign = 0;
    for (Tenant t : tenants) {
        if (kind == TenantList::WithoutConfigurations) {
            if (const auto known = m_tenants.constFind(t.id); known != m_tenants.cend())
                t.configurations = known->configurations;
        }
        if (t.id.isEmpty() || seen.contains(t.id))
            continue;
        if (ownedElsewhere(m_tenantAccount, t.id, accountKey)) {
            ++foreign;
            continue;
        }
        seen.insert(t.id);
        auto it = m_tenants.find(t.id);
        if (it == m_tenants.end()) {
            m_tenants.insert(t.id, t);
            m_tenantAccount.insert(t.id, accountKey);
            added.append(t.id);
        } else if (!(*it == t)) {
            *it = t;
            emit tenantChanged(t.id);
        }
    }
    if (foreign > 0)
        qCDebug(lcModels) << "account" << accountKey << "lists" << foreign << "tenants another account shows";
    QStringList removed;
    for (auto it = m_tenants.begin(); it != m_tenants.end();) {
        if (seen.contains(it.key()) || m_tenantAccount.value(it.key()) != accountKey) {
            ++it;
        } else {
            removed.append(it.key());
            m_tenantAccount.remove(it.key());
            it = m_tenants.erase(it);
        }
    }
    if (!removed.isEmpty())
        emit tenantsRemoved(removed);
    if (!added.isEmpty())
        emit tenantsAdded(added);
}

void Inventory::applyInstances(const QString &accountKey, const QList<Instance> &instances)
{
    ensureAccount(accountKey);
    QSet<QString> seen;
    seen.reserve(instances.size());
    QStringList added;
    int foreign = 0;
    for (const Instance &incoming : instances) {
        if (incoming.id.isEmpty() || seen.contains(incoming.id))
            continue;
        if (ownedElsewhere(m_instanceAccount, incoming.id, accountKey)) {
            ++foreign;
            continue;
        }
        seen.insert(incoming.id);
        const auto known = m_instances.constFind(incoming.id);
        Instance merged = incoming;
        if (known != m_instances.cend() && !incoming.hasDetails()) {
            // A summary: the list no longer tells the status; keep what the details said.
            merged = *known;
            merged.mergeFrom(incoming);
        }
        if (store(merged)) {
            m_instanceAccount.insert(incoming.id, accountKey);
            added.append(incoming.id);
        }
    }
    if (foreign > 0)
        qCDebug(lcModels) << "account" << accountKey << "lists" << foreign << "instances another account shows";
    QStringList removed;
    for (auto it = m_instanceAccount.cbegin(); it != m_instanceAccount.cend(); ++it) {
        if (it.value() == accountKey && !seen.contains(it.key()))
            removed.append(it.key());
    }
    removeInstances(removed);
    if (!added.isEmpty())
        emit instancesAdded(added);
}

void Inventory::applyInstance(const QString &accountKey, const Instance &instance)
{
    ensureAccount(accountKey);
    if (instance.id.isEmpty())
        return;
    if (ownedElsewhere(m_instanceAccount, instance.id, accountKey)) {
        qCDebug(lcModels) << "account" << accountKey << "reads instance" << instance.id << "another account shows";
        return;
    }
    Instance merged = instance;
    if (const auto known = m_instances.constFind(instance.id); known != m_instances.cend()) {
        merged = *known;
        merged.mergeFrom(instance);
    }
    if (store(merged)) {
        m_instanceAccount.insert(instance.id, accountKey);
        emit instancesAdded({instance.id});
    }
}

void Inventory::removeInstance(const QString &instanceId)
{
    if (m_instances.contains(instanceId))
        removeInstances({instanceId});
}

bool Inventory::store(const Instance &merged)
{
    auto it = m_instances.find(merged.id);
    if (it == m_instances.end()) {
        m_instances.insert(merged.id, merged);
        recordStatus(merged.id, merged.status);
        return true;
    }
    const InstanceFields fields = changedFields(*it, merged);
    if (!fields)
        return false;
    *it = merged;
    if (fields & InstanceField::Status)
        recordStatus(merged.id, merged.status);
    emit instanceChanged(merged.id, fields);
    return false;
}

void Inventory::recordStatus(const QString &instanceId, const QString &status)
{
    if (status.isEmpty())
        return;
    StatusHistory &history = m_history[instanceId];
    if (!history.isEmpty() && history.last().status == status)
        return;
    history.append({status, m_clock(), history.isEmpty()});
    if (history.size() > MaxHistoryLength)
        history.removeFirst();
    qCDebug(lcModels) << "instance" << instanceId << "is now" << status;
}

void Inventory::removeInstances(const QStringList &instanceIds)
{
    if (instanceIds.isEmpty())
        return;
    for (const QString &id : instanceIds) {
        const QStringList snapshots = m_snapshots.value(id).keys();
        if (!snapshots.isEmpty()) {
            m_snapshots.remove(id);
            emit snapshotsRemoved(id, snapshots);
        }
        m_instances.remove(id);
        m_instanceAccount.remove(id);
        m_history.remove(id);
    }
    emit instancesRemoved(instanceIds);
}

void Inventory::applySnapshots(
    const QString &instanceId, const QList<Snapshot> &snapshots, const std::optional<QDate> &day)
{
    if (!m_instances.contains(instanceId))
        return;
    QHash<QString, Snapshot> &held = m_snapshots[instanceId];
    QSet<QString> seen;
    QStringList added;
    for (const Snapshot &s : snapshots) {
        if (s.snapshotId.isEmpty() || seen.contains(s.snapshotId))
            continue;
        seen.insert(s.snapshotId);
        auto it = held.find(s.snapshotId);
        if (it == held.end()) {
            held.insert(s.snapshotId, s);
            added.append(s.snapshotId);
        } else if (const SnapshotFields fields = changedFields(*it, s)) {
            *it = s;
            emit snapshotChanged(instanceId, s.snapshotId, fields);
        }
    }
    QStringList removed;
    for (auto it = held.begin(); it != held.end();) {
        // Another day's snapshot is not in this day's list: it stays (one of unknown time belongs to no day).
        const bool ofThatDay = !day || (it->timestamp.isValid() && it->timestamp.toUTC().date() == *day);
        if (seen.contains(it.key()) || !ofThatDay) {
            ++it;
        } else {
            removed.append(it.key());
            it = held.erase(it);
        }
    }
    if (held.isEmpty())
        m_snapshots.remove(instanceId);
    if (!removed.isEmpty())
        emit snapshotsRemoved(instanceId, removed);
    if (!added.isEmpty())
        emit snapshotsAdded(instanceId, added);
}

void Inventory::applySnapshot(const QString &instanceId, const Snapshot &snapshot)
{
    if (!m_instances.contains(instanceId) || snapshot.snapshotId.isEmpty())
        return;
    QHash<QString, Snapshot> &held = m_snapshots[instanceId];
    auto it = held.find(snapshot.snapshotId);
    if (it == held.end()) {
        held.insert(snapshot.snapshotId, snapshot);
        emit snapshotsAdded(instanceId, {snapshot.snapshotId});
    } else if (const SnapshotFields fields = changedFields(*it, snapshot)) {
        *it = snapshot;
        emit snapshotChanged(instanceId, snapshot.snapshotId, fields);
    }
}

void Inventory::clear()
{
    const QStringList keys = m_accountOrder;
    for (const QString &key : keys)
        removeAccount(key);
}

const Tenant *Inventory::tenant(const QString &tenantId) const
{
    const auto it = m_tenants.constFind(tenantId);
    return it == m_tenants.cend() ? nullptr : &*it;
}

const Instance *Inventory::instance(const QString &instanceId) const
{
    const auto it = m_instances.constFind(instanceId);
    return it == m_instances.cend() ? nullptr : &*it;
}

const Snapshot *Inventory::snapshot(const QString &instanceId, const QString &snapshotId) const
{
    const auto perInstance = m_snapshots.constFind(instanceId);
    if (perInstance == m_snapshots.cend())
        return nullptr;
    const auto it = perInstance->constFind(snapshotId);
    return it == perInstance->cend() ? nullptr : &*it;
}

QString Inventory::tenantDisplayName(const QString &tenantId) const
{
    const Tenant *t = tenant(tenantId);
    return t && !t->name.isEmpty() ? t->name : tenantId;
}

QDateTime Inventory::statusSince(const QString &instanceId) const
{
    const auto it = m_history.constFind(instanceId);
    return it == m_history.cend() || it->isEmpty() ? QDateTime() : it->last().since;
}

} // namespace Aura
