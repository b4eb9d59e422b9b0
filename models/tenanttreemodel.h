#pragma once

#include "changes.h"
#include "rowindex.h"

#include <QAbstractItemModel>

#include <memory>
#include <unordered_map>

namespace Aura {

class Inventory;

// Tenants (projects) at the top, their instances below; an instance's snapshots come from a SnapshotTableModel
// for its IdRole. A tenant shows while the Inventory knows it or while any instance names it, so no instance is
// hidden because its tenant's name has not arrived yet. Updates are precise inserts, removals and dataChanged;
// the model never resets, so expansion and selection survive refreshes.
class TenantTreeModel final : public QAbstractItemModel
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
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex tenantIndex(const QString &tenantId, int column = NameColumn) const;
    QModelIndex instanceIndex(const QString &instanceId, int column = NameColumn) const;

private:
    struct TenantNode
    {
        QString tenantId;
        RowIndex instances;
    };

    TenantNode *nodeAt(int row) const;
    TenantNode *node(const QString &tenantId) const;
    void addInstances(const QStringList &ids);
    void removeInstances(const QStringList &ids);
    void removeTenantRows(const QStringList &tenantIds);
    void onTenantsAdded(const QStringList &ids);
    void onTenantsRemoved(const QStringList &ids);
    void onTenantChanged(const QString &id);
    void onInstanceChanged(const QString &id, InstanceFields fields);

    const Inventory &m_inventory;
    RowIndex m_tenantRows;
    std::unordered_map<QString, std::unique_ptr<TenantNode>> m_nodes;
    QHash<QString, QString> m_tenantOfInstance; // the node each instance is shown under
};

} // namespace Aura
