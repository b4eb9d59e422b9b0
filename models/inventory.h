#pragma once

#include "api/dto/instance.h"
#include "api/dto/snapshot.h"
#include "api/dto/tenant.h"
#include "models/accountinfo.h"
#include "models/changes.h"
#include "models/requestedchange.h"
#include "models/roles.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <algorithm>
#include <functional>
#include <optional>
#include <span>
#include <unordered_map>

namespace Aura {

// What the console knows of the accounts it shows: for each account its tenants, instances and snapshots, keyed by
// their Aura ids. Every fresh answer from the service is applied as a diff against what that account holds, and
// only real differences are announced, so the item models can update precisely. Also records, per instance, the
// status transitions it has observed.
//
// Each tenant and instance belongs to exactly one account: the first that listed it. Another account that can see
// the same project (two API keys with access to it) does not show it a second time; its lists neither add nor
// remove what an account before it owns. Applying data for an account not added yet adds it with an empty label.
class Inventory final : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit Inventory(QObject *parent = nullptr);

    // The time source for status history (UTC); tests inject their own.
    void setClock(Clock clock);

    // Accounts, in the order they were added. Adding a known account only updates its label.
    void addAccount(const QString &accountKey, const QString &label);
    void setAccountState(const QString &accountKey, AccountState state, const QString &detail = {});
    void setAccountRefreshed(const QString &accountKey, const QDateTime &at);
    void setAccountCapabilities(const QString &accountKey, const Capabilities &capabilities);
    // What the service of the account that owns the instance can do; the live service's for an unknown one.
    Capabilities capabilitiesOfInstance(const QString &instanceId) const;
    // Forgets the account's instances (their snapshots first) and tenants, announcing each, then the account.
    void removeAccount(const QString &accountKey);
    QStringList accountKeys() const;
    qsizetype accountCount() const;
    const AccountInfo *account(const QString &accountKey) const;
    // The account a tenant or instance belongs to; empty if unknown (an empty key is also a valid account key:
    // test with tenant()/instance() first).
    QString accountOfTenant(const QString &tenantId) const;
    QString accountOfInstance(const QString &instanceId) const;
    QStringList tenantIds(const QString &accountKey) const;
    QStringList instanceIds(const QString &accountKey) const;

    // A full list of the account's tenants: what is missing is removed, the rest added or updated. Without
    // configurations (the live service's list carries none; they come with each tenant's details), the
    // configurations known so far stay.
    enum class TenantList { WithConfigurations, WithoutConfigurations };
    void applyTenants(
        const QString &accountKey, const QList<Tenant> &tenants, TenantList kind = TenantList::WithConfigurations);
    // One tenant's details (GET /tenants/{id}), configurations included; ignored for a tenant of another account
    // or one the account does not list.
    void applyTenantDetails(const QString &accountKey, const Tenant &tenant);
    // A full list of every instance of the account. Summaries without a status (live dialect) keep the details
    // known so far.
    void applyInstances(const QString &accountKey, const QList<Instance> &instances)
    {
        applyInstanceSpan(accountKey, std::span(instances.constData(), instances.size()));
    }
    // The same, for a list whose first `count` entries are the full list (a list applied a slice at a time).
    void applyInstances(const QString &accountKey, const QList<Instance> &instances, qsizetype count)
    {
        applyInstanceSpan(
            accountKey, std::span(instances.constData(), std::clamp<qsizetype>(count, 0, instances.size())));
    }
    // One instance's details (GET /instances/{id}, or an action's answer): added to the account or merged.
    void applyInstance(const QString &accountKey, const Instance &instance);
    // The same for the account with the empty key (a console that shows one account).
    void applyTenants(const QList<Tenant> &tenants) { applyTenants(QString(), tenants); }
    void applyInstances(const QList<Instance> &instances) { applyInstances(QString(), instances); }
    void applyInstance(const Instance &instance) { applyInstance(QString(), instance); }
    void removeInstance(const QString &instanceId);
    // The full snapshot list of one instance; snapshots of unknown instances are ignored. With a day (the live
    // service lists one UTC day at a time), the list is complete for that day only: snapshots of other days stay.
    void applySnapshots(
        const QString &instanceId, const QList<Snapshot> &snapshots, const std::optional<QDate> &day = std::nullopt);
    void applySnapshot(const QString &instanceId, const Snapshot &snapshot);
    // A change the user asked for that the service applies in the background (a resize, other settings, an
    // upgrade): held until the instance shows it, settles again without it, or goes; each time it comes or goes,
    // instanceChanged(id, Pending). Ignored for an unknown instance or an empty change.
    void expectChange(const QString &instanceId, const RequestedChange &change);
    const PendingChange *pendingChange(const QString &instanceId) const;
    // Forgets every account and what it held, announcing every removal.
    void clear();

