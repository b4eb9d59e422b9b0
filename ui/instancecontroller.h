#pragma once

#include "api/auraservice.h"
#include "api/dto/requests.h"
#include "models/connections.h"
#include "models/instanceactions.h"
#include "models/requestedchange.h"
#include "ui/completionwatcher.h"

#include <QObject>
#include <QPointer>

namespace Aura {

class FormDialog;
class Inventory;
class MainWindow;
class OperationReporter;

// Turns the user's instance actions into service calls: asks first where the action is destructive or
// surprising (dialogs only collect input), sends the request, reports the outcome, and has the Synchronizer and
// the CompletionWatcher follow the instance until the server is done. Each request goes to the connection of the
// account the instance belongs to. Pause, resume and delete work on several instances at once (of one account or
// several), one request and one report each. Create, restore and overwrite: see ProvisioningController.
class InstanceController final : public QObject
{
    Q_OBJECT
public:
    InstanceController(const Connections &connections, const Inventory &inventory, MainWindow &window,
        OperationReporter &reporter, CompletionWatcher &watcher, QObject *parent = nullptr);

    // Runs `action` on the window's current selection (ignored when it is not available).
    void trigger(InstanceAction action);

Q_SIGNALS:
    // The service accepted a change it applies in the background (Inventory::expectChange).
    void changeRequested(const QString &instanceId, const Aura::RequestedChange &change);

private:
    void askToPause(const QList<Instance> &instances);
    void pause(const QList<Instance> &instances);
    void resume(const QList<Instance> &instances);
    // One request per instance, each to its account's service, reported and followed until it settles.
    using StateChange
        = RequestId (AuraService::*)(const QString &, QObject *, AuraService::Callback<std::optional<Instance>>);
    void sendToEach(const QList<Instance> &instances, const QString &title, CompletionWatcher::Operation operation,
        StateChange call);
    void askToDelete(QList<Instance> remaining);
    void rename(const Instance &instance);
    void resize(const Instance &instance);
    void upgrade(const Instance &instance);
    void takeSnapshot(const Instance &instance);
    void copyConnectionUrl(const Instance &instance);
    // Sends the update from a rename or resize dialog and keeps the dialog open on errors.
    void sendUpdate(
        FormDialog *dialog, const QString &operation, const Instance &instance, const UpdateInstanceRequest &request);

    const Connections &m_connections;
    const Inventory &m_inventory;
    MainWindow &m_window;
    OperationReporter &m_reporter;
    CompletionWatcher &m_watcher;
};

} // namespace Aura
