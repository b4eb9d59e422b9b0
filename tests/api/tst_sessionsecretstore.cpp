#include "api/secrets/sessionsecretstore.h"
#include "faultysecretstore.h"
#include "secretanswer.h"

#include <QTest>

using namespace Aura;
using AuraTest::await;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(Aura::SecretStore::Status)

class TestSessionSecretStore : public QObject
{
    Q_OBJECT
private:
private Q_SLOTS:
    void writesGoToTheKeychain()
    {
        FaultySecretStore keychain;
        SessionSecretStore store(keychain);
        const auto r = await([&](auto cb) { store.write(u"k"_s, u"v"_s, this, cb); });
        QCOMPARE(r.status, SecretStore::Status::Ok);
        QVERIFY(keychain.contains(u"k"_s));
        QVERIFY(!store.isKeptForThisSessionOnly(u"k"_s));
    }

    void failedWriteKeepsNothingUnlessAsked()
    {
        FaultySecretStore keychain;
        keychain.setUnavailable(u"No Secret Service"_s);
        SessionSecretStore store(keychain);
        auto r = await([&](auto cb) { store.write(u"k"_s, u"v"_s, this, cb); });
        QCOMPARE(r.status, SecretStore::Status::Unavailable);
        QCOMPARE(r.errorText, u"No Secret Service"_s);
        QVERIFY(!store.isKeptForThisSessionOnly(u"k"_s));
        r = await([&](auto cb) { store.read(u"k"_s, this, cb); });
        QCOMPARE(r.status, SecretStore::Status::Unavailable);

        store.keepForThisSession(u"k"_s, u"v"_s);
        QVERIFY(store.isKeptForThisSessionOnly(u"k"_s));
        const qsizetype keychainReads = keychain.calls.count(u"read k"_s);
        r = await([&](auto cb) { store.read(u"k"_s, this, cb); });
        QCOMPARE(r.status, SecretStore::Status::Ok);
        QCOMPARE(r.secret, u"v"_s);
        // The session copy answers without asking the (unavailable) keychain again.
        QCOMPARE(keychain.calls.count(u"read k"_s), keychainReads);
        QCOMPARE(keychain.calls.count(u"write k"_s), 1);
    }

    void keychainTakesOverOnceItIsBack()
    {
        FaultySecretStore keychain;
        keychain.setUnavailable(u"locked"_s);
        SessionSecretStore store(keychain);
        store.keepForThisSession(u"k"_s, u"old"_s);
        keychain.setUnavailable({});
        const auto w = await([&](auto cb) { store.write(u"k"_s, u"new"_s, this, cb); });
        QCOMPARE(w.status, SecretStore::Status::Ok);
        QVERIFY(!store.isKeptForThisSessionOnly(u"k"_s));
        const auto r = await([&](auto cb) { store.read(u"k"_s, this, cb); });
        QCOMPARE(r.secret, u"new"_s);
        QVERIFY(keychain.calls.contains(u"read k"_s));
    }

    void droppingTheSessionCopyLeavesTheKeychainAlone()
    {
        FaultySecretStore keychain;
        SessionSecretStore store(keychain);
        store.keepForThisSession(u"k"_s, u"v"_s);
        keychain.calls.clear();
        store.dropSessionCopy(u"k"_s);
        QVERIFY(!store.isKeptForThisSessionOnly(u"k"_s));
        QVERIFY(keychain.calls.isEmpty());
        QCOMPARE(await([&](auto cb) { store.read(u"k"_s, this, cb); }).status, SecretStore::Status::NotFound);
    }

    void removeClearsBothCopies_data()
    {
        QTest::addColumn<bool>("keychainUp");
        QTest::addColumn<SecretStore::Status>("expected");
        QTest::newRow("keychain up") << true << SecretStore::Status::Ok;
        QTest::newRow("keychain down") << false << SecretStore::Status::Unavailable;
    }

    void removeClearsBothCopies()
    {
        QFETCH(bool, keychainUp);
        QFETCH(SecretStore::Status, expected);
        FaultySecretStore keychain;
        SessionSecretStore store(keychain);
        keychain.setUnavailable(u"locked"_s);
        store.keepForThisSession(u"k"_s, u"v"_s);
        if (keychainUp)
            keychain.setUnavailable({});
        const auto r = await([&](auto cb) { store.remove(u"k"_s, this, cb); });
        QCOMPARE(r.status, expected);
        QVERIFY(!store.isKeptForThisSessionOnly(u"k"_s));
        keychain.setUnavailable({});
        QCOMPARE(await([&](auto cb) { store.read(u"k"_s, this, cb); }).status, SecretStore::Status::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestSessionSecretStore)
#include "tst_sessionsecretstore.moc"
