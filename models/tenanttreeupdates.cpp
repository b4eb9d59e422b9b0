// TenantTreeModel's answers to the Inventory's signals: precise inserts, removals and dataChanged, never a reset.
#include "models/inventory.h"
#include "models/tenanttreemodel.h"

namespace Aura {

AccountNode *TenantTreeModel::ensureAccountRow(const QString &accountKey)
{
    if (AccountNode *account = accountNode(accountKey))
        return account;
    onAccountsAdded({accountKey});
    return accountNode(accountKey);
}

void TenantTreeModel::onAccountsAdded(const QStringList &keys)
{
    QStringList fresh;
    for (const QString &key : keys) {
        if (!accountNode(key) && !fresh.contains(key))
            fresh.append(key);
    }
    if (fresh.isEmpty())
        return;
    const int first = m_accountRows.count();
    beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
    for (const QString &key : std::as_const(fresh))
        m_accounts.emplace(key, std::make_unique<AccountNode>(key));
    m_accountRows.append(fresh);
    endInsertRows();
}

void TenantTreeModel::onAccountRemoved(const QString &key)
{
    // The Inventory has announced the removal of everything the account held; whatever is left goes with the row.
    AccountNode *account = accountNode(key);
    if (!account)
        return;
    const int row = m_accountRows.rowOf(key);
    beginRemoveRows({}, row, row);
    for (const auto &[tenantId, tenant] : account->tenantNodes) {
        for (const QString &instanceId : tenant->instances.ids())
            m_placeOfInstance.remove(instanceId);
    }
    m_accountRows.removeRange({row, row});
    endRemoveRows();
    // Freed only now: until endRemoveRows the view may still hold indexes pointing at these nodes.
    m_accounts.erase(key);
}

void TenantTreeModel::onAccountChanged(const QString &key)
{
    const QModelIndex name = accountIndex(key, NameColumn);
    if (name.isValid())
        emit dataChanged(name, name.siblingAtColumn(StatusColumn));
}

void TenantTreeModel::addInstances(const QStringList &ids)
{
    // Grouped by account and tenant, so that each tenant gets one contiguous insert.
    QStringList accountOrder;
    QHash<QString, QStringList> tenantOrder; // per account
    QHash<QString, QHash<QString, QStringList>> groups; // account → tenant → instances
    for (const QString &id : ids) {
        const Instance *i = m_inventory.instance(id);
        if (!i || m_placeOfInstance.contains(id))
            continue;
        const QString accountKey = m_inventory.accountOfInstance(id);
        if (!groups.contains(accountKey))
            accountOrder.append(accountKey);
        QHash<QString, QStringList> &byTenant = groups[accountKey];
        if (!byTenant.contains(i->tenantId))
            tenantOrder[accountKey].append(i->tenantId);
        byTenant[i->tenantId].append(id);
    }
    for (const QString &accountKey : std::as_const(accountOrder)) {
        AccountNode *account = ensureAccountRow(accountKey);
        const QHash<QString, QStringList> &byTenant = groups[accountKey];
        QStringList newTenants;
        for (const QString &tenantId : std::as_const(tenantOrder[accountKey])) {
            const QStringList &children = byTenant[tenantId];
            TenantNode *tenant = account->tenant(tenantId);
            if (!tenant) {
                newTenants.append(tenantId);
                continue;
            }
            const int first = tenant->instances.count();
            beginInsertRows(indexOf(tenant), first, first + static_cast<int>(children.size()) - 1);
            tenant->instances.append(children);
            for (const QString &id : children)
                m_placeOfInstance.insert(id, tenant);
            endInsertRows();
        }
        if (newTenants.isEmpty())
            continue;
        // Tenants not shown under this account yet arrive with their instances already in place.
        const int first = account->tenants.count();
        beginInsertRows(accountIndex(accountKey), first, first + static_cast<int>(newTenants.size()) - 1);
        for (const QString &tenantId : std::as_const(newTenants)) {
            auto tenant = std::make_unique<TenantNode>(account, tenantId);
            tenant->instances.append(byTenant[tenantId]);
            for (const QString &id : byTenant[tenantId])
                m_placeOfInstance.insert(id, tenant.get());
            account->tenantNodes.emplace(tenantId, std::move(tenant));
        }
        account->tenants.append(newTenants);
        endInsertRows();
    }
}

void TenantTreeModel::removeInstances(const QStringList &ids)
{
    QList<TenantNode *> tenantOrder;
    QHash<TenantNode *, QStringList> byTenant;
    for (const QString &id : ids) {
        const auto it = m_placeOfInstance.constFind(id);
        if (it == m_placeOfInstance.cend())
            continue;
        if (!byTenant.contains(*it))
            tenantOrder.append(*it);
        byTenant[*it].append(id);
        m_placeOfInstance.erase(it);
    }
    QHash<AccountNode *, QStringList> emptied;
    for (TenantNode *tenant : std::as_const(tenantOrder)) {
        const QModelIndex parent = indexOf(tenant);
        for (const RowIndex::Range &range : tenant->instances.rangesOf(byTenant[tenant])) {
            beginRemoveRows(parent, range.first, range.last);
            tenant->instances.removeRange(range);
            endRemoveRows();
        }
        const bool owned = m_inventory.tenant(tenant->tenantId)
            && m_inventory.accountOfTenant(tenant->tenantId) == tenant->account->key;
        if (tenant->instances.count() == 0 && !owned)
            emptied[tenant->account].append(tenant->tenantId);
    }
    for (auto it = emptied.cbegin(); it != emptied.cend(); ++it)
        removeTenantRows(it.key(), it.value());
}

void TenantTreeModel::removeTenantRows(AccountNode *account, const QStringList &tenantIds)
{
    const QModelIndex parent = accountIndex(account->key);
    for (const RowIndex::Range &range : account->tenants.rangesOf(tenantIds)) {
        beginRemoveRows(parent, range.first, range.last);
        QStringList gone;
        for (int row = range.first; row <= range.last; ++row)
            gone.append(account->tenants.at(row));
        account->tenants.removeRange(range);
        for (const QString &id : std::as_const(gone)) {
            if (const TenantNode *tenant = account->tenant(id)) {
                for (const QString &instanceId : tenant->instances.ids())
                    m_placeOfInstance.remove(instanceId);
            }
        }
        endRemoveRows();
        // Freed only now: until endRemoveRows the view may still hold indexes pointing at these nodes.
        for (const QString &id : std::as_const(gone))
            account->tenantNodes.erase(id);
    }
}

void TenantTreeModel::onTenantsAdded(const QStringList &ids)
{
    QStringList accountOrder;
    QHash<QString, QStringList> fresh; // per owning account
    for (const QString &id : ids) {
        onTenantChanged(id); // rows shown already for their instances: now with the name
        const QString accountKey = m_inventory.accountOfTenant(id);
        const AccountNode *account = accountNode(accountKey);
        if (account && account->tenant(id))
            continue;
        if (!fresh.contains(accountKey))
            accountOrder.append(accountKey);
        fresh[accountKey].append(id);
    }
    for (const QString &accountKey : std::as_const(accountOrder)) {
        AccountNode *account = ensureAccountRow(accountKey);
        const QStringList &tenants = fresh[accountKey];
        const int first = account->tenants.count();
        beginInsertRows(accountIndex(accountKey), first, first + static_cast<int>(tenants.size()) - 1);
        for (const QString &id : tenants)
            account->tenantNodes.emplace(id, std::make_unique<TenantNode>(account, id));
        account->tenants.append(tenants);
        endInsertRows();
    }
}

void TenantTreeModel::onTenantsRemoved(const QStringList &ids)
{
    for (const QString &key : m_accountRows.ids()) {
        AccountNode *account = accountNode(key);
        QStringList empty;
        for (const QString &id : ids) {
            const TenantNode *tenant = account->tenant(id);
            if (!tenant)
                continue;
            if (tenant->instances.count() == 0) {
                empty.append(id);
            } else {
                const QModelIndex name = indexOf(tenant);
                emit dataChanged(name, name); // still holds instances: stays, shown by id
            }
        }
        removeTenantRows(account, empty);
    }
}

void TenantTreeModel::onTenantChanged(const QString &id)
{
    for (const QString &key : m_accountRows.ids()) {
        if (const TenantNode *tenant = accountNode(key)->tenant(id)) {
            const QModelIndex name = indexOf(tenant);
            emit dataChanged(name, name);
        }
    }
}

void TenantTreeModel::onInstanceChanged(const QString &id, InstanceFields fields)
{
    const Instance *i = m_inventory.instance(id);
    const TenantNode *shownUnder = m_placeOfInstance.value(id);
    if (!i || !shownUnder)
        return;
    if ((fields & InstanceField::Tenant) && shownUnder->tenantId != i->tenantId) {
        // Moved to another tenant (never seen in practice): out of one, into the other.
        removeInstances({id});
        addInstances({id});
        return;
    }
    // Fields without a column still matter to roles and to the filter proxy: repaint the name cell for them.
    // The change the user asked for shows with the status.
    const InstanceFields statusCell = InstanceField::Status | InstanceField::Pending;
    const int first = (fields & statusCell) && !(fields & ~statusCell) ? StatusColumn : NameColumn;
    const int last = (fields & statusCell) ? StatusColumn : NameColumn;
    emit dataChanged(instanceIndex(id, first), instanceIndex(id, last));
}

} // namespace Aura
