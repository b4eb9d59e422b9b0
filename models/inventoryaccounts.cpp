// The account level of the Inventory: which accounts it shows, how each stands, and which account owns each
// tenant and instance. The data itself is applied in inventory.cpp.
#include "models/inventory.h"

namespace Aura {

void Inventory::ensureAccount(const QString &accountKey)
{
    if (!m_accounts.contains(accountKey))
        addAccount(accountKey, QString());
}

void Inventory::addAccount(const QString &accountKey, const QString &label)
{
    if (const auto it = m_accounts.find(accountKey); it != m_accounts.end()) {
        if (it->label == label)
            return;
        it->label = label;
        emit accountChanged(accountKey);
        if (accountCount() > 1)
            announceTenantNames(tenantIds(accountKey));
        return;
    }
    AccountInfo info;
    info.key = accountKey;
    info.label = label;
    m_accounts.insert(accountKey, info);
    m_accountOrder.append(accountKey);
    emit accountsAdded({accountKey});
    if (accountCount() == 2)
        announceTenantNames(tenantIds()); // the first account's tenants now show their account's label
}

void Inventory::setAccountState(const QString &accountKey, AccountState state, const QString &detail)
{
    ensureAccount(accountKey);
    AccountInfo &info = m_accounts[accountKey];
    if (info.state == state && info.detail == detail)
        return;
    info.state = state;
    info.detail = detail;
    emit accountChanged(accountKey);
}

void Inventory::setAccountCapabilities(const QString &accountKey, const Capabilities &capabilities)
{
    ensureAccount(accountKey);
    AccountInfo &info = m_accounts[accountKey];
    if (info.capabilities == capabilities)
        return;
    info.capabilities = capabilities;
    emit accountChanged(accountKey);
}

Capabilities Inventory::capabilitiesOfInstance(const QString &instanceId) const
{
    const AccountInfo *info = account(accountOfInstance(instanceId));
    return info ? info->capabilities : Capabilities {};
}

void Inventory::setAccountRefreshed(const QString &accountKey, const QDateTime &at)
{
    ensureAccount(accountKey);
    AccountInfo &info = m_accounts[accountKey];
    if (info.lastRefresh == at)
        return;
    info.lastRefresh = at;
    emit accountChanged(accountKey);
}

void Inventory::removeAccount(const QString &accountKey)
{
    if (!m_accounts.contains(accountKey))
        return;
    removeInstances(instanceIds(accountKey));
    const QStringList tenants = tenantIds(accountKey);
    for (const QString &id : tenants) {
        m_tenants.remove(id);
        m_tenantAccount.remove(id);
    }
    if (!tenants.isEmpty())
        emit tenantsRemoved(tenants);
    m_accounts.remove(accountKey);
    m_lastList.remove(accountKey);
    m_accountOrder.removeOne(accountKey);
    emit accountRemoved(accountKey);
    if (accountCount() == 1)
        announceTenantNames(tenantIds()); // one account left: its tenants lose the label
}

QStringList Inventory::accountKeys() const
{
    return m_accountOrder;
}

qsizetype Inventory::accountCount() const
{
    return m_accountOrder.size();
}

const AccountInfo *Inventory::account(const QString &accountKey) const
{
    const auto it = m_accounts.constFind(accountKey);
    return it == m_accounts.cend() ? nullptr : &*it;
}

QString Inventory::accountOfTenant(const QString &tenantId) const
{
    return m_tenantAccount.value(tenantId);
}

QString Inventory::accountOfInstance(const QString &instanceId) const
{
    const auto it = m_instances.find(instanceId);
    return it == m_instances.end() ? QString() : it->second.account;
}

QStringList Inventory::tenantIds(const QString &accountKey) const
{
    QStringList ids;
    for (auto it = m_tenantAccount.cbegin(); it != m_tenantAccount.cend(); ++it) {
        if (it.value() == accountKey)
            ids.append(it.key());
    }
    return ids;
}

QStringList Inventory::instanceIds(const QString &accountKey) const
{
    QStringList ids;
    for (const auto &[id, held] : m_instances) {
        if (held.account == accountKey)
            ids.append(id);
    }
    return ids;
}

QStringList Inventory::instanceIds() const
{
    QStringList ids;
    ids.reserve(static_cast<qsizetype>(m_instances.size()));
    for (const auto &entry : m_instances)
        ids.append(entry.first);
    return ids;
}

QString Inventory::qualifiedTenantName(const QString &tenantId) const
{
    const QString name = tenantDisplayName(tenantId);
    if (accountCount() <= 1)
        return name;
    const auto owner = m_tenantAccount.constFind(tenantId);
    if (owner == m_tenantAccount.cend())
        return name;
    return tr("%1 / %2").arg(accountLabelText(m_accounts.value(*owner).label), name);
}

bool Inventory::tenantOwnedElsewhere(const QString &id, const QString &accountKey) const
{
    const auto it = m_tenantAccount.constFind(id);
    return it != m_tenantAccount.cend() && *it != accountKey;
}

void Inventory::announceTenantNames(const QStringList &tenantIds)
{
    for (const QString &id : tenantIds)
        emit tenantChanged(id);
}

} // namespace Aura
