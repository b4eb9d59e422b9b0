#include "models/instancefilterproxy.h"

#include "models/inventory.h"
#include "models/roles.h"

namespace Aura {

InstanceFilterProxy::InstanceFilterProxy(const Inventory &inventory, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_inventory(inventory)
{
    setSortRole(SortRole);
    setRecursiveFilteringEnabled(true);
    // Any changed column may change the verdict (the text matches region, type, ...), not only column 0.
    setFilterKeyColumn(-1);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void InstanceFilterProxy::setFilter(const InstanceFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateFilter();
}

bool InstanceFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString id = index.data(IdRole).toString();
    const QVariant account = index.data(AccountRole);
    switch (static_cast<NodeKind>(index.data(NodeKindRole).toInt())) {
    case NodeKind::Account:
        return m_filter.acceptsAccount(id);
    case NodeKind::Tenant:
        return m_filter.acceptsTenant(id, account.isValid() ? account.toString() : m_inventory.accountOfTenant(id));
    default:
        break;
    }
    const Instance *instance = m_inventory.instance(id);
    return instance
        && m_filter.accepts(*instance, account.isValid() ? account.toString() : m_inventory.accountOfInstance(id));
}

} // namespace Aura
