#include "api/accounts/account.h"

#include <QTest>

using namespace Aura;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(Aura::UrlProblem)

class TestAccount : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createGivesDefaultsAndFreshIds()
    {
        const Account a = Account::create(u"Work"_s, u"client-1"_s);
        const Account b = Account::create(u"Work"_s, u"client-1"_s);
        QVERIFY(!a.id.isEmpty());
        QVERIFY(a.id != b.id);
        QCOMPARE(a.apiBaseUrl, QUrl(u"https://api.neo4j.io/v1"_s));
        QCOMPARE(a.tokenUrl, QUrl(u"https://api.neo4j.io/oauth/token"_s));
    }

    void serviceUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<UrlProblem>("problem");
        QTest::newRow("live api") << u"https://api.neo4j.io/v1"_s << UrlProblem::None;
        QTest::newRow("https with port") << u"https://aura.example.com:8443/v1"_s << UrlProblem::None;
        QTest::newRow("http localhost") << u"http://localhost:8080/v1"_s << UrlProblem::None;
        QTest::newRow("http 127.0.0.1") << u"http://127.0.0.1:8080/v1"_s << UrlProblem::None;
        QTest::newRow("http 127.1.2.3") << u"http://127.1.2.3/v1"_s << UrlProblem::None;
        QTest::newRow("http ::1") << u"http://[::1]:8080/v1"_s << UrlProblem::None;
        QTest::newRow("http remote") << u"http://api.neo4j.io/v1"_s << UrlProblem::InsecureRemote;
        QTest::newRow("http lan address") << u"http://192.168.1.10/v1"_s << UrlProblem::InsecureRemote;
        QTest::newRow("http localhost lookalike")
            << u"http://localhost.evil.example/v1"_s << UrlProblem::InsecureRemote;
        QTest::newRow("empty") << QString() << UrlProblem::Empty;
        QTest::newRow("no scheme") << u"api.neo4j.io/v1"_s << UrlProblem::Malformed;
        QTest::newRow("no host") << u"https:///v1"_s << UrlProblem::Malformed;
        QTest::newRow("ftp") << u"ftp://api.neo4j.io/v1"_s << UrlProblem::UnsupportedScheme;
        QTest::newRow("credentials in url") << u"https://id:secret@api.neo4j.io/v1"_s << UrlProblem::HasCredentials;
    }

    void serviceUrl()
    {
        QFETCH(QString, url);
        QFETCH(UrlProblem, problem);
        QCOMPARE(checkServiceUrl(QUrl(url)), problem);
        QCOMPARE(describeUrlProblem(problem).isEmpty(), problem == UrlProblem::None);
    }

    void validation_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QString>("apiUrl");
        QTest::addColumn<QString>("tokenUrl");
        QTest::addColumn<QStringList>("badFields");
        const QString api = u"https://api.neo4j.io/v1"_s;
        const QString token = u"https://api.neo4j.io/oauth/token"_s;
        QTest::newRow("complete") << u"Personal"_s << u"abc"_s << api << token << QStringList();
        QTest::newRow("no name") << u"  "_s << u"abc"_s << api << token << QStringList {u"name"_s};
        QTest::newRow("duplicate name, other case") << u"WORK"_s << u"abc"_s << api << token << QStringList {u"name"_s};
        QTest::newRow("no client id") << u"Personal"_s << QString() << api << token << QStringList {u"clientId"_s};
        QTest::newRow("client id with spaces")
            << u"Personal"_s << u" abc "_s << api << token << QStringList {u"clientId"_s};
        QTest::newRow("insecure urls") << u"Personal"_s << u"abc"_s << u"http://example.com/v1"_s
                                       << u"http://example.com/oauth/token"_s
                                       << QStringList {u"apiBaseUrl"_s, u"tokenUrl"_s};
        QTest::newRow("sandbox on loopback") << u"Sandbox"_s << u"sandbox-client"_s << u"http://127.0.0.1:8080/v1"_s
                                             << u"http://127.0.0.1:8080/oauth/token"_s << QStringList();
    }

    void validation()
    {
        QFETCH(QString, name);
        QFETCH(QString, clientId);
        QFETCH(QString, apiUrl);
        QFETCH(QString, tokenUrl);
        QFETCH(QStringList, badFields);

        const Account existing = Account::create(u"Work"_s, u"other"_s);
        Account account = Account::create(name, clientId);
        account.apiBaseUrl = QUrl(apiUrl);
        account.tokenUrl = QUrl(tokenUrl);
        const AccountProblems problems = validateAccount(account, {existing, account});

        QCOMPARE(!problems.name.isEmpty(), badFields.contains(u"name"_s));
        QCOMPARE(!problems.clientId.isEmpty(), badFields.contains(u"clientId"_s));
        QCOMPARE(!problems.apiBaseUrl.isEmpty(), badFields.contains(u"apiBaseUrl"_s));
        QCOMPARE(!problems.tokenUrl.isEmpty(), badFields.contains(u"tokenUrl"_s));
        QCOMPARE(problems.isEmpty(), badFields.isEmpty());
    }

    void renamingKeepsItsOwnName()
    {
        // The account being edited is in the list too; it must not collide with itself.
        const Account work = Account::create(u"Work"_s, u"abc"_s);
        QVERIFY(validateAccount(work, {work}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAccount)
#include "tst_account.moc"
