#include "sandboxclient.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// aura-sandbox as a user runs it: options, the port it prints, the state file across restarts.
class TestSandboxExecutable : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static QString executable() { return qEnvironmentVariable("AURA_SANDBOX_EXECUTABLE"); }

    // Starts aura-sandbox; *port is the port it printed, 0 if it did not start.
    static void start(QProcess &process, const QStringList &arguments, quint16 *port)
    {
        process.start(executable(), QStringList {u"--port"_s, u"0"_s} + arguments);
        QByteArray out;
        const auto printedPort = [&]() -> quint16 {
            out += process.readAllStandardOutput();
            for (const QByteArray &line : out.split('\n')) {
                if (line.startsWith("port "))
                    return static_cast<quint16>(line.mid(5).toUInt());
            }
            return 0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(printedPort() != 0 || process.state() == QProcess::NotRunning, 10000);
        *port = printedPort();
    }

    static void stop(QProcess &process)
    {
        process.terminate();
        QVERIFY(process.waitForFinished(10000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(executable()), "AURA_SANDBOX_EXECUTABLE must name the aura-sandbox binary");
        QVERIFY(m_dir.isValid());
    }

    void badOptionsExitWithUsageError_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("port out of range") << QStringList {u"--port"_s, u"70000"_s} << u"--port"_s;
        QTest::newRow("negative time scale") << QStringList {u"--time-scale"_s, u"-1"_s} << u"--time-scale"_s;
        QTest::newRow("scale without instances") << QStringList {u"--scale"_s, u"10"_s} << u"--scale"_s;
        QTest::newRow("client without secret") << QStringList {u"--client"_s, u"me"_s} << u"--client"_s;
        QTest::newRow("rate above one") << QStringList {u"--drop-rate"_s, u"3"_s} << u"drop_rate"_s;
        QTest::newRow("unknown option") << QStringList {u"--explode"_s} << u"explode"_s;
        QTest::newRow("unknown dialect") << QStringList {u"--dialect"_s, u"v2"_s} << u"--dialect"_s;
    }
    void badOptionsExitWithUsageError()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        QProcess process;
        process.start(executable(), arguments);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        const QString error = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void speaksTheLiveDialectUnlessToldOtherwise_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<bool>("statusInList");
        QTest::newRow("no flag") << QStringList {} << u"aura-v1"_s << false;
        QTest::newRow("aura-v1") << QStringList {u"--dialect"_s, u"aura-v1"_s} << u"aura-v1"_s << false;
        QTest::newRow("seed") << QStringList {u"--dialect=seed"_s} << u"seed"_s << true;
    }
    void speaksTheLiveDialectUnlessToldOtherwise()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, dialect);
        QFETCH(bool, statusInList);
        QProcess process;
        quint16 port = 0;
        start(process, arguments, &port);
        QVERIFY(port != 0);
        SandboxClient client(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
        QCOMPARE(client.get(u"/_sandbox/health"_s).json.value("dialect"_L1).toString(), dialect);
        QVERIFY(client.authenticate());
        const QJsonArray list = client.get(u"/v1/instances"_s).dataArray();
        QVERIFY(!list.isEmpty());
        QCOMPARE(list.first().toObject().contains("status"_L1), statusInList);
        stop(process);
    }

    void faultAndTokenFlagsTakeEffect()
    {
        QProcess process;
        quint16 port = 0;
        start(process,
            {u"--token-lifetime"_s, u"7"_s, u"--throttle-rate"_s, u"1"_s, u"--retry-after"_s, u"http-date"_s,
                u"--retry-after-seconds"_s, u"30"_s},
            &port);
        QVERIFY(port != 0);
        SandboxClient client(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
        const HttpResult throttled
            = client.tokenRequest("sandbox-client", "sandbox-secret", "grant_type=client_credentials");
        QCOMPARE(throttled.status, 429);
        QVERIFY(throttled.header("Retry-After").endsWith(" GMT"));
        QCOMPARE(client.send("DELETE", u"/_sandbox/faults"_s).status, 200);
        const HttpResult token
            = client.tokenRequest("sandbox-client", "sandbox-secret", "grant_type=client_credentials");
        QCOMPARE(token.status, 200);
        QCOMPARE(token.json.value("expires_in"_L1).toInt(), 7);
        stop(process);
    }

    void scaleGeneratesTheInventory()
    {
        QProcess process;
        quint16 port = 0;
        start(process, {u"--scale"_s, u"3,4"_s}, &port);
        QVERIFY(port != 0);
        SandboxClient client(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
        QVERIFY(client.authenticate());
        QCOMPARE(client.get(u"/v1/tenants"_s).dataArray().size(), 3);
        QCOMPARE(client.get(u"/v1/instances"_s).dataArray().size(), 12);
        stop(process);
    }

    void stateSurvivesARestart()
    {
        const QString path = m_dir.filePath(u"restart.json"_s);
        QString id;
        {
            QProcess process;
            quint16 port = 0;
            start(process, {u"--state"_s, path, u"--client"_s, u"ci:s3cret"_s}, &port);
            QVERIFY(port != 0);
            SandboxClient client(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
            QVERIFY(client.authenticate("ci", "s3cret"));
            const HttpResult created = client.post(u"/v1/instances"_s,
                QJsonObject {{"name"_L1, u"keeper"_s}, {"tenant_id"_L1, u"2b8e6f1a-9c3d-4e5f-a6b7-c8d9e0f1a2b3"_s},
                    {"type"_L1, u"professional-db"_s}, {"cloud_provider"_L1, u"aws"_s}, {"region"_L1, u"us-east-1"_s},
                    {"memory"_L1, u"2GB"_s}, {"version"_L1, u"5"_s}});
            QCOMPARE(created.status, 202);
            id = created.data().value("id"_L1).toString();
            stop(process); // at once: a normal termination writes what is still pending
            QCOMPARE(process.exitStatus(), QProcess::NormalExit);
            QCOMPARE(process.exitCode(), 0);
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            QVERIFY(!content.contains(created.data().value("password"_L1).toString().toUtf8()));
            QVERIFY(content.contains(id.toLatin1()));
            QVERIFY(!content.contains("s3cret"));
        }
        QProcess process;
        quint16 port = 0;
        start(process, {u"--state"_s, path}, &port);
        QVERIFY(port != 0);
        SandboxClient client(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
        QVERIFY(client.authenticate());
        const HttpResult again = client.get(u"/v1/instances/"_s + id);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.data().value("name"_L1).toString(), u"keeper"_s);
        QVERIFY(!again.data().contains("password"_L1));
        stop(process);
    }

    void corruptStateFileStopsTheStartAndStaysAsItWas()
    {
        const QString path = m_dir.filePath(u"corrupt.json"_s);
        const QByteArray damaged = "{\"format\": \"aura-sandbox-state\", \"instances\": [";
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(damaged);
        }
        QProcess process;
        process.start(executable(), {u"--port"_s, u"0"_s, u"--state"_s, path});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 4);
        const QString error = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(error.contains(path) && error.contains(u"not valid JSON"_s), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), damaged);
    }
};

QTEST_GUILESS_MAIN(TestSandboxExecutable)
#include "tst_sandboxexecutable.moc"
