#include "models/rowindex.h"

#include <QTest>

using namespace Aura;
using namespace Qt::Literals::StringLiterals;

class TestRowIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rangesAreContiguousAndLastFirst()
    {
        RowIndex rows;
        rows.append({u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s});
        const auto ranges = rows.rangesOf({u"f"_s, u"b"_s, u"c"_s, u"zz"_s, u"e"_s});
        QCOMPARE(ranges.size(), 2);
        QCOMPARE(ranges.at(0).first, 4);
        QCOMPARE(ranges.at(0).last, 5);
        QCOMPARE(ranges.at(1).first, 1);
        QCOMPARE(ranges.at(1).last, 2);
    }

    void lookupsStayRightAfterRemovals()
    {
        RowIndex rows;
        QStringList ids;
        for (int k = 0; k < 50; ++k)
            ids << QString::number(k);
        rows.append(ids);
        for (const RowIndex::Range &r : rows.rangesOf({u"3"_s, u"4"_s, u"10"_s, u"49"_s}))
            rows.removeRange(r);
        rows.append({u"new"_s});
        QCOMPARE(rows.count(), 47);
        QCOMPARE(rows.rowOf(u"4"_s), -1);
        QCOMPARE(rows.rowOf(u"5"_s), 3);
        QCOMPARE(rows.rowOf(u"11"_s), 8);
        QCOMPARE(rows.rowOf(u"new"_s), 46);
        for (int row = 0; row < rows.count(); ++row)
            QCOMPARE(rows.rowOf(rows.at(row)), row);
    }
};

QTEST_GUILESS_MAIN(TestRowIndex)
#include "tst_rowindex.moc"
