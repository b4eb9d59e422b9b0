// The restores of ProvisioningController: a new instance from a snapshot (seed restore, live clone) and a restore
// in place (live).
#include "api/auraservice.h"
#include "models/inventory.h"
#include "models/synchronizer.h"
#include "ui/completionwatcher.h"
#include "ui/dialogs/restoreinplacedialog.h"
#include "ui/dialogs/restoresnapshotdialog.h"
#include "ui/errorbanner.h"
#include "ui/mainwindow.h"
#include "ui/operationreporter.h"
#include "ui/provisioningcontroller.h"
#include "ui/settleform.h"

#include <QDateTime>
#include <QPointer>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

void ProvisioningController::withRecentSnapshots(
    const Instance &instance, std::function<void(const QList<Snapshot> &)> open)
{
    // Fresh snapshots first: the list the inventory holds may be older than the one the user saw last.
    const Connections::Connection *c = m_connections.ofInstance(m_inventory, instance.id);
    if (!c)
        return;
    const QString id = instance.id;
    QList<QDate> days {QDate()}; // the seed lists every snapshot at once
    if (c->service->capabilities().snapshotsByDay) {
        days.clear();
        const QDate today = QDateTime::currentDateTimeUtc().date();
        for (int back = 0; back < RecentDays; ++back)
            days << today.addDays(-back);
    }
    struct Gathered
    {
        QList<Snapshot> snapshots;
        qsizetype pending = 0;
        bool failed = false;
    };
    auto gathered = std::make_shared<Gathered>();
    gathered->pending = days.size();
    for (const QDate &day : std::as_const(days)) {
        c->service->listSnapshots(
            id, day, this,
            [this, id, gathered, open](const Reply<QList<Snapshot>> &reply) {
                if (gathered->failed)
                    return;
                const Instance *current = m_inventory.instance(id);
                if (!reply.ok()) {
                    gathered->failed = true;
                    m_window.banner()->showMessage(ErrorBanner::Severity::Error,
                        tr("The snapshots of “%1” could not be read: %2")
                            .arg(current ? current->displayName() : id, reply.error().userMessage()),
                        reply.requestId);
                    return;
                }
                gathered->snapshots << reply.value();
                if (--gathered->pending == 0 && current)
                    open(gathered->snapshots);
            },
            Priority::User);
    }
}

void ProvisioningController::restore(const Instance &source, const QString &snapshotId)
{
    const Connections::Connection *c = m_connections.ofInstance(m_inventory, source.id);
    if (!c)
        return;
    const bool clone = c->service->capabilities().cloneFromSnapshot;
    const QString id = source.id;
    withRecentSnapshots(source, [this, id, snapshotId, clone](const QList<Snapshot> &snapshots) {
        if (const Instance *current = m_inventory.instance(id)) {
            if (clone)
                openCloneDialog(*current, snapshots, snapshotId);
            else
                openRestoreDialog(*current, snapshots, snapshotId);
        }
    });
}

void ProvisioningController::restoreInPlace(const Instance &instance, const QString &snapshotId)
{
    const Connections::Connection *c = m_connections.ofInstance(m_inventory, instance.id);
    if (!c || !c->service->capabilities().restoreInPlace)
        return; // the seed has no such operation: its restore makes a new instance
    const QString id = instance.id;
    withRecentSnapshots(instance, [this, id, snapshotId](const QList<Snapshot> &snapshots) {
        if (const Instance *current = m_inventory.instance(id))
            openRestoreInPlaceDialog(*current, snapshots, snapshotId);
    });
}

void ProvisioningController::followRestore(const QString &accountKey, const QString &instanceId)
{
    m_watcher.expectInstance(instanceId, CompletionWatcher::Operation::Restore);
    const Connections::Connection *c = m_connections.find(accountKey);
    if (c && c->synchronizer) {
        c->synchronizer->refreshNow();
        c->synchronizer->followUp(instanceId);
    }
}

