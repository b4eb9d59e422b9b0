#include "models/tenanttreemodel.h"

#include "models/inventory.h"
#include "models/roles.h"

#include <QFont>

namespace Aura {

TenantTreeModel::TenantTreeModel(const Inventory &inventory, QObject *parent)
    : QAbstractItemModel(parent)
    , m_inventory(inventory)
{
    const QStringList accounts = inventory.accountKeys();
    for (const QString &key : accounts) {
        auto account = std::make_unique<AccountNode>(key);
        const QStringList tenants = inventory.tenantIds(key);
        for (const QString &id : tenants)
            account->tenantNodes.emplace(id, std::make_unique<TenantNode>(account.get(), id));
        account->tenants.append(tenants);
        m_accounts.emplace(key, std::move(account));
    }
    m_accountRows.append(accounts);
    addInstances(inventory.instanceIds());

    connect(&inventory, &Inventory::accountsAdded, this, &TenantTreeModel::onAccountsAdded);
    connect(&inventory, &Inventory::accountRemoved, this, &TenantTreeModel::onAccountRemoved);
    connect(&inventory, &Inventory::accountChanged, this, &TenantTreeModel::onAccountChanged);
    connect(&inventory, &Inventory::tenantsAdded, this, &TenantTreeModel::onTenantsAdded);
    connect(&inventory, &Inventory::tenantsRemoved, this, &TenantTreeModel::onTenantsRemoved);
    connect(&inventory, &Inventory::tenantChanged, this, &TenantTreeModel::onTenantChanged);
    connect(&inventory, &Inventory::instancesAdded, this, &TenantTreeModel::addInstances);
    connect(&inventory, &Inventory::instancesRemoved, this, &TenantTreeModel::removeInstances);
    connect(&inventory, &Inventory::instanceChanged, this, &TenantTreeModel::onInstanceChanged);
}

TenantTreeModel::~TenantTreeModel() = default;

AccountNode *TenantTreeModel::accountAt(int row) const
{
    return accountNode(m_accountRows.at(row));
}

AccountNode *TenantTreeModel::accountNode(const QString &accountKey) const
{
    const auto it = m_accounts.find(accountKey);
    return it == m_accounts.end() ? nullptr : it->second.get();
}

QModelIndex TenantTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_accountRows.count() ? createIndex(row, column, nullptr) : QModelIndex();
    if (parent.column() != 0)
        return {};
    const auto *above = static_cast<const TreeNode *>(parent.internalPointer());
    if (!above) {
        AccountNode *account = accountAt(parent.row());
        return row < account->tenants.count() ? createIndex(row, column, account) : QModelIndex();
    }
    if (above->kind == NodeKind::Account) {
        TenantNode *tenant = static_cast<const AccountNode *>(above)->tenantAt(parent.row());
        return tenant && row < tenant->instances.count() ? createIndex(row, column, tenant) : QModelIndex();
    }
    return {}; // instances have no rows below them
}

QModelIndex TenantTreeModel::parent(const QModelIndex &child) const
{
    const auto *above = static_cast<const TreeNode *>(child.internalPointer());
    if (!child.isValid() || !above)
        return {};
    if (above->kind == NodeKind::Account)
        return createIndex(m_accountRows.rowOf(static_cast<const AccountNode *>(above)->key), 0, nullptr);
    return indexOf(static_cast<const TenantNode *>(above));
}

int TenantTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_accountRows.count();
    if (parent.column() != 0)
        return 0;
    const auto *above = static_cast<const TreeNode *>(parent.internalPointer());
    if (!above)
        return accountAt(parent.row())->tenants.count();
    if (above->kind == NodeKind::Account) {
        const TenantNode *tenant = static_cast<const AccountNode *>(above)->tenantAt(parent.row());
        return tenant ? tenant->instances.count() : 0;
    }
    return 0;
}

int TenantTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TenantTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto *above = static_cast<const TreeNode *>(index.internalPointer());
    if (!above)
        return accountData(m_accountRows.at(index.row()), index.column(), role);
    if (above->kind == NodeKind::Account) {
        const TenantNode *tenant = static_cast<const AccountNode *>(above)->tenantAt(index.row());
        return tenant ? tenantData(*tenant, index.column(), role) : QVariant();
    }
    const Instance *i = m_inventory.instance(static_cast<const TenantNode *>(above)->instances.at(index.row()));
    if (!i)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return index.column() == NameColumn ? i->name : i->status;
    case SortRole:
        return index.column() == NameColumn ? i->name : i->status; // the proxies sort without regard to case
    default:
        return instanceRoleData(m_inventory, *i, role);
    }
}

