// The console against random data that the specs allow: Prism mocks each spec with dynamic examples (random ids,
// names, statuses, numbers, list lengths and unknown extra fields), seeded, and aura-console loads it, renders its
// window and exits 0. The bearer token comes from aura-sandbox: the live spec documents no token endpoint.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

// Starts `program` and waits until its output says `ready`; false if it ended or never said so.
bool startAndWait(QProcess &process, const QString &program, const QStringList &arguments, const QByteArray &ready)
{
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(10'000))
        return false;
    QByteArray output;
    return QTest::qWaitFor(
               [&] {
                   output += process.readAll();
                   return output.contains(ready) || process.state() == QProcess::NotRunning;
               },
               90'000)
        && output.contains(ready);
}

void stop(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(5'000))
        process.kill();
    process.waitForFinished(5'000);
}
} // namespace

class TestRandomData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void consoleSurvivesWhatTheSpecAllows_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("seed");
        for (const QString &seed : {u"1"_s, u"2"_s}) {
            QTest::addRow("aura-v1 seed %s", qPrintable(seed))
                << qEnvironmentVariable("AURA_LIVE_SPEC") << u"aura-v1"_s << seed;
            QTest::addRow("seed dialect seed %s", qPrintable(seed))
                << qEnvironmentVariable("AURA_SEED_SPEC") << u"seed"_s << seed;
        }
    }
    void consoleSurvivesWhatTheSpecAllows()
    {
        QFETCH(QString, spec);
        QFETCH(QString, dialect);
        QFETCH(QString, seed);
        const QString prism = qEnvironmentVariable("AURA_PRISM");
        QVERIFY2(QFile::exists(prism), "Prism is missing: run scripts/install-deps.sh (npm ci installs it)");
        QVERIFY(QFile::exists(spec));
        const quint16 mockPort = freePort();
        const quint16 sandboxPort = freePort();

        QProcess sandbox;
        QVERIFY(startAndWait(sandbox, qEnvironmentVariable("AURA_SANDBOX_EXECUTABLE"),
            {u"--port"_s, QString::number(sandboxPort)}, "listening"));
        QProcess mock;
        QProcessEnvironment prismEnv = QProcessEnvironment::systemEnvironment();
        prismEnv.insert(u"SCARF_ANALYTICS"_s, u"false"_s);
        prismEnv.insert(u"DO_NOT_TRACK"_s, u"1"_s);
        mock.setProcessEnvironment(prismEnv);
        QVERIFY(startAndWait(mock, prism,
            {u"mock"_s, u"-d"_s, u"--seed"_s, seed, spec, u"--port"_s, QString::number(mockPort), u"--host"_s,
                u"127.0.0.1"_s},
            "Prism is listening"));

        QTemporaryDir home;
        QProcess console;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"AURA_CLIENT_SECRET"_s, u"sandbox-secret"_s);
        env.insert(u"HOME"_s, home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
        console.setProcessEnvironment(env);
        console.setProcessChannelMode(QProcess::MergedChannels);
        const QString picture = home.filePath(u"window.png"_s);
        console.start(qEnvironmentVariable("AURA_CONSOLE_EXECUTABLE"),
            {u"--client-id"_s, u"sandbox-client"_s, u"--api-url"_s, u"http://127.0.0.1:%1"_s.arg(mockPort),
                u"--token-url"_s, u"http://127.0.0.1:%1/oauth/token"_s.arg(sandboxPort), u"--api-dialect"_s, dialect,
                u"--screenshot"_s, picture});
        QVERIFY(console.waitForStarted(10'000));
        const bool ended = console.waitForFinished(60'000);
        const QByteArray output = console.readAll();
        stop(mock);
        stop(sandbox);
        QVERIFY2(ended, "the console did not finish");
        QVERIFY2(
            console.exitStatus() == QProcess::NormalExit && console.exitCode() == 0, output.right(3000).constData());
        // It asked for what a first view needs, and drew a window.
        QVERIFY2(output.contains("GET /tenants"), output.right(3000).constData());
        QVERIFY2(output.contains("GET /instances"), output.right(3000).constData());
        const QImage image(picture);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 400 && image.height() > 300);
    }
};

QTEST_GUILESS_MAIN(TestRandomData)
#include "tst_randomdata.moc"
