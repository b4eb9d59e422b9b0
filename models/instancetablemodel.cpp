#include "models/instancetablemodel.h"

#include "models/inventory.h"
#include "models/roles.h"

#include <QSet>

namespace Aura {

InstanceTableModel::InstanceTableModel(const Inventory &inventory, QObject *parent)
    : QAbstractTableModel(parent)
    , m_inventory(inventory)
{
    m_rows.append(inventory.instanceIds());
    for (const QString &id : m_rows.ids())
        m_instances.append(inventory.instance(id));
    connect(&inventory, &Inventory::instancesAdded, this, &InstanceTableModel::onInstancesAdded);
    connect(&inventory, &Inventory::instancesRemoved, this, &InstanceTableModel::onInstancesRemoved);
    connect(&inventory, &Inventory::instanceChanged, this, &InstanceTableModel::onInstanceChanged);
    // A tenant's name shows in the project column; it changes when the tenant is renamed, appears or goes.
    connect(&inventory, &Inventory::tenantChanged, this, [this](const QString &id) { onTenantsChanged({id}); });
    connect(&inventory, &Inventory::tenantsAdded, this, &InstanceTableModel::onTenantsChanged);
    connect(&inventory, &Inventory::tenantsRemoved, this, &InstanceTableModel::onTenantsChanged);
}

int InstanceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.count();
}

int InstanceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InstanceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Instance *i = m_instances.at(index.row());
    if (!i)
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole) {
        switch (index.column()) {
        case NameColumn:
            return i->name; // the proxies sort without regard to case
        case StatusColumn:
            return role == Qt::ToolTipRole ? statusTip(*i) : QVariant(i->status);
        case TenantColumn:
            return m_inventory.qualifiedTenantName(i->tenantId);
        case TypeColumn:
            return i->type;
        case CloudProviderColumn:
            return i->cloudProvider;
        case RegionColumn:
            return i->region;
        case MemoryColumn:
            return role == SortRole ? QVariant(sizeInGigabytes(i->memory)) : sizeText(*i, i->memory, role, true);
        case StorageColumn:
            return role == SortRole ? QVariant(sizeInGigabytes(i->storage)) : sizeText(*i, i->storage, role, false);
        case VersionColumn:
            return i->version;
        case ConnectionUrlColumn:
            return i->connectionUrl;
        case IdColumn:
            return i->id;
        default:
            return {};
        }
    }
    return instanceRoleData(m_inventory, *i, role);
}

QVariant InstanceTableModel::statusTip(const Instance &instance) const
{
    // The cell elides a long change; the tooltip says it whole.
    const PendingChange *pending = m_inventory.pendingChange(instance.id);
    if (!pending)
        return instance.status;
    return tr("%1, changing to %2", "status, the change asked for").arg(instance.status, pending->change.summary());
}

QVariant InstanceTableModel::sizeText(const Instance &instance, const QString &size, int role, bool memory) const
{
    // The old size stays in the service's answers until a resize lands: the size asked for shows beside it.
    const PendingChange *pending = m_inventory.pendingChange(instance.id);
    const std::optional<QString> &target
        = pending ? (memory ? pending->change.memory : pending->change.storage) : std::optional<QString>();
    if (!target || target->compare(size, Qt::CaseInsensitive) == 0)
        return size;
    if (role == Qt::ToolTipRole)
        return tr("%1 now, updating to %2: the new size shows once the change lands").arg(size, *target);
    return tr("%1 → %2", "size now → size asked for").arg(size, *target);
}

QVariant InstanceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case TenantColumn:
        return tr("Project");
    case TypeColumn:
        return tr("Type");
    case CloudProviderColumn:
        return tr("Cloud");
    case RegionColumn:
        return tr("Region");
    case MemoryColumn:
        return tr("Memory");
    case StorageColumn:
        return tr("Storage");
    case VersionColumn:
        return tr("Version");
    case ConnectionUrlColumn:
        return tr("Connection URL");
    case IdColumn:
        return tr("ID");
    default:
        return {};
    }
}

