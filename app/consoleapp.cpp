#include "app/consoleapp.h"

#include "api/auraclient.h"
#include "app/consolesession.h"
#include "app/syncsettingsfile.h"
#include "models/synchronizer.h"
#include "sandbox/sandboxserver.h"
#include "ui/accountscontroller.h"
#include "ui/accountsdialog.h"
#include "ui/connectiontest.h"
#include "ui/consolepage.h"
#include "ui/instancedetailspanel.h"
#include "ui/keptpasswordview.h"
#include "ui/mainwindow.h"
#include "ui/provisioningcontroller.h"

#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

namespace {
// The keys of the accounts that are not stored; stored accounts use their id. Their client secrets are kept in
// this run's memory only, under SecretKeys::clientSecret(key) like those of stored accounts in the keychain.
const QString SandboxAccountKey = u"sandbox"_s;
const QString EnvironmentAccountKey = u"environment"_s;

ClientSettings clientSettingsFor(const Account &account, const QString &accountKey)
{
    ClientSettings s;
    s.apiBaseUrl = account.apiBaseUrl;
    s.tokenUrl = account.tokenUrl;
    s.clientId = account.clientId;
    s.accountId = accountKey;
    s.dialect = account.dialect.value_or(ApiDialect::AuraV1);
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
    m_session = std::make_unique<ConsoleSession>(m_inventory, m_activity, m_notifier, *m_window);
    m_session->setSyncSettings(loadSyncSettings(m_settings));
    m_session->provisioning().setKeepPassword(
        [this](const QString &accountKey, const QString &instanceId, const QString &password, QObject *context,
            std::function<void(const QString &)> done) {
            keepPassword(accountKey, instanceId, password, context, std::move(done));
        });
    // A kept password belongs to a stored account: shown again from the instance's details, removed with it.
    m_session->provisioning().setKeychainRefusal([this](const QString &accountKey) {
        return m_accounts.find(accountKey)
            ? QString()
            : tr("Only for accounts stored in File > Accounts: for this connection the password could not be shown "
                 "again or removed with its account. Copy it or save it to a file.");
    });
    connect(m_session.get(), &ConsoleSession::firstRefreshSettled, this, &ConsoleApp::firstViewReady);
    // A database password the user kept for an instance of a stored account can be shown again from its details.
    m_window->console()->details()->setKeptPasswordFactory(
        [this](const QString &instanceId, QWidget *owner) -> QWidget * {
            const QString account = m_inventory.accountOfInstance(instanceId);
            if (!m_inventory.instance(instanceId) || account.isEmpty()
                || !m_accounts.instancesWithKeptPassword(account).contains(instanceId))
                return nullptr;
            return new KeptPasswordView(m_accountSecrets, account, instanceId, owner);
        });
    // The connection test builds a throw-away client that holds the secret being tested, and nothing else does.
    ConnectionTest test = connectionTestThrough([](const Account &account, const QString &secret, QObject *owner) {
        auto *store = new MemorySecretStore(owner);
        store->write(SecretKeys::clientSecret(account.id), secret, store, {});
        return new AuraClient(clientSettingsFor(account, account.id), store, owner);
    });
    m_accountsController = new AccountsController(m_accounts, m_secrets, std::move(test), this);
    connect(m_window.get(), &MainWindow::trySandboxRequested, this, &ConsoleApp::startSandbox);
    connect(m_window.get(), &MainWindow::addCredentialsRequested, this, [this] { openAccounts(); });
    connect(m_window.get(), &MainWindow::manageAccountsRequested, this, [this] { openAccounts(); });
    // The sandbox and credentials given for this run have no settings: the dialog shows the stored accounts.
    connect(m_window.get(), &MainWindow::editAccountRequested, this, [this](const QString &key) { openAccounts(key); });
    connect(m_accountsController, &AccountsController::accountsChanged, this, &ConsoleApp::followStoredAccounts);
    for (const Account &account : m_accounts.load())
        m_knownAccountIds.insert(account.id);
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
            m_runSecrets.write(SecretKeys::clientSecret(EnvironmentAccountKey), choice.environmentSecret, this, {});
            // A stored account keeps its key, so a password kept in this run is recorded with it.
            m_session->addAccount(choice.accountIsStored ? choice.account.id : EnvironmentAccountKey,
                choice.account.name, clientSettingsFor(choice.account, EnvironmentAccountKey), m_runSecrets);
        } else if (m_accounts.find(choice.account.id) == choice.account) {
            connectAccount(choice.account); // followed when it is edited or removed in File > Accounts
        } else {
            // URLs overridden for this run: shown as asked, and left alone by the accounts dialog.
            m_session->addAccount(choice.account.id, choice.account.name,
                clientSettingsFor(choice.account, choice.account.id), m_secrets);
        }
        return true;
    case ConnectionChoice::Kind::AskUser:
        break;
    }
    connectStoredAccounts();
    if (m_session->accountKeys().isEmpty()) {
        m_window->showWelcome();
        QMetaObject::invokeMethod(this, &ConsoleApp::firstViewReady, Qt::QueuedConnection);
    }
    return true;
}

