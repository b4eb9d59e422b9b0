#include "models/snapshottablemodel.h"

#include "api/dto/status.h"
#include "models/inventory.h"
#include "models/roles.h"
#include "models/snapshotwords.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

SnapshotTableModel::SnapshotTableModel(const Inventory &inventory, QObject *parent)
    : QAbstractTableModel(parent)
    , m_inventory(inventory)
{
    connect(&inventory, &Inventory::snapshotsAdded, this, &SnapshotTableModel::onAdded);
    connect(&inventory, &Inventory::snapshotsRemoved, this, &SnapshotTableModel::onRemoved);
    connect(&inventory, &Inventory::snapshotChanged, this, &SnapshotTableModel::onChanged);
}

void SnapshotTableModel::setInstanceId(const QString &instanceId)
{
    if (instanceId == m_instanceId)
        return;
    beginResetModel();
    m_instanceId = instanceId;
    m_rows.clear();
    m_rows.append(m_inventory.snapshotIds(instanceId));
    endResetModel();
}

int SnapshotTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.count();
}

int SnapshotTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SnapshotTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Snapshot *s = m_inventory.snapshot(m_instanceId, m_rows.at(index.row()));
    if (!s)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(s->timestamp.toLocalTime(), QLocale::ShortFormat);
        case StatusColumn:
            return SnapshotWords::status(s->status);
        case ExportableColumn:
            return s->exportable ? SnapshotWords::exportable(s->exportable) : QString();
        case ProfileColumn:
            // The live service says how a snapshot came to be; the seed does not.
            return SnapshotWords::profile(s->profile);
        case IdColumn:
            return s->snapshotId;
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case TimeColumn:
            return s->timestamp;
        case ExportableColumn:
            return s->exportable ? (*s->exportable ? 1 : 0) : -1;
        case StatusColumn:
            return s->status.toLower();
        default:
            return s->snapshotId;
        }
    case IdRole:
        return s->snapshotId;
    case RawStatusRole:
        return s->status;
    case StatusCategoryRole:
        return static_cast<int>(snapshotStatusCategory(s->status));
    case NodeKindRole:
        return static_cast<int>(NodeKind::Snapshot);
    default:
        return {};
    }
}

QVariant SnapshotTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Taken");
    case StatusColumn:
        return tr("Status");
    case ExportableColumn:
        return tr("Exportable");
    case ProfileColumn:
        return tr("Kind");
    case IdColumn:
        return tr("Snapshot id");
    default:
        return {};
    }
}

QModelIndex SnapshotTableModel::indexOf(const QString &snapshotId, int column) const
{
    const int row = m_rows.rowOf(snapshotId);
    return row < 0 ? QModelIndex() : index(row, column);
}

void SnapshotTableModel::onAdded(const QString &instanceId, const QStringList &ids)
{
    if (instanceId != m_instanceId || m_instanceId.isEmpty())
        return;
    QStringList fresh;
    for (const QString &id : ids) {
        if (!m_rows.contains(id))
            fresh.append(id);
    }
    if (fresh.isEmpty())
        return;
    const int first = m_rows.count();
    beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
    m_rows.append(fresh);
    endInsertRows();
}

void SnapshotTableModel::onRemoved(const QString &instanceId, const QStringList &ids)
{
    if (instanceId != m_instanceId || m_instanceId.isEmpty())
        return;
    for (const RowIndex::Range &range : m_rows.rangesOf(ids)) {
        beginRemoveRows({}, range.first, range.last);
        m_rows.removeRange(range);
        endRemoveRows();
    }
}

void SnapshotTableModel::onChanged(const QString &instanceId, const QString &snapshotId, SnapshotFields fields)
{
    if (instanceId != m_instanceId)
        return;
    const int row = m_rows.rowOf(snapshotId);
    if (row < 0)
        return;
    int first = ColumnCount;
    int last = -1;
    auto cover = [&](SnapshotField field, int column) {
        if (fields & field) {
            first = std::min(first, column);
            last = std::max(last, column);
        }
    };
    cover(SnapshotField::Timestamp, TimeColumn);
    cover(SnapshotField::Status, StatusColumn);
    cover(SnapshotField::Exportable, ExportableColumn);
    if (fields & SnapshotField::Other)
        first = TimeColumn;
    last = std::max(last, first);
    emit dataChanged(index(row, first), index(row, last));
}

} // namespace Aura
