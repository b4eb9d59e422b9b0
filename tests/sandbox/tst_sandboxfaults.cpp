#include "sandbox/sandboxserver.h"
#include "sandboxclient.h"

#include <QTcpSocket>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace AuraSandbox;

namespace {

const QString Running = u"4f8a2c1d"_s; // a running demo instance

QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArrayView(context.category) == "aura.sandbox")
        g_log << message;
    else if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

// Every kind of fault over real HTTP: what the client sees, and whether the request was processed.
class TestSandboxFaults : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxClient> m_client;

    HttpResult setFaults(const QJsonObject &settings)
    {
        return m_client->send("PUT", u"/_sandbox/faults"_s, QJsonDocument(settings).toJson());
    }
    InstanceStatus statusOf(const QString &id)
    {
        return std::get<InstanceRecord>(m_server->state().instance(id)).status;
    }

private Q_SLOTS:
    void initTestCase_data() { addDialectRows(); }
    void initTestCase() { g_previousHandler = qInstallMessageHandler(captureLog); }
    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }
    void init()
    {
        g_log.clear();
        m_server = std::make_unique<SandboxServer>(nullptr, Dialect::create(currentDialect()));
        m_server->loadDemoData();
        QVERIFY(m_server->listenOnLoopback() != 0);
        m_client = std::make_unique<SandboxClient>(QUrl(u"http://127.0.0.1:%1"_s.arg(m_server->port())));
        QVERIFY(m_client->authenticate());
    }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void latencyDelaysTheAnswer()
    {
        QCOMPARE(setFaults({{"latency_ms"_L1, 300}}).status, 200);
        const HttpResult r = m_client->get(u"/v1/tenants"_s);
        QCOMPARE(r.status, 200);
        QVERIFY2(r.elapsedMs >= 290, qPrintable(QString::number(r.elapsedMs)));
        QCOMPARE(r.dataArray().size(), 3);
    }

    void delayedAnswerToAClientThatLeftIsDropped()
    {
        // Long enough that the client is surely gone before the answer is due, even on a busy machine.
        QCOMPARE(setFaults({{"latency_ms"_L1, 1500}}).status, 200);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /v1/instances/" + Running.toLatin1()
            + "/pause HTTP/1.1\r\nHost: 127.0.0.1\r\n"
              "Authorization: Bearer "
            + m_client->token() + "\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
        // The request is processed at once; only the answer waits.
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(Running), InstanceStatus::Pausing, 5000);
        socket.abort();
        QTRY_VERIFY_WITH_TIMEOUT(g_log.filter(u"client gone"_s).size() == 1, 5000);
        QCOMPARE(m_client->get(u"/v1/tenants"_s).status, 200); // and the server carries on
    }

    void serverErrorsRefuseWithoutProcessing()
    {
        QCOMPARE(setFaults({{"server_error_rate"_L1, 1}}).status, 200);
        const HttpResult r = m_client->post(u"/v1/instances/%1/pause"_s.arg(Running));
        QVERIFY2(r.status == 500 || r.status == 502 || r.status == 503, qPrintable(QString::number(r.status)));
        QVERIFY2(r.isFrontError(currentDialect(), u"server-error"_s), r.body.constData());
        QVERIFY(!r.header("X-Request-Id").isEmpty());
        QCOMPARE(statusOf(Running), InstanceStatus::Running);
    }

    void tooManyRequestsSaysWhenToRetry_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("seconds") << u"seconds"_s;
        QTest::newRow("http date") << u"http-date"_s;
    }
    void tooManyRequestsSaysWhenToRetry()
    {
        QFETCH(QString, format);
        QCOMPARE(
            setFaults({{"too_many_requests_rate"_L1, 1}, {"retry_after"_L1, format}, {"retry_after_seconds"_L1, 3}})
                .status,
            200);
        const HttpResult r = m_client->post(u"/v1/instances/%1/pause"_s.arg(Running));
        QCOMPARE(r.status, 429);
        QVERIFY2(r.isFrontError(currentDialect(), u"rate-limit-exceeded"_s), r.body.constData());
        const QByteArray retryAfter = r.header("Retry-After");
        if (format == u"seconds") {
            QCOMPARE(retryAfter, QByteArray("3"));
        } else {
            QVERIFY2(retryAfter.endsWith(" GMT"), retryAfter.constData());
            const QDateTime at
                = QLocale::c().toDateTime(QString::fromLatin1(retryAfter).chopped(4), u"ddd, dd MMM yyyy hh:mm:ss"_s);
            QVERIFY(at.isValid());
            const qint64 wait = QDateTime::currentDateTimeUtc().secsTo(QDateTime(at.date(), at.time(), Qt::UTC));
            QVERIFY2(wait >= 2 && wait <= 5, qPrintable(QString::number(wait)));
        }
        QCOMPARE(statusOf(Running), InstanceStatus::Running);
    }

    void requestBudgetThrottles()
    {
        QCOMPARE(setFaults({{"request_budget_per_minute"_L1, 3}}).status, 200);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(m_client->get(u"/v1/tenants"_s).status, 200);
        const HttpResult over = m_client->get(u"/v1/tenants"_s);
        QCOMPARE(over.status, 429);
        const int wait = over.header("Retry-After").toInt();
        QVERIFY2(wait >= 59 && wait <= 60, over.header("Retry-After").constData());
        QCOMPARE(m_client->get(u"/_sandbox/health"_s).status, 200); // the control endpoint is not counted
    }

    void droppedConnectionAfterProcessing()
    {
        QCOMPARE(setFaults({{"drop_rate"_L1, 1}}).status, 200);
        const HttpResult r = m_client->post(u"/v1/instances/%1/pause"_s.arg(Running));
        QVERIFY(r.finished);
        QCOMPARE(r.status, 0);
        QVERIFY(r.error != QNetworkReply::NoError);
        QCOMPARE(statusOf(Running), InstanceStatus::Pausing); // the request did reach the server
        QVERIFY(!g_log.filter(u"dropped"_s).isEmpty());
    }

    void malformedBodyIsNotJson()
    {
        QCOMPARE(setFaults({{"malformed_rate"_L1, 1}}).status, 200);
        const HttpResult r = m_client->get(u"/v1/tenants"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.error, QNetworkReply::NoError);
        QVERIFY(!r.body.isEmpty());
        QVERIFY(r.parseError.error != QJsonParseError::NoError);
    }

    void truncatedBodyWithMatchingLength()
    {
        const qsizetype full = m_client->get(u"/v1/tenants"_s).body.size();
        QCOMPARE(setFaults({{"truncated_rate"_L1, 1}}).status, 200);
        const HttpResult r = m_client->get(u"/v1/tenants"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.error, QNetworkReply::NoError);
        QCOMPARE(r.body.size(), full / 2);
        QCOMPARE(r.header("Content-Length").toLongLong(), full / 2);
        QVERIFY(r.parseError.error != QJsonParseError::NoError);
    }

    void truncatedBodyWithFullLengthCutsTheTransfer()
    {
        QCOMPARE(setFaults({{"truncated_rate"_L1, 1}, {"truncated_length"_L1, u"full"_s}}).status, 200);
        const HttpResult r = m_client->get(u"/v1/tenants"_s);
        QVERIFY(r.finished);
        QVERIFY(r.error != QNetworkReply::NoError);
        QVERIFY(r.parseError.error != QJsonParseError::NoError);
    }

    void theRecordSaysWhatEachRequestDidAndWhichFaultsStruck()
    {
        QCOMPARE(setFaults({{"malformed_rate"_L1, 1}}).status, 200);
        QJsonObject create {{"name"_L1, u"recorded"_s}, {"tenant_id"_L1, u"2b8e6f1a-9c3d-4e5f-a6b7-c8d9e0f1a2b3"_s},
            {"type"_L1, u"professional-db"_s}, {"cloud_provider"_L1, u"gcp"_s}, {"region"_L1, u"europe-west1"_s},
            {"memory"_L1, u"4GB"_s}};
        if (currentDialect() == u"aura-v1")
            create.insert("version"_L1, u"5"_s);
        const HttpResult created = m_client->post(u"/v1/instances"_s, create);
        QVERIFY(created.parseError.error != QJsonParseError::NoError); // the answer cannot be read...
        const QByteArray requestId = created.header("X-Request-Id");
        QVERIFY(!requestId.isEmpty());
        // ...but the record knows the create made an instance, and which.
        const HttpResult record = m_client->get(u"/_sandbox/requests/"_s + QString::fromLatin1(requestId));
        QCOMPARE(record.status, 200);
        QCOMPARE(record.json.value("fault"_L1).toString(), u"malformed"_s);
        const QString made = record.json.value("created_instance_id"_L1).toString();
        QVERIFY(!made.isEmpty());
        QVERIFY(std::holds_alternative<InstanceRecord>(m_server->state().instance(made)));

        QCOMPARE(setFaults({{"drop_rate"_L1, 1}}).status, 200); // setting faults on the endpoint restarts the counts
        m_client->post(u"/v1/instances/%1/pause"_s.arg(Running));
        QCOMPARE(setFaults({}).status, 200);
        QCOMPARE(m_server->record().faultCounts().dropped, 0); // and clearing them too
        QCOMPARE(setFaults({{"server_error_rate"_L1, 1}}).status, 200);
        m_client->get(u"/v1/tenants"_s);
        m_client->get(u"/v1/tenants"_s);
        const HttpResult counts = m_client->get(u"/_sandbox/faults/counts"_s);
        QCOMPARE(counts.status, 200);
        QCOMPARE(counts.json.value("server_errors"_L1).toInt(), 2);
        QCOMPARE(counts.json.value("dropped"_L1).toInt(), 0);
        QCOMPARE(m_client->get(u"/_sandbox/requests/no-such-id"_s).status, 404);
    }

    void sameSeedSameFailuresOverHttp()
    {
        const QJsonObject chaos {{"server_error_rate"_L1, 0.5}, {"seed"_L1, 7}};
        QList<int> first;
        QCOMPARE(setFaults(chaos).status, 200);
        for (int i = 0; i < 20; ++i)
            first << m_client->get(u"/v1/tenants"_s).status;
        QVERIFY(first.contains(200));
        QVERIFY(first.count(200) < 20);
        QList<int> second;
        QCOMPARE(setFaults(chaos).status, 200); // setting them again restarts the sequence
        for (int i = 0; i < 20; ++i)
            second << m_client->get(u"/v1/tenants"_s).status;
        QCOMPARE(second, first);
    }

    void controlEndpointValidatesAndReports()
    {
        const HttpResult bad = setFaults({{"drop_rate"_L1, 2}});
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.firstError().value("message"_L1).toString().contains(u"drop_rate"_s));
        QCOMPARE(m_client->send("PUT", u"/_sandbox/faults"_s, "not json").status, 400);
        QCOMPARE(setFaults({{"server_error_rate"_L1, 1}}).status, 200);
        const HttpResult current = m_client->get(u"/_sandbox/faults"_s);
        QCOMPARE(current.status, 200); // faults never strike the control endpoint
        QCOMPARE(current.json.value("server_error_rate"_L1).toDouble(), 1.0);
        QCOMPARE(m_client->send("DELETE", u"/_sandbox/faults"_s).status, 200);
        QCOMPARE(m_client->get(u"/v1/tenants"_s).status, 200);
        const HttpResult health = m_client->get(u"/_sandbox/health"_s);
        QCOMPARE(health.json.value("dialect"_L1).toString(), currentDialect());
        QCOMPARE(health.json.value("instances"_L1).toInt(), 12);
        QCOMPARE(m_client->get(u"/_sandbox/nothing"_s).status, 404);
        QCOMPARE(m_client->send("PATCH", u"/_sandbox/faults"_s, "{}").status, 405);
    }

    void logNeverShowsSecrets()
    {
        const HttpResult created = m_client->post(u"/v1/instances"_s,
            QJsonObject {{"name"_L1, u"x"_s}, {"tenant_id"_L1, u"2b8e6f1a-9c3d-4e5f-a6b7-c8d9e0f1a2b3"_s},
                {"type"_L1, u"professional-db"_s}, {"cloud_provider"_L1, u"gcp"_s}, {"region"_L1, u"europe-west1"_s},
                {"memory"_L1, u"2GB"_s}, {"version"_L1, u"5"_s}});
        QCOMPARE(created.status, 202);
        const QString password = created.data().value("password"_L1).toString();
        const QString all = g_log.join(u'\n');
        QVERIFY(all.contains(u"POST /v1/instances 202"_s));
        QVERIFY(all.contains(QString::fromLatin1(created.header("X-Request-Id"))));
        for (const QString &secret : {password, QString::fromLatin1(m_client->token()), u"sandbox-secret"_s})
            QVERIFY(!all.contains(secret));
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
