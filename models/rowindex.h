#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Aura {

// The rows of one list in a model: row → id and id → row in O(1). Removals leave the id → row part stale from
// the first removed row on; it is rebuilt once, on the next lookup, so removing many rows stays linear.
class RowIndex final
{
public:
    struct Range
    {
        int first;
        int last;
    };

    int count() const { return static_cast<int>(m_ids.size()); }
    const QString &at(int row) const { return m_ids.at(row); }
    const QStringList &ids() const { return m_ids; }
    bool contains(const QString &id) const { return rowOf(id) >= 0; }
    int rowOf(const QString &id) const;

    void append(const QStringList &ids);
    void removeRange(const Range &range);
    void clear();

    // The rows of `ids` as contiguous ranges, last range first (the order to remove them in). Unknown ids are
    // skipped.
    QList<Range> rangesOf(const QStringList &ids) const;
    // Contiguous ranges of the given rows, first range first.
    static QList<Range> rangesOfRows(QList<int> rows);

private:
    void reindex() const;

    QStringList m_ids;
    mutable QHash<QString, int> m_rows;
    mutable int m_staleFrom = -1; // rows from here on are missing from m_rows; -1: m_rows is exact
};

} // namespace Aura
