// ProvisioningController: what the console does when the answer to a create (or a clone) was lost on the way.
// The instance may exist, with a one-time password nobody has seen: the console looks for it and says exactly what
// happened, instead of "failed" (which invites a second, billed create).
#include "api/auraservice.h"
#include "models/inventory.h"
#include "models/synchronizer.h"
#include "ui/completionwatcher.h"
#include "ui/dialogs/formdialog.h"
#include "ui/mainwindow.h"
#include "ui/operationreporter.h"
#include "ui/provisioningcontroller.h"

#include <QDesktopServices>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

ProvisioningController::LostCreate ProvisioningController::lostCreate(const QPointer<FormDialog> &dialog, int operation,
    const CreateInstanceRequest &request, AuraService *service, Synchronizer *synchronizer) const
{
    LostCreate lost;
    lost.dialog = dialog;
    lost.operation = operation;
    lost.tenantId = request.tenantId;
    lost.accountKey = m_inventory.accountOfTenant(request.tenantId);
    lost.name = request.name;
    const QStringList ids = m_inventory.instanceIds(lost.accountKey);
    lost.before = QSet<QString>(ids.cbegin(), ids.cend());
    lost.service = service;
    lost.synchronizer = synchronizer;
    return lost;
}

void ProvisioningController::reconcile(const LostCreate &lost, const ApiError &error, const QString &requestId)
{
    if (FormDialog *dialog = lost.dialog.data())
        // Create stays disabled, and the dialog says why, until the console knows.
        dialog->setBusy(true,
            tr("The answer to the create was lost on the way. Checking whether “%1” was created...").arg(lost.name));
    auto *reconciler
        = new CreateReconciler(*lost.service, lost.tenantId, lost.name, lost.before, error.resourceId, this);
    reconciler->setSettings(m_reconcileSettings);
    connect(reconciler, &CreateReconciler::found, this, [this, lost, requestId, reconciler](const Instance &found) {
        reconciler->deleteLater();
        m_reporter.succeeded(
            lost.operation, requestId, tr("Created, but its one-time password did not reach the console."));
        if (FormDialog *dialog = lost.dialog.data())
            dialog->accept();
        m_watcher.expectInstance(found.id, CompletionWatcher::Operation::Create);
        if (Synchronizer *synchronizer = lost.synchronizer.data()) {
            synchronizer->refreshNow();
            synchronizer->followUp(found.id);
        }
        showPasswordLost(found);
    });
    connect(reconciler, &CreateReconciler::notFound, this, [this, lost, requestId, reconciler] {
        reconciler->deleteLater();
        const QString text = tr("“%1” was not created: no such instance appeared in the project within a minute. "
                                "You can create it again.")
                                 .arg(lost.name);
        m_reporter.failed(lost.operation, text, requestId);
        if (FormDialog *dialog = lost.dialog.data()) {
            dialog->setBusy(false);
            dialog->showMessage(text);
        }
    });
    reconciler->start();
}

void ProvisioningController::showPasswordLost(const Instance &instance)
{
    const QString name = instance.displayName();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Password Not Received"),
        tr("“%1” was created, but its one-time password did not reach the console: reset it in the Aura console, "
           "or delete this instance and create it again.")
            .arg(name),
        QMessageBox::Close, &m_window);
    box->setObjectName(u"passwordLostMessage"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *reset = box->addButton(tr("Open the Aura Console"), QMessageBox::ActionRole);
    reset->setObjectName(u"openAuraConsoleButton"_s);
    QPushButton *remove = box->addButton(tr("Delete “%1”...").arg(name), QMessageBox::DestructiveRole);
    remove->setObjectName(u"deleteLostButton"_s);
    const QString id = instance.id;
    connect(box, &QMessageBox::buttonClicked, this, [this, reset, remove, id](QAbstractButton *button) {
        if (button == reset)
            QDesktopServices::openUrl(QUrl(u"https://console.neo4j.io/"_s));
        else if (button == remove)
            Q_EMIT deleteOffered(id);
    });
    box->open();
    Q_EMIT passwordLostShown(box);
}

} // namespace Aura
