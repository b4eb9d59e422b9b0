#pragma once

#include <QObject>

#include <memory>

namespace Aura {

class ActivityLog;
class AuraClient;
class CompletionWatcher;
class DesktopNotifier;
class InstanceController;
class Inventory;
class MainWindow;
class OperationReporter;
class ProvisioningController;
class SecretStore;
class Synchronizer;
struct ClientSettings;

// One connection of the console to one Aura API account (or the sandbox): the client, the synchronizer that
// keeps the inventory current, and the controllers that carry out the user's actions, all wired to the window.
// Replaced as a whole when the user switches account.
class ConsoleSession final : public QObject
{
    Q_OBJECT
public:
    ConsoleSession(const ClientSettings &settings, SecretStore &secrets, Inventory &inventory, ActivityLog &activity,
        DesktopNotifier &notifier, MainWindow &window, QObject *parent = nullptr);
    ~ConsoleSession() override;

    void start();

    AuraClient &client() const { return *m_client; }
    Synchronizer &synchronizer() const { return *m_synchronizer; }
    ProvisioningController &provisioning() const { return *m_provisioning; }

Q_SIGNALS:
    // The first answer to the first full refresh arrived (data or an error): the window shows what there is.
    void firstRefreshSettled();

private:
    void wireWindow();
    void wireSynchronizer();

    Inventory &m_inventory;
    MainWindow &m_window;
    AuraClient *m_client = nullptr;
    Synchronizer *m_synchronizer = nullptr;
    OperationReporter *m_reporter = nullptr;
    CompletionWatcher *m_watcher = nullptr;
    InstanceController *m_instances = nullptr;
    ProvisioningController *m_provisioning = nullptr;
    bool m_settled = false;
};

} // namespace Aura
