#include "api/accounts/accountsecrets.h"
#include "api/accounts/accountstore.h"
#include "api/secrets/keychainsecretstore.h"
#include "api/secrets/sessionsecretstore.h"
#include "secretanswer.h"
#include "secretscan.h"
#include "ui/accountscontroller.h"

#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Aura;
using namespace Qt::Literals::StringLiterals;
using namespace AuraTest;

namespace { } // namespace

// Adds an account through the dialog, tests its connection, keeps a database password and keeps a second
// account's secret for the session only, with every aura.* log category at debug level; then no secret may appear
// in the settings, the log, or any file under the (temporary) home. With AURA_TEST_REAL_KEYCHAIN the secrets go to
// the real gnome-keyring of scripts/test.sh, and its keyring files are searched too.
class TestSecretLeaks : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_home;
    QString m_keyringData; // where the Secret Service of the test session keeps its files
    const QString m_clientSecret = u"Leak-Probe-Client-Secret-7f3a"_s;
    const QString m_sessionSecret = u"Leak-Probe-Session-Secret-91bd"_s;
    const QString m_password = u"Leak-Probe-Db-Password-c45e"_s;
    QString m_settingsPath;
    QString m_accountId;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_keyringData = qEnvironmentVariable("XDG_DATA_HOME");
        for (const char *variable : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            qputenv(variable, m_home.path().toUtf8());
        QCoreApplication::setOrganizationName(u"Aura Console Leak Test"_s);
        QCoreApplication::setApplicationName(u"aura-console-leak-test"_s);
        QLoggingCategory::setFilterRules(u"aura.*=true"_s);
        previousHandler = qInstallMessageHandler(captureMessage);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(previousHandler);
        if (!qEnvironmentVariableIsSet("AURA_TEST_REAL_KEYCHAIN") || m_accountId.isEmpty())
            return;
        // Leave the session's keyring as it was, once the searches above have seen it with the entries in it.
        KeychainSecretStore keychain(u"Aura Console tests"_s);
        QSettings settings;
        AccountStore accounts(settings);
        AccountSecrets secrets(keychain, accounts);
        QCOMPARE(await([&](auto cb) { secrets.removeAccount(m_accountId, this, cb); }).status, SecretStore::Status::Ok);
    }

    void useEveryPathASecretTakes()
    {
        const bool realKeychain = qEnvironmentVariableIsSet("AURA_TEST_REAL_KEYCHAIN");
        std::unique_ptr<SecretStore> persistent;
        if (realKeychain)
            persistent = std::make_unique<KeychainSecretStore>(u"Aura Console tests"_s);
        else
            persistent = std::make_unique<MemorySecretStore>();
        SessionSecretStore secrets(*persistent);

        QSettings settings; // the application's own settings file, under the temporary home
        m_settingsPath = settings.fileName();
        QVERIFY2(m_settingsPath.startsWith(m_home.path()), qPrintable(m_settingsPath));
        AccountStore accounts(settings);

        int tests = 0;
        AccountsController controller(
            accounts, secrets, [&tests](const Account &, const QString &, QObject *context, auto cb) {
                ++tests;
                QMetaObject::invokeMethod(
                    context,
                    [cb] {
                        cb({QList<Tenant> {{u"t1"_s, u"Alpha"_s, {}}}, u"req-1"_s, 200});
                    },
                    Qt::QueuedConnection);
            });
        AccountsDialog dialog;
        controller.attach(&dialog);
        dialog.show();

        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"nameField"_s), u"Leak probe"_s);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"clientIdField"_s), u"leak-probe-client-id"_s);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"secretField"_s), m_clientSecret);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
        auto *status = dialog.findChild<QLabel *>(u"statusLabel"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(u"in the keychain"_s), qPrintable(status->text()), 20000);
        m_accountId = accounts.load().constFirst().id;

        QTest::mouseClick(dialog.findChild<QPushButton *>(u"testConnectionButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"Alpha"_s), 20000);
        QCOMPARE(tests, 1);

        AccountSecrets accountSecrets(secrets, accounts);
        const auto kept = await(
            [&](auto cb) { accountSecrets.writeInstancePassword(m_accountId, u"leakprobe1"_s, m_password, this, cb); });
        QVERIFY2(kept.status == SecretStore::Status::Ok, qPrintable(kept.errorText));

        secrets.keepForThisSession(SecretKeys::clientSecret(u"other-account"_s), m_sessionSecret);
        QCOMPARE(await([&](auto cb) { secrets.read(SecretKeys::clientSecret(u"other-account"_s), this, cb); }).secret,
            m_sessionSecret);

        settings.sync();
    }

    void theSearchFindsWhatIsThere()
    {
        // Without this, a search that reads nothing would pass the checks below.
        QVERIFY(!filesContaining(m_home.path(), u"leak-probe-client-id"_s).isEmpty());
        QVERIFY(capturedLog.join(u'\n').contains(m_accountId));
    }

    void noSecretInAnyFileOrLog_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::newRow("client secret") << m_clientSecret;
        QTest::newRow("session-only secret") << m_sessionSecret;
        QTest::newRow("database password") << m_password;
    }

    void noSecretInAnyFileOrLog()
    {
        QFETCH(QString, secret);
        QCOMPARE(filesContaining(m_home.path(), secret), QStringList());
        if (!m_keyringData.isEmpty())
            QCOMPARE(filesContaining(m_keyringData, secret), QStringList());
        QVERIFY(!capturedLog.join(u'\n').contains(secret));
    }
};

QTEST_MAIN(TestSecretLeaks)
#include "tst_secretleaks.moc"
