#include "api/accounts/accountsecrets.h"
#include "api/accounts/accountstore.h"
#include "api/secrets/keychainsecretstore.h"
#include "app/connectionchoice.h"
#include "app/consoleapp.h"
#include "models/roles.h"
#include "sandbox/sandboxserver.h"
#include "secretanswer.h"
#include "ui/accountsdialog.h"
#include "ui/consolepage.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Aura;
using AuraTest::await;
using namespace Qt::Literals::StringLiterals;

// The whole application with the real keychain, two accounts each against its own sandbox: every stored account is
// shown at start, an account added in File > Accounts joins the tree, a renamed one keeps what it shows, one with
// other URLs is reconnected, a removed one leaves the tree while the other stays. Runs in the private gnome-keyring
// that scripts/test.sh provides.
class TestConsoleAppAccounts : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_home;
    std::unique_ptr<AuraSandbox::SandboxServer> m_work;
    std::unique_ptr<AuraSandbox::SandboxServer> m_lab;
    QStringList m_accountIds; // to remove from the keyring at the end

    static std::unique_ptr<AuraSandbox::SandboxServer> sandbox(const QString &clientId, bool demo)
    {
        auto s = std::make_unique<AuraSandbox::SandboxServer>(
            nullptr, AuraSandbox::Dialect::create(QStringLiteral("seed")));
        if (demo)
            s->loadDemoData();
        s->auth().addClient(clientId, clientId + u"-secret"_s);
        if (s->listenOnLoopback() == 0)
            qFatal("the sandbox cannot listen");
        return s;
    }

    // The account rows of the tree: label → state text.
    static QMap<QString, QString> accountRows(const MainWindow &window)
    {
        const QAbstractItemModel *tree = window.console()->tree()->model();
        QMap<QString, QString> rows;
        for (int row = 0; row < tree->rowCount(); ++row) {
            const QModelIndex index = tree->index(row, 0);
            if (index.data(NodeKindRole).toInt() == static_cast<int>(NodeKind::Account))
                rows.insert(index.data().toString(), index.siblingAtColumn(1).data().toString());
        }
        return rows;
    }

    static AccountsDialog *openAccounts(MainWindow &window)
    {
        window.findChild<QAction *>(u"actionAccounts"_s)->trigger();
        AccountsDialog *dialog = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                dialog = window.findChild<AccountsDialog *>(u"accountsDialog"_s);
                return dialog && dialog->isVisible();
            },
            10000);
        return shown ? dialog : nullptr;
    }

    static void type(QWidget *dialog, const QString &field, const QString &text)
    {
        auto *edit = dialog->findChild<QLineEdit *>(field);
        QVERIFY(edit);
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    static void selectAccount(AccountsDialog *dialog, const QString &name)
    {
        auto *list = dialog->findChild<QListWidget *>(u"accountList"_s);
        const QList<QListWidgetItem *> found = list->findItems(name, Qt::MatchExactly);
        QVERIFY2(found.size() == 1, qPrintable(name));
        list->setCurrentItem(found.first());
    }

    static void save(AccountsDialog *dialog)
    {
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
        auto *status = dialog->findChild<QLabel *>(u"statusLabel"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(u"Saved"_s) || status->text().contains(u"keychain"_s),
            qPrintable(status->text()), 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        for (const char *variable : {"HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            qputenv(variable, m_home.path().toUtf8());
        QCoreApplication::setOrganizationName(u"Aura Console Accounts Test"_s);
        QCoreApplication::setApplicationName(u"aura-console-accounts-test"_s);
        m_work = sandbox(u"work-client"_s, true);
        m_lab = sandbox(u"lab-client"_s, false);
    }

    void cleanupTestCase()
    {
        KeychainSecretStore keychain(u"Aura Console"_s);
        QSettings settings;
        AccountStore accounts(settings);
        AccountSecrets secrets(keychain, accounts);
        for (const QString &id : std::as_const(m_accountIds))
            await([&](auto cb) { secrets.removeAccount(id, this, cb); });
    }

    void addEditAndRemoveAccountsWhileShowingThem()
    {
        QSettings settings;
        // One account stored before the start, its secret in the keychain.
        KeychainSecretStore keychain(u"Aura Console"_s);
        Account work = Account::create(u"Work"_s, u"work-client"_s);
        work.apiBaseUrl = m_work->baseUrl();
        work.tokenUrl = m_work->tokenUrl();
        QVERIFY(AccountStore(settings).upsert(work));
        m_accountIds << work.id;
        QCOMPARE(await([&](auto cb) {
            keychain.write(SecretKeys::clientSecret(work.id), u"work-client-secret"_s, this, cb);
        }).status,
            SecretStore::Status::Ok);

        ConsoleApp app(settings, false);
        MainWindow &window = app.window();
        QVERIFY(app.start(ConnectionChoice {}));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE_WITH_TIMEOUT(accountRows(window), (QMap<QString, QString> {{u"Work"_s, u"Online"_s}}), 20000);
        QTableView *table = window.console()->table();
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 12, 10000);

        // Added in the dialog: shown beside the first at once. The lab's sandbox starts empty: one project.
        m_lab->state().reset({{{u"5ab0c0de-0000-4000-8000-00000000000b"_s, u"Lab projects"_s, {}}}, {}, {}});
        AccountsDialog *dialog = openAccounts(window);
        QVERIFY(dialog);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"addAccountButton"_s), Qt::LeftButton);
        type(dialog, u"nameField"_s, u"Lab"_s);
        type(dialog, u"clientIdField"_s, u"lab-client"_s);
        type(dialog, u"secretField"_s, u"lab-client-secret"_s);
        type(dialog, u"apiUrlField"_s, m_lab->baseUrl().toString());
        type(dialog, u"tokenUrlField"_s, m_lab->tokenUrl().toString());
        save(dialog);
        for (const Account &a : AccountStore(settings).load()) {
            if (!m_accountIds.contains(a.id))
                m_accountIds << a.id;
        }
        QTRY_COMPARE_WITH_TIMEOUT(
            accountRows(window), (QMap<QString, QString> {{u"Work"_s, u"Online"_s}, {u"Lab"_s, u"Online"_s}}), 20000);
        QCOMPARE(window.console()->tree()->model()->rowCount(), 2);

        // Renamed: shown under the new name, with nothing reloaded.
        QSignalSpy removedRows(table->model(), &QAbstractItemModel::rowsRemoved);
        selectAccount(dialog, u"Work"_s);
        type(dialog, u"nameField"_s, u"Acme"_s);
        save(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(
            accountRows(window), (QMap<QString, QString> {{u"Acme"_s, u"Online"_s}, {u"Lab"_s, u"Online"_s}}), 20000);
        QCOMPARE(removedRows.size(), 0);
        QCOMPARE(table->model()->rowCount(), 12);

        // Another API URL: reconnected, against the other sandbox now.
        selectAccount(dialog, u"Lab"_s);
        type(dialog, u"apiUrlField"_s, m_work->baseUrl().toString());
        type(dialog, u"tokenUrlField"_s, m_work->tokenUrl().toString());
        save(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(
            accountRows(window).value(u"Lab"_s), u"Not connected"_s, 20000); // lab-client unknown there

        // Removed: its part leaves the window, the other account stays.
        selectAccount(dialog, u"Lab"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"removeAccountButton"_s), Qt::LeftButton);
        QMessageBox *confirm = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] {
                confirm = dialog->findChild<QMessageBox *>(u"confirmRemoveBox"_s);
                return confirm && confirm->isVisible();
            },
            10000));
        QTest::mouseClick(confirm->findChild<QPushButton *>(u"confirmRemoveButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(accountRows(window), (QMap<QString, QString> {{u"Acme"_s, u"Online"_s}}), 20000);
        QCOMPARE(table->model()->rowCount(), 12);
        QVERIFY(window.isShowingConsole());
        dialog->reject();
    }
};

QTEST_MAIN(TestConsoleAppAccounts)
#include "tst_consoleapp_accounts.moc"