    const Tenant *tenant(const QString &tenantId) const;
    // Stays valid, where it is, while the instance changes, until instancesRemoved for it has been emitted.
    const Instance *instance(const QString &instanceId) const;
    const Snapshot *snapshot(const QString &instanceId, const QString &snapshotId) const;
    QStringList tenantIds() const { return m_tenants.keys(); }
    QStringList instanceIds() const;
    QStringList snapshotIds(const QString &instanceId) const { return m_snapshots.value(instanceId).keys(); }
    qsizetype tenantCount() const { return m_tenants.size(); }
    qsizetype instanceCount() const { return static_cast<qsizetype>(m_instances.size()); }
    qsizetype instanceCount(const QString &accountKey) const { return m_instanceCount.value(accountKey); }
    // The tenant's name, or its id while the name is unknown.
    QString tenantDisplayName(const QString &tenantId) const;
    // The same, preceded by its account's label ("Work / Production") while several accounts are shown.
    QString qualifiedTenantName(const QString &tenantId) const;

    StatusHistory statusHistory(const QString &instanceId) const { return m_history.value(instanceId); }
    // When the current status was first observed; invalid while no status is known.
    QDateTime statusSince(const QString &instanceId) const;

    static constexpr qsizetype MaxHistoryLength = 32;

Q_SIGNALS:
    void accountsAdded(const QStringList &accountKeys);
    // Emitted after everything the account held is gone.
    void accountRemoved(const QString &accountKey);
    void accountChanged(const QString &accountKey);
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
    // An instance as held: what is known of it, the account that owns it, and what its account's list said of it
    // last (so a list that repeats itself costs a hash per entry, not a comparison of every field).
    struct Held
    {
        Instance instance;
        QString account;
        quint64 listedFingerprint = 0; // of the list entry applied last
        quint64 listedIn = 0; // the list (m_listGeneration) that named it last
        bool changedSinceListed = true; // something other than that list entry changed it since
    };

    void applyInstanceSpan(const QString &accountKey, std::span<const Instance> instances);
    // Stores `merged` under its id for `accountKey`; returns true when it was new. Emits instanceChanged for a
    // known one that changed.
    bool store(const QString &accountKey, const Instance &merged);
    // Holds an instance not held yet, for `accountKey`.
    Held &add(const QString &accountKey, const Instance &instance);
    // Applies one entry of the account's list to what is held of it.
    void applyListed(Held &held, const Instance &incoming, quint64 fingerprint);
    // The account's instances changed other than by its list (or its list is being applied).
    void noteChangeOf(const QString &accountKey);
    void recordStatus(const QString &instanceId, const QString &status);
    // After `instance` changed: true when its pending change ended (landed, or settled without it).
    bool settlePending(const Instance &instance);
    void removeInstances(const QStringList &instanceIds);
    // Adds the account with an empty label if it is not known yet.
    void ensureAccount(const QString &accountKey);
    // True when tenant `id` is owned by an account other than `accountKey`.
    bool tenantOwnedElsewhere(const QString &id, const QString &accountKey) const;
    // Emits tenantChanged for each of these tenants: their qualified name changed.
    void announceTenantNames(const QStringList &tenantIds);

    Clock m_clock;
    QStringList m_accountOrder; // account keys in the order added
    QHash<QString, AccountInfo> m_accounts;
    QHash<QString, QString> m_tenantAccount; // tenant id → owning account key
    QHash<QString, Tenant> m_tenants;
    // Node-based: an instance stays at its address until it is removed, so the item models may keep a pointer to
    // it for each row; a removed one is freed only after instancesRemoved has been heard.
    std::unordered_map<QString, Held> m_instances;
    QHash<QString, qsizetype> m_instanceCount; // account key → instances it owns
    quint64 m_listGeneration = 0;
    // Per account: the fingerprint of its last instance list, and whether anything else changed its instances
    // since. The same list again, with nothing changed in between, is a list the Inventory holds already.
    struct ListMemo
    {
        quint64 fingerprint = 0;
        bool changedSince = false;
    };
    QHash<QString, ListMemo> m_lastList;
    QHash<QString, QHash<QString, Snapshot>> m_snapshots;
    QHash<QString, StatusHistory> m_history;
    QHash<QString, PendingChange> m_pending;
};

} // namespace Aura
