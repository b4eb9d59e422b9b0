#include "models/inventory.h"

#include "models/logging.h"

#include <QSet>

#include <vector>

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
        if (tenantOwnedElsewhere(t.id, accountKey)) {
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

void Inventory::applyInstanceSpan(const QString &accountKey, std::span<const Instance> instances)
{
    ensureAccount(accountKey);
    quint64 listFingerprint = 0x11575;
    for (const Instance &incoming : instances)
        listFingerprint = listFingerprint * 1099511628211ULL ^ incoming.knownFingerprint();
    if (const auto memo = m_lastList.constFind(accountKey);
        memo != m_lastList.cend() && memo->fingerprint == listFingerprint && !memo->changedSince)
        return;
    const quint64 list = ++m_listGeneration;
    QStringList added;
    qsizetype listed = 0; // entries naming an instance the account held before
    int foreign = 0;
    for (const Instance &incoming : instances) {
        if (incoming.id.isEmpty())
            continue;
        Q_ASSERT(incoming.parsedFingerprint == 0 || incoming.parsedFingerprint == incoming.fingerprint());
        const auto it = m_instances.find(incoming.id);
        if (it == m_instances.end()) {
            Held &held = add(accountKey, incoming);
            held.listedFingerprint = incoming.knownFingerprint();
            held.listedIn = list;
            held.changedSinceListed = false;
            added.append(incoming.id);
            continue;
        }
        Held &held = it->second;
        if (held.account != accountKey) {
            ++foreign;
            continue;
        }
        if (held.listedIn == list)
            continue; // named twice in one list: the first entry counts
        held.listedIn = list;
        ++listed;
        applyListed(held, incoming, incoming.knownFingerprint());
    }
    if (foreign > 0)
        qCDebug(lcModels) << "account" << accountKey << "lists" << foreign << "instances another account shows";
    // Every instance the account held was named (and none twice): nothing to remove, no need to look.
    QStringList removed;
    if (listed + added.size() != m_instanceCount.value(accountKey)) {
        for (const auto &[id, held] : m_instances) {
            if (held.account == accountKey && held.listedIn != list)
                removed.append(id);
        }
    }
    removeInstances(removed);
    // A list naming instances of other accounts is applied in full each time: once they leave their account, this
    // one takes them.
    if (foreign == 0)
        m_lastList.insert(accountKey, ListMemo {listFingerprint, false});
    else
        m_lastList.remove(accountKey);
    if (!added.isEmpty())
        emit instancesAdded(added);
}

void Inventory::applyListed(Held &held, const Instance &incoming, quint64 fingerprint)
{
    // The same entry as last time, and nothing else changed the instance since: applying it again changes nothing.
    if (fingerprint == held.listedFingerprint && !held.changedSinceListed)
        return;
    Instance merged = incoming;
    if (!incoming.hasDetails()) {
        // A summary: the list no longer tells the status; keep what the details said.
        merged = held.instance;
        merged.mergeFrom(incoming);
    }
    store(held.account, merged); // `held` stays valid: the instance is known, nothing is inserted
    held.listedFingerprint = fingerprint;
    held.changedSinceListed = false;
}

void Inventory::applyInstance(const QString &accountKey, const Instance &instance)
{
    ensureAccount(accountKey);
    if (instance.id.isEmpty())
        return;
    Instance merged = instance;
    if (const auto known = m_instances.find(instance.id); known != m_instances.end()) {
        if (known->second.account != accountKey) {
            qCDebug(lcModels) << "account" << accountKey << "reads instance" << instance.id << "another account shows";
            return;
        }
        merged = known->second.instance;
        merged.mergeFrom(instance);
    }
    if (store(accountKey, merged))
        emit instancesAdded({instance.id});
}

void Inventory::removeInstance(const QString &instanceId)
{
    if (m_instances.contains(instanceId))
        removeInstances({instanceId});
}

bool Inventory::store(const QString &accountKey, const Instance &merged)
{
    const auto found = m_instances.find(merged.id);
    if (found == m_instances.end()) {
        add(accountKey, merged);
        return true;
    }
    Held &held = found->second;
    InstanceFields fields = changedFields(held.instance, merged);
    if (!fields)
        return false;
    if (!m_pending.isEmpty() && settlePending(merged))
        fields |= InstanceField::Pending;
    held.instance = merged;
    held.changedSinceListed = true;
    noteChangeOf(held.account);
    if (fields & InstanceField::Status)
        recordStatus(merged.id, merged.status);
    emit instanceChanged(merged.id, fields);
    return false;
}

Inventory::Held &Inventory::add(const QString &accountKey, const Instance &instance)
{
    Held &held = m_instances.emplace(instance.id, Held {instance, accountKey}).first->second;
    ++m_instanceCount[accountKey];
    noteChangeOf(accountKey);
    recordStatus(instance.id, instance.status);
    return held;
}

void Inventory::noteChangeOf(const QString &accountKey)
{
    if (const auto memo = m_lastList.find(accountKey); memo != m_lastList.end())
        memo->changedSince = true;
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
    // Snapshots first, while every instance is still there; then the instances, with nothing announced until
    // all are gone. The item models hold a pointer to each row's instance and remove the rows while they hear of
    // it: the instances leave the map at once (nobody finds them any more) but are freed only after that.
    std::vector<decltype(m_instances)::node_type> gone;
    for (const QString &id : instanceIds) {
        const QStringList snapshots = m_snapshots.value(id).keys();
        if (!snapshots.isEmpty()) {
            m_snapshots.remove(id);
            emit snapshotsRemoved(id, snapshots);
        }
    }
    for (const QString &id : instanceIds) {
        if (const auto held = m_instances.find(id); held != m_instances.end()) {
            const QString account = held->second.account;
            noteChangeOf(account);
            if (--m_instanceCount[account] <= 0)
                m_instanceCount.remove(account);
            gone.push_back(m_instances.extract(held));
        }
        m_history.remove(id);
        m_pending.remove(id);
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
    const auto it = m_instances.find(instanceId);
    return it == m_instances.end() ? nullptr : &it->second.instance;
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