RowIdentity TenantTreeModel::rowIdentity(int row, const QModelIndex &parent) const
{
    if (!parent.isValid())
        return {NodeKind::Account, row >= 0 && row < m_accountRows.count() ? m_accountRows.at(row) : QString(),
            std::nullopt, nullptr};
    const auto *above = static_cast<const TreeNode *>(parent.internalPointer());
    if (!above) {
        const AccountNode *account = accountAt(parent.row());
        if (!account || row < 0 || row >= account->tenants.count())
            return {NodeKind::Tenant, QString(), std::nullopt, nullptr};
        return {NodeKind::Tenant, account->tenants.at(row), account->key, nullptr};
    }
    // An instance shows under the account that owns it.
    const AccountNode *account = static_cast<const AccountNode *>(above);
    const TenantNode *tenant = account->tenantAt(parent.row());
    if (!tenant || row < 0 || row >= tenant->instances.count())
        return {NodeKind::Instance, QString(), std::nullopt, nullptr};
    const QString &id = tenant->instances.at(row);
    return {NodeKind::Instance, id, account->key, m_inventory.instance(id)};
}

QVariant TenantTreeModel::accountData(const QString &accountKey, int column, int role) const
{
    // No status roles: the status delegate paints an account's state as plain text, not as an instance status.
    const AccountInfo *info = m_inventory.account(accountKey);
    const QString label = accountLabelText(info ? info->label : QString());
    const QString state = accountStateText(info ? info->state : AccountState::Connecting);
    switch (role) {
    case Qt::DisplayRole:
        return column == NameColumn ? label : state;
    case Qt::ToolTipRole:
        if (column == NameColumn)
            return label;
        return info && !info->detail.isEmpty() ? info->detail : state;
    case SortRole:
        return column == NameColumn ? label.toLower() : state.toLower();
    case Qt::FontRole:
        if (column == NameColumn) {
            QFont font; // the application's font, bold: an account heads its projects
            font.setBold(true);
            return font;
        }
        return {};
    case IdRole:
    case AccountRole:
        return accountKey;
    case NodeKindRole:
        return static_cast<int>(NodeKind::Account);
    default:
        return {};
    }
}

QVariant TenantTreeModel::tenantData(const TenantNode &tenant, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return column == NameColumn ? m_inventory.tenantDisplayName(tenant.tenantId) : QString();
    case SortRole:
        return column == NameColumn ? m_inventory.tenantDisplayName(tenant.tenantId).toLower() : QString();
    case IdRole:
    case TenantIdRole:
        return tenant.tenantId;
    case AccountRole:
        return tenant.account->key;
    case NodeKindRole:
        return static_cast<int>(NodeKind::Tenant);
    default:
        return {};
    }
}

QVariant TenantTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    return section == NameColumn ? tr("Name") : tr("Status");
}

QModelIndex TenantTreeModel::accountIndex(const QString &accountKey, int column) const
{
    const int row = m_accountRows.rowOf(accountKey);
    return row < 0 ? QModelIndex() : index(row, column);
}

QModelIndex TenantTreeModel::indexOf(const TenantNode *tenant, int column) const
{
    return createIndex(tenant->account->tenants.rowOf(tenant->tenantId), column, tenant->account);
}

QModelIndex TenantTreeModel::tenantIndex(const QString &tenantId, int column) const
{
    if (m_inventory.tenant(tenantId)) {
        if (const AccountNode *owner = accountNode(m_inventory.accountOfTenant(tenantId))) {
            if (const TenantNode *tenant = owner->tenant(tenantId))
                return indexOf(tenant, column);
        }
    }
    for (const QString &key : m_accountRows.ids()) {
        if (const TenantNode *tenant = accountNode(key)->tenant(tenantId))
            return indexOf(tenant, column);
    }
    return {};
}

QModelIndex TenantTreeModel::instanceIndex(const QString &instanceId, int column) const
{
    const TenantNode *tenant = m_placeOfInstance.value(instanceId);
    if (!tenant)
        return {};
    return createIndex(tenant->instances.rowOf(instanceId), column, tenant);
}

} // namespace Aura
