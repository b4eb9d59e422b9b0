#include "ui/scrollanchor.h"

#include <QAbstractItemView>
#include <QScrollBar>

namespace Aura {

ScrollAnchor::ScrollAnchor(QAbstractItemView *view)
    : QObject(view)
    , m_view(view)
{
    QAbstractItemModel *model = view->model();
    if (!model)
        return;
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, &ScrollAnchor::remember);
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &ScrollAnchor::remember);
    connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, &ScrollAnchor::remember);
    // Queued: the view finishes its own bookkeeping for the change first.
    connect(model, &QAbstractItemModel::rowsInserted, this, &ScrollAnchor::restore, Qt::QueuedConnection);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ScrollAnchor::restore, Qt::QueuedConnection);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ScrollAnchor::restore, Qt::QueuedConnection);
}

void ScrollAnchor::remember()
{
    if (m_anchored)
        return; // several changes in one refresh: the first one saw the row the user saw
    if (m_view->verticalScrollBar()->value() == 0)
        return;
    const QModelIndex top = m_view->indexAt(QPoint(1, 1));
    if (!top.isValid())
        return;
    m_top = top;
    m_anchored = true;
}

void ScrollAnchor::restore()
{
    if (!m_anchored)
        return;
    m_anchored = false;
    if (m_top.isValid())
        m_view->scrollTo(m_top, QAbstractItemView::PositionAtTop);
    m_top = QPersistentModelIndex();
}

} // namespace Aura
