#include "api/accounts/accountsecrets.h"
#include "api/accounts/accountstore.h"
#include "api/secrets/keychainsecretstore.h"
#include "app/connectionchoice.h"
#include "app/consoleapp.h"
#include "sandbox/sandboxserver.h"
#include "secretanswer.h"
#include "secretscan.h"
#include "ui/accountsdialog.h"
#include "ui/consolepage.h"
#include "ui/dialogs/createinstancedialog.h"
#include "ui/dialogs/credentialsdialog.h"
#include "ui/instanceactionset.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QCheckBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Aura;
using namespace Qt::Literals::StringLiterals;
using namespace AuraTest;

namespace {

// The visible top-level or child widget of this type and name, once it shows.
template<typename T>
T *waitForVisible(QWidget &root, const QString &objectName)
{
    T *found = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            found = root.findChild<T *>(objectName);
            return found && found->isVisible();
        },
        20000);
    return shown ? found : nullptr;
}

} // namespace

// The whole application (ConsoleApp, its keychain, its settings) against the sandbox on loopback: the user adds an
// account through File > Accounts, the console connects with it, the user creates an instance and keeps its
// password in the keychain, then quits. Every aura.* category logs at debug level. Afterwards no client secret,
// bearer token or database password may appear in the settings, the log, or any file under the temporary home.
// Runs in the private gnome-keyring that scripts/test.sh provides.
class TestSecretLeaksConsole : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_home;
    QString m_keyringData; // where the Secret Service of the test session keeps its files
    std::unique_ptr<AuraSandbox::SandboxServer> m_sandbox;
    const QString m_clientId = u"leak-probe-console-client"_s;
    const QString m_clientSecret = u"Leak-Probe-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QStringList m_tokens;
    QStringList m_passwords;
    QString m_accountId;
    QStringList m_instanceIds;

    // Creates an instance through the New Instance dialog and closes its credentials with "store the password in the
    // keychain" ticked; returns the new instance's id (empty on failure).
    QString createAndKeepPassword(MainWindow &window, const QString &name)
    {
        window.actions()->action(InstanceAction::Create)->trigger();
        auto *create = waitForVisible<CreateInstanceDialog>(window, u"createInstanceDialog"_s);
        if (!create)
            return {};
        QTest::keyClicks(create->findChild<QLineEdit *>(u"nameEdit"_s), name);
        auto *createButton = create->findChild<QPushButton *>(u"acceptButton"_s);
        if (!createButton->isEnabled())
            return {};
        QTest::mouseClick(createButton, Qt::LeftButton);

        auto *credentials = waitForVisible<CredentialsDialog>(window, u"credentialsDialog"_s);
        if (!credentials)
            return {};
        auto *keep = credentials->findChild<QCheckBox *>(u"storeInKeychainCheck"_s);
        QTest::mouseClick(keep, Qt::LeftButton, {}, QPoint(4, keep->height() / 2));
        if (!keep->isChecked())
            return {};
        QTest::mouseClick(credentials->findChild<QPushButton *>(u"closeButton"_s), Qt::LeftButton);
        if (credentials->isVisible())
            return {};
        for (const AuraSandbox::InstanceRecord &i : m_sandbox->state().instances()) {
            if (i.name == name)
                return i.id;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_keyringData = qEnvironmentVariable("XDG_DATA_HOME");
        for (const char *variable : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            qputenv(variable, m_home.path().toUtf8());
        QCoreApplication::setOrganizationName(u"Aura Console Console Leak Test"_s);
        QCoreApplication::setApplicationName(u"aura-console-console-leak-test"_s);
        QLoggingCategory::setFilterRules(u"aura.*=true"_s);
        previousHandler = qInstallMessageHandler(captureMessage);

        m_sandbox = std::make_unique<AuraSandbox::SandboxServer>(
            nullptr, AuraSandbox::Dialect::create(QStringLiteral("seed")));
        m_sandbox->loadDemoData();
        m_sandbox->setTimeScale(0.02);
        m_sandbox->auth().addClient(m_clientId, m_clientSecret);
        QVERIFY(m_sandbox->listenOnLoopback() != 0);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(previousHandler);
        m_sandbox.reset();
        if (m_accountId.isEmpty())
            return;
        // Leave the session's keyring as it was, once the searches have seen it with the entries in it.
        KeychainSecretStore keychain(u"Aura Console"_s);
        QSettings settings;
        AccountStore accounts(settings);
        AccountSecrets secrets(keychain, accounts);
        QCOMPARE(await([&](auto cb) { secrets.removeAccount(m_accountId, this, cb); }).status, SecretStore::Status::Ok);
        for (const QString &instanceId : std::as_const(m_instanceIds)) {
            const auto read = await([&](auto cb) { secrets.readInstancePassword(instanceId, this, cb); });
            QCOMPARE(read.status, SecretStore::Status::NotFound);
        }
    }

    void addAccountConnectCreateAndKeepPasswords()
    {
        QSettings settings; // the application's own settings file, under the temporary home
        QVERIFY2(settings.fileName().startsWith(m_home.path()), qPrintable(settings.fileName()));
        auto app = std::make_unique<ConsoleApp>(settings);
        MainWindow &window = app->window();
        QVERIFY(app->start(ConnectionChoice {}));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *accountsAction = window.findChild<QAction *>(u"actionAccounts"_s);
        QVERIFY(accountsAction);
        accountsAction->trigger();
        auto *accounts = waitForVisible<AccountsDialog>(window, u"accountsDialog"_s);
        QVERIFY(accounts);
        const auto type = [accounts](const QString &field, const QString &text) {
            auto *edit = accounts->findChild<QLineEdit *>(field);
            QVERIFY(edit);
            edit->clear();
            QTest::keyClicks(edit, text);
        };
        type(u"nameField"_s, u"Leak probe"_s);
        type(u"clientIdField"_s, m_clientId);
        type(u"secretField"_s, m_clientSecret);
        type(u"apiUrlField"_s, m_sandbox->baseUrl().toString());
        type(u"tokenUrlField"_s, m_sandbox->tokenUrl().toString());
        QTest::mouseClick(accounts->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
        auto *status = accounts->findChild<QLabel *>(u"statusLabel"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(u"in the keychain"_s), qPrintable(status->text()), 20000);
        accounts->reject();

        // The first account added is connected at once.
        QTRY_COMPARE_WITH_TIMEOUT(window.connection(), MainWindow::Connection::Online, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(window.console()->table()->model()->rowCount() > 0, 20000);
        const QList<Account> stored = AccountStore(settings).load();
        QCOMPARE(stored.size(), 1);
        m_accountId = stored.constFirst().id;

        // Keep one password and wait for it; keep another and reconnect the account at once, before the keychain
        // answers.
        m_instanceIds.append(createAndKeepPassword(window, u"leak-probe-db"_s));
        QVERIFY(!m_instanceIds.constLast().isEmpty());
        KeychainSecretStore keychain(u"Aura Console"_s);
        AccountStore accountStore(settings);
        AccountSecrets secrets(keychain, accountStore);
        const auto kept = [&](const QString &instanceId) {
            return accountStore.instancesWithKeptPassword(m_accountId).contains(instanceId);
        };
        QTRY_VERIFY_WITH_TIMEOUT(kept(m_instanceIds.constLast()), 20000);

        m_instanceIds.append(createAndKeepPassword(window, u"leak-probe-db2"_s));
        QVERIFY(!m_instanceIds.constLast().isEmpty());
        app->connectAccount(stored.constFirst()); // reconnects it
        // Recorded with the account even so: removing the account must find the entry and delete it.
        QTRY_VERIFY_WITH_TIMEOUT(kept(m_instanceIds.constLast()), 20000);

        // Read the kept passwords back from the keychain, the way the console does, to know what to look for.
        for (const QString &instanceId : std::as_const(m_instanceIds)) {
            const auto read = await([&](auto cb) { secrets.readInstancePassword(instanceId, this, cb); });
            QCOMPARE(read.status, SecretStore::Status::Ok);
            QVERIFY(!read.secret.isEmpty());
            m_passwords.append(read.secret);
        }

        m_tokens = m_sandbox->auth().issuedTokens();
        QVERIFY(!m_tokens.isEmpty());

        app.reset(); // quits: the window saves its layout into the settings
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);
    }

    void theSearchFindsWhatIsThere()
    {
        // Without this, a search that reads nothing would pass the checks below.
        QVERIFY(!filesContaining(m_home.path(), m_clientId).isEmpty());
        const QString log = capturedLog.join(u'\n');
        QVERIFY(log.contains(m_instanceIds.value(0)));
        QVERIFY(log.contains(u"aura.sandbox"_s));
    }

    void noSecretInAnyFileOrLog_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::newRow("client secret") << m_clientSecret;
        for (qsizetype i = 0; i < m_passwords.size(); ++i)
            QTest::addRow("database password %d", int(i + 1)) << m_passwords.at(i);
        for (qsizetype i = 0; i < m_tokens.size(); ++i)
            QTest::addRow("bearer token %d", int(i + 1)) << m_tokens.at(i);
    }

    void noSecretInAnyFileOrLog()
    {
        QFETCH(QString, secret);
        QVERIFY(secret.size() >= 8);
        QCOMPARE(filesContaining(m_home.path(), secret), QStringList());
        if (!m_keyringData.isEmpty())
            QCOMPARE(filesContaining(m_keyringData, secret), QStringList());
        QVERIFY(!capturedLog.join(u'\n').contains(secret));
    }
};

QTEST_MAIN(TestSecretLeaksConsole)
#include "tst_secretleaks_console.moc"
