#pragma once

#include "models/connections.h"
#include "models/fleetmetrics.h"
#include "models/syncsettings.h"

#include <QObject>

#include <functional>
#include <map>
#include <memory>

namespace Aura {

class AccountSession;
class ActivityLog;
class CompletionWatcher;
class DesktopNotifier;
class InstanceController;
class Inventory;
class MainWindow;
class OperationReporter;
class ProvisioningController;
class SecretStore;
struct ClientSettings;

// The console at work: the accounts it is connected to (one AccountSession each, side by side in the tree) and
// the controllers that carry out the user's actions, each request through the connection of the account the
// instance or project belongs to. Wires the window's actions, selection and visibility to them, and shows the
// accounts' problems in the banner.
class ConsoleSession final : public QObject
{
    Q_OBJECT
public:
    ConsoleSession(Inventory &inventory, ActivityLog &activity, DesktopNotifier &notifier, MainWindow &window,
        QObject *parent = nullptr);
    ~ConsoleSession() override;

    // For the accounts connected from now on.
    void setSyncSettings(const SyncSettings &settings) { m_syncSettings = settings; }

    // Connects an account (again, if one with this key is connected) and starts loading it; the window shows the
    // console. The client reads the secret from `secrets` under SecretKeys::clientSecret(settings.accountId).
    AccountSession &addAccount(
        const QString &accountKey, const QString &label, const ClientSettings &settings, SecretStore &secrets);
    // Shows the account under another name; the connection and what it shows stay.
    void renameAccount(const QString &accountKey, const QString &label);
    // Disconnects the account; what it showed leaves the window.
    void removeAccount(const QString &accountKey);
    AccountSession *account(const QString &accountKey) const;
    QStringList accountKeys() const { return m_connections.accountKeys(); }

    ProvisioningController &provisioning() const { return *m_provisioning; }
    InstanceController &instances() const { return *m_instances; }

Q_SIGNALS:
    // Every account connected so far has answered its first refresh (data or an error): the window shows what
    // there is. Emitted again when an account added later settles.
    void firstRefreshSettled();

private:
    void wireWindow();
    // Runs `then` once the instance is in the inventory (at once if it is), unless it does not appear in a minute.
    void whenListed(const QString &instanceId, const std::function<void()> &then);
    void wireAccount(AccountSession &account);
    // The account whose problem the banner shows now, if it shows one.
    AccountSession *showsProblemOf() const;
    // "Work: ..." while several accounts are connected, so a problem names its account.
    QString aboutAccount(const AccountSession &account, const QString &message) const;

    Inventory &m_inventory;
    MainWindow &m_window;
    SyncSettings m_syncSettings;
    FleetMetrics m_fleet; // every account's latest metrics; outlives the accounts that feed it
    Connections m_connections;
    std::map<QString, std::unique_ptr<AccountSession>> m_accounts;
    // The account whose problem the banner shows, and that problem's text: "Retry now" asks that account again,
    // and only its recovery takes the problem away.
    QString m_bannerAccount;
    QString m_bannerText;
    OperationReporter *m_reporter = nullptr;
    CompletionWatcher *m_watcher = nullptr;
    InstanceController *m_instances = nullptr;
    ProvisioningController *m_provisioning = nullptr;
};

} // namespace Aura
