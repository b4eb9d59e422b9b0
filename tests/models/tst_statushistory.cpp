#include "models/statushistory.h"

#include <QTest>

using namespace Aura;
using namespace Qt::Literals::StringLiterals;

class TestStatusHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void spansEndAtTheNextTransitionOrNow()
    {
        const QDateTime start(QDate(2026, 5, 1), QTime(10, 0), Qt::UTC);
        const StatusHistory history {{u"paused"_s, start, true}, {u"resuming"_s, start.addSecs(30), false},
            {u"running"_s, start.addSecs(30 + 252), false}};
        const QList<StatusSpan> spans = statusSpans(history, start.addSecs(400));
        QCOMPARE(spans.size(), 3);
        QCOMPARE(spans[0].seconds, 30);
        QVERIFY(spans[0].atLeast); // already paused when first seen
        QCOMPARE(spans[1].status, u"resuming"_s);
        QCOMPARE(spans[1].seconds, 252); // "resuming took 4 min 12 s"
        QVERIFY(!spans[1].atLeast && !spans[1].ongoing);
        QCOMPARE(spans[2].seconds, 400 - 282);
        QVERIFY(spans[2].ongoing);
    }

    void aClockGoingBackwardsGivesNoNegativeSpan()
    {
        const QDateTime start(QDate(2026, 5, 1), QTime(10, 0), Qt::UTC);
        const QList<StatusSpan> spans = statusSpans({{u"creating"_s, start, true}}, start.addSecs(-5));
        QCOMPARE(spans.at(0).seconds, 0);
        QVERIFY(statusSpans({}, start).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStatusHistory)
#include "tst_statushistory.moc"
