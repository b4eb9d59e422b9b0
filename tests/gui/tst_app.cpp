#include "sandbox/demodata.h"
#include "sandbox/sandboxserver.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

// The share of sampled pixels that differ between two screenshots of the same size (0..1).
double difference(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return 1.0;
    int sampled = 0;
    int differing = 0;
    for (int y = 0; y < a.height(); y += 5) {
        for (int x = 0; x < a.width(); x += 5) {
            ++sampled;
            if (a.pixel(x, y) != b.pixel(x, y))
                ++differing;
        }
    }
    return sampled == 0 ? 1.0 : double(differing) / double(sampled);
}

// Files under `root` whose bytes contain `needle` (plain or Base64).
QStringList filesContaining(const QString &root, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        if (content.contains(needle) || content.contains(needle.toBase64()))
            hits.append(path);
    }
    return hits;
}

} // namespace

using namespace Qt::Literals::StringLiterals;

// Runs the real aura-console executable, as a user or a script would.
class TestApp : public QObject
{
    Q_OBJECT
private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static Run run(const QStringList &arguments, const QProcessEnvironment &environment = {}, int timeoutMs = 60000)
    {
        QProcess process;
        if (!environment.isEmpty())
            process.setProcessEnvironment(environment);
        process.start(QStringLiteral(AURA_CONSOLE_PATH), arguments);
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
    }

    // Like run(), but keeps this process's event loop turning, so that a server in the test can answer the child.
    static Run runServing(const QStringList &arguments, const QProcessEnvironment &environment, int timeoutMs = 60000)
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(AURA_CONSOLE_PATH), arguments);
        if (!finished.wait(timeoutMs)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
    }

