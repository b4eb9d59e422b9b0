#include "api/dto/status.h"
#include "models/inventory.h"
#include "models/logging.h"
#include "models/synchronizer.h"

#include <algorithm>

// The Synchronizer's work on single instances: details the list did not give, close polling of the instances in a
// transitional status (or just acted on), and forgetting those that are gone.

namespace Aura {

namespace {
bool isNotFound(const ApiError &error)
{
    return error.kind == ApiError::Kind::Http && error.httpStatus == 404;
}
} // namespace

void Synchronizer::queueStaleDetails()
{
    const qint64 t = now();
    const qint64 staleAfter = scaled(m_settings.staleDetailsAfter);
    // The last list gave every instance with its details, and lately: none lacks a status, none is stale.
    if (m_detailedListAt >= 0 && t - m_detailedListAt < staleAfter)
        return;
    QStringList withoutStatus;
    QStringList stale;
    const QStringList ids = m_inventory.instanceIds(m_accountKey);
    for (const QString &id : ids) {
        if (m_detailPending.contains(id) || m_watches.contains(id))
            continue;
        const qint64 readAt = m_detailsReadAt.value(id, -1);
        if (!m_inventory.instance(id)->hasDetails())
            withoutStatus.append(id);
        else if (readAt < 0 || t - readAt >= staleAfter)
            stale.append(id);
    }
    // Instances showing no status at all go first, those on screen before the others.
    std::stable_partition(
        withoutStatus.begin(), withoutStatus.end(), [this](const QString &id) { return m_onScreen.contains(id); });
    for (const QStringList *list : {&withoutStatus, &stale}) {
        for (const QString &id : *list)
            m_detailPending.insert(id);
        m_detailQueue.append(*list);
    }
}

void Synchronizer::setVisibleInstances(const QStringList &instanceIds)
{
    m_onScreen = QSet<QString>(instanceIds.cbegin(), instanceIds.cend());
    // Those already queued move to the front, in the queue's order.
    std::stable_partition(
        m_detailQueue.begin(), m_detailQueue.end(), [this](const QString &id) { return m_onScreen.contains(id); });
    reschedule();
}

void Synchronizer::fetchDetails(const QString &instanceId)
{
    requestStarted();
    m_service.getInstance(
        instanceId, this,
        [this, instanceId](const Reply<Instance> &reply) {
            requestFinished();
            m_detailPending.remove(instanceId);
            if (reply.ok()) {
                m_detailsReadAt.insert(instanceId, now());
                m_inventory.applyInstance(m_accountKey, reply.value());
            } else if (isNotFound(reply.error())) {
                if (owns(instanceId))
                    m_inventory.removeInstance(instanceId);
            } else {
                reportError(reply.error());
            }
            reschedule();
        },
        Priority::Bulk);
}

void Synchronizer::pollInstance(const QString &instanceId, Priority priority)
{
    m_watches[instanceId].inFlight = true;
    requestStarted();
    m_service.getInstance(
        instanceId, this,
        [this, instanceId](const Reply<Instance> &reply) {
            requestFinished();
            onInstancePolled(instanceId, reply);
        },
        priority);
}

void Synchronizer::onInstancePolled(const QString &instanceId, const Reply<Instance> &reply)
{
    const qint64 t = now();
    if (auto w = m_watches.find(instanceId); w != m_watches.end())
        w->inFlight = false;
    if (reply.ok()) {
        m_detailsReadAt.insert(instanceId, t);
        m_inventory.applyInstance(m_accountKey, reply.value()); // may end the watch: the status settled
    }
    const auto w = m_watches.find(instanceId);
    if (w == m_watches.end() || ownedElsewhere(instanceId)) {
        if (w != m_watches.end())
            m_watches.erase(w); // another account shows it (it listed it first): that account follows it
        reschedule();
        return;
    }
    const qint64 slowest = std::max(m_settings.fastPollInterval.count(), m_settings.fastPollMaxInterval.count());
    auto backOff = [&] {
        w->dueMs = t + scaled(std::chrono::milliseconds(w->intervalMs));
        w->intervalMs
            = std::min(slowest, static_cast<qint64>(static_cast<double>(w->intervalMs) * m_settings.fastPollBackoff));
    };
    if (reply.ok()) {
        const Instance *known = m_inventory.instance(instanceId);
        if (known && isTransitional(known->status)) {
            w->graceLeft = 0; // it moved: from now on, settling ends the watch
            backOff();
        } else if (w->graceLeft > 0) {
            --w->graceLeft; // the action may not have reached the status yet
            w->dueMs = t + scaled(m_settings.fastPollInterval);
        } else {
            m_watches.erase(w);
        }
    } else if (isNotFound(reply.error())) {
        if (!m_inventory.instance(instanceId) && w->graceLeft > 0) {
            --w->graceLeft; // just created: the service may not show it yet
            backOff();
        } else {
            m_watches.erase(w);
            if (owns(instanceId))
                m_inventory.removeInstance(instanceId); // deleted
        }
    } else if (reply.error().kind == ApiError::Kind::Cancelled) {
        m_watches.erase(w);
    } else {
        backOff();
        reportError(reply.error());
    }
    reschedule();
}

void Synchronizer::watchIfTransitional(const QString &instanceId)
{
    const Instance *i = m_inventory.instance(instanceId);
    if (!i || !isTransitional(i->status) || m_watches.contains(instanceId))
        return;
    Watch w;
    w.intervalMs = m_settings.fastPollInterval.count();
    w.dueMs = now() + scaled(m_settings.fastPollInterval);
    m_watches.insert(instanceId, w);
}

void Synchronizer::forget(const QStringList &instanceIds)
{
    for (const QString &id : instanceIds) {
        m_watches.remove(id);
        m_snapshotWatches.remove(id);
        m_detailsReadAt.remove(id);
        // Queued detail reads of gone instances are skipped when their turn comes.
    }
    reschedule();
}

} // namespace Aura
