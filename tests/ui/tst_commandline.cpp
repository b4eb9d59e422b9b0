#include "commandline.h"

#include <QTest>

using namespace Aura;

class TestCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults()
    {
        int exitCode = -1;
        const auto options = parseCommandLine({QStringLiteral("aura-console")}, exitCode);
        QVERIFY(options.has_value());
        QVERIFY(!options->sandbox);
        QVERIFY(options->screenshotPath.isEmpty());
    }

    void sandboxAndScreenshot()
    {
        int exitCode = -1;
        const auto options = parseCommandLine({QStringLiteral("aura-console"), QStringLiteral("--sandbox"),
                                                  QStringLiteral("--screenshot"), QStringLiteral("/tmp/x.png")},
            exitCode);
        QVERIFY(options.has_value());
        QVERIFY(options->sandbox);
        QCOMPARE(options->screenshotPath, QStringLiteral("/tmp/x.png"));
    }

    void unknownOptionStopsWithUsageError()
    {
        int exitCode = -1;
        const auto options
            = parseCommandLine({QStringLiteral("aura-console"), QStringLiteral("--no-such-option")}, exitCode);
        QVERIFY(!options.has_value());
        QCOMPARE(exitCode, 2);
    }

    void screenshotNeedsAFile()
    {
        int exitCode = -1;
        QVERIFY(!parseCommandLine({QStringLiteral("aura-console"), QStringLiteral("--screenshot")}, exitCode));
        QCOMPARE(exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
