#pragma once

#include "api/accounts/account.h"
#include "api/accounts/accountsecrets.h"
#include "api/accounts/accountstore.h"
#include "api/secrets/keychainsecretstore.h"
#include "api/secrets/sessionsecretstore.h"
#include "app/connectionchoice.h"
#include "models/activitylog.h"
#include "models/inventory.h"
#include "ui/desktopnotifier.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <chrono>
#include <memory>

class QSettings;

namespace AuraSandbox {
class SandboxServer;
}

namespace Aura {

class AccountsController;
class ConsoleSession;
class MainWindow;

// The composition root: owns what lives as long as the program (stores, inventory, activity, window, session)
// and decides which accounts the console shows: every stored account (or the one the command line names), the
// sandbox when asked, and the welcome panel while there is none. Follows the accounts dialog: an added account is
// connected, an edited one reconnected, a removed one disconnected.
class ConsoleApp final : public QObject
{
    Q_OBJECT
public:
    // With rememberLayout false (screenshots, tests) the window neither restores nor saves its layout and filters.
    explicit ConsoleApp(QSettings &settings, bool rememberLayout = true, QObject *parent = nullptr);
    ~ConsoleApp() override;

    MainWindow &window() const { return *m_window; }

    // Acts on what the command line and the stored accounts decided.
    bool start(const ConnectionChoice &choice);
    // Starts the embedded sandbox with its demo data and shows it beside the accounts; false if it cannot listen.
    bool startSandbox();
    // Every duration of the embedded sandbox multiplied by `factor` (before it starts; 1 by default).
    void setSandboxTimeScale(double factor) { m_sandboxTimeScale = factor; }
    void setSandboxDialect(const QString &name) { m_sandboxDialect = name; }
    // Shows a stored account, its secret read from the keychain (reconnects it if shown already).
    void connectAccount(const Account &account);

    // Waits (running the event loop) until the keychain has answered every change sent to it; false on timeout.
    bool finishKeychainChanges(std::chrono::milliseconds timeout);

Q_SIGNALS:
    // The first data arrived (or the first refresh failed, or there is nothing to load): the window is complete.
    void firstViewReady();

private:
    void connectStoredAccounts();
    // After the accounts dialog changed something: connect new accounts, reconnect edited (or failed) ones,
    // disconnect removed ones.
    void followStoredAccounts();
    void showWelcomeIfEmpty();
    // `selectId`: the account the dialog shows first.
    void openAccounts(const QString &selectId = {});
    void keepPassword(const QString &accountKey, const QString &instanceId, const QString &password, QObject *context,
        std::function<void(const QString &)> done);

    QSettings &m_settings;
    bool m_rememberLayout;
    AccountStore m_accounts;
    KeychainSecretStore m_keychain;
    SessionSecretStore m_secrets; // the keychain, or memory for this session only when the user says so
    // Outlives every session: a password kept just before the user switches account is still recorded with its
    // account once the keychain answers, so that removing the account deletes it.
    AccountSecrets m_accountSecrets;
    MemorySecretStore m_runSecrets; // secrets that were never meant to be stored: environment, sandbox
    Inventory m_inventory;
    ActivityLog m_activity;
    DesktopNotifier m_notifier;
    std::unique_ptr<MainWindow> m_window;
    AccountsController *m_accountsController = nullptr;
    std::unique_ptr<AuraSandbox::SandboxServer> m_sandbox;
    double m_sandboxTimeScale = 1.0;
    QString m_sandboxDialect = QStringLiteral("aura-v1");
    std::unique_ptr<ConsoleSession> m_session;
    QHash<QString, Account> m_shownAccounts; // stored accounts shown with their keychain secret, by id
    QSet<QString> m_knownAccountIds; // the stored accounts as of the last look: any other is new
};

} // namespace Aura
