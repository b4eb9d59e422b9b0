#pragma once

#include "models/changes.h"
#include "models/rowidentity.h"
#include "models/rowindex.h"

#include <QAbstractTableModel>

namespace Aura {

class Inventory;

// Every instance of the account, one row each, in the order they became known (a proxy sorts). Follows the
// Inventory's change signals with row inserts, removals and column-limited dataChanged; never resets.
class InstanceTableModel final : public QAbstractTableModel, public RowIdentitySource
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        StatusColumn,
        TenantColumn,
        TypeColumn,
        CloudProviderColumn,
        RegionColumn,
        MemoryColumn,
        StorageColumn,
        VersionColumn,
        ConnectionUrlColumn,
        IdColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit InstanceTableModel(const Inventory &inventory, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QModelIndex indexOf(const QString &instanceId, int column = NameColumn) const;
    QString instanceIdAt(int row) const;
    RowIdentity rowIdentity(int row, const QModelIndex &parent) const override;

    // The columns showing `fields`, as a first..last span (the one dataChanged a change needs).
    static std::pair<int, int> columnSpan(InstanceFields fields);

private:
    QVariant statusTip(const Instance &instance) const;
    // A memory or storage cell: the size, and the one asked for while a resize is under way.
    QVariant sizeText(const Instance &instance, const QString &size, int role, bool memory) const;
    void onInstancesAdded(const QStringList &ids);
    void onInstancesRemoved(const QStringList &ids);
    void onInstanceChanged(const QString &id, InstanceFields fields);
    void onTenantsChanged(const QStringList &tenantIds);

    const Inventory &m_inventory;
    RowIndex m_rows;
    // Each row's instance, kept beside its id: data(), sorting and filtering read 10,000 rows without a look-up.
    // The Inventory keeps an instance where it is until it announces its removal.
    QList<const Instance *> m_instances;
};

} // namespace Aura
