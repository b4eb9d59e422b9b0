#include "api/accounts/accountsecrets.h"
#include "api/accounts/accountstore.h"
#include "faultysecretstore.h"
#include "secretanswer.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Aura;
using AuraTest::await;
using namespace Qt::Literals::StringLiterals;

class TestAccountSecrets : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void keysAreScopedAndStable()
    {
        QCOMPARE(SecretKeys::clientSecret(u"1234-ab"_s), u"account/1234-ab/client-secret"_s);
        QCOMPARE(SecretKeys::instancePassword(u"a1b2c3d4"_s), u"instance/a1b2c3d4/password"_s);
        QVERIFY(SecretKeys::clientSecret(u"a"_s) != SecretKeys::clientSecret(u"b"_s));
    }

    void clientSecretRoundTrip()
    {
        QSettings settings(m_dir.filePath(u"roundtrip.ini"_s), QSettings::IniFormat);
        AccountStore accounts(settings);
        FaultySecretStore store;
        AccountSecrets secrets(store, accounts);
        const Account account = Account::create(u"Work"_s, u"client"_s);

        auto r = await([&](auto cb) { secrets.writeClientSecret(account.id, u"s3cret"_s, this, cb); });
        QCOMPARE(r.status, SecretStore::Status::Ok);
        QVERIFY(store.contains(SecretKeys::clientSecret(account.id)));
        r = await([&](auto cb) { secrets.readClientSecret(account.id, this, cb); });
        QCOMPARE(r.secret, u"s3cret"_s);
    }

    void keptPasswordsAreIndexedUnderTheAccount()
    {
        QSettings settings(m_dir.filePath(u"index.ini"_s), QSettings::IniFormat);
        AccountStore accounts(settings);
        FaultySecretStore store;
        AccountSecrets secrets(store, accounts);
        const Account account = Account::create(u"Work"_s, u"client"_s);
        QVERIFY(accounts.upsert(account));

        auto r = await([&](auto cb) { secrets.writeInstancePassword(account.id, u"i-1"_s, u"pw"_s, this, cb); });
        QCOMPARE(r.status, SecretStore::Status::Ok);
        QCOMPARE(accounts.instancesWithKeptPassword(account.id), QStringList {u"i-1"_s});
        r = await([&](auto cb) { secrets.readInstancePassword(u"i-1"_s, this, cb); });
        QCOMPARE(r.secret, u"pw"_s);

        r = await([&](auto cb) { secrets.removeInstancePassword(account.id, u"i-1"_s, this, cb); });
        QCOMPARE(r.status, SecretStore::Status::Ok);
        QVERIFY(accounts.instancesWithKeptPassword(account.id).isEmpty());
        // Forgetting twice is not an error: the password is gone either way.
        r = await([&](auto cb) { secrets.removeInstancePassword(account.id, u"i-1"_s, this, cb); });
        QCOMPARE(r.status, SecretStore::Status::Ok);
    }

    void failedWriteRecordsNothing()
    {
        QSettings settings(m_dir.filePath(u"failedwrite.ini"_s), QSettings::IniFormat);
        AccountStore accounts(settings);
        FaultySecretStore store;
        store.setUnavailable(u"The keyring is locked"_s);
        AccountSecrets secrets(store, accounts);
        const auto r = await([&](auto cb) { secrets.writeInstancePassword(u"acc"_s, u"i-1"_s, u"pw"_s, this, cb); });
        QCOMPARE(r.status, SecretStore::Status::Unavailable);
        QCOMPARE(r.errorText, u"The keyring is locked"_s);
        QVERIFY(accounts.instancesWithKeptPassword(u"acc"_s).isEmpty());
    }

    void removingAnAccountDeletesAllItsEntries()
    {
        QSettings settings(m_dir.filePath(u"remove.ini"_s), QSettings::IniFormat);
        AccountStore accounts(settings);
        FaultySecretStore store;
        AccountSecrets secrets(store, accounts);
        const Account gone = Account::create(u"Gone"_s, u"a"_s);
        const Account kept = Account::create(u"Kept"_s, u"b"_s);
        QVERIFY(accounts.save({gone, kept}));
        await([&](auto cb) { secrets.writeClientSecret(gone.id, u"x"_s, this, cb); });
        await([&](auto cb) { secrets.writeClientSecret(kept.id, u"y"_s, this, cb); });
        await([&](auto cb) { secrets.writeInstancePassword(gone.id, u"i-1"_s, u"p1"_s, this, cb); });
        await([&](auto cb) { secrets.writeInstancePassword(gone.id, u"i-2"_s, u"p2"_s, this, cb); });
        await([&](auto cb) { secrets.writeInstancePassword(kept.id, u"i-3"_s, u"p3"_s, this, cb); });

        const auto r = await([&](auto cb) { secrets.removeAccount(gone.id, this, cb); });
        QCOMPARE(r.status, SecretStore::Status::Ok);
        QVERIFY(!store.contains(SecretKeys::clientSecret(gone.id)));
        QVERIFY(!store.contains(SecretKeys::instancePassword(u"i-1"_s)));
        QVERIFY(!store.contains(SecretKeys::instancePassword(u"i-2"_s)));
        QVERIFY(store.contains(SecretKeys::clientSecret(kept.id)));
        QVERIFY(store.contains(SecretKeys::instancePassword(u"i-3"_s)));
        QCOMPARE(accounts.load(), QList<Account> {kept});
    }

    void removingAnAccountWithoutSecretsWorks()
    {
        QSettings settings(m_dir.filePath(u"nosecret.ini"_s), QSettings::IniFormat);
        AccountStore accounts(settings);
        FaultySecretStore store;
        AccountSecrets secrets(store, accounts);
        const Account account = Account::create(u"A"_s, u"a"_s);
        QVERIFY(accounts.upsert(account));
        const auto r = await([&](auto cb) { secrets.removeAccount(account.id, this, cb); });
        QCOMPARE(r.status, SecretStore::Status::Ok);
        QVERIFY(accounts.load().isEmpty());
    }

    void unavailableKeychainKeepsTheAccount()
    {
        QSettings settings(m_dir.filePath(u"locked.ini"_s), QSettings::IniFormat);
        AccountStore accounts(settings);
        FaultySecretStore store;
        AccountSecrets secrets(store, accounts);
        const Account account = Account::create(u"A"_s, u"a"_s);
        QVERIFY(accounts.upsert(account));
        await([&](auto cb) { secrets.writeClientSecret(account.id, u"x"_s, this, cb); });
        store.setUnavailable(u"Object does not exist at path /collection/login"_s);

        const auto r = await([&](auto cb) { secrets.removeAccount(account.id, this, cb); });
        QCOMPARE(r.status, SecretStore::Status::Unavailable);
        QVERIFY(r.errorText.contains(u"collection/login"_s));
        QCOMPARE(accounts.load(), QList<Account> {account});
        QVERIFY(store.contains(SecretKeys::clientSecret(account.id)));
    }
};

QTEST_GUILESS_MAIN(TestAccountSecrets)
#include "tst_accountsecrets.moc"
