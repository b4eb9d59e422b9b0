#include "consoleapp.h"

#include "accountscontroller.h"
#include "accountsdialog.h"
#include "auraclient.h"
#include "connectiontest.h"
#include "consolepage.h"
#include "consolesession.h"
#include "instancedetailspanel.h"
#include "keptpasswordview.h"
#include "mainwindow.h"
#include "provisioningcontroller.h"
#include "sandboxserver.h"
#include "synchronizer.h"
#include "syncsettingsfile.h"

#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

namespace {
const QString SandboxSecretKey = u"sandbox/client-secret"_s;
const QString EnvironmentSecretKey = u"environment/client-secret"_s;

ClientSettings clientSettingsFor(const Account &account, const QString &secretKey)
{
    ClientSettings s;
    s.apiBaseUrl = account.apiBaseUrl;
    s.tokenUrl = account.tokenUrl;
    s.clientId = account.clientId;
    s.secretKey = secretKey;
    return s;
}
} // namespace

ConsoleApp::ConsoleApp(QSettings &settings, bool rememberLayout, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_rememberLayout(rememberLayout)
    , m_accounts(settings)
    , m_keychain(u"Aura Console"_s)
    , m_secrets(m_keychain)
    , m_accountSecrets(m_secrets, m_accounts)
    , m_window(std::make_unique<MainWindow>(m_inventory, m_activity))
{
    if (m_rememberLayout)
        m_window->restoreState(m_settings);
    // The connection test builds a throw-away client that holds the secret being tested, and nothing else does.
    ConnectionTest test = connectionTestThrough([](const Account &account, const QString &secret, QObject *owner) {
        auto *store = new MemorySecretStore(owner);
        store->write(SecretKeys::clientSecret(account.id), secret, store, {});
        return new AuraClient(clientSettingsFor(account, SecretKeys::clientSecret(account.id)), store, owner);
    });
    m_accountsController = new AccountsController(m_accounts, m_secrets, std::move(test), this);
    connect(m_window.get(), &MainWindow::trySandboxRequested, this, &ConsoleApp::startSandbox);
    connect(m_window.get(), &MainWindow::addCredentialsRequested, this, &ConsoleApp::openAccounts);
    connect(m_window.get(), &MainWindow::manageAccountsRequested, this, &ConsoleApp::openAccounts);
    connect(m_accountsController, &AccountsController::accountsChanged, this, [this] {
        // The first account the user adds is connected at once.
        const QList<Account> accounts = m_accounts.load();
        if (!m_session && !accounts.isEmpty())
            connectAccount(accounts.first(), SecretKeys::clientSecret(accounts.first().id));
    });
}

ConsoleApp::~ConsoleApp()
{
    if (m_rememberLayout)
        m_window->saveState(m_settings);
    m_session.reset(); // before the window and the stores it uses
}

bool ConsoleApp::start(const ConnectionChoice &choice)
{
    switch (choice.kind) {
    case ConnectionChoice::Kind::Sandbox:
        return startSandbox();
    case ConnectionChoice::Kind::Account:
        if (choice.secretSource == ConnectionChoice::SecretSource::Environment) {
            m_runSecrets.write(EnvironmentSecretKey, choice.environmentSecret, this, {});
            startSession(clientSettingsFor(choice.account, EnvironmentSecretKey), choice.account.name,
                choice.accountIsStored ? choice.account.id : QString());
        } else {
            connectAccount(choice.account, SecretKeys::clientSecret(choice.account.id));
        }
        return true;
    case ConnectionChoice::Kind::AskUser:
        break;
    }
    const QList<Account> accounts = m_accounts.load();
    if (accounts.isEmpty()) {
        m_window->showWelcome();
        QMetaObject::invokeMethod(this, &ConsoleApp::firstViewReady, Qt::QueuedConnection);
    } else {
        connectAccount(accounts.first(), SecretKeys::clientSecret(accounts.first().id));
    }
    return true;
}

bool ConsoleApp::startSandbox()
{
    if (!m_sandbox) {
        auto sandbox = std::make_unique<AuraSandbox::SandboxServer>();
        sandbox->loadDemoData();
        if (sandbox->listenOnLoopback() == 0)
            return false;
        m_sandbox = std::move(sandbox);
        m_runSecrets.write(SandboxSecretKey, QString::fromLatin1(AuraSandbox::DemoClientSecret), this, {});
    }
    ClientSettings s;
    s.apiBaseUrl = m_sandbox->baseUrl();
    s.tokenUrl = m_sandbox->tokenUrl();
    s.clientId = QString::fromLatin1(AuraSandbox::DemoClientId);
    s.secretKey = SandboxSecretKey;
    startSession(s, tr("Sandbox (%1)").arg(m_sandbox->baseUrl().authority()), {});
    return true;
}

void ConsoleApp::connectAccount(const Account &account, const QString &secretKey)
{
    startSession(clientSettingsFor(account, secretKey), account.name, account.id);
}

void ConsoleApp::startSession(const ClientSettings &settings, const QString &label, const QString &storedAccountId)
{
    m_session.reset();
    const bool fromRun = settings.secretKey == SandboxSecretKey || settings.secretKey == EnvironmentSecretKey;
    SecretStore &secrets = fromRun ? static_cast<SecretStore &>(m_runSecrets) : m_secrets;
    m_session = std::make_unique<ConsoleSession>(settings, secrets, m_inventory, m_activity, m_notifier, *m_window);
    m_session->synchronizer().setSettings(loadSyncSettings(m_settings));
    m_session->provisioning().setKeepPassword(
        [this, storedAccountId](const QString &instanceId, const QString &password, QObject *context,
            std::function<void(const QString &)> done) {
            keepPassword(storedAccountId, instanceId, password, context, std::move(done));
        });
    connect(m_session.get(), &ConsoleSession::firstRefreshSettled, this, &ConsoleApp::firstViewReady);
    // A database password the user kept for an instance of this account can be shown again from its details.
    m_window->console()->details()->setKeptPasswordFactory([this, storedAccountId](const QString &instanceId,
                                                               QWidget *parent) -> QWidget * {
        if (storedAccountId.isEmpty() || !m_accounts.instancesWithKeptPassword(storedAccountId).contains(instanceId))
            return nullptr;
        return new KeptPasswordView(m_accountSecrets, storedAccountId, instanceId, parent);
    });
    m_window->setAccountLabel(label);
    m_session->start();
}

void ConsoleApp::keepPassword(const QString &accountId, const QString &instanceId, const QString &password,
    QObject *context, std::function<void(const QString &)> done)
{
    auto answer = [done = std::move(done)](const SecretStore::Result &r) {
        done(r.status == SecretStore::Status::Ok ? QString() : r.errorText);
    };
    if (accountId.isEmpty()) {
        m_secrets.write(SecretKeys::instancePassword(instanceId), password, context, answer);
        return;
    }
    m_accountSecrets.writeInstancePassword(accountId, instanceId, password, context, answer);
}

void ConsoleApp::openAccounts()
{
    auto *dialog = new AccountsDialog(m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_accountsController->attach(dialog);
    dialog->open();
}

} // namespace Aura
