#include "tenanttreemodel.h"

#include "inventory.h"
#include "roles.h"

#include <QSet>

namespace Aura {

TenantTreeModel::TenantTreeModel(const Inventory &inventory, QObject *parent)
    : QAbstractItemModel(parent)
    , m_inventory(inventory)
{
    const QStringList tenants = inventory.tenantIds();
    for (const QString &id : tenants)
        m_nodes.emplace(id, std::make_unique<TenantNode>(TenantNode {id, {}}));
    m_tenantRows.append(tenants);
    addInstances(inventory.instanceIds());

    connect(&inventory, &Inventory::tenantsAdded, this, &TenantTreeModel::onTenantsAdded);
    connect(&inventory, &Inventory::tenantsRemoved, this, &TenantTreeModel::onTenantsRemoved);
    connect(&inventory, &Inventory::tenantChanged, this, &TenantTreeModel::onTenantChanged);
    connect(&inventory, &Inventory::instancesAdded, this, &TenantTreeModel::addInstances);
    connect(&inventory, &Inventory::instancesRemoved, this, &TenantTreeModel::removeInstances);
    connect(&inventory, &Inventory::instanceChanged, this, &TenantTreeModel::onInstanceChanged);
}

TenantTreeModel::~TenantTreeModel() = default;

TenantTreeModel::TenantNode *TenantTreeModel::nodeAt(int row) const
{
    return node(m_tenantRows.at(row));
}

TenantTreeModel::TenantNode *TenantTreeModel::node(const QString &tenantId) const
{
    const auto it = m_nodes.find(tenantId);
    return it == m_nodes.end() ? nullptr : it->second.get();
}

QModelIndex TenantTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_tenantRows.count() ? createIndex(row, column, nullptr) : QModelIndex();
    if (parent.internalPointer() || parent.column() != 0)
        return {};
    TenantNode *tenant = nodeAt(parent.row());
    return row < tenant->instances.count() ? createIndex(row, column, tenant) : QModelIndex();
}

QModelIndex TenantTreeModel::parent(const QModelIndex &child) const
{
    const auto *tenant = static_cast<const TenantNode *>(child.internalPointer());
    if (!child.isValid() || !tenant)
        return {};
    return createIndex(m_tenantRows.rowOf(tenant->tenantId), 0, nullptr);
}

int TenantTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_tenantRows.count();
    if (parent.internalPointer() || parent.column() != 0)
        return 0;
    return nodeAt(parent.row())->instances.count();
}

int TenantTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TenantTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto *tenant = static_cast<const TenantNode *>(index.internalPointer());
    if (!tenant) {
        const QString &tenantId = m_tenantRows.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            return index.column() == NameColumn ? m_inventory.tenantDisplayName(tenantId) : QString();
        case SortRole:
            return index.column() == NameColumn ? m_inventory.tenantDisplayName(tenantId).toLower() : QString();
        case IdRole:
        case TenantIdRole:
            return tenantId;
        case NodeKindRole:
            return static_cast<int>(NodeKind::Tenant);
        default:
            return {};
        }
    }
    const Instance *i = m_inventory.instance(tenant->instances.at(index.row()));
    if (!i)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return index.column() == NameColumn ? i->name : i->status;
    case SortRole:
        return index.column() == NameColumn ? i->name.toLower() : i->status.toLower();
    default:
        return instanceRoleData(m_inventory, *i, role);
    }
}

QVariant TenantTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    return section == NameColumn ? tr("Name") : tr("Status");
}

QModelIndex TenantTreeModel::tenantIndex(const QString &tenantId, int column) const
{
    const int row = m_tenantRows.rowOf(tenantId);
    return row < 0 ? QModelIndex() : index(row, column);
}

QModelIndex TenantTreeModel::instanceIndex(const QString &instanceId, int column) const
{
    const auto it = m_tenantOfInstance.constFind(instanceId);
    if (it == m_tenantOfInstance.cend())
        return {};
    TenantNode *tenant = node(*it);
    return createIndex(tenant->instances.rowOf(instanceId), column, tenant);
}

