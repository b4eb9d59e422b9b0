#pragma once

#include <QObject>
#include <QPersistentModelIndex>

class QAbstractItemView;

namespace Aura {

// Keeps the row at the top of a scrolled view at the top while a refresh inserts or removes rows above it, so the
// list does not drift under the user's eyes. A view scrolled to the very top stays there (new rows show up).
class ScrollAnchor final : public QObject
{
    Q_OBJECT
public:
    // Follows the view's current model; call again (or construct anew) after setModel().
    explicit ScrollAnchor(QAbstractItemView *view);

private:
    void remember();
    void restore();

    QAbstractItemView *m_view; // the parent: it outlives the anchor
    QPersistentModelIndex m_top;
    bool m_anchored = false;
};

} // namespace Aura
