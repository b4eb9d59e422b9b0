#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

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

    void unwritableScreenshotPathFails()
    {
        const Run shot = run({QStringLiteral("--screenshot"), QStringLiteral("/nonexistent-dir/x.png")});
        QCOMPARE(shot.exitCode, 1);
        QVERIFY(shot.err.contains("screenshot"));
    }
};

QTEST_GUILESS_MAIN(TestApp)
#include "tst_app.moc"
