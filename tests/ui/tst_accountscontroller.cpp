#include "api/accounts/accountsecrets.h"
#include "api/accounts/accountstore.h"
#include "api/secrets/sessionsecretstore.h"
#include "faultysecretstore.h"
#include "ui/accountscontroller.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Aura;
using namespace Qt::Literals::StringLiterals;

namespace {

// Stands in for the client: records what it was asked and answers when the test says so.
struct FakeConnectionTest
{
    struct Call
    {
        Account account;
        QString secret;
        QPointer<QObject> context;
        AuraService::Callback<QList<Tenant>> callback;
    };
    QList<Call> calls;

    ConnectionTest function()
    {
        return [this](const Account &account, const QString &secret, QObject *context, auto callback) {
            calls.append({account, secret, context, std::move(callback)});
        };
    }
    // Answers like AuraService: only while the context lives.
    void answer(int index, const Reply<QList<Tenant>> &reply)
    {
        const Call &call = calls.at(index);
        if (call.context)
            call.callback(reply);
    }
};

Reply<QList<Tenant>> failure(ApiError::Kind kind)
{
    ApiError error;
    error.kind = kind;
    return {error, {}, 0};
}

} // namespace

// The controller over the real dialog, with settings in a temporary file and an in-memory keychain that can be
// made unavailable.
class TestAccountsController : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<FaultySecretStore> m_keychain;
    std::unique_ptr<SessionSecretStore> m_secrets;
    std::unique_ptr<FakeConnectionTest> m_tester;
    std::unique_ptr<AccountsController> m_controller;
    std::unique_ptr<AccountsDialog> m_dialog;

    QString status() const { return m_dialog->findChild<QLabel *>(u"statusLabel"_s)->text(); }
    QWidget *widget(const QString &name) const { return m_dialog->findChild<QWidget *>(name); }

    AccountInput newInput(const QString &name, const QString &secret)
    {
        AccountInput input;
        input.account = Account::create(name, name.toLower() + "-client"_L1);
        input.secret = secret;
        input.isNew = true;
        return input;
    }

    // Saves an account with its secret in the keychain, as a starting point.
    Account savedAccount(const QString &name, const QString &secret)
    {
        const AccountInput input = newInput(name, secret);
        Q_EMIT m_dialog->saveRequested(input);
        if (!QTest::qWaitFor([&] { return m_keychain->contains(SecretKeys::clientSecret(input.account.id)); }))
            qFatal("the account was not saved");
        return input.account;
    }