bool ConsoleApp::startSandbox()
{
    if (!m_sandbox) {
        auto sandbox
            = std::make_unique<AuraSandbox::SandboxServer>(nullptr, AuraSandbox::Dialect::create(m_sandboxDialect));
        sandbox->setTimeScale(m_sandboxTimeScale); // first, so the demo's transitions in progress are scaled too
        sandbox->loadDemoData();
        if (sandbox->listenOnLoopback() == 0)
            return false;
        m_sandbox = std::move(sandbox);
        m_runSecrets.write(
            SecretKeys::clientSecret(SandboxAccountKey), QString::fromLatin1(AuraSandbox::DemoClientSecret), this, {});
    }
    if (m_session->account(SandboxAccountKey))
        return true; // shown already
    ClientSettings s;
    s.apiBaseUrl = m_sandbox->baseUrl();
    // The embedded sandbox says which dialect it speaks.
    s.dialect = dialectFromName(m_sandbox->dialect().name()).value_or(ApiDialect::AuraV1);
    s.tokenUrl = m_sandbox->tokenUrl();
    s.clientId = QString::fromLatin1(AuraSandbox::DemoClientId);
    s.accountId = SandboxAccountKey;
    m_session->addAccount(SandboxAccountKey, tr("Sandbox (%1)").arg(m_sandbox->baseUrl().authority()), s, m_runSecrets);
    return true;
}

void ConsoleApp::connectAccount(const Account &account)
{
    m_shownAccounts.insert(account.id, account);
    m_session->addAccount(account.id, account.name, clientSettingsFor(account, account.id), m_secrets);
}

void ConsoleApp::connectStoredAccounts()
{
    for (const Account &account : m_accounts.load())
        connectAccount(account);
}

void ConsoleApp::followStoredAccounts()
{
    const QList<Account> stored = m_accounts.load();
    QSet<QString> storedIds;
    for (const Account &account : stored) {
        storedIds.insert(account.id);
        const auto shown = m_shownAccounts.constFind(account.id);
        if (shown == m_shownAccounts.cend()) {
            if (!m_knownAccountIds.contains(account.id))
                connectAccount(account); // added just now
            continue;
        }
        // Edited, or failed before (perhaps the secret was wrong and has just been replaced): try again. A new
        // name alone keeps the connection and what it shows.
        const AccountInfo *info = m_inventory.account(account.id);
        const bool failed = info && info->state == AccountState::Failed;
        Account renamed = *shown;
        renamed.name = account.name;
        if (!failed && renamed == account && shown->name != account.name) {
            m_shownAccounts.insert(account.id, account);
            m_session->renameAccount(account.id, account.name);
        } else if (failed || *shown != account) {
            connectAccount(account);
        }
    }
    for (const QString &id : m_shownAccounts.keys()) {
        if (!storedIds.contains(id)) {
            m_shownAccounts.remove(id);
            m_session->removeAccount(id);
        }
    }
    m_knownAccountIds = storedIds;
    showWelcomeIfEmpty();
}

bool ConsoleApp::finishKeychainChanges(std::chrono::milliseconds timeout)
{
    return m_keychain.waitForPendingChanges(static_cast<int>(timeout.count()));
}

void ConsoleApp::showWelcomeIfEmpty()
{
    if (m_session->accountKeys().isEmpty())
        m_window->showWelcome();
}

void ConsoleApp::keepPassword(const QString &accountKey, const QString &instanceId, const QString &password,
    QObject *context, std::function<void(const QString &)> done)
{
    auto answer = [this, instanceId, done = std::move(done)](const SecretStore::Result &r) {
        const bool kept = r.status == SecretStore::Status::Ok;
        if (kept) // shown at once if the instance is the one in the details
            m_window->console()->details()->keptPasswordChanged(instanceId);
        done(kept ? QString() : r.errorText);
    };
    if (!m_accounts.find(accountKey)) {
        // Not offered for the sandbox or credentials given for this run (no account to record it with).
        answer({SecretStore::Status::Unavailable, {}, tr("no stored account to keep it with")});
        return;
    }
    m_accountSecrets.writeInstancePassword(accountKey, instanceId, password, context, answer);
}

void ConsoleApp::openAccounts(const QString &selectId)
{
    auto *dialog = new AccountsDialog(m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_accountsController->attach(dialog, selectId);
    dialog->open();
}

} // namespace Aura
