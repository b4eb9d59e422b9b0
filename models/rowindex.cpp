#include "models/rowindex.h"

#include <algorithm>

namespace Aura {

int RowIndex::rowOf(const QString &id) const
{
    reindex();
    return m_rows.value(id, -1);
}

void RowIndex::append(const QStringList &ids)
{
    reindex();
    for (const QString &id : ids) {
        m_rows.insert(id, count());
        m_ids.append(id);
    }
}

void RowIndex::removeRange(const Range &range)
{
    for (int row = range.first; row <= range.last; ++row)
        m_rows.remove(m_ids.at(row));
    m_ids.remove(range.first, range.last - range.first + 1);
    m_staleFrom = m_staleFrom < 0 ? range.first : std::min(m_staleFrom, range.first);
}

void RowIndex::clear()
{
    m_ids.clear();
    m_rows.clear();
    m_staleFrom = -1;
}

void RowIndex::reindex() const
{
    if (m_staleFrom < 0)
        return;
    for (int row = m_staleFrom; row < count(); ++row)
        m_rows.insert(m_ids.at(row), row);
    m_staleFrom = -1;
}

QList<RowIndex::Range> RowIndex::rangesOf(const QStringList &ids) const
{
    QList<int> rows;
    rows.reserve(ids.size());
    for (const QString &id : ids) {
        const int row = rowOf(id);
        if (row >= 0)
            rows.append(row);
    }
    QList<Range> ranges = rangesOfRows(std::move(rows));
    std::reverse(ranges.begin(), ranges.end());
    return ranges;
}

QList<RowIndex::Range> RowIndex::rangesOfRows(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<Range> ranges;
    for (const int row : std::as_const(rows)) {
        if (!ranges.isEmpty() && ranges.last().last + 1 == row)
            ranges.last().last = row;
        else
            ranges.append({row, row});
    }
    return ranges;
}

} // namespace Aura
