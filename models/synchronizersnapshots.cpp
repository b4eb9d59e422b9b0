// The Synchronizer's snapshot reads: the selected instance's snapshots, and those followed after "take snapshot",
// re-read while one is in progress.
#include "api/clock.h"
#include "api/dto/status.h"
#include "models/inventory.h"
#include "models/synchronizer.h"

#include <QDateTime>

#include <algorithm>

namespace Aura {

namespace {
bool hasSnapshotInProgress(const Inventory &inventory, const QString &instanceId)
{
    const QStringList ids = inventory.snapshotIds(instanceId);
    return std::any_of(ids.cbegin(), ids.cend(), [&](const QString &snapshotId) {
        const Snapshot *s = inventory.snapshot(instanceId, snapshotId);
        return s && snapshotStatusCategory(s->status) == StatusCategory::InProgress;
    });
}
} // namespace

void Synchronizer::followUpSnapshots(const QString &instanceId)
{
    if (instanceId.isEmpty() || ownedElsewhere(instanceId))
        return;
    SnapshotWatch &w = m_snapshotWatches[instanceId];
    w.dueMs = now();
    w.graceLeft = std::max(1, m_settings.followUpPolls);
    reschedule();
}

void Synchronizer::setSelectedInstance(const QString &selected)
{
    // Another account's instance: none of ours is selected any more.
    const QString instanceId = ownedElsewhere(selected) ? QString() : selected;
    if (instanceId == m_selected)
        return;
    const QString previous = m_selected;
    m_selected = instanceId;
    if (const auto w = m_snapshotWatches.constFind(previous); w != m_snapshotWatches.cend() && !w->inFlight
        && w->graceLeft == 0 && !hasSnapshotInProgress(m_inventory, previous))
        m_snapshotWatches.erase(w);
    if (!instanceId.isEmpty())
        m_snapshotWatches[instanceId].dueMs = now();
    reschedule();
}

void Synchronizer::setSnapshotDate(const QDate &date)
{
    if (date == m_snapshotDate)
        return;
    m_snapshotDate = date;
    if (!m_selected.isEmpty())
        m_snapshotWatches[m_selected].dueMs = now();
    reschedule();
}

void Synchronizer::listSnapshots(const QString &instanceId, Priority priority)
{
    m_snapshotWatches[instanceId].inFlight = true;
    requestStarted();
    // A service that lists one day at a time answers for that day only (today when none is chosen).
    std::optional<QDate> day;
    if (m_service.capabilities().snapshotsByDay)
        day = m_snapshotDate.isValid() ? m_snapshotDate : m_clock.utcNow().date();
    m_service.listSnapshots(
        instanceId, m_snapshotDate, this,
        [this, instanceId, day](const Reply<QList<Snapshot>> &reply) {
            requestFinished();
            onSnapshotsListed(instanceId, reply, day);
        },
        priority);
}

void Synchronizer::onSnapshotsListed(
    const QString &instanceId, const Reply<QList<Snapshot>> &reply, const std::optional<QDate> &day)
{
    if (reply.ok())
        m_inventory.applySnapshots(instanceId, reply.value(), day);
    const auto w = m_snapshotWatches.find(instanceId);
    if (w == m_snapshotWatches.end()) {
        reschedule();
        return;
    }
    w->inFlight = false;
    const qint64 nextDue = now() + scaled(m_settings.snapshotPollInterval);
    if (!reply.ok()) {
        reportError(reply.error());
        if (w->graceLeft > 0) {
            --w->graceLeft;
            w->dueMs = nextDue;
        } else {
            m_snapshotWatches.erase(w); // the next full refresh tries again for the selected instance
        }
    } else if (hasSnapshotInProgress(m_inventory, instanceId)) {
        w->graceLeft = 0;
        w->dueMs = nextDue;
    } else if (w->graceLeft > 0) {
        --w->graceLeft;
        w->dueMs = nextDue;
    } else {
        m_snapshotWatches.erase(w);
    }
    reschedule();
}

} // namespace Aura
