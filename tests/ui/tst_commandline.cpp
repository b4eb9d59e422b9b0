#include "app/commandline.h"

#include <QTest>

using namespace Aura;
using namespace Qt::Literals::StringLiterals;

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
        QVERIFY(options->accountName.isEmpty());
        QVERIFY(options->clientId.isEmpty());
        QVERIFY(options->apiUrl.isEmpty());
        QVERIFY(options->tokenUrl.isEmpty());
    }

    void accountOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("accountName");
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QUrl>("apiUrl");
        QTest::addColumn<QUrl>("tokenUrl");
        QTest::newRow("account") << QStringList {u"--account"_s, u"Work"_s} << u"Work"_s << QString() << QUrl()
                                 << QUrl();
        QTest::newRow("account with spaces, = form")
            << QStringList {u"--account=My work"_s} << u"My work"_s << QString() << QUrl() << QUrl();
        QTest::newRow("client id and urls") << QStringList {u"--client-id"_s, u"abc"_s, u"--api-url"_s,
            u"http://127.0.0.1:8080/v1"_s, u"--token-url"_s, u"http://127.0.0.1:8080/oauth/token"_s}
                                            << QString() << u"abc"_s << QUrl(u"http://127.0.0.1:8080/v1"_s)
                                            << QUrl(u"http://127.0.0.1:8080/oauth/token"_s);
    }

    void accountOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, accountName);
        QFETCH(QString, clientId);
        QFETCH(QUrl, apiUrl);
        QFETCH(QUrl, tokenUrl);
        int exitCode = -1;
        const auto options = parseCommandLine(QStringList {u"aura-console"_s} + arguments, exitCode);
        QVERIFY(options.has_value());
        QCOMPARE(options->accountName, accountName);
        QCOMPARE(options->clientId, clientId);
        QCOMPARE(options->apiUrl, apiUrl);
        QCOMPARE(options->tokenUrl, tokenUrl);
    }

    void refused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("secret option") << QStringList {u"--client-id"_s, u"abc"_s, u"--client-secret"_s, u"xyz"_s};
        QTest::newRow("secret option, = form") << QStringList {u"--client-secret=xyz"_s};
        QTest::newRow("secret, single dash") << QStringList {u"-secret"_s, u"xyz"_s};
        QTest::newRow("secret, underscore") << QStringList {u"--CLIENT_SECRET=xyz"_s};
        QTest::newRow("password") << QStringList {u"--password"_s, u"xyz"_s};
        QTest::newRow("account and client id") << QStringList {u"--account"_s, u"Work"_s, u"--client-id"_s, u"abc"_s};
        QTest::newRow("sandbox and account") << QStringList {u"--sandbox"_s, u"--account"_s, u"Work"_s};
        QTest::newRow("url without account") << QStringList {u"--api-url"_s, u"https://api.neo4j.io/v1"_s};
        QTest::newRow("url not a url") << QStringList {u"--client-id"_s, u"a"_s, u"--api-url"_s, u"::"_s};
        QTest::newRow("empty account name") << QStringList {u"--account="_s};
        QTest::newRow("account needs a name") << QStringList {u"--account"_s};
        QTest::newRow("time scale not a number") << QStringList {u"--sandbox"_s, u"--sandbox-time-scale=fast"_s};
        QTest::newRow("time scale negative") << QStringList {u"--sandbox"_s, u"--sandbox-time-scale=-1"_s};
        QTest::newRow("time scale infinite") << QStringList {u"--sandbox"_s, u"--sandbox-time-scale=inf"_s};
    }

    void refused()
    {
        QFETCH(QStringList, arguments);
        int exitCode = -1;
        QVERIFY(!parseCommandLine(QStringList {u"aura-console"_s} + arguments, exitCode));
        QCOMPARE(exitCode, 2);
    }

    void aValueThatLooksLikeTheOptionIsNotRefused()
    {
        // An account may be called "secret"; only options are refused.
        int exitCode = -1;
        const auto options = parseCommandLine({u"aura-console"_s, u"--account"_s, u"secret"_s}, exitCode);
        QVERIFY(options.has_value());
        QCOMPARE(options->accountName, u"secret"_s);
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
        QCOMPARE(options->sandboxTimeScale, 1.0);
    }

    void sandboxTimeScale()
    {
        int exitCode = -1;
        const auto options
            = parseCommandLine({u"aura-console"_s, u"--sandbox"_s, u"--sandbox-time-scale"_s, u"0.1"_s}, exitCode);
        QVERIFY(options.has_value());
        QCOMPARE(options->sandboxTimeScale, 0.1);
    }

    void listAccounts()
    {
        int exitCode = -1;
        auto options = parseCommandLine({QStringLiteral("aura-console")}, exitCode);
        QVERIFY(options && !options->listAccounts);
        options = parseCommandLine({QStringLiteral("aura-console"), QStringLiteral("--list-accounts")}, exitCode);
        QVERIFY(options && options->listAccounts);
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
