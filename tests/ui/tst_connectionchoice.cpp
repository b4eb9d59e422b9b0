#include "app/commandline.h"
#include "app/connectionchoice.h"

#include <QProcessEnvironment>
#include <QTest>

using namespace Aura;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(Aura::ConnectionChoice::Kind)
Q_DECLARE_METATYPE(Aura::ConnectionChoice::SecretSource)

namespace {

Account stored(const QString &name)
{
    return Account::create(name, name + "-client"_L1);
}

} // namespace

class TestConnectionChoice : public QObject
{
    Q_OBJECT
private:
    const QList<Account> m_accounts {stored(u"Work"_s), stored(u"Personal"_s), stored(u"personal"_s)};

    static CommandLine parse(const QStringList &arguments)
    {
        int exitCode = 0;
        const auto options = parseCommandLine(QStringList {u"aura-console"_s} + arguments, exitCode);
        if (!options)
            qFatal("test arguments do not parse");
        return *options;
    }

    static QProcessEnvironment environment(const QString &secret)
    {
        QProcessEnvironment env;
        env.insert(u"PATH"_s, u"/usr/bin"_s);
        if (!secret.isNull())
            env.insert(QString::fromLatin1(clientSecretVariable), secret);
        return env;
    }

private Q_SLOTS:
    void choice_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<ConnectionChoice::Kind>("kind");
        QTest::addColumn<QString>("accountName");
        QTest::addColumn<ConnectionChoice::SecretSource>("source");

        using K = ConnectionChoice::Kind;
        using S = ConnectionChoice::SecretSource;
        QTest::newRow("nothing asked") << QStringList() << QString() << K::AskUser << QString() << S::None;
        QTest::newRow("nothing asked, secret in env ignored")
            << QStringList() << u"env-secret"_s << K::AskUser << QString() << S::None;
        QTest::newRow("sandbox") << QStringList {u"--sandbox"_s} << QString() << K::Sandbox << QString() << S::None;
        QTest::newRow("stored account, keychain")
            << QStringList {u"--account"_s, u"Work"_s} << QString() << K::Account << u"Work"_s << S::Keychain;
        QTest::newRow("stored account, env secret wins, no keychain prompt")
            << QStringList {u"--account"_s, u"Work"_s} << u"env-secret"_s << K::Account << u"Work"_s << S::Environment;
        QTest::newRow("exact case preferred")
            << QStringList {u"--account"_s, u"personal"_s} << QString() << K::Account << u"personal"_s << S::Keychain;
        QTest::newRow("unique case-insensitive match")
            << QStringList {u"--account"_s, u"WORK"_s} << QString() << K::Account << u"Work"_s << S::Keychain;
    }

    void choice()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, secret);
        QFETCH(ConnectionChoice::Kind, kind);
        QFETCH(QString, accountName);
        QFETCH(ConnectionChoice::SecretSource, source);

        const auto result = resolveConnection(parse(arguments), m_accounts, environment(secret));
        if (const auto *error = std::get_if<ConnectionError>(&result))
            QFAIL(qPrintable(error->message));
        const auto &choice = std::get<ConnectionChoice>(result);
        QCOMPARE(choice.kind, kind);
        QCOMPARE(choice.secretSource, source);
        if (kind == ConnectionChoice::Kind::Account) {
            QCOMPARE(choice.account.name, accountName);
            QVERIFY(choice.accountIsStored);
            const auto original = std::find_if(
                m_accounts.cbegin(), m_accounts.cend(), [&](const Account &a) { return a.name == accountName; });
            QCOMPARE(choice.account, *original);
        }
        QCOMPARE(choice.environmentSecret, source == ConnectionChoice::SecretSource::Environment ? secret : QString());
    }

    void clientIdTakesTheSecretFromTheEnvironment()
    {
        const auto result
            = resolveConnection(parse({u"--client-id"_s, u"ci-client"_s, u"--api-url"_s, u"http://127.0.0.1:9000/v1"_s,
                                    u"--token-url"_s, u"http://127.0.0.1:9000/oauth/token"_s}),
                m_accounts, environment(u"from-env"_s));
        QVERIFY(std::holds_alternative<ConnectionChoice>(result));
        const auto &choice = std::get<ConnectionChoice>(result);
        QCOMPARE(choice.kind, ConnectionChoice::Kind::Account);
        QVERIFY(!choice.accountIsStored);
        QCOMPARE(choice.account.clientId, u"ci-client"_s);
        QVERIFY(!choice.account.id.isEmpty());
        QCOMPARE(choice.account.apiBaseUrl, QUrl(u"http://127.0.0.1:9000/v1"_s));
        QCOMPARE(choice.account.tokenUrl, QUrl(u"http://127.0.0.1:9000/oauth/token"_s));
        QCOMPARE(choice.secretSource, ConnectionChoice::SecretSource::Environment);
        QCOMPARE(choice.environmentSecret, u"from-env"_s);
    }

    void urlsOverrideAStoredAccount()
    {
        const auto result
            = resolveConnection(parse({u"--account"_s, u"Work"_s, u"--api-url"_s, u"https://staging.example.com/v1"_s}),
                m_accounts, environment({}));
        const auto &choice = std::get<ConnectionChoice>(result);
        QCOMPARE(choice.account.apiBaseUrl, QUrl(u"https://staging.example.com/v1"_s));
        QCOMPARE(choice.account.tokenUrl, Account::defaultTokenUrl());
        QCOMPARE(choice.account.id, m_accounts.first().id);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QList<Account>>("accounts");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("messagePart");
        const QList<Account> accounts {stored(u"Work"_s), stored(u"Personal"_s)};
        QTest::newRow("unknown account lists the known ones")
            << QStringList {u"--account"_s, u"Staging"_s} << accounts << QString() << u"Work, Personal"_s;
        QTest::newRow("no accounts at all")
            << QStringList {u"--account"_s, u"Work"_s} << QList<Account>() << QString() << u"--client-id"_s;
        QTest::newRow("ambiguous case") << QStringList {u"--account"_s, u"WORK"_s}
                                        << QList<Account> {stored(u"work"_s), stored(u"Work"_s)} << QString()
                                        << u"exact name"_s;
        QTest::newRow("client id without secret")
            << QStringList {u"--client-id"_s, u"abc"_s} << accounts << QString() << u"AURA_CLIENT_SECRET"_s;
        QTest::newRow("client id with empty secret")
            << QStringList {u"--client-id"_s, u"abc"_s} << accounts << u""_s << u"AURA_CLIENT_SECRET"_s;
        QTest::newRow("plain http to a remote host")
            << QStringList {u"--client-id"_s, u"abc"_s, u"--token-url"_s, u"http://api.neo4j.io/oauth/token"_s}
            << accounts << u"Zq9-env-secret"_s << u"--token-url"_s;
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QList<Account>, accounts);
        QFETCH(QString, secret);
        QFETCH(QString, messagePart);
        const auto result = resolveConnection(parse(arguments), accounts, environment(secret));
        QVERIFY(std::holds_alternative<ConnectionError>(result));
        const QString message = std::get<ConnectionError>(result).message;
        QVERIFY2(message.contains(messagePart), qPrintable(message));
        if (!secret.isEmpty())
            QVERIFY(!message.contains(secret));
    }
};

QTEST_GUILESS_MAIN(TestConnectionChoice)
#include "tst_connectionchoice.moc"
