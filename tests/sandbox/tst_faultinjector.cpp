#include "sandbox/faultinjector.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace AuraSandbox;

// The decisions of the fault injector, without HTTP: deterministic, proportional, within budget.
class TestFaultInjector : public QObject
{
    Q_OBJECT
private:
    static QList<int> run(const FaultSettings &settings, int requests)
    {
        FaultInjector injector;
        injector.setSettings(settings);
        QList<int> out;
        for (int i = 0; i < requests; ++i) {
            const FaultInjector::Decision d = injector.decide(1'800'000'000'000 + i);
            out << (d.rejectStatus * 1000 + int(d.drop) * 100 + int(d.malformed) * 10 + int(d.truncated));
        }
        return out;
    }

private Q_SLOTS:
    void sameSeedSameFaults()
    {
        FaultSettings s;
        s.serverErrorRate = 0.3;
        s.dropRate = 0.3;
        s.malformedRate = 0.3;
        s.truncatedRate = 0.3;
        s.seed = 42;
        const QList<int> first = run(s, 200);
        QCOMPARE(run(s, 200), first);
        s.seed = 43;
        QVERIFY(run(s, 200) != first);
    }

    void ratesAreRoughlyKept_data()
    {
        QTest::addColumn<double>("rate");
        QTest::newRow("never") << 0.0;
        QTest::newRow("a quarter") << 0.25;
        QTest::newRow("always") << 1.0;
    }
    void ratesAreRoughlyKept()
    {
        QFETCH(double, rate);
        FaultSettings s;
        s.dropRate = rate;
        const QList<int> decisions = run(s, 2000);
        const auto drops = std::count_if(decisions.cbegin(), decisions.cend(), [](int d) { return d == 100; });
        QVERIFY2(std::abs(double(drops) / 2000 - rate) < 0.05, qPrintable(QString::number(drops)));
    }

    void serverErrorsAre5xxAndTooManyRequestsCarryRetryAfter()
    {
        FaultSettings s;
        s.serverErrorRate = 1;
        FaultInjector injector;
        injector.setSettings(s);
        QSet<int> statuses;
        for (int i = 0; i < 100; ++i)
            statuses.insert(injector.decide(0).rejectStatus);
        QCOMPARE(statuses, QSet<int>({500, 502, 503}));

        s.tooManyRequestsRate = 1;
        s.retryAfterSeconds = 7;
        injector.setSettings(s);
        const FaultInjector::Decision d = injector.decide(0);
        QCOMPARE(d.rejectStatus, 429); // throttling wins over a server error
        QCOMPARE(d.retryAfter, QByteArray("7"));
    }

    void retryAfterAsHttpDate()
    {
        FaultSettings s;
        s.tooManyRequestsRate = 1;
        s.retryAfterSeconds = 30;
        s.retryAfter = FaultSettings::RetryAfter::HttpDate;
        FaultInjector injector;
        injector.setSettings(s);
        const qint64 now = QDateTime(QDate(2026, 11, 27), QTime(20, 0, 0, 500), Qt::UTC).toMSecsSinceEpoch();
        const QByteArray value = injector.decide(now).retryAfter;
        QCOMPARE(value, QByteArray("Fri, 27 Nov 2026 20:00:31 GMT"));
        const QDateTime parsed
            = QLocale::c().toDateTime(QString::fromLatin1(value).chopped(4), u"ddd, dd MMM yyyy hh:mm:ss"_s);
        QVERIFY(parsed.isValid());
    }

    void budgetAllowsSoManyRequestsPerMinute()
    {
        FaultSettings s;
        s.requestBudgetPerMinute = 125;
        FaultInjector injector;
        injector.setSettings(s);
        const qint64 start = 1'800'000'000'000;
        for (int i = 0; i < 125; ++i)
            QCOMPARE(injector.decide(start + i * 100).rejectStatus, 0);
        const FaultInjector::Decision over = injector.decide(start + 20'000);
        QCOMPARE(over.rejectStatus, 429);
        QCOMPARE(over.retryAfter, QByteArray("40")); // the first request leaves the window at start + 60 s
        QCOMPARE(injector.decide(start + 60'000).rejectStatus, 0);
    }

    void settingsRoundTripThroughJson()
    {
        FaultSettings s;
        s.latencyMs = 250;
        s.serverErrorRate = 0.1;
        s.retryAfter = FaultSettings::RetryAfter::HttpDate;
        s.truncatedLength = FaultSettings::TruncatedLength::Full;
        s.requestBudgetPerMinute = 125;
        s.seed = 9;
        QString error;
        const std::optional<FaultSettings> back = FaultSettings::fromJson(s.toJson(), &error);
        QVERIFY2(back.has_value(), qPrintable(error));
        QVERIFY(*back == s);
        QVERIFY(FaultSettings::fromJson({}, &error).value() == FaultSettings {});
    }

    void badSettingsAreRefusedWithAReason_data()
    {
        QTest::addColumn<QJsonObject>("settings");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown key") << QJsonObject {{"explode"_L1, true}} << u"explode"_s;
        QTest::newRow("rate above 1") << QJsonObject {{"drop_rate"_L1, 1.5}} << u"drop_rate"_s;
        QTest::newRow("negative latency") << QJsonObject {{"latency_ms"_L1, -1}} << u"latency_ms"_s;
        QTest::newRow("fractional budget")
            << QJsonObject {{"request_budget_per_minute"_L1, 2.5}} << u"request_budget_per_minute"_s;
        QTest::newRow("rate as text") << QJsonObject {{"server_error_rate"_L1, u"high"_s}} << u"server_error_rate"_s;
        QTest::newRow("unknown retry-after") << QJsonObject {{"retry_after"_L1, u"minutes"_s}} << u"retry_after"_s;
        QTest::newRow("unknown length") << QJsonObject {{"truncated_length"_L1, u"half"_s}} << u"truncated_length"_s;
    }
    void badSettingsAreRefusedWithAReason()
    {
        QFETCH(QJsonObject, settings);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!FaultSettings::fromJson(settings, &error).has_value());
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestFaultInjector)
#include "tst_faultinjector.moc"
