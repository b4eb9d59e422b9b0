#include "models/activitylog.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Aura;
using namespace Qt::Literals::StringLiterals;

class TestActivityLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void operationLifeCycle()
    {
        QDateTime now(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
        ActivityLog log(nullptr, [&now] { return now; });
        QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inFlight(&log, &ActivityLog::inFlightChanged);
        QSignalSpy finished(&log, &ActivityLog::finished);

        const int pause = log.start(u"Pause"_s, u"orders"_s);
        const int del = log.start(u"Delete"_s, u"old"_s);
        QCOMPARE(log.rowCount(), 2);
        QCOMPARE(log.inFlight(), 2);
        QCOMPARE(log.index(pause, ActivityLog::Outcome).data().toString(), u"In progress"_s);
        QVERIFY(log.index(pause, ActivityLog::Duration).data().toString().isEmpty());

        now = now.addSecs(252);
        log.succeed(pause, u"req-1"_s);
        QCOMPARE(log.inFlight(), 1);
        QCOMPARE(log.index(pause, ActivityLog::Outcome).data().toString(), u"Succeeded"_s);
        QCOMPARE(log.index(pause, ActivityLog::Duration).data().toString(), u"4 min 12 s"_s);
        QCOMPARE(log.index(pause, ActivityLog::RequestId).data().toString(), u"req-1"_s);

        log.fail(del, u"req-2"_s, u"The instance is busy"_s);
        QCOMPARE(log.index(del, ActivityLog::Outcome).data().toString(), u"Failed"_s);
        QCOMPARE(log.index(del, ActivityLog::Message).data().toString(), u"The instance is busy"_s);
        QCOMPARE(finished.size(), 2);
        QCOMPARE(finished.at(1).at(1).toBool(), false);

        // Finishing twice or an unknown id changes nothing.
        log.succeed(del, u"req-3"_s);
        log.succeed(99, u"x"_s);
        QCOMPARE(log.index(del, ActivityLog::RequestId).data().toString(), u"req-2"_s);
        QCOMPARE(log.inFlight(), 0);
        QCOMPARE(inFlight.size(), 4);
        QCOMPARE(finished.size(), 2);
    }

    void durations_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("short") << qint64(400) << u"0.4 s"_s;
        QTest::newRow("seconds") << qint64(42'000) << u"42 s"_s;
        QTest::newRow("minutes") << qint64(252'000) << u"4 min 12 s"_s;
        QTest::newRow("hours") << qint64(3'780'000) << u"1 h 3 min"_s;
        QTest::newRow("negative clock step") << qint64(-5) << u"0.0 s"_s;
    }
    void durations()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(ActivityLog::formatDuration(ms), text);
    }
};

QTEST_GUILESS_MAIN(TestActivityLog)
#include "tst_activitylog.moc"
