#include "ui/instancecontroller.h"

#include "api/auraservice.h"
#include "models/configurationoptions.h"
#include "models/inventory.h"
#include "models/synchronizer.h"
#include "ui/completionwatcher.h"
#include "ui/dialogs/confirmdeletedialog.h"
#include "ui/dialogs/renamedialog.h"
#include "ui/dialogs/resizedialog.h"
#include "ui/dialogs/upgradedialog.h"
#include "ui/mainwindow.h"
#include "ui/operationreporter.h"
#include "ui/settleform.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

InstanceController::InstanceController(const Connections &connections, const Inventory &inventory, MainWindow &window,
    OperationReporter &reporter, CompletionWatcher &watcher, QObject *parent)
    : QObject(parent)
    , m_connections(connections)
    , m_inventory(inventory)
    , m_window(window)
    , m_reporter(reporter)
    , m_watcher(watcher)
{ }

void InstanceController::trigger(InstanceAction action)
{
    const QList<Instance> selection = m_window.selectedInstances();
    if (!availability(action, selection, m_window.connection() != MainWindow::Connection::NotConnected,
            m_window.selectionCapabilities())
             .enabled)
        return;
    switch (action) {
    case InstanceAction::Pause:
        askToPause(selection);
        break;
    case InstanceAction::Resume:
        resume(selection);
        break;
    case InstanceAction::Delete:
        askToDelete(selection);
        break;
    case InstanceAction::Rename:
        rename(selection.first());
        break;
    case InstanceAction::Resize:
        resize(selection.first());
        break;
    case InstanceAction::Upgrade:
        upgrade(selection.first());
        break;
    case InstanceAction::TakeSnapshot:
        takeSnapshot(selection.first());
        break;
    case InstanceAction::CopyConnectionUrl:
        copyConnectionUrl(selection.first());
        break;
    case InstanceAction::Refresh:
        for (const QString &account : m_connections.accountKeys())
            m_connections.find(account)->synchronizer->refreshNow();
        break;
    default:
        break; // create, restore, overwrite: ProvisioningController
    }
}

void InstanceController::askToPause(const QList<Instance> &instances)
{
    QStringList names;
    for (const Instance &i : instances)
        names << i.displayName();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Pause instances"),
        tr("Pause %n instance(s): %1?", nullptr, static_cast<int>(instances.size())).arg(names.join(u", "_s)),
        QMessageBox::Cancel, &m_window);
    box->setObjectName(u"pauseQuestion"_s);
    box->setInformativeText(tr("A paused instance cannot serve queries until it is resumed; its data is kept and "
                               "only storage is billed meanwhile. Resuming takes a few minutes. Aura resumes "
                               "instances that stay paused for 30 days by itself."));
    QPushButton *pauseButton = box->addButton(tr("Pause"), QMessageBox::AcceptRole);
    pauseButton->setObjectName(u"confirmPauseButton"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QStringList ids = [&] {
        QStringList out;
        for (const Instance &i : instances)
            out << i.id;
        return out;
    }();
    connect(box, &QMessageBox::finished, this, [this, box, pauseButton, ids] {
        if (box->clickedButton() != pauseButton)
            return;
        QList<Instance> current; // as they are now, not as they were when asked
        for (const QString &id : ids) {
            if (const Instance *i = m_inventory.instance(id))
                current << *i;
        }
        pause(current);
    });
    box->open();
}

void InstanceController::pause(const QList<Instance> &instances)
{
    sendToEach(instances, tr("Pause"), CompletionWatcher::Operation::Pause, &AuraService::pauseInstance);
}

void InstanceController::resume(const QList<Instance> &instances)
{
    sendToEach(instances, tr("Resume"), CompletionWatcher::Operation::Resume, &AuraService::resumeInstance);
}

void InstanceController::sendToEach(
    const QList<Instance> &instances, const QString &title, CompletionWatcher::Operation operation, StateChange call)
{
    for (const Instance &instance : instances) {
        const Connections::Connection *c = m_connections.ofInstance(m_inventory, instance.id);
        if (!c)
            continue;
        const int op = m_reporter.begin(title, instance.displayName());
        const QString id = instance.id;
        QPointer<Synchronizer> synchronizer = c->synchronizer; // gone if the account is removed meanwhile
        (c->service->*call)(
            id, this, [this, synchronizer, op, id, operation](const Reply<std::optional<Instance>> &reply) {
                if (m_reporter.finish(op, reply)) {
                    m_watcher.expectInstance(id, operation);
                    if (synchronizer)
                        synchronizer->followUp(id);
                } else if (OperationReporter::mayHaveHappened(reply) && synchronizer) {
                    synchronizer->followUp(id); // its status tells whether the answer that was lost said yes
                }
            });
    }
}

