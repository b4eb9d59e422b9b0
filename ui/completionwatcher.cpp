#include "ui/completionwatcher.h"

#include "api/dto/status.h"
#include "models/activitylog.h"
#include "models/inventory.h"
#include "ui/desktopnotifier.h"

namespace Aura {

CompletionWatcher::CompletionWatcher(const Inventory &inventory, DesktopNotifier &notifier, QObject *parent)
    : QObject(parent)
    , m_inventory(inventory)
    , m_notifier(notifier)
{
    connect(&m_inventory, &Inventory::instanceChanged, this, &CompletionWatcher::onInstanceChanged);
    connect(&m_inventory, &Inventory::instancesAdded, this, [this](const QStringList &ids) {
        for (const QString &id : ids)
            onInstanceChanged(id);
    });
    connect(&m_inventory, &Inventory::instancesRemoved, this, &CompletionWatcher::onInstancesRemoved);
    connect(&m_inventory, &Inventory::snapshotsAdded, this, &CompletionWatcher::onSnapshotsChanged);
    connect(&m_inventory, &Inventory::snapshotChanged, this, &CompletionWatcher::onSnapshotsChanged);
}

void CompletionWatcher::expectInstance(const QString &instanceId, Operation operation)
{
    const Instance *i = m_inventory.instance(instanceId);
    Expectation e {operation, i ? i->displayName() : instanceId, QDateTime::currentDateTimeUtc(), false};
    e.moved = i && isTransitional(i->status);
    m_instances.insert(instanceId, e);
}

void CompletionWatcher::expectSnapshot(const QString &instanceId, const QString &snapshotId)
{
    if (snapshotId.isEmpty())
        m_snapshotWanted.remove(instanceId);
    else
        m_snapshotWanted.insert(instanceId, snapshotId);
    QSet<QString> known;
    for (const QString &id : m_inventory.snapshotIds(instanceId)) {
        const Snapshot *s = m_inventory.snapshot(instanceId, id);
        if (s && snapshotStatusCategory(s->status) != StatusCategory::InProgress)
            known.insert(id);
    }
    m_snapshotsKnown.insert(instanceId, known);
}

void CompletionWatcher::onInstanceChanged(const QString &instanceId)
{
    const auto it = m_instances.find(instanceId);
    const Instance *i = m_inventory.instance(instanceId);
    if (it == m_instances.end() || !i)
        return;
    const StatusCategory category = instanceStatusCategory(i->status);
    if (category == StatusCategory::InProgress) {
        it->moved = true;
        return;
    }
    if (!it->moved)
        return; // the server has not started on it yet
    const QString took = ActivityLog::formatDuration(it->since.msecsTo(QDateTime::currentDateTimeUtc()));
    if (category == StatusCategory::Failed)
        finish(instanceId, failedText(it->operation, it->name, i->status, took), false);
    else
        finish(instanceId, settledText(it->operation, it->name, i->status, took), true);
}

QString CompletionWatcher::settledText(
    Operation operation, const QString &name, const QString &status, const QString &took)
{
    //: %1 the instance, %2 its status as the server says it, %3 a duration
    switch (operation) {
    case Operation::Create:
        return tr("“%1” is %2 (creating it took %3)").arg(name, status, took);
    case Operation::Pause:
        return tr("“%1” is %2 (pausing it took %3)").arg(name, status, took);
    case Operation::Resume:
        return tr("“%1” is %2 (resuming it took %3)").arg(name, status, took);
    case Operation::Delete:
        return tr("“%1” is %2 (deleting it took %3)").arg(name, status, took);
    case Operation::Resize:
        return tr("“%1” is %2 (resizing it took %3)").arg(name, status, took);
    case Operation::Change:
        return tr("“%1” is %2 (changing it took %3)").arg(name, status, took);
    case Operation::Upgrade:
        return tr("“%1” is %2 (upgrading it took %3)").arg(name, status, took);
    case Operation::Restore:
        return tr("“%1” is %2 (restoring it took %3)").arg(name, status, took);
    case Operation::Overwrite:
        return tr("“%1” is %2 (overwriting it took %3)").arg(name, status, took);
    }
    return {};
}

QString CompletionWatcher::failedText(
    Operation operation, const QString &name, const QString &status, const QString &took)
{
    //: %1 the instance, %2 its status as the server says it, %3 a duration
    switch (operation) {
    case Operation::Create:
        return tr("Creating “%1” failed: %2 (after %3)").arg(name, status, took);
    case Operation::Pause:
        return tr("Pausing “%1” failed: %2 (after %3)").arg(name, status, took);
    case Operation::Resume:
        return tr("Resuming “%1” failed: %2 (after %3)").arg(name, status, took);
    case Operation::Delete:
        return tr("Deleting “%1” failed: %2 (after %3)").arg(name, status, took);
    case Operation::Resize:
        return tr("Resizing “%1” failed: %2 (after %3)").arg(name, status, took);
    case Operation::Change:
        return tr("Changing “%1” failed: %2 (after %3)").arg(name, status, took);
    case Operation::Upgrade:
        return tr("Upgrading “%1” failed: %2 (after %3)").arg(name, status, took);
    case Operation::Restore:
        return tr("Restoring “%1” failed: %2 (after %3)").arg(name, status, took);
    case Operation::Overwrite:
        return tr("Overwriting “%1” failed: %2 (after %3)").arg(name, status, took);
    }
    return {};
}

void CompletionWatcher::onInstancesRemoved(const QStringList &ids)
{
    for (const QString &id : ids) {
        const auto it = m_instances.constFind(id);
        if (it != m_instances.constEnd())
            finish(id, tr("“%1” is deleted").arg(it->name), true);
        m_snapshotsKnown.remove(id);
    }
}

void CompletionWatcher::onSnapshotsChanged(const QString &instanceId)
{
    const auto known = m_snapshotsKnown.constFind(instanceId);
    if (known == m_snapshotsKnown.constEnd())
        return;
    const QString wanted = m_snapshotWanted.value(instanceId);
    for (const QString &id : m_inventory.snapshotIds(instanceId)) {
        const Snapshot *s = m_inventory.snapshot(instanceId, id);
        if (!s || known->contains(id) || (!wanted.isEmpty() && id != wanted))
            continue;
        const StatusCategory c = snapshotStatusCategory(s->status);
        if (c == StatusCategory::InProgress)
            continue;
        const Instance *i = m_inventory.instance(instanceId);
        const QString name = i ? i->displayName() : instanceId;
        m_snapshotsKnown.remove(instanceId);
        m_snapshotWanted.remove(instanceId);
        const bool ok = c == StatusCategory::Stable;
        const QString summary
            = ok ? tr("Snapshot of “%1” completed").arg(name) : tr("Snapshot of “%1” failed: %2").arg(name, s->status);
        m_notifier.notify(summary, {}, ok ? DesktopNotifier::Urgency::Normal : DesktopNotifier::Urgency::Critical);
        Q_EMIT completed(instanceId, summary, ok);
        return;
    }
}

void CompletionWatcher::finish(const QString &instanceId, const QString &summary, bool succeeded)
{
    m_instances.remove(instanceId);
    m_notifier.notify(summary, {}, succeeded ? DesktopNotifier::Urgency::Normal : DesktopNotifier::Urgency::Critical);
    Q_EMIT completed(instanceId, summary, succeeded);
}

} // namespace Aura
