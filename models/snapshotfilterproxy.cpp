#include "models/snapshotfilterproxy.h"

#include "models/roles.h"
#include "models/snapshottablemodel.h"

#include <QDateTime>

namespace Aura {

SnapshotFilterProxy::SnapshotFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
}

void SnapshotFilterProxy::setDay(const QDate &day)
{
    if (day == m_day)
        return;
    m_day = day;
    invalidateFilter();
}

void SnapshotFilterProxy::setExportableOnly(bool only)
{
    if (only == m_exportableOnly)
        return;
    m_exportableOnly = only;
    invalidateFilter();
}

bool SnapshotFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (m_day.isValid()) {
        const QDateTime at
            = source->index(sourceRow, SnapshotTableModel::TimeColumn, sourceParent).data(SortRole).toDateTime();
        if (!at.isValid() || at.toUTC().date() != m_day)
            return false;
    }
    if (m_exportableOnly)
        return source->index(sourceRow, SnapshotTableModel::ExportableColumn, sourceParent).data(SortRole).toInt() == 1;
    return true;
}

} // namespace Aura
