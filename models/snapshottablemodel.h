#pragma once

#include "models/changes.h"
#include "models/rowindex.h"

#include <QAbstractTableModel>

namespace Aura {

class Inventory;

// The snapshots of one instance (time, status, exportable, id), following the Inventory precisely. Choosing
// another instance resets the model: that is new content, not a refresh.
class SnapshotTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, StatusColumn, ExportableColumn, ProfileColumn, IdColumn, ColumnCount };
    Q_ENUM(Column)

    explicit SnapshotTableModel(const Inventory &inventory, QObject *parent = nullptr);

    void setInstanceId(const QString &instanceId);
    QString instanceId() const { return m_instanceId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexOf(const QString &snapshotId, int column = TimeColumn) const;

private:
    void onAdded(const QString &instanceId, const QStringList &ids);
    void onRemoved(const QString &instanceId, const QStringList &ids);
    void onChanged(const QString &instanceId, const QString &snapshotId, SnapshotFields fields);

    const Inventory &m_inventory;
    QString m_instanceId;
    RowIndex m_rows;
};

} // namespace Aura