private Q_SLOTS:
    void versionAndHelp()
    {
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.contains(AURA_VERSION), version.out.constData());

        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--screenshot"));
        QVERIFY(help.out.contains("--sandbox"));
    }

    // Printing needs no display, and --list-accounts reads the stored accounts (scripts/run.sh asks it).
    void printsWithoutADisplay()
    {
        QTemporaryDir config;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        QCOMPARE(run({QStringLiteral("--version")}, env).exitCode, 0);
        Run list = run({QStringLiteral("--list-accounts")}, env);
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.isEmpty());

        QDir(config.path()).mkpath(QStringLiteral("Aura Console"));
        QFile conf(config.filePath(QStringLiteral("Aura Console/aura-console.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("[accounts]\n1\\id=a1\n1\\name=Production\n1\\clientId=c1\nsize=1\n");
        conf.close();
        list = run({QStringLiteral("--list-accounts")}, env);
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.out.trimmed(), QByteArray("Production"));
    }

    // The system locale picks the language, before the command line is even parsed.
    void helpFollowsTheSystemLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("German by LANG") << QString() << QStringLiteral("de_DE.UTF-8")
                                        << QByteArray("Neo4j-Aura-Instanzen und -Snapshots ansehen und verwalten");
        QTest::newRow("German first in LANGUAGE") << QStringLiteral("fr:de") << QStringLiteral("en_US.UTF-8")
                                                  << QByteArray("Neo4j-Aura-Instanzen und -Snapshots ansehen");
        QTest::newRow("English preferred to German")
            << QStringLiteral("en:de") << QStringLiteral("de_DE.UTF-8")
            << QByteArray("see and manage your Neo4j Aura instances and snapshots");
        QTest::newRow("English") << QString() << QStringLiteral("en_US.UTF-8")
                                 << QByteArray("see and manage your Neo4j Aura instances and snapshots");
        QTest::newRow("untranslated language") << QString() << QStringLiteral("ja_JP.UTF-8")
                                               << QByteArray("see and manage your Neo4j Aura instances and snapshots");
    }
    void helpFollowsTheSystemLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, lang);
        QFETCH(QByteArray, expected);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"})
            environment.remove(QString::fromLatin1(name));
        environment.insert(QStringLiteral("LANG"), lang);
        if (!language.isEmpty())
            environment.insert(QStringLiteral("LANGUAGE"), language);
        const Run help = run({QStringLiteral("--help")}, environment);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(expected), help.out.constData());
    }

    void badOptionFailsWithMessage()
    {
        const Run bad = run({QStringLiteral("--definitely-not-an-option")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("definitely-not-an-option"));
    }

    void screenshotWritesThePopulatedWindow_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("first run") << QStringList();
        QTest::newRow("sandbox") << QStringList {QStringLiteral("--sandbox")};
    }
    void screenshotWritesThePopulatedWindow()
    {
        QFETCH(QStringList, extra);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("main.png"));
        const Run shot = run(QStringList {QStringLiteral("--screenshot"), file} + extra);
        QVERIFY2(shot.exitCode == 0, shot.err.constData());
        const QImage image(file);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size() / image.devicePixelRatio(), QSize(1280, 800));
        // Not a blank canvas: a window with text on it has many colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 8, qPrintable(QString::number(colours.size())));
    }

    // The executable against a sandbox on loopback in the live dialect (served by this test while the console runs
    // as a child; --client-id speaks aura-v1 unless told otherwise), with the client secret in the environment: the
    // screenshot shows the populated console, not the welcome panel, and the secret ends up in no file the console
    // writes and in none of its output.
    void screenshotOfAnAccountGivenOnTheCommandLine()
    {
        AuraSandbox::SandboxServer sandbox(nullptr, AuraSandbox::Dialect::create(QStringLiteral("aura-v1")));
        sandbox.loadDemoData();
        const QString secret = u"e2e-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        sandbox.auth().addClient(QString::fromLatin1(AuraSandbox::DemoClientId), secret);
        QVERIFY(sandbox.listenOnLoopback() != 0);

        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, home.path());
        for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
            const QString dir = home.filePath(QString::fromLatin1(name).toLower());
            QVERIFY(QDir().mkpath(dir));
            env.insert(QString::fromLatin1(name), dir);
        }

        // Reference pictures: the welcome panel of a first run, and the embedded sandbox's demo console.
        const QString welcomeFile = home.filePath(u"welcome.png"_s);
        const Run welcome = runServing({u"--screenshot"_s, welcomeFile}, env);
        QVERIFY2(welcome.exitCode == 0, welcome.err.constData());
        const QString demoFile = home.filePath(u"demo.png"_s);
        const Run demo = runServing({u"--screenshot"_s, demoFile, u"--sandbox"_s}, env);
        QVERIFY2(demo.exitCode == 0, demo.err.constData());

        QProcessEnvironment withSecret = env;
        withSecret.insert(u"AURA_CLIENT_SECRET"_s, secret);
        const QString file = home.filePath(u"console.png"_s);
        const Run shot = runServing(
            {u"--client-id"_s, QString::fromLatin1(AuraSandbox::DemoClientId), u"--api-url"_s,
                sandbox.baseUrl().toString(), u"--token-url"_s, sandbox.tokenUrl().toString(), u"--screenshot"_s, file},
            withSecret);
        QVERIFY2(shot.exitCode == 0, shot.err.constData());
        QCOMPARE(sandbox.auth().activeTokenCount(), 1); // it really signed in with the secret from the environment

        const QImage image(file);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size() / image.devicePixelRatio(), QSize(1280, 800));
        const double fromWelcome = difference(image, QImage(welcomeFile));
        const double fromDemo = difference(image, QImage(demoFile));
        const QString measured
            = u"differs from the welcome panel in %1, from the demo console in %2"_s.arg(fromWelcome).arg(fromDemo);
        QVERIFY2(fromWelcome > 0.2, qPrintable(measured));
        QVERIFY2(fromDemo < 0.1, qPrintable(measured));

        const QByteArray needle = secret.toUtf8();
        QVERIFY(!shot.out.contains(needle));
        QVERIFY(!shot.err.contains(needle));
        const QStringList leaks = filesContaining(home.path(), needle);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u", "_s)));
    }

    void unwritableScreenshotPathFails()
    {
        const Run shot = run({QStringLiteral("--screenshot"), QStringLiteral("/nonexistent-dir/x.png")});
        QCOMPARE(shot.exitCode, 1);
        QVERIFY(shot.err.contains("screenshot"));
    }
};

QTEST_GUILESS_MAIN(TestApp)
#include "tst_app.moc"
