#include "ui/provisioningcontroller.h"

#include "api/auraservice.h"
#include "models/inventory.h"
#include "models/synchronizer.h"
#include "ui/completionwatcher.h"
#include "ui/dialogs/createinstancedialog.h"
#include "ui/dialogs/credentialsdialog.h"
#include "ui/dialogs/overwriteinstancedialog.h"
#include "ui/errorbanner.h"
#include "ui/mainwindow.h"
#include "ui/operationreporter.h"
#include "ui/settleform.h"

#include <QPointer>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

ProvisioningController::ProvisioningController(const Connections &connections, const Inventory &inventory,
    MainWindow &window, OperationReporter &reporter, CompletionWatcher &watcher, QObject *parent)
    : QObject(parent)
    , m_connections(connections)
    , m_inventory(inventory)
    , m_window(window)
    , m_reporter(reporter)
    , m_watcher(watcher)
    , m_createForm(new CreateFormLoader(connections, inventory, this))
{ }

void ProvisioningController::create(const QString &tenantId)
{
    m_createForm->load([this, tenantId](const CreateFormLoader::Form &form) { openCreateDialog(form, tenantId); });
}

void ProvisioningController::openCreateDialog(const CreateFormLoader::Form &form, const QString &tenantId)
{
    auto *dialog = new CreateInstanceDialog(form.tenants, tenantId, form.liveSettingsTenants, &m_window);
    dialog->setEncryptionKeys(form.keys, form.keysProblem);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<FormDialog> guard(dialog);
    connect(dialog, &FormDialog::submitted, this, [this, dialog, guard] {
        const auto request = dialog->request();
        if (!request)
            return;
        const Connections::Connection *c = m_connections.ofTenant(m_inventory, request->tenantId);
        if (!c)
            return;
        dialog->setBusy(true);
        const int op = m_reporter.begin(tr("Create"), request->name);
        QPointer<Synchronizer> synchronizer = c->synchronizer;
        const QString account = m_inventory.accountOfTenant(request->tenantId);
        const LostCreate lost = lostCreate(guard, op, *request, c->service, c->synchronizer);
        // The controller, not the dialog, is the context: the answer carries the only copy of the password.
        c->service->createInstance(
            *request, this, [this, guard, synchronizer, account, op, lost](const Reply<InstanceCreated> &reply) {
                if (OperationReporter::mayHaveHappened(reply)) {
                    reconcile(lost, reply.error(), reply.requestId);
                    return;
                }
                if (!m_reporter.finish(op, reply)) {
                    settleForm(guard, &reply.error());
                    return;
                }
                settleForm(guard, nullptr);
                const InstanceCreated &created = reply.value();
                m_watcher.expectInstance(created.id, CompletionWatcher::Operation::Create);
                if (synchronizer) {
                    synchronizer->refreshNow();
                    synchronizer->followUp(created.id);
                }
                showCredentials(account, created, false);
            });
    });
    dialog->open();
}

void ProvisioningController::overwrite(const Instance &target)
{
    const Connections::Connection *c = m_connections.ofInstance(m_inventory, target.id);
    if (!c)
        return;
    // Only instances the target's account can see can be its source.
    QList<Instance> sources;
    for (const QString &id : m_inventory.instanceIds(m_inventory.accountOfInstance(target.id))) {
        const Instance *i = m_inventory.instance(id);
        if (i && !i->type.startsWith(u"free"_s))
            sources << *i;
    }
    auto *dialog = new OverwriteInstanceDialog(target, sources, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<OverwriteInstanceDialog> guard(dialog);
    AuraService *service = c->service;
    QPointer<Synchronizer> synchronizer = c->synchronizer;
    auto loadSnapshots = [guard, service, synchronizer](const QString &sourceId) {
        if (!synchronizer)
            return; // the account was removed: its service is gone too
        service->listSnapshots(
            sourceId, {}, guard.data(),
            [guard, sourceId](const Reply<QList<Snapshot>> &reply) {
                if (!guard)
                    return;
                if (reply.ok())
                    guard->setSnapshots(sourceId, reply.value());
                else
                    guard->setSnapshotsUnavailable(sourceId, reply.error().userMessage());
            },
            Priority::User);
    };
    connect(dialog, &OverwriteInstanceDialog::snapshotsRequested, this, loadSnapshots);
    dialog->setFreshSnapshotOffered(service->capabilities().overwriteSnapshotOptional);
    const QString targetId = target.id;
    const QString targetName = target.displayName();
    connect(dialog, &FormDialog::submitted, this, [this, dialog, service, synchronizer, targetId, targetName] {
        const auto request = dialog->request();
        if (!request || !synchronizer)
            return;
        dialog->setBusy(true);
        QPointer<FormDialog> formGuard(dialog);
        const int op = m_reporter.begin(tr("Overwrite"), targetName);
        service->overwriteInstance(targetId, *request, dialog,
            [this, formGuard, synchronizer, op, targetId](const Reply<std::optional<Instance>> &reply) {
                if (!m_reporter.finish(op, reply)) {
                    settleForm(formGuard, &reply.error());
                    return;
                }
                settleForm(formGuard, nullptr);
                m_watcher.expectInstance(targetId, CompletionWatcher::Operation::Overwrite);
                if (synchronizer)
                    synchronizer->followUp(targetId);
            });
    });
    dialog->open();
    loadSnapshots(dialog->sourceInstanceId());
}

void ProvisioningController::showCredentials(const QString &accountKey, const InstanceCreated &created, bool restored)
{
    auto *dialog = new CredentialsDialog(
        created, restored ? CredentialsDialog::Origin::Restored : CredentialsDialog::Origin::Created, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const QString refusal = m_keychainRefusal ? m_keychainRefusal(accountKey) : QString(); !refusal.isEmpty())
        dialog->setKeychainUnavailable(refusal);
    const QString instanceId = created.id;
    const QString password = created.password;
    Q_EMIT instanceMade(instanceId);
    // The dialog follows the new instance's status, so it never says "being created" of a running one.
    QPointer<CredentialsDialog> shown(dialog);
    const auto follow = [this, shown, instanceId] {
        if (const Instance *i = m_inventory.instance(instanceId); shown && i && i->hasDetails())
            shown->setInstanceStatus(i->status);
    };
    connect(&m_inventory, &Inventory::instanceChanged, dialog,
        [follow, instanceId](const QString &id, InstanceFields fields) {
            if (id == instanceId && (fields & InstanceField::Status))
                follow();
        });
    connect(&m_inventory, &Inventory::instancesAdded, dialog, [follow, instanceId](const QStringList &ids) {
        if (ids.contains(instanceId))
            follow();
    });
    follow();
    connect(dialog, &QDialog::finished, this, [this, dialog, accountKey, instanceId, password] {
        if (!dialog->storePasswordInKeychain() || !m_keepPassword)
            return;
        m_keepPassword(accountKey, instanceId, password, this, [this](const QString &error) {
            if (!error.isEmpty())
                m_window.banner()->showMessage(ErrorBanner::Severity::Error,
                    tr("The password could not be stored in the keychain: %1. Copy it or save it to a file now.")
                        .arg(error));
        });
    });
    dialog->open();
    Q_EMIT credentialsShown(dialog);
}

} // namespace Aura
