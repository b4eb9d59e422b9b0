#pragma once

#include <QDate>
#include <QSortFilterProxyModel>

namespace Aura {

// The snapshots of the instance shown, sorted, and narrowed to one UTC day (the live service lists a day at a
// time) and to the exportable ones when the user asks: a new instance can only be made from those.
class SnapshotFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit SnapshotFilterProxy(QObject *parent = nullptr);

    // An invalid date shows every day.
    void setDay(const QDate &day);
    void setExportableOnly(bool only);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QDate m_day;
    bool m_exportableOnly = false;
};

} // namespace Aura
