#pragma once

#include "models/instancefilter.h"
#include "models/rowidentity.h"

#include <QSortFilterProxyModel>

namespace Aura {

class Inventory;

// Sorts by SortRole and filters with an InstanceFilter, over the instance table or the account/tenant tree. In the
// tree a tenant or account shows when one of its instances passes (or when the filter asks for nothing but that
// tenant or account). The rules live in InstanceFilter; this class only asks the source model what each row shows
// (RowIdentitySource, which both models implement).
class InstanceFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit InstanceFilterProxy(const Inventory &inventory, QObject *parent = nullptr);

    void setFilter(const InstanceFilter &filter);
    const InstanceFilter &filter() const { return m_filter; }
    // Account and project rows stay whatever the text and status hide (the tree keeps its shape, so a search with
    // no match leaves the projects to choose from); only the instances are filtered.
    void setKeepsGroups(bool keeps);

    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    const Inventory &m_inventory;
    InstanceFilter m_filter;
    bool m_keepsGroups = false;
    const RowIdentitySource *m_rows = nullptr; // the source model: the instance table or the tenant tree
};

} // namespace Aura