private Q_SLOTS:
    void init()
    {
        static int round = 0;
        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"s%1.ini"_s.arg(++round)), QSettings::IniFormat);
        m_accounts = std::make_unique<AccountStore>(*m_settings);
        m_keychain = std::make_unique<FaultySecretStore>();
        m_secrets = std::make_unique<SessionSecretStore>(*m_keychain);
        m_tester = std::make_unique<FakeConnectionTest>();
        m_controller = std::make_unique<AccountsController>(*m_accounts, *m_secrets, m_tester->function());
        m_dialog = std::make_unique<AccountsDialog>();
        m_controller->attach(m_dialog.get());
        m_dialog->show();
    }

    void cleanup()
    {
        m_dialog.reset();
        m_controller.reset();
        m_secrets.reset();
        m_keychain.reset();
        m_accounts.reset();
        m_settings.reset();
    }

    void addingAnAccountKeepsTheSecretInTheKeychainOnly()
    {
        QSignalSpy changed(m_controller.get(), &AccountsController::accountsChanged);
        QTest::keyClicks(m_dialog->findChild<QLineEdit *>(u"nameField"_s), u"Work"_s);
        QTest::keyClicks(m_dialog->findChild<QLineEdit *>(u"clientIdField"_s), u"work-client"_s);
        QTest::keyClicks(m_dialog->findChild<QLineEdit *>(u"secretField"_s), u"typed-Secret-1"_s);
        QTest::mouseClick(m_dialog->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);

        QTRY_VERIFY2(status().contains(u"in the keychain"_s), qPrintable(status()));
        const QList<Account> accounts = m_accounts->load();
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts.first().name, u"Work"_s);
        QVERIFY(m_keychain->contains(SecretKeys::clientSecret(accounts.first().id)));
        QVERIFY(!m_secrets->isKeptForThisSessionOnly(SecretKeys::clientSecret(accounts.first().id)));
        QCOMPARE(changed.size(), 1);
        QVERIFY(m_dialog->findChild<QLineEdit *>(u"secretField"_s)->text().isEmpty());
        QVERIFY(!m_dialog->input().isNew); // the dialog now edits the saved account
    }

    void aNewAccountNeedsItsSecret()
    {
        Q_EMIT m_dialog->saveRequested(newInput(u"Work"_s, {}));
        QVERIFY(widget(u"secretProblem"_s)->isVisible());
        QVERIFY(m_accounts->load().isEmpty());
        QVERIFY(m_keychain->calls.isEmpty());
    }

    void invalidInputIsNotSaved()
    {
        AccountInput input = newInput(u"Work"_s, u"s"_s);
        input.account.tokenUrl = QUrl(u"http://api.neo4j.io/oauth/token"_s);
        Q_EMIT m_dialog->saveRequested(input);
        QVERIFY(widget(u"tokenUrlProblem"_s)->isVisible());
        QVERIFY(!widget(u"apiUrlProblem"_s)->isVisible());
        QVERIFY(m_accounts->load().isEmpty());
        QVERIFY(m_keychain->calls.isEmpty());
    }

    void editingWithoutASecretKeepsTheStoredOne()
    {
        Account account = savedAccount(u"Work"_s, u"first"_s);
        m_keychain->calls.clear();
        account.name = u"Work (renamed)"_s;
        Q_EMIT m_dialog->saveRequested({account, {}, false});
        QCOMPARE(m_accounts->find(account.id)->name, u"Work (renamed)"_s);
        QVERIFY(m_keychain->calls.isEmpty());
    }

    void unavailableKeychainOffersThisSessionOnly()
    {
        m_keychain->setUnavailable(u"Object does not exist at path /org/freedesktop/secrets/collection/login"_s);
        const AccountInput input = newInput(u"Work"_s, u"locked-out-secret"_s);
        const QString key = SecretKeys::clientSecret(input.account.id);
        Q_EMIT m_dialog->saveRequested(input);

        auto *panel = widget(u"keychainErrorPanel"_s);
        QTRY_VERIFY(panel->isVisible());
        const QString message = m_dialog->findChild<QLabel *>(u"keychainErrorMessage"_s)->text();
        QVERIFY2(message.contains(u"collection/login"_s), qPrintable(message));
        QVERIFY(widget(u"keepForSessionButton"_s)->isVisible());
        QCOMPARE(m_accounts->load(), QList<Account> {input.account}); // the rest of the input is not lost
        QVERIFY(!m_keychain->contains(key));
        QVERIFY(!m_secrets->isKeptForThisSessionOnly(key)); // nothing kept until the user says so

        QTest::mouseClick(m_dialog->findChild<QPushButton *>(u"keepForSessionButton"_s), Qt::LeftButton);
        QVERIFY(m_secrets->isKeptForThisSessionOnly(key));
        QVERIFY(!panel->isVisible());
        QVERIFY(status().contains(u"until Aura Console quits"_s));

        // A test of the connection now finds the secret without the keychain.
        Q_EMIT m_dialog->testRequested({input.account, {}, false});
        QTRY_COMPARE(m_tester->calls.size(), 1);
        QCOMPARE(m_tester->calls.first().secret, u"locked-out-secret"_s);
    }

    void retryStoresTheSecretOnceTheKeychainIsBack()
    {
        m_keychain->setUnavailable(u"locked"_s);
        const AccountInput input = newInput(u"Work"_s, u"retry-secret"_s);
        Q_EMIT m_dialog->saveRequested(input);
        QTRY_VERIFY(widget(u"keychainErrorPanel"_s)->isVisible());
        m_keychain->setUnavailable({});
        QTest::mouseClick(m_dialog->findChild<QPushButton *>(u"keychainRetryButton"_s), Qt::LeftButton);
        QTRY_VERIFY(m_keychain->contains(SecretKeys::clientSecret(input.account.id)));
        QTRY_VERIFY(!widget(u"keychainErrorPanel"_s)->isVisible());
        QVERIFY(status().contains(u"in the keychain"_s));
    }

    void testUsesTheTypedSecretOrTheStoredOne()
    {
        const Account account = savedAccount(u"Work"_s, u"stored-secret"_s);
        Q_EMIT m_dialog->testRequested({account, u"typed-secret"_s, false});
        QCOMPARE(m_tester->calls.size(), 1);
        QCOMPARE(m_tester->calls.at(0).secret, u"typed-secret"_s);
        QVERIFY(!widget(u"testConnectionButton"_s)->isEnabled());

        Q_EMIT m_dialog->testRequested({account, {}, false});
        QTRY_COMPARE(m_tester->calls.size(), 2);
        QCOMPARE(m_tester->calls.at(1).secret, u"stored-secret"_s);
        QCOMPARE(m_tester->calls.at(1).account, account);

        m_tester->answer(1, {QList<Tenant> {{u"t1"_s, u"Alpha project"_s, {}}}, {}, 200});
        QVERIFY(status().contains(u"Alpha project"_s));
        QVERIFY(widget(u"testConnectionButton"_s)->isEnabled());
    }

    void onlyTheLatestTestIsShown()
    {
        const Account account = savedAccount(u"Work"_s, u"s"_s);
        Q_EMIT m_dialog->testRequested({account, u"first"_s, false});
        Q_EMIT m_dialog->testRequested({account, u"second"_s, false});
        QCOMPARE(m_tester->calls.size(), 2);
        QVERIFY(!m_tester->calls.at(0).context); // superseded: its answer is dropped
        m_tester->answer(1, failure(ApiError::Kind::PermissionDenied));
        QVERIFY(status().contains(u"Missing permission"_s));
    }

    void testWithoutAnySecretAsksForIt()
    {
        Account account = Account::create(u"Old"_s, u"old-client"_s);
        QVERIFY(m_accounts->upsert(account));
        Q_EMIT m_dialog->testRequested({account, {}, false});
        QTRY_VERIFY(widget(u"secretProblem"_s)->isVisible());
        QVERIFY(m_tester->calls.isEmpty());
    }

    void testWithTheKeychainDownSaysSo()
    {
        const Account account = savedAccount(u"Work"_s, u"s"_s);
        m_keychain->setUnavailable(u"No Secret Service"_s);
        Q_EMIT m_dialog->testRequested({account, {}, false});
        QTRY_VERIFY(widget(u"keychainErrorPanel"_s)->isVisible());
        QVERIFY(!widget(u"keepForSessionButton"_s)->isVisible()); // there is no secret to keep
        QVERIFY(m_tester->calls.isEmpty());
    }

    void removingDeletesTheAccountAndItsSecrets()
    {
        const Account gone = savedAccount(u"Gone"_s, u"a"_s);
        const Account kept = savedAccount(u"Kept"_s, u"b"_s);
        AccountSecrets secrets(*m_secrets, *m_accounts);
        bool written = false;
        secrets.writeInstancePassword(gone.id, u"inst-1"_s, u"db-pw"_s, this, [&](const auto &) { written = true; });
        QTRY_VERIFY(written);
        QSignalSpy changed(m_controller.get(), &AccountsController::accountsChanged);

        Q_EMIT m_dialog->removeRequested(gone.id);
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(m_accounts->load(), QList<Account> {kept});
        QVERIFY(!m_keychain->contains(SecretKeys::clientSecret(gone.id)));
        QVERIFY(!m_keychain->contains(SecretKeys::instancePassword(u"inst-1"_s)));
        QVERIFY(m_keychain->contains(SecretKeys::clientSecret(kept.id)));
        QVERIFY(status().contains(u"Removed"_s));
    }

    void removingWithTheKeychainDownKeepsTheAccount()
    {
        const Account account = savedAccount(u"Work"_s, u"s"_s);
        m_keychain->setUnavailable(u"denied"_s);
        QSignalSpy changed(m_controller.get(), &AccountsController::accountsChanged);
        Q_EMIT m_dialog->removeRequested(account.id);
        QTRY_VERIFY(widget(u"keychainErrorPanel"_s)->isVisible());
        QVERIFY(status().contains(u"was not removed"_s));
        QCOMPARE(m_accounts->load(), QList<Account> {account});
        QCOMPARE(changed.size(), 0);
        QVERIFY(!widget(u"keepForSessionButton"_s)->isVisible());

        // Try again once the keychain is back: now it goes, entries and all.
        m_keychain->setUnavailable({});
        QTest::mouseClick(m_dialog->findChild<QPushButton *>(u"keychainRetryButton"_s), Qt::LeftButton);
        QTRY_COMPARE(changed.size(), 1);
        QVERIFY(m_accounts->load().isEmpty());
        QVERIFY(!m_keychain->contains(SecretKeys::clientSecret(account.id)));
        QVERIFY(!widget(u"keychainErrorPanel"_s)->isVisible());
    }

    void removingAnywayLeavesTheEntryAndSaysWhere()
    {
        m_keychain->setUnavailable(u"No Secret Service"_s);
        const AccountInput input = newInput(u"Session only"_s, u"session-secret"_s);
        const QString key = SecretKeys::clientSecret(input.account.id);
        Q_EMIT m_dialog->saveRequested(input);
        QTRY_VERIFY(widget(u"keychainErrorPanel"_s)->isVisible());
        QTest::mouseClick(m_dialog->findChild<QPushButton *>(u"keepForSessionButton"_s), Qt::LeftButton);
        QVERIFY(m_secrets->isKeptForThisSessionOnly(key));

        Q_EMIT m_dialog->removeRequested(input.account.id);
        QTRY_VERIFY(widget(u"removeAnywayButton"_s)->isVisible());
        QSignalSpy changed(m_controller.get(), &AccountsController::accountsChanged);
        QTest::mouseClick(m_dialog->findChild<QPushButton *>(u"removeAnywayButton"_s), Qt::LeftButton);
        QCOMPARE(changed.size(), 1);
        QVERIFY(m_accounts->load().isEmpty());
        QVERIFY(!m_secrets->isKeptForThisSessionOnly(key));
        QVERIFY2(status().contains(key), qPrintable(status()));
    }
};

QTEST_MAIN(TestAccountsController)
#include "tst_accountscontroller.moc"
