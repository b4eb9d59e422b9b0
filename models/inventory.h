#pragma once

#include "changes.h"
#include "dto/instance.h"
#include "dto/snapshot.h"
#include "dto/tenant.h"
#include "roles.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>

namespace Aura {

// What the console knows of the account: tenants, instances and snapshots keyed by id. Every fresh answer from
// the service is applied as a diff against what is held, and only real differences are announced, so the item
// models can update precisely. Also records, per instance, the status transitions it has observed.
class Inventory final : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit Inventory(QObject *parent = nullptr);

    // The time source for status history (UTC); tests inject their own.
    void setClock(Clock clock);

    // A full list: what is missing is removed, the rest added or updated.
    void applyTenants(const QList<Tenant> &tenants);
    // A full list of every instance. Summaries without a status (live dialect) keep the details known so far.
    void applyInstances(const QList<Instance> &instances);
    // One instance's details (GET /instances/{id}, or an action's answer): added or merged.
    void applyInstance(const Instance &instance);
    void removeInstance(const QString &instanceId);
    // The full snapshot list of one instance; snapshots of unknown instances are ignored.
    void applySnapshots(const QString &instanceId, const QList<Snapshot> &snapshots);
    void applySnapshot(const QString &instanceId, const Snapshot &snapshot);
    // Forgets everything (another account), announcing every removal.
    void clear();

    const Tenant *tenant(const QString &tenantId) const;
    const Instance *instance(const QString &instanceId) const;
    const Snapshot *snapshot(const QString &instanceId, const QString &snapshotId) const;
    QStringList tenantIds() const { return m_tenants.keys(); }
    QStringList instanceIds() const { return m_instances.keys(); }
    QStringList snapshotIds(const QString &instanceId) const { return m_snapshots.value(instanceId).keys(); }
    qsizetype tenantCount() const { return m_tenants.size(); }
    qsizetype instanceCount() const { return m_instances.size(); }
    // The tenant's name, or its id while the name is unknown.
    QString tenantDisplayName(const QString &tenantId) const;

    StatusHistory statusHistory(const QString &instanceId) const { return m_history.value(instanceId); }
    // When the current status was first observed; invalid while no status is known.
    QDateTime statusSince(const QString &instanceId) const;

    static constexpr qsizetype MaxHistoryLength = 32;

Q_SIGNALS:
    void tenantsAdded(const QStringList &tenantIds);
    void tenantsRemoved(const QStringList &tenantIds);
    void tenantChanged(const QString &tenantId);
    void instancesAdded(const QStringList &instanceIds);
    // Emitted after the instances (and their snapshots, announced first) are gone.
    void instancesRemoved(const QStringList &instanceIds);
    void instanceChanged(const QString &instanceId, Aura::InstanceFields fields);
    void snapshotsAdded(const QString &instanceId, const QStringList &snapshotIds);
    void snapshotsRemoved(const QString &instanceId, const QStringList &snapshotIds);
    void snapshotChanged(const QString &instanceId, const QString &snapshotId, Aura::SnapshotFields fields);

private:
    // Stores `merged` under its id; returns true when it was new. Emits instanceChanged for a known one.
    bool store(const Instance &merged);
    void recordStatus(const QString &instanceId, const QString &status);
    void removeInstances(const QStringList &instanceIds);

    Clock m_clock;
    QHash<QString, Tenant> m_tenants;
    QHash<QString, Instance> m_instances;
    QHash<QString, QHash<QString, Snapshot>> m_snapshots;
    QHash<QString, StatusHistory> m_history;
};

} // namespace Aura
