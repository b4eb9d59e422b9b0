#pragma once

#include "models/changes.h"
#include "models/rowidentity.h"
#include "models/rowindex.h"
#include "models/tenanttreenodes.h"

#include <QAbstractItemModel>

#include <memory>
#include <unordered_map>

namespace Aura {

class Inventory;

// Accounts at the top, in the order the Inventory added them; each account's tenants (projects) below it, and
// their instances below them; an instance's snapshots come from a SnapshotTableModel for its IdRole. A tenant
// shows under an account while that account owns it in the Inventory or while any instance of that account names
// it, so no instance is hidden because its tenant's name has not arrived yet. Updates are precise inserts,
// removals and dataChanged; the model never resets, so expansion and selection survive refreshes.
class TenantTreeModel final : public QAbstractItemModel, public RowIdentitySource
{
    Q_OBJECT
public:
    enum Column { NameColumn, StatusColumn, ColumnCount };

    explicit TenantTreeModel(const Inventory &inventory, QObject *parent = nullptr);
    ~TenantTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    RowIdentity rowIdentity(int row, const QModelIndex &parent) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex accountIndex(const QString &accountKey, int column = NameColumn) const;
    // The tenant's row under the account that owns it; while no account owns it, the first row that shows it.
    QModelIndex tenantIndex(const QString &tenantId, int column = NameColumn) const;
    QModelIndex instanceIndex(const QString &instanceId, int column = NameColumn) const;

private:
    AccountNode *accountAt(int row) const;
    AccountNode *accountNode(const QString &accountKey) const;
    QModelIndex indexOf(const TenantNode *tenant, int column = NameColumn) const;
    QVariant accountData(const QString &accountKey, int column, int role) const;
    QVariant tenantData(const TenantNode &tenant, int column, int role) const;

    // Updates, in tenanttreeupdates.cpp.
    AccountNode *ensureAccountRow(const QString &accountKey);
    void onAccountsAdded(const QStringList &keys);
    void onAccountRemoved(const QString &key);
    void onAccountChanged(const QString &key);
    void addInstances(const QStringList &ids);
    void removeInstances(const QStringList &ids);
    void removeTenantRows(AccountNode *account, const QStringList &tenantIds);
    void onTenantsAdded(const QStringList &ids);
    void onTenantsRemoved(const QStringList &ids);
    void onTenantChanged(const QString &id);
    void onInstanceChanged(const QString &id, InstanceFields fields);

    const Inventory &m_inventory;
    RowIndex m_accountRows;
    std::unordered_map<QString, std::unique_ptr<AccountNode>> m_accounts;
    QHash<QString, TenantNode *> m_placeOfInstance; // the node each instance is shown under
};

} // namespace Aura
