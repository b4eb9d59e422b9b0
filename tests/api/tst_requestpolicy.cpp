#include "api/requestpolicy.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Aura::AttemptOutcome;
using Aura::HttpMethod;
using Aura::RequestPolicy;

Q_DECLARE_METATYPE(Aura::HttpMethod)

class TestRequestPolicy : public QObject
{
    Q_OBJECT
private:
    const QDateTime m_now = QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);

    static RequestPolicy withoutJitter()
    {
        // random() == 1.0 makes the jittered delay equal to the capped backoff: the upper bound.
        return RequestPolicy(RequestPolicy::Settings {}, [] { return 1.0; });
    }

private Q_SLOTS:
    void retryDecision_data()
    {
        QTest::addColumn<HttpMethod>("method");
        QTest::addColumn<int>("status");
        QTest::addColumn<QNetworkReply::NetworkError>("error");
        QTest::addColumn<bool>("timedOut");
        QTest::addColumn<bool>("retried");

        const auto none = QNetworkReply::NoError;
        QTest::newRow("GET 500") << HttpMethod::Get << 500 << none << false << true;
        QTest::newRow("GET 503") << HttpMethod::Get << 503 << none << false << true;
        QTest::newRow("GET 429") << HttpMethod::Get << 429 << none << false << true;
        QTest::newRow("GET 404") << HttpMethod::Get << 404 << none << false << false;
        QTest::newRow("GET 400") << HttpMethod::Get << 400 << none << false << false;
        QTest::newRow("GET dropped") << HttpMethod::Get << 0 << QNetworkReply::RemoteHostClosedError << false << true;
        QTest::newRow("GET timeout") << HttpMethod::Get << 0 << QNetworkReply::OperationCanceledError << true << true;
        QTest::newRow("GET cancelled") << HttpMethod::Get << 0 << QNetworkReply::OperationCanceledError << false
                                       << false;
        QTest::newRow("GET TLS") << HttpMethod::Get << 0 << QNetworkReply::SslHandshakeFailedError << false << false;
        QTest::newRow("DELETE 502") << HttpMethod::Delete << 502 << none << false << true;
        QTest::newRow("DELETE dropped") << HttpMethod::Delete << 0 << QNetworkReply::RemoteHostClosedError << false
                                        << true;
        QTest::newRow("POST 500") << HttpMethod::Post << 500 << none << false << false;
        QTest::newRow("POST 503") << HttpMethod::Post << 503 << none << false << false;
        QTest::newRow("POST 429") << HttpMethod::Post << 429 << none << false << true; // sent before any work
        QTest::newRow("POST timeout") << HttpMethod::Post << 0 << QNetworkReply::OperationCanceledError << true
                                      << false;
        QTest::newRow("POST dropped") << HttpMethod::Post << 0 << QNetworkReply::RemoteHostClosedError << false
                                      << false;
        QTest::newRow("POST refused") << HttpMethod::Post << 0 << QNetworkReply::ConnectionRefusedError << false
                                      << true;
        QTest::newRow("POST no host") << HttpMethod::Post << 0 << QNetworkReply::HostNotFoundError << false << true;
        QTest::newRow("PATCH 500") << HttpMethod::Patch << 500 << none << false << false;
        QTest::newRow("PATCH timeout") << HttpMethod::Patch << 0 << QNetworkReply::OperationCanceledError << true
                                       << false;
        QTest::newRow("PATCH refused") << HttpMethod::Patch << 0 << QNetworkReply::ConnectionRefusedError << false
                                       << true;
    }
    void retryDecision()
    {
        QFETCH(HttpMethod, method);
        QFETCH(int, status);
        QFETCH(QNetworkReply::NetworkError, error);
        QFETCH(bool, timedOut);
        QFETCH(bool, retried);
        const RequestPolicy policy;
        const AttemptOutcome outcome {status, error, timedOut, {}};
        QCOMPARE(policy.retryDelayMs(method, 1, outcome, m_now).has_value(), retried);
    }

    void attemptsAreLimited()
    {
        RequestPolicy::Settings settings;
        settings.maxAttempts = 3;
        const RequestPolicy policy(settings);
        const AttemptOutcome outcome {500, QNetworkReply::NoError, false, {}};
        QVERIFY(policy.retryDelayMs(HttpMethod::Get, 1, outcome, m_now));
        QVERIFY(policy.retryDelayMs(HttpMethod::Get, 2, outcome, m_now));
        QVERIFY(!policy.retryDelayMs(HttpMethod::Get, 3, outcome, m_now));
    }

    void backoffDoublesUpToTheCap()
    {
        RequestPolicy::Settings settings;
        settings.baseDelayMs = 500;
        settings.maxDelayMs = 3000;
        const RequestPolicy policy(settings, [] { return 1.0; });
        QCOMPARE(policy.backoffMs(1), 500);
        QCOMPARE(policy.backoffMs(2), 1000);
        QCOMPARE(policy.backoffMs(3), 2000);
        QCOMPARE(policy.backoffMs(4), 3000);
        QCOMPARE(policy.backoffMs(10), 3000);
    }

    void jitterStaysWithinHalfToFull_data()
    {
        QTest::addColumn<double>("random");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("lowest") << 0.0 << qint64(2000);
        QTest::newRow("middle") << 0.5 << qint64(3000);
        QTest::newRow("highest") << 1.0 << qint64(4000);
    }
    void jitterStaysWithinHalfToFull()
    {
        QFETCH(double, random);
        QFETCH(qint64, expected);
        const RequestPolicy policy(RequestPolicy::Settings {}, [random] { return random; });
        QCOMPARE(policy.backoffMs(4), expected); // 500 * 2^3 = 4000 before jitter
    }

    void retryAfterForms_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("expectedMs"); // -1: not readable
        QTest::newRow("seconds") << "7"_ba << qint64(7000);
        QTest::newRow("zero") << "0"_ba << qint64(0);
        QTest::newRow("spaces") << " 12 "_ba << qint64(12000);
        QTest::newRow("http date") << "Fri, 27 Nov 2026 12:00:30 GMT"_ba << qint64(30000);
        QTest::newRow("date in the past") << "Fri, 27 Nov 2026 11:59:00 GMT"_ba << qint64(0);
        QTest::newRow("negative") << "-5"_ba << qint64(-1);
        QTest::newRow("garbage") << "soon"_ba << qint64(-1);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
        // Range-checked: 16 digits and more once overflowed when turned into milliseconds.
        QTest::newRow("16 digits") << "9999999999999999"_ba << qint64(86'400'000);
        QTest::newRow("largest integer") << "9223372036854775807"_ba << qint64(86'400'000);
        QTest::newRow("beyond any integer") << "99999999999999999999999"_ba << qint64(-1);
        QTest::newRow("date in ten thousand years") << "Sat, 27 Nov 9999 12:00:00 GMT"_ba << qint64(86'400'000);
    }
    void retryAfterForms()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, expectedMs);
        const auto parsed = RequestPolicy::parseRetryAfterMs(header, m_now);
        QCOMPARE(parsed.value_or(-1), expectedMs);
    }

    void retryAfterWinsOverBackoff_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("expectedMs");
        QTest::newRow("429 seconds") << 429 << "9"_ba << qint64(9000);
        QTest::newRow("503 date") << 503 << "Fri, 27 Nov 2026 12:00:04 GMT"_ba << qint64(4000);
        QTest::newRow("429 without header") << 429 << QByteArray() << qint64(500);
        QTest::newRow("500 ignores header") << 500 << "9"_ba << qint64(500);
    }
    void retryAfterWinsOverBackoff()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, header);
        QFETCH(qint64, expectedMs);
        const RequestPolicy policy = withoutJitter();
        const auto delay
            = policy.retryDelayMs(HttpMethod::Get, 1, {status, QNetworkReply::NoError, false, header}, m_now);
        QVERIFY(delay);
        QCOMPARE(*delay, expectedMs);
    }

    void tooLongRetryAfterIsNotWaitedFor()
    {
        const RequestPolicy policy;
        const AttemptOutcome outcome {429, QNetworkReply::NoError, false, "3600"_ba};
        QVERIFY(!policy.retryDelayMs(HttpMethod::Get, 1, outcome, m_now));
    }
};

QTEST_GUILESS_MAIN(TestRequestPolicy)
#include "tst_requestpolicy.moc"