void TenantTreeModel::addInstances(const QStringList &ids)
{
    // Grouped by tenant, so that each tenant gets one contiguous insert.
    QStringList tenantOrder;
    QHash<QString, QStringList> byTenant;
    for (const QString &id : ids) {
        const Instance *i = m_inventory.instance(id);
        if (!i || m_tenantOfInstance.contains(id))
            continue;
        auto group = byTenant.find(i->tenantId);
        if (group == byTenant.end()) {
            tenantOrder.append(i->tenantId);
            group = byTenant.insert(i->tenantId, {});
        }
        group->append(id);
        m_tenantOfInstance.insert(id, i->tenantId);
    }
    QStringList newTenants;
    for (const QString &tenantId : std::as_const(tenantOrder)) {
        const QStringList &children = byTenant[tenantId];
        if (TenantNode *tenant = node(tenantId)) {
            const int first = tenant->instances.count();
            beginInsertRows(tenantIndex(tenantId), first, first + static_cast<int>(children.size()) - 1);
            tenant->instances.append(children);
            endInsertRows();
        } else {
            newTenants.append(tenantId);
        }
    }
    if (newTenants.isEmpty())
        return;
    // Tenants not known yet arrive with their instances already in place.
    const int first = m_tenantRows.count();
    beginInsertRows({}, first, first + static_cast<int>(newTenants.size()) - 1);
    for (const QString &tenantId : std::as_const(newTenants)) {
        auto tenant = std::make_unique<TenantNode>(TenantNode {tenantId, {}});
        tenant->instances.append(byTenant[tenantId]);
        m_nodes.emplace(tenantId, std::move(tenant));
    }
    m_tenantRows.append(newTenants);
    endInsertRows();
}

void TenantTreeModel::removeInstances(const QStringList &ids)
{
    QStringList tenantOrder;
    QHash<QString, QStringList> byTenant;
    for (const QString &id : ids) {
        const auto it = m_tenantOfInstance.constFind(id);
        if (it == m_tenantOfInstance.cend())
            continue;
        if (!byTenant.contains(*it))
            tenantOrder.append(*it);
        byTenant[*it].append(id);
        m_tenantOfInstance.erase(it);
    }
    QStringList emptied;
    for (const QString &tenantId : std::as_const(tenantOrder)) {
        TenantNode *tenant = node(tenantId);
        const QModelIndex parent = tenantIndex(tenantId);
        for (const RowIndex::Range &range : tenant->instances.rangesOf(byTenant[tenantId])) {
            beginRemoveRows(parent, range.first, range.last);
            tenant->instances.removeRange(range);
            endRemoveRows();
        }
        if (tenant->instances.count() == 0 && !m_inventory.tenant(tenantId))
            emptied.append(tenantId);
    }
    removeTenantRows(emptied);
}

void TenantTreeModel::removeTenantRows(const QStringList &tenantIds)
{
    for (const RowIndex::Range &range : m_tenantRows.rangesOf(tenantIds)) {
        beginRemoveRows({}, range.first, range.last);
        QStringList gone;
        for (int row = range.first; row <= range.last; ++row)
            gone.append(m_tenantRows.at(row));
        m_tenantRows.removeRange(range);
        for (const QString &id : std::as_const(gone)) {
            for (const QString &instanceId : node(id)->instances.ids())
                m_tenantOfInstance.remove(instanceId);
        }
        endRemoveRows();
        // Freed only now: until endRemoveRows the view may still hold indexes pointing at these nodes.
        for (const QString &id : std::as_const(gone))
            m_nodes.erase(id);
    }
}

void TenantTreeModel::onTenantsAdded(const QStringList &ids)
{
    QStringList fresh;
    for (const QString &id : ids) {
        if (node(id))
            onTenantChanged(id); // shown already for its instances; now with its name
        else
            fresh.append(id);
    }
    if (fresh.isEmpty())
        return;
    const int first = m_tenantRows.count();
    beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
    for (const QString &id : std::as_const(fresh))
        m_nodes.emplace(id, std::make_unique<TenantNode>(TenantNode {id, {}}));
    m_tenantRows.append(fresh);
    endInsertRows();
}

void TenantTreeModel::onTenantsRemoved(const QStringList &ids)
{
    QStringList empty;
    for (const QString &id : ids) {
        const TenantNode *tenant = node(id);
        if (!tenant)
            continue;
        if (tenant->instances.count() == 0)
            empty.append(id);
        else
            onTenantChanged(id); // still holds instances: stays, shown by id
    }
    removeTenantRows(empty);
}

void TenantTreeModel::onTenantChanged(const QString &id)
{
    const QModelIndex name = tenantIndex(id);
    if (name.isValid())
        emit dataChanged(name, name);
}

void TenantTreeModel::onInstanceChanged(const QString &id, InstanceFields fields)
{
    const Instance *i = m_inventory.instance(id);
    const auto shownUnder = m_tenantOfInstance.constFind(id);
    if (!i || shownUnder == m_tenantOfInstance.cend())
        return;
    if ((fields & InstanceField::Tenant) && *shownUnder != i->tenantId) {
        // Moved to another tenant (never seen in practice): out of one, into the other.
        removeInstances({id});
        addInstances({id});
        return;
    }
    // Fields without a column still matter to roles and to the filter proxy: repaint the name cell for them.
    const int first = (fields & InstanceField::Status) && !(fields & ~InstanceFields(InstanceField::Status))
        ? StatusColumn
        : NameColumn;
    const int last = (fields & InstanceField::Status) ? StatusColumn : NameColumn;
    emit dataChanged(instanceIndex(id, first), instanceIndex(id, last));
}

} // namespace Aura
