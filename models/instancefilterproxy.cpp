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

void InstanceFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_rows = dynamic_cast<const RowIdentitySource *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void InstanceFilterProxy::setKeepsGroups(bool keeps)
{
    if (keeps == m_keepsGroups)
        return;
    m_keepsGroups = keeps;
    invalidateFilter();
}

bool InstanceFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    Q_ASSERT_X(m_rows, "InstanceFilterProxy", "the source model tells its rows (RowIdentitySource)");
    if (!m_rows)
        return false;
    const RowIdentity row = m_rows->rowIdentity(sourceRow, sourceParent);
    switch (row.kind) {
    case NodeKind::Account:
        return m_keepsGroups || m_filter.acceptsAccount(row.id);
    case NodeKind::Tenant:
        return m_keepsGroups
            || m_filter.acceptsTenant(row.id, row.account ? *row.account : m_inventory.accountOfTenant(row.id));
    default:
        break;
    }
    if (!row.instance)
        return false;
    // The account matters only to a filter that names one: no look-up otherwise.
    if (row.account)
        return m_filter.accepts(*row.instance, *row.account);
    return m_filter.accepts(*row.instance, m_filter.accountKey() ? m_inventory.accountOfInstance(row.id) : QString());
}

} // namespace Aura
