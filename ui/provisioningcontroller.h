#pragma once

#include "dto/instance.h"
#include "dto/snapshot.h"

#include <QObject>

#include <functional>

namespace Aura {

class AuraService;
class CompletionWatcher;
class Inventory;
class MainWindow;
class OperationReporter;
class Synchronizer;

// The operations that make or replace a database: create, restore a snapshot to a new instance, overwrite an
// instance from a snapshot. A create or restore, once sent, is never abandoned: even if its dialog is closed, the
// answer is awaited so the one-time password reaches the credentials dialog (a duplicate create would be
// billed, and a lost password cannot be shown again).
class ProvisioningController final : public QObject
{
    Q_OBJECT
public:
    // Keeps a one-time password in the keychain when the user asks; answers with an error text or "".
    using KeepPassword = std::function<void(const QString &instanceId, const QString &password, QObject *context,
        std::function<void(const QString &error)> done)>;

    ProvisioningController(AuraService &service, Synchronizer &synchronizer, const Inventory &inventory,
        MainWindow &window, OperationReporter &reporter, CompletionWatcher &watcher, QObject *parent = nullptr);

    void setKeepPassword(KeepPassword keep) { m_keepPassword = std::move(keep); }

    void create(const QString &tenantId = {});
    void restore(const Instance &source, const QString &snapshotId = {});
    void overwrite(const Instance &target);

Q_SIGNALS:
    // A credentials dialog was opened for a new instance (tests and screenshots find it through this).
    void credentialsShown(QWidget *dialog);

private:
    void openRestoreDialog(const Instance &source, const QList<Snapshot> &snapshots, const QString &snapshotId);
    void showCredentials(const InstanceCreated &created, bool restored);

    AuraService &m_service;
    Synchronizer &m_synchronizer;
    const Inventory &m_inventory;
    MainWindow &m_window;
    OperationReporter &m_reporter;
    CompletionWatcher &m_watcher;
    KeepPassword m_keepPassword;
};

} // namespace Aura
