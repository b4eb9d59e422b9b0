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

RowIdentity InstanceFilterProxy::identityOf(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_rows)
        return m_rows->rowIdentity(sourceRow, sourceParent);
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QVariant account = index.data(AccountRole);
    return {static_cast<NodeKind>(index.data(NodeKindRole).toInt()), index.data(IdRole).toString(),
        account.isValid() ? std::optional<QString>(account.toString()) : std::nullopt, nullptr};
}

bool InstanceFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const RowIdentity row = identityOf(sourceRow, sourceParent);
    switch (row.kind) {
    case NodeKind::Account:
        return m_filter.acceptsAccount(row.id);
    case NodeKind::Tenant:
        return m_filter.acceptsTenant(row.id, row.account ? *row.account : m_inventory.accountOfTenant(row.id));
    default:
        break;
    }
    if (row.instance) {
        // Its account matters only to a filter that names one: no look-up otherwise.
        const QString account = m_filter.accountKey() ? m_inventory.accountOfInstance(row.id) : QString();
        return m_filter.accepts(*row.instance, account);
    }
    QString account;
    const Instance *instance = m_inventory.instance(row.id, &account);
    return instance && m_filter.accepts(*instance, account);
}

} // namespace Aura
