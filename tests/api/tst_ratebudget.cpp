#include "api/ratebudget.h"
#include "fakeclock.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Aura::Priority;
using Aura::RateBudget;
using AuraTest::FakeClock;

class TestRateBudget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void grantsUpToTheLimitThenWaitsForTheWindow()
    {
        FakeClock clock;
        RateBudget budget(&clock, 3, 60'000);
        QObject context;
        int granted = 0;
        for (int i = 0; i < 5; ++i)
            budget.acquire(Priority::Background, &context, [&] { ++granted; });
        QCOMPARE(granted, 3);
        QCOMPARE(budget.waiting(), 2);
        clock.advance(59'999);
        QCOMPARE(granted, 3);
        clock.advance(1);
        QCOMPARE(granted, 5);
        QCOMPARE(budget.waiting(), 0);
    }

    void slidingWindowFreesSlotsOneByOne()
    {
        FakeClock clock;
        RateBudget budget(&clock, 2, 10'000);
        QObject context;
        int granted = 0;
        budget.acquire(Priority::User, &context, [&] { ++granted; });
        clock.advance(4'000);
        budget.acquire(Priority::User, &context, [&] { ++granted; });
        budget.acquire(Priority::User, &context, [&] { ++granted; });
        budget.acquire(Priority::User, &context, [&] { ++granted; });
        QCOMPARE(granted, 2);
        clock.advance(6'000); // the first slot (t=0) frees at t=10s
        QCOMPARE(granted, 3);
        clock.advance(3'999);
        QCOMPARE(granted, 3);
        clock.advance(1); // the second slot (t=4s) frees at t=14s
        QCOMPARE(granted, 4);
    }

    void bulkWorkWaitsForPolls()
    {
        FakeClock clock;
        RateBudget budget(&clock, 1, 1'000);
        QObject context;
        QStringList order;
        budget.acquire(Priority::Background, &context, [&] { order << QStringLiteral("first"); });
        budget.acquire(Priority::Bulk, &context, [&] { order << QStringLiteral("detail"); });
        budget.acquire(Priority::Background, &context, [&] { order << QStringLiteral("poll"); });
        budget.acquire(Priority::User, &context, [&] { order << QStringLiteral("user"); });
        clock.advance(3'000);
        QCOMPARE(order, (QStringList {u"first"_s, u"user"_s, u"poll"_s, u"detail"_s}));
    }

    void aShareLeavesTheRestOfTheWindowFree()
    {
        FakeClock clock;
        RateBudget budget(&clock, 5, 10'000);
        QObject context;
        QVERIFY(budget.hasRoomUnder(2, 2));
        QVERIFY(budget.hasRoomUnder(2, 3)); // a group larger than the share goes as one into an empty window
        budget.acquire(Priority::Background, &context, [] {});
        clock.advance(1'000);
        budget.acquire(Priority::Background, &context, [] {});
        QVERIFY(!budget.hasRoomUnder(2));
        QCOMPARE(budget.nextRoomUnderAt(2), 10'000); // when the first one leaves the window
        QCOMPARE(budget.nextRoomUnderAt(2, 2), 11'000);
        QVERIFY(budget.hasRoomUnder(5, 3)); // the user's part of the window is still free
        QCOMPARE(budget.nextRoomUnderAt(99), clock.nowMs()); // a share above the limit is the limit
        clock.advance(9'000);
        QVERIFY(budget.hasRoomUnder(2));
        QVERIFY(!budget.hasRoomUnder(2, 2));
    }

    void aShareWaitsOutTheServersHold()
    {
        FakeClock clock;
        RateBudget budget(&clock, 5, 10'000);
        budget.holdFor(3'000);
        QVERIFY(!budget.hasRoomUnder(5));
        QCOMPARE(budget.nextRoomUnderAt(5), 3'000);
        clock.advance(3'000);
        QVERIFY(budget.hasRoomUnder(5));
    }

    void userRequestsGoFirst()
    {
        FakeClock clock;
        RateBudget budget(&clock, 1, 1'000);
        QObject context;
        QStringList order;
        budget.acquire(Priority::Background, &context, [&] { order << QStringLiteral("first"); });
        budget.acquire(Priority::Background, &context, [&] { order << QStringLiteral("bg1"); });
        budget.acquire(Priority::Background, &context, [&] { order << QStringLiteral("bg2"); });
        budget.acquire(Priority::User, &context, [&] { order << QStringLiteral("user"); });
        clock.advance(3'000);
        QCOMPARE(order,
            (QStringList {
                QStringLiteral("first"), QStringLiteral("user"), QStringLiteral("bg1"), QStringLiteral("bg2")}));
    }

    void deadRequestsDoNotUseTheBudget()
    {
        FakeClock clock;
        RateBudget budget(&clock, 1, 1'000);
        QObject keep;
        int granted = 0;
        budget.acquire(Priority::User, &keep, [&] { ++granted; });
        {
            QObject gone;
            budget.acquire(Priority::User, &gone, [&] { QFAIL("granted to a destroyed requester"); });
        }
        budget.acquire(Priority::User, &keep, [&] { ++granted; });
        clock.advance(1'000);
        QCOMPARE(granted, 2);
        QCOMPARE(budget.used(), 1);
    }

    void serverHoldStopsEverything()
    {
        FakeClock clock;
        RateBudget budget(&clock, 100, 60'000);
        QSignalSpy throttled(&budget, &RateBudget::throttled);
        QObject context;
        int granted = 0;
        budget.holdFor(5'000);
        QCOMPARE(throttled.count(), 1);
        QCOMPARE(throttled.at(0).at(0).toLongLong(), 5'000);
        budget.acquire(Priority::User, &context, [&] { ++granted; });
        QCOMPARE(granted, 0);
        clock.advance(4'999);
        QCOMPARE(granted, 0);
        clock.advance(1);
        QCOMPARE(granted, 1);
    }

    void exhaustionIsAnnouncedOnce()
    {
        FakeClock clock;
        RateBudget budget(&clock, 1, 60'000);
        QSignalSpy throttled(&budget, &RateBudget::throttled);
        QObject context;
        for (int i = 0; i < 4; ++i)
            budget.acquire(Priority::Background, &context, [] {});
        QCOMPARE(throttled.count(), 1);
        QCOMPARE(throttled.at(0).at(0).toLongLong(), 60'000);
    }
};

QTEST_GUILESS_MAIN(TestRateBudget)
#include "tst_ratebudget.moc"
