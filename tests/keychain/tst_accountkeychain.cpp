#include "api/accounts/accountsecrets.h"
#include "api/accounts/accountstore.h"
#include "api/secrets/keychainsecretstore.h"
#include "api/secrets/sessionsecretstore.h"
#include "secretanswer.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Aura;
using AuraTest::await;
using namespace Qt::Literals::StringLiterals;

// An account's secrets through the real keychain: scripts/test.sh runs this inside a private D-Bus session with an
// unlocked gnome-keyring, and once more with no Secret Service reachable (tst_accountkeychain_unavailable).
class TestAccountKeychain : public QObject
{
    Q_OBJECT
private:
    static bool noKeychain() { return qEnvironmentVariableIsSet("AURA_TEST_NO_KEYCHAIN"); }

    const QString m_service = u"Aura Console tests"_s;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void accountSecretsRoundTrip()
    {
        if (noKeychain())
            QSKIP("this run checks the accounts without a Secret Service");
        const QString settingsPath = m_dir.filePath(u"roundtrip.ini"_s);
        QSettings settings(settingsPath, QSettings::IniFormat);
        AccountStore accounts(settings);
        KeychainSecretStore keychain(m_service);
        AccountSecrets secrets(keychain, accounts);
        const Account account = Account::create(u"Keychain test"_s, u"keychain-client"_s);
        QVERIFY(accounts.upsert(account));
        const QString clientSecret = u"client-s3cr\u00e9t "_s + account.id;
        const QString instanceId = u"i"_s + account.id.left(7);
        const QString password = u"db-pw-"_s + account.id;

        auto r = await([&](auto cb) { secrets.writeClientSecret(account.id, clientSecret, this, cb); });
        QVERIFY2(r.status == SecretStore::Status::Ok, qPrintable(r.errorText));
        r = await([&](auto cb) { secrets.writeInstancePassword(account.id, instanceId, password, this, cb); });
        QVERIFY2(r.status == SecretStore::Status::Ok, qPrintable(r.errorText));

        r = await([&](auto cb) { secrets.readClientSecret(account.id, this, cb); });
        QCOMPARE(r.status, SecretStore::Status::Ok);
        QCOMPARE(r.secret, clientSecret);
        r = await([&](auto cb) { secrets.readInstancePassword(instanceId, this, cb); });
        QCOMPARE(r.status, SecretStore::Status::Ok);
        QCOMPARE(r.secret, password);

        settings.sync();
        QFile file(settingsPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(written.contains("keychain-client")); // the file holds the account...
        QVERIFY(!written.contains(clientSecret.toUtf8())); // ...but none of its secrets
        QVERIFY(!written.contains(password.toUtf8()));

        r = await([&](auto cb) { secrets.removeAccount(account.id, this, cb); });
        QVERIFY2(r.status == SecretStore::Status::Ok, qPrintable(r.errorText));
        QVERIFY(accounts.load().isEmpty());
        r = await([&](auto cb) { secrets.readClientSecret(account.id, this, cb); });
        QCOMPARE(r.status, SecretStore::Status::NotFound);
        r = await([&](auto cb) { secrets.readInstancePassword(instanceId, this, cb); });
        QCOMPARE(r.status, SecretStore::Status::NotFound);
    }

    void unavailableKeychainKeepsNothingOnDisk()
    {
        if (!noKeychain())
            QSKIP("run by tst_accountkeychain_unavailable, with no reachable Secret Service");
        const QString settingsPath = m_dir.filePath(u"unavailable.ini"_s);
        QSettings settings(settingsPath, QSettings::IniFormat);
        AccountStore accounts(settings);
        KeychainSecretStore keychain(m_service);
        SessionSecretStore session(keychain);
        AccountSecrets secrets(session, accounts);
        const Account account = Account::create(u"No keychain"_s, u"client"_s);
        QVERIFY(accounts.upsert(account));

        auto r = await([&](auto cb) { secrets.writeClientSecret(account.id, u"unstored-secret"_s, this, cb); });
        QCOMPARE(r.status, SecretStore::Status::Unavailable);
        QVERIFY(!r.errorText.isEmpty()); // the keychain's own words, for the user
        r = await([&](auto cb) { secrets.readClientSecret(account.id, this, cb); });
        QCOMPARE(r.status, SecretStore::Status::Unavailable);

        // The explicit choice: this session only.
        session.keepForThisSession(SecretKeys::clientSecret(account.id), u"unstored-secret"_s);
        r = await([&](auto cb) { secrets.readClientSecret(account.id, this, cb); });
        QCOMPARE(r.status, SecretStore::Status::Ok);
        QCOMPARE(r.secret, u"unstored-secret"_s);

        r = await([&](auto cb) { secrets.writeInstancePassword(account.id, u"i1"_s, u"pw"_s, this, cb); });
        QCOMPARE(r.status, SecretStore::Status::Unavailable);
        QVERIFY(accounts.instancesWithKeptPassword(account.id).isEmpty());

        // Removal cannot reach the keychain: the account stays, so the user can retry.
        r = await([&](auto cb) { secrets.removeAccount(account.id, this, cb); });
        QCOMPARE(r.status, SecretStore::Status::Unavailable);
        QCOMPARE(accounts.load(), QList<Account> {account});

        settings.sync();
        QFile file(settingsPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("unstored-secret"));
    }
};

QTEST_GUILESS_MAIN(TestAccountKeychain)
#include "tst_accountkeychain.moc"
