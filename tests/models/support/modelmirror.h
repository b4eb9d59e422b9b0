#pragma once

#include <QAbstractItemModel>
#include <QObject>
#include <QStringList>

// A copy of a model's display text built only from what its signals announce: rows read on insert, dropped on
// remove, cells re-read on dataChanged. If a model forgets a signal, the mirror goes stale and a comparison with
// the truth fails; that is how the tests catch missed or misplaced updates. Resets and layout changes make it
// re-read everything and are counted, so a test can demand there were none.
class ModelMirror final : public QObject
{
public:
    struct Node
    {
        QString id; // Aura::IdRole of column 0
        QStringList cells;
        QList<Node> children;
    };

    explicit ModelMirror(QAbstractItemModel *model, int idRole)
        : m_model(model)
        , m_idRole(idRole)
    {
        rebuild();
        connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
            Node *n = nodeFor(parent);
            for (int row = first; row <= last; ++row)
                n->children.insert(row, read(m_model->index(row, 0, parent)));
            ++inserts;
        });
        connect(model, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex &parent, int first, int last) {
            nodeFor(parent)->children.remove(first, last - first + 1);
            ++removals;
        });
        connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                ++dataChanges;
                changedCells += (bottomRight.row() - topLeft.row() + 1) * (bottomRight.column() - topLeft.column() + 1);
                Node *n = nodeFor(topLeft.parent());
                for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
                    Node &child = n->children[row];
                    child.id = m_model->index(row, 0, topLeft.parent()).data(m_idRole).toString();
                    for (int column = topLeft.column(); column <= bottomRight.column(); ++column)
                        child.cells[column] = m_model->index(row, column, topLeft.parent()).data().toString();
                }
            });
        auto full = [this] {
            ++rebuilds;
            rebuild();
        };
        connect(model, &QAbstractItemModel::modelReset, this, full);
        connect(model, &QAbstractItemModel::layoutChanged, this, full);
        connect(model, &QAbstractItemModel::rowsMoved, this, full);
    }

    const Node &root() const { return m_root; }
    void rebuild() { m_root = read(QModelIndex()); }

    int inserts = 0;
    int removals = 0;
    int dataChanges = 0;
    int changedCells = 0;
    int rebuilds = 0;

private:
    Node read(const QModelIndex &index) const
    {
        Node n;
        if (index.isValid()) {
            n.id = index.data(m_idRole).toString();
            for (int column = 0; column < m_model->columnCount(index.parent()); ++column)
                n.cells.append(index.siblingAtColumn(column).data().toString());
        }
        for (int row = 0; row < m_model->rowCount(index); ++row)
            n.children.append(read(m_model->index(row, 0, index)));
        return n;
    }

    Node *nodeFor(const QModelIndex &index)
    {
        if (!index.isValid())
            return &m_root;
        return &nodeFor(index.parent())->children[index.row()];
    }

    QAbstractItemModel *m_model;
    int m_idRole;
    Node m_root;
};
