#include "models/requestwindow.h"

#include <QTest>

using namespace Aura;

class TestRequestWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void holdsAtMostCapacityPerWindow()
    {
        RequestWindow w(3, 1000);
        QVERIFY(w.tryTake(0));
        QVERIFY(w.tryTake(100));
        QVERIFY(w.tryTake(200));
        QVERIFY(!w.tryTake(300));
        QCOMPARE(w.used(300), 3);
        QCOMPARE(w.nextRoomAt(300), 1001);
        QVERIFY(!w.tryTake(999));
        QVERIFY(w.tryTake(1000)); // the request at 0 has left the window
        QCOMPARE(w.nextRoomAt(1000, 2), 1201);
    }

    void userRequestsOverfillAndBackgroundWaits()
    {
        RequestWindow w(2, 1000);
        w.take(0);
        w.take(0);
        w.take(10);
        QVERIFY(!w.hasRoom(500));
        QCOMPARE(w.nextRoomAt(500), 1001); // both requests at 0 must leave
        QCOMPARE(w.nextRoomAt(500, 5), 1500); // more than ever fits: try after a whole window
    }
};

QTEST_GUILESS_MAIN(TestRequestWindow)
#include "tst_requestwindow.moc"
