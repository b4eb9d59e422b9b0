#pragma once

#include "api/dto/instance.h"
#include "api/dto/requests.h"
#include "api/dto/snapshot.h"
#include "api/dto/tenant.h"
#include "models/connections.h"
#include "ui/createformloader.h"
#include "ui/createreconciler.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

namespace Aura {

class CompletionWatcher;
class FormDialog;
class Inventory;
class Synchronizer;
class MainWindow;
class OperationReporter;

// The operations that make or replace a database: create, a new instance from a snapshot (the seed's restore, the
// live service's clone), a restore in place (live), overwrite an instance from a snapshot. Which restore the user is
// offered follows the capabilities of the instance's service, never the shape of an answer. A create or restore, once
// sent, is never abandoned: even if its dialog is closed, the answer is awaited so the one-time password reaches the
// credentials dialog (a duplicate create would be billed, and a lost password cannot be shown again). Each request goes
// to the connection of the account that owns the project (create) or the instance (restore, overwrite).
class ProvisioningController final : public QObject
{
    Q_OBJECT
public:
    // Keeps a one-time password in the keychain when the user asks; answers with an error text or "". The account
    // is the one the instance was created in (the Inventory may not list the instance yet).
    using KeepPassword = std::function<void(const QString &accountKey, const QString &instanceId,
        const QString &password, QObject *context, std::function<void(const QString &error)> done)>;

    ProvisioningController(const Connections &connections, const Inventory &inventory, MainWindow &window,
        OperationReporter &reporter, CompletionWatcher &watcher, QObject *parent = nullptr);

    void setKeepPassword(KeepPassword keep) { m_keepPassword = std::move(keep); }
    // Why the keychain is not offered for a new instance of this account; empty where it is.
    using KeychainRefusal = std::function<QString(const QString &accountKey)>;
    void setKeychainRefusal(KeychainRefusal refusal) { m_keychainRefusal = std::move(refusal); }

    void create(const QString &tenantId = {});
    // A new instance from one of the source's snapshots.
    void restore(const Instance &source, const QString &snapshotId = {});
    // The instance's own data replaced by one of its snapshots (only where the service restores in place).
    void restoreInPlace(const Instance &instance, const QString &snapshotId = {});
    void overwrite(const Instance &target);

    // How long and how often the console looks for an instance whose create answer was lost (tests shorten it).
    void setReconcileSettings(const CreateReconciler::Settings &settings) { m_reconcileSettings = settings; }

Q_SIGNALS:
    // A credentials dialog was opened for a new instance (tests and screenshots find it through this).
    void credentialsShown(QWidget *dialog);
    // The service made a new instance (a create, a clone or the seed's restore) and sent its credentials.
    void instanceMade(const QString &instanceId);
    // The user chose to delete an instance whose one-time password was lost (the instance controller asks).
    void deleteOffered(const QString &instanceId);
    // The message about an instance created without its password is shown (tests find it through this).
    void passwordLostShown(QWidget *message);

private:
    void openCreateDialog(const CreateFormLoader::Form &form, const QString &tenantId);
    // The instance's recent snapshots (the live service lists one day a time: the last RecentDays days), then
    // `open` with them; a banner if they cannot be read.
    void withRecentSnapshots(const Instance &instance, std::function<void(const QList<Snapshot> &)> open);
    void openRestoreDialog(const Instance &source, const QList<Snapshot> &snapshots, const QString &snapshotId);
    void openCloneDialog(const Instance &source, const QList<Snapshot> &snapshots, const QString &snapshotId);
    void openRestoreInPlaceDialog(
        const Instance &instance, const QList<Snapshot> &snapshots, const QString &snapshotId);
    void followRestore(const QString &accountKey, const QString &instanceId);

    static constexpr int RecentDays = 3;
    void showCredentials(const QString &accountKey, const InstanceCreated &created, bool restored);

    // A create or clone whose answer was lost (provisioningreconcile.cpp): the dialog waits, saying why, while the
    // console looks for the instance; then it tells the user what really happened.
    struct LostCreate
    {
        QPointer<FormDialog> dialog;
        int operation = 0;
        QString accountKey;
        QString tenantId;
        QString name;
        QSet<QString> before; // the account's instances when the create was sent
        AuraService *service = nullptr;
        QPointer<Synchronizer> synchronizer;
    };
    // What the reconciliation needs, read from the Inventory when the create is sent.
    LostCreate lostCreate(const QPointer<FormDialog> &dialog, int operation, const CreateInstanceRequest &request,
        AuraService *service, Synchronizer *synchronizer) const;
    void reconcile(const LostCreate &lost, const ApiError &error, const QString &requestId);
    void showPasswordLost(const Instance &instance);

    const Connections &m_connections;
    const Inventory &m_inventory;
    MainWindow &m_window;
    OperationReporter &m_reporter;
    CompletionWatcher &m_watcher;
    CreateFormLoader *m_createForm; // what the New Instance form offers, read when it opens
    KeepPassword m_keepPassword;
    KeychainRefusal m_keychainRefusal;
    CreateReconciler::Settings m_reconcileSettings;
};

} // namespace Aura