void InstanceController::askToDelete(QList<Instance> remaining)
{
    if (remaining.isEmpty())
        return;
    const Instance instance = remaining.takeFirst();
    auto *dialog = new ConfirmDeleteDialog(instance, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<ConfirmDeleteDialog> guard(dialog);
    connect(dialog, &FormDialog::submitted, this, [this, guard, instance] {
        if (!guard || !guard->instanceId())
            return;
        const Connections::Connection *c = m_connections.ofInstance(m_inventory, instance.id);
        if (!c)
            return;
        guard->setBusy(true);
        const int op = m_reporter.begin(tr("Delete"), instance.displayName());
        const QString id = instance.id;
        QPointer<Synchronizer> synchronizer = c->synchronizer;
        c->service->deleteInstance(
            id, guard, [this, guard, synchronizer, op, id](const Reply<std::optional<Instance>> &reply) {
                const bool ok = m_reporter.finish(op, reply);
                if (ok || OperationReporter::mayHaveHappened(reply)) {
                    m_watcher.expectInstance(id, CompletionWatcher::Operation::Delete);
                    if (synchronizer)
                        synchronizer->followUp(id);
                }
                settleForm(guard.data(), ok ? nullptr : &reply.error());
            });
    });
    // The next selected instance is asked for when this one is done with, confirmed or not.
    connect(dialog, &QDialog::finished, this, [this, remaining] { askToDelete(remaining); });
    dialog->open();
}

void InstanceController::rename(const Instance &instance)
{
    auto *dialog = new RenameDialog(instance, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FormDialog::submitted, this, [this, dialog, instance] {
        if (const auto request = dialog->request())
            sendUpdate(dialog, tr("Rename"), instance, *request);
    });
    dialog->open();
}

void InstanceController::resize(const Instance &instance)
{
    const Tenant *tenant = m_inventory.tenant(instance.tenantId);
    const ConfigurationOptions options(tenant ? tenant->configurations : QList<InstanceConfiguration>());
    auto *dialog = new ResizeDialog(instance, options, m_inventory.capabilitiesOfInstance(instance.id), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FormDialog::submitted, this, [this, dialog, instance] {
        if (const auto request = dialog->request())
            sendUpdate(dialog, tr("Resize"), instance, *request);
    });
    dialog->open();
}

void InstanceController::sendUpdate(
    FormDialog *dialog, const QString &operation, const Instance &instance, const UpdateInstanceRequest &request)
{
    const Connections::Connection *c = m_connections.ofInstance(m_inventory, instance.id);
    if (!c)
        return;
    QPointer<FormDialog> guard(dialog);
    dialog->setBusy(true);
    const int op = m_reporter.begin(operation, instance.displayName());
    const QString id = instance.id;
    // A change of the configuration lands in the background: the row shows what it becomes until then.
    const RequestedChange change = RequestedChange::of(request);
    const auto watched = request.vectorOptimized || request.graphAnalyticsPlugin || request.secondariesCount
            || request.cdcEnrichmentMode
        ? CompletionWatcher::Operation::Change
        : CompletionWatcher::Operation::Resize;
    QPointer<Synchronizer> synchronizer = c->synchronizer;
    c->service->updateInstance(id, request, dialog,
        [this, guard, synchronizer, op, id, change, watched](const Reply<std::optional<Instance>> &reply) {
            // The dialog is the answer's context: the answer comes only while it is there.
            const bool ok = m_reporter.finish(op, reply);
            if (ok && !change.isEmpty()) {
                Q_EMIT changeRequested(id, change);
                m_watcher.expectInstance(id, watched);
            }
            if ((ok || OperationReporter::mayHaveHappened(reply)) && synchronizer)
                synchronizer->followUp(id);
            settleForm(guard, ok ? nullptr : &reply.error());
        });
}

void InstanceController::upgrade(const Instance &instance)
{
    const Tenant *tenant = m_inventory.tenant(instance.tenantId);
    const ConfigurationOptions options(tenant ? tenant->configurations : QList<InstanceConfiguration>());
    auto *dialog = new UpgradeDialog(instance, options, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FormDialog::submitted, this, [this, dialog, instance] {
        const Connections::Connection *c = m_connections.ofInstance(m_inventory, instance.id);
        if (!c)
            return;
        QPointer<FormDialog> guard(dialog);
        dialog->setBusy(true);
        const int op = m_reporter.begin(tr("Upgrade"), instance.displayName());
        const QString id = instance.id;
        const UpgradeInstanceRequest request = dialog->request();
        const RequestedChange change = RequestedChange::upgradeTo(dialog->targetType(), request);
        QPointer<Synchronizer> synchronizer = c->synchronizer;
        c->service->upgradeInstance(id, request, dialog,
            [this, guard, synchronizer, op, id, change](const Reply<std::optional<Instance>> &reply) {
                const bool ok = m_reporter.finish(op, reply);
                if (ok) {
                    Q_EMIT changeRequested(id, change);
                    // The type changes at once; only a new size goes through "updating".
                    if (change.memory)
                        m_watcher.expectInstance(id, CompletionWatcher::Operation::Upgrade);
                }
                if ((ok || OperationReporter::mayHaveHappened(reply)) && synchronizer)
                    synchronizer->followUp(id);
                settleForm(guard, ok ? nullptr : &reply.error());
            });
    });
    dialog->open();
}

void InstanceController::takeSnapshot(const Instance &instance)
{
    const Connections::Connection *c = m_connections.ofInstance(m_inventory, instance.id);
    if (!c)
        return;
    const int op = m_reporter.begin(tr("Take snapshot"), instance.displayName());
    const QString id = instance.id;
    QPointer<Synchronizer> synchronizer = c->synchronizer;
    c->service->createSnapshot(id, this, [this, synchronizer, op, id](const Reply<Snapshot> &reply) {
        if (!m_reporter.finish(op, reply)) {
            if (OperationReporter::mayHaveHappened(reply) && synchronizer)
                synchronizer->followUpSnapshots(id); // a snapshot in progress will show if it was taken
            return; // nothing to wait for: no notification will come of it
        }
        m_watcher.expectSnapshot(id, reply.value().snapshotId);
        if (synchronizer)
            synchronizer->followUpSnapshots(id);
    });
}

void InstanceController::copyConnectionUrl(const Instance &instance)
{
    QGuiApplication::clipboard()->setText(instance.connectionUrl);
}

} // namespace Aura
