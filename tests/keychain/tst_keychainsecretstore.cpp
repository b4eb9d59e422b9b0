#include "api/secrets/keychainsecretstore.h"
#include "secretanswer.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Aura;
using AuraTest::await;

// Real round trips through QtKeychain. Run by scripts/test.sh inside a private D-Bus session with an unlocked
// gnome-keyring, so no keyring of the user is touched.
class TestKeychainSecretStore : public QObject
{
    Q_OBJECT
private:
    const QString m_service = QStringLiteral("Aura Console tests");

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet("AURA_TEST_NO_KEYCHAIN"))
            return;
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("no D-Bus session: run through scripts/test.sh, which starts a private one with gnome-keyring");
    }

    void writeReadDeleteRoundTrip()
    {
        if (qEnvironmentVariableIsSet("AURA_TEST_NO_KEYCHAIN"))
            QSKIP("this run checks the store without a Secret Service");
        KeychainSecretStore store(m_service);
        const QString key = QStringLiteral("test/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString secret = QStringLiteral("s3cr\u00e9t with spaces & symbols");

        SecretStore::Result r = await([&](auto cb) { store.write(key, secret, this, cb); });
        QVERIFY2(r.status == SecretStore::Status::Ok, qPrintable(r.errorText));

        r = await([&](auto cb) { store.read(key, this, cb); });
        QVERIFY2(r.status == SecretStore::Status::Ok, qPrintable(r.errorText));
        QCOMPARE(r.secret, secret);

        r = await([&](auto cb) { store.remove(key, this, cb); });
        QVERIFY2(r.status == SecretStore::Status::Ok, qPrintable(r.errorText));

        r = await([&](auto cb) { store.read(key, this, cb); });
        QCOMPARE(r.status, SecretStore::Status::NotFound);
        QVERIFY(r.secret.isEmpty());
    }

    void aQuittingProgramWaitsForItsChanges()
    {
        if (qEnvironmentVariableIsSet("AURA_TEST_NO_KEYCHAIN"))
            QSKIP("this run checks the store without a Secret Service");
        const QString key = QStringLiteral("test/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            // Written with no one waiting for the answer (its context gone at once), as at quit.
            KeychainSecretStore store(m_service);
            auto *context = new QObject;
            store.write(key, QStringLiteral("kept at the last moment"), context, {});
            delete context;
            QCOMPARE(store.pendingChanges(), 1);
            QVERIFY(store.waitForPendingChanges(20000));
            QCOMPARE(store.pendingChanges(), 0);
        }
        KeychainSecretStore fresh(m_service);
        SecretStore::Result r = await([&](auto cb) { fresh.read(key, this, cb); });
        QCOMPARE(r.secret, QStringLiteral("kept at the last moment"));
        QCOMPARE(fresh.pendingChanges(), 0); // reads are not changes
        r = await([&](auto cb) { fresh.remove(key, this, cb); });
        QCOMPARE(r.status, SecretStore::Status::Ok);
        QCOMPARE(fresh.pendingChanges(), 0);
        QVERIFY(fresh.waitForPendingChanges(0)); // nothing to wait for
    }

    void answerIsDroppedWhenContextDies()
    {
        if (qEnvironmentVariableIsSet("AURA_TEST_NO_KEYCHAIN"))
            QSKIP("this run checks the store without a Secret Service");
        KeychainSecretStore store(m_service);
        bool called = false;
        auto *context = new QObject;
        store.read(QStringLiteral("test/never-written"), context, [&called](const auto &) { called = true; });
        delete context;
        // A second call on a live context shows when the first one has been answered (jobs run in order).
        const SecretStore::Result r
            = await([&](auto cb) { store.read(QStringLiteral("test/never-written"), this, cb); });
        QCOMPARE(r.status, SecretStore::Status::NotFound);
        QVERIFY(!called);
    }

    void unavailableStoreReportsError()
    {
        if (!qEnvironmentVariableIsSet("AURA_TEST_NO_KEYCHAIN"))
            QSKIP("run by tst_keychainsecretstore_unavailable, with no reachable Secret Service");
        KeychainSecretStore store(m_service);
        const SecretStore::Result w
            = await([&](auto cb) { store.write(QStringLiteral("test/x"), QStringLiteral("v"), this, cb); });
        QCOMPARE(w.status, SecretStore::Status::Unavailable);
        QVERIFY(!w.errorText.isEmpty());
        const SecretStore::Result r = await([&](auto cb) { store.read(QStringLiteral("test/x"), this, cb); });
        QCOMPARE(r.status, SecretStore::Status::Unavailable);
        QVERIFY(r.secret.isEmpty());
    }

    void memoryStoreBehavesLikeTheKeychain()
    {
        MemorySecretStore store;
        bool answeredSynchronously = false;
        std::optional<SecretStore::Result> r;
        store.write(QStringLiteral("k"), QStringLiteral("v"), this, [&](const auto &res) { r = res; });
        answeredSynchronously = r.has_value();
        QVERIFY(!answeredSynchronously);
        QTRY_VERIFY(r.has_value());
        r = await([&](auto cb) { store.read(QStringLiteral("k"), this, cb); });
        QCOMPARE(r->secret, QStringLiteral("v"));
        r = await([&](auto cb) { store.remove(QStringLiteral("k"), this, cb); });
        QCOMPARE(r->status, SecretStore::Status::Ok);
        r = await([&](auto cb) { store.read(QStringLiteral("k"), this, cb); });
        QCOMPARE(r->status, SecretStore::Status::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