void ProvisioningController::openRestoreDialog(
    const Instance &source, const QList<Snapshot> &snapshots, const QString &snapshotId)
{
    const Tenant *tenant = m_inventory.tenant(source.tenantId);
    auto *dialog = new RestoreSnapshotDialog(
        source, tenant ? *tenant : Tenant {source.tenantId, {}, {}}, snapshots, snapshotId, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<FormDialog> guard(dialog);
    const QString sourceId = source.id;
    connect(dialog, &FormDialog::submitted, this, [this, dialog, guard, sourceId] {
        const auto request = dialog->request();
        const Connections::Connection *c = m_connections.ofInstance(m_inventory, sourceId);
        if (!request || !c)
            return;
        dialog->setBusy(true);
        const int op = m_reporter.begin(tr("Restore snapshot"), request->name);
        const QString account = m_inventory.accountOfInstance(sourceId);
        c->service->restoreSnapshot(sourceId, dialog->snapshotId(), *request, this,
            [this, guard, account, op](const Reply<std::optional<InstanceCreated>> &reply) {
                if (!m_reporter.finish(op, reply)) {
                    settleForm(guard, &reply.error());
                    return;
                }
                settleForm(guard, nullptr);
                if (!reply.value()) {
                    // A seed service that answers without the new instance: nothing to show or follow.
                    m_window.banner()->showMessage(ErrorBanner::Severity::Error,
                        tr("The service accepted the restore but did not say which instance it made; refresh to "
                           "find it."),
                        reply.requestId);
                    return;
                }
                followRestore(account, reply.value()->id);
                showCredentials(account, *reply.value(), true);
            });
    });
    dialog->open();
}

void ProvisioningController::openCloneDialog(
    const Instance &source, const QList<Snapshot> &snapshots, const QString &snapshotId)
{
    const Tenant *tenant = m_inventory.tenant(source.tenantId);
    auto *dialog = new RestoreSnapshotDialog(source, tenant ? *tenant : Tenant {source.tenantId, {}, {}}, snapshots,
        snapshotId, &m_window, RestoreSnapshotDialog::Kind::Clone);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<FormDialog> guard(dialog);
    const QString sourceId = source.id;
    connect(dialog, &FormDialog::submitted, this, [this, dialog, guard, sourceId] {
        const auto request = dialog->cloneRequest();
        const Connections::Connection *c = m_connections.ofInstance(m_inventory, sourceId);
        if (!request || !c)
            return;
        dialog->setBusy(true);
        const int op = m_reporter.begin(tr("New instance from snapshot"), request->name);
        const QString account = m_inventory.accountOfInstance(sourceId);
        const LostCreate lost = lostCreate(guard, op, *request, c->service, c->synchronizer);
        // A clone is a create: never retried, its answer awaited even if the dialog closes (the password).
        c->service->createInstance(
            *request, this, [this, guard, account, op, lost](const Reply<InstanceCreated> &reply) {
                if (OperationReporter::mayHaveHappened(reply)) {
                    reconcile(lost, reply.error(), reply.requestId);
                    return;
                }
                if (!m_reporter.finish(op, reply)) {
                    settleForm(guard, &reply.error());
                    return;
                }
                settleForm(guard, nullptr);
                followRestore(account, reply.value().id);
                showCredentials(account, reply.value(), true);
            });
    });
    dialog->open();
}

void ProvisioningController::openRestoreInPlaceDialog(
    const Instance &instance, const QList<Snapshot> &snapshots, const QString &snapshotId)
{
    auto *dialog = new RestoreInPlaceDialog(instance, snapshots, snapshotId, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<FormDialog> guard(dialog);
    const QString id = instance.id;
    const QString name = instance.displayName();
    connect(dialog, &FormDialog::submitted, this, [this, dialog, guard, id, name] {
        const QString snapshot = dialog->snapshotId();
        const Connections::Connection *c = m_connections.ofInstance(m_inventory, id);
        if (snapshot.isEmpty() || !c)
            return;
        dialog->setBusy(true);
        const int op = m_reporter.begin(tr("Restore in place"), name);
        const QString account = m_inventory.accountOfInstance(id);
        // No body: the live service restores the instance itself.
        c->service->restoreSnapshot(id, snapshot, RestoreSnapshotRequest {}, this,
            [this, guard, account, op, id](const Reply<std::optional<InstanceCreated>> &reply) {
                if (!m_reporter.finish(op, reply)) {
                    settleForm(guard, &reply.error());
                    return;
                }
                settleForm(guard, nullptr);
                followRestore(account, id);
            });
    });
    dialog->open();
}

} // namespace Aura