QHash<int, QByteArray> InstanceTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "instanceId");
    names.insert(RawStatusRole, "rawStatus");
    names.insert(StatusCategoryRole, "statusCategory");
    names.insert(StatusSinceRole, "statusSince");
    names.insert(StatusHistoryRole, "statusHistory");
    names.insert(TenantIdRole, "tenantId");
    names.insert(AccountRole, "accountKey");
    return names;
}

QModelIndex InstanceTableModel::indexOf(const QString &instanceId, int column) const
{
    const int row = m_rows.rowOf(instanceId);
    return row < 0 ? QModelIndex() : index(row, column);
}

QString InstanceTableModel::instanceIdAt(int row) const
{
    return row >= 0 && row < m_rows.count() ? m_rows.at(row) : QString();
}

RowIdentity InstanceTableModel::rowIdentity(int row, const QModelIndex &parent) const
{
    const bool valid = !parent.isValid() && row >= 0 && row < m_rows.count();
    return {
        NodeKind::Instance, valid ? m_rows.at(row) : QString(), std::nullopt, valid ? m_instances.at(row) : nullptr};
}

std::pair<int, int> InstanceTableModel::columnSpan(InstanceFields fields)
{
    static constexpr std::pair<InstanceField, Column> shown[] = {{InstanceField::Name, NameColumn},
        {InstanceField::Status, StatusColumn}, {InstanceField::Tenant, TenantColumn}, {InstanceField::Type, TypeColumn},
        {InstanceField::CloudProvider, CloudProviderColumn}, {InstanceField::Region, RegionColumn},
        {InstanceField::Memory, MemoryColumn}, {InstanceField::Storage, StorageColumn},
        {InstanceField::Version, VersionColumn}, {InstanceField::ConnectionUrl, ConnectionUrlColumn},
        // The change the user asked for shows with the status and the values it changes.
        {InstanceField::Pending, StatusColumn}, {InstanceField::Pending, StorageColumn}};
    int first = ColumnCount;
    int last = -1;
    for (const auto &[field, column] : shown) {
        if (fields & field) {
            first = std::min(first, static_cast<int>(column));
            last = std::max(last, static_cast<int>(column));
        }
    }
    // The status roles (since, history) hang off the status column; other fields only change roles of column 0.
    if (fields & InstanceField::Other)
        first = NameColumn;
    if (last < first)
        last = first;
    return {first, last};
}

void InstanceTableModel::onInstancesAdded(const QStringList &ids)
{
    QStringList fresh;
    fresh.reserve(ids.size());
    QSet<QString> seen;
    for (const QString &id : ids) {
        if (!m_rows.contains(id) && !seen.contains(id)) {
            seen.insert(id);
            fresh.append(id);
        }
    }
    if (fresh.isEmpty())
        return;
    const int first = m_rows.count();
    beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
    m_rows.append(fresh);
    for (const QString &id : std::as_const(fresh))
        m_instances.append(m_inventory.instance(id));
    endInsertRows();
}

void InstanceTableModel::onInstancesRemoved(const QStringList &ids)
{
    for (const RowIndex::Range &range : m_rows.rangesOf(ids)) {
        beginRemoveRows({}, range.first, range.last);
        m_rows.removeRange(range);
        m_instances.remove(range.first, range.last - range.first + 1);
        endRemoveRows();
    }
}

void InstanceTableModel::onInstanceChanged(const QString &id, InstanceFields fields)
{
    const int row = m_rows.rowOf(id);
    if (row < 0)
        return;
    const auto [first, last] = columnSpan(fields);
    emit dataChanged(index(row, first), index(row, last));
}

void InstanceTableModel::onTenantsChanged(const QStringList &tenantIds)
{
    // Rare (a project renamed, or names arriving after the instances): repaint the project column of those
    // tenants' rows, range by range, in one pass over the rows.
    const QSet<QString> tenants(tenantIds.cbegin(), tenantIds.cend());
    QList<int> rows;
    for (int row = 0; row < m_rows.count(); ++row) {
        const Instance *i = m_instances.at(row);
        if (i && tenants.contains(i->tenantId))
            rows.append(row);
    }
    for (const RowIndex::Range &range : RowIndex::rangesOfRows(rows))
        emit dataChanged(index(range.first, TenantColumn), index(range.last, TenantColumn));
}

} // namespace Aura
