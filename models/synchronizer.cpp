#include "models/synchronizer.h"

#include "api/clock.h"
#include "api/dto/status.h"
#include "api/ratebudget.h"
#include "models/inventory.h"
#include "models/logging.h"

#include <algorithm>
#include <limits>

namespace Aura {

Synchronizer::Synchronizer(AuraService &service, Inventory &inventory, QObject *parent)
    : Synchronizer(service, inventory, QString(), parent)
{ }

Synchronizer::Synchronizer(AuraService &service, Inventory &inventory, const QString &accountKey, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_inventory(inventory)
    , m_accountKey(accountKey)
    , m_budget(*service.rateBudget())
    , m_clock(*service.rateBudget()->clock())
{
    connect(&inventory, &Inventory::instancesAdded, this, [this](const QStringList &ids) {
        for (const QString &id : ids) {
            if (owns(id))
                watchIfTransitional(id);
        }
        reschedule();
    });
    connect(&inventory, &Inventory::instanceChanged, this, [this](const QString &id, InstanceFields fields) {
        if (!(fields & InstanceField::Status) || !owns(id))
            return;
        const Instance *i = m_inventory.instance(id);
        if (i && isTransitional(i->status)) {
            watchIfTransitional(id);
        } else if (const auto w = m_watches.constFind(id); w != m_watches.cend() && w->graceLeft == 0) {
            m_watches.erase(w); // settled, whoever told us
        }
        reschedule();
    });
    connect(&inventory, &Inventory::instancesRemoved, this, &Synchronizer::forget);
}

qint64 Synchronizer::now() const
{
    return m_clock.nowMs();
}

bool Synchronizer::owns(const QString &instanceId) const
{
    return m_inventory.instance(instanceId) && m_inventory.accountOfInstance(instanceId) == m_accountKey;
}

bool Synchronizer::ownedElsewhere(const QString &instanceId) const
{
    return m_inventory.instance(instanceId) && m_inventory.accountOfInstance(instanceId) != m_accountKey;
}

void Synchronizer::setSettings(const SyncSettings &settings)
{
    m_settings = settings;
    const qint64 fast = settings.fastPollInterval.count();
    const qint64 slowest = std::max(fast, static_cast<qint64>(settings.fastPollMaxInterval.count()));
    for (Watch &w : m_watches)
        w.intervalMs = std::clamp(w.intervalMs, fast, slowest);
    m_nextFullMs = std::min(m_nextFullMs, now() + scaled(settings.fullRefreshInterval));
    reschedule();
}

void Synchronizer::start()
{
    m_running = true;
    m_nextFullMs = now();
    reschedule();
}

void Synchronizer::stop()
{
    m_running = false;
    cancelWakeUp();
}

void Synchronizer::refreshNow()
{
    if (!m_running || m_fullInFlight)
        return;
    startFullRefresh(Priority::User);
    reschedule();
}

void Synchronizer::followUp(const QString &instanceId)
{
    if (instanceId.isEmpty() || ownedElsewhere(instanceId))
        return;
    Watch &w = m_watches[instanceId];
    w.intervalMs = m_settings.fastPollInterval.count();
    w.graceLeft = std::max(1, m_settings.followUpPolls);
    w.dueMs = now();
    if (m_running && !w.inFlight)
        pollInstance(instanceId, Priority::User);
    reschedule();
}

void Synchronizer::setWindowVisible(bool visible)
{
    if (visible == m_visible)
        return;
    m_visible = visible;
    // The next full refresh moves with the window's state, counted from the last one (the first one is not
    // put off: it is due as soon as the synchronizer starts).
    if (!m_fullInFlight && m_running && m_lastFullStartMs)
        m_nextFullMs = *m_lastFullStartMs + scaled(m_settings.fullRefreshInterval);
    if (visible) {
        // Polls planned while hidden are cut back to what a visible window would wait.
        const qint64 t = now();
        for (Watch &w : m_watches)
            w.dueMs = std::min(w.dueMs, t + w.intervalMs);
        for (SnapshotWatch &w : m_snapshotWatches)
            w.dueMs = std::min(w.dueMs, t + m_settings.snapshotPollInterval.count());
    }
    reschedule();
}

qint64 Synchronizer::scaled(std::chrono::milliseconds interval) const
{
    return interval.count() * (m_visible ? 1 : std::max(1, m_settings.hiddenSlowdown));
}

void Synchronizer::reschedule()
{
    if (!m_running) {
        cancelWakeUp();
        return;
    }
    // The earliest moment something is due and the budget lets it go.
    const qint64 t = now();
    const int share = m_settings.requestsPerWindow;
    qint64 next = std::numeric_limits<qint64>::max();
    if (!m_fullInFlight)
        next = std::max(m_nextFullMs, m_budget.nextRoomUnderAt(share, 2));
    qint64 due = std::numeric_limits<qint64>::max();
    for (const Watch &w : std::as_const(m_watches)) {
        if (!w.inFlight)
            due = std::min(due, w.dueMs);
    }
    for (const SnapshotWatch &w : std::as_const(m_snapshotWatches)) {
        if (!w.inFlight)
            due = std::min(due, w.dueMs);
    }
    if (!m_tenantDetailQueue.isEmpty())
        due = std::min(due, t);
    if (due != std::numeric_limits<qint64>::max())
        next = std::min(next, std::max(due, m_budget.nextRoomUnderAt(share)));
    if (!m_detailQueue.isEmpty()) {
        // The first queued instance without any status may use the catch-up share.
        const Instance *first = m_inventory.instance(m_detailQueue.first());
        next = std::min(next,
            m_budget.nextRoomUnderAt(first && !first->hasDetails() ? m_settings.catchUpRequestsPerWindow : share));
    }
    if (next == std::numeric_limits<qint64>::max()) {
        cancelWakeUp();
        return;
    }
    wakeAt(std::max(next, t));
}

void Synchronizer::wakeAt(qint64 atMs)
{
    if (m_wakeUp && m_wakeUpAtMs == atMs)
        return;
    cancelWakeUp();
    m_wakeUp = new QObject(this);
    m_wakeUpAtMs = atMs;
    m_clock.callAfter(atMs - now(), m_wakeUp, [this] {
        m_wakeUp->deleteLater();
        m_wakeUp = nullptr;
        onTimer();
    });
}

void Synchronizer::cancelWakeUp()
{
    delete m_wakeUp;
    m_wakeUp = nullptr;
}

void Synchronizer::onTimer()
{
    if (!m_running)
        return;
    const qint64 t = now();
    const int share = m_settings.requestsPerWindow;
    // Requests chosen in this pass but not sent yet count against the share as if they were.
    int chosen = 0;
    const bool full = !m_fullInFlight && t >= m_nextFullMs && m_budget.hasRoomUnder(share, 2);
    if (full)
        chosen += 2;

    QStringList polls;
    for (auto it = m_watches.cbegin(); it != m_watches.cend(); ++it) {
        if (!it->inFlight && it->dueMs <= t && m_budget.hasRoomUnder(share, chosen + 1)) {
            polls.append(it.key());
            ++chosen;
        }
    }
    QStringList snapshotLists;
    for (auto it = m_snapshotWatches.cbegin(); it != m_snapshotWatches.cend(); ++it) {
        if (!it->inFlight && it->dueMs <= t && m_budget.hasRoomUnder(share, chosen + 1)) {
            snapshotLists.append(it.key());
            ++chosen;
        }
    }
    if (full)
        startFullRefresh(Priority::Background);
    for (const QString &id : std::as_const(polls))
        pollInstance(id, Priority::Background);
    for (const QString &id : std::as_const(snapshotLists))
        listSnapshots(id, id == m_selected ? Priority::User : Priority::Background);

    // Everything chosen is on its way and counted by the budget itself from here on.
    while (!m_tenantDetailQueue.isEmpty() && m_budget.hasRoomUnder(share)) {
        const QString id = m_tenantDetailQueue.takeFirst();
        if (m_inventory.tenant(id))
            fetchTenantDetails(id);
        else
            m_tenantDetailsInFlight.remove(id); // no longer listed
    }
    while (!m_detailQueue.isEmpty()) {
        const QString id = m_detailQueue.first();
        // Gone meanwhile, or polled closely anyway.
        if (!owns(id) || m_watches.contains(id)) {
            m_detailQueue.removeFirst();
            m_detailPending.remove(id);
            continue;
        }
        // An instance with no status at all may use the catch-up share of the window; a stale one the usual.
        const bool catchUp = !m_inventory.instance(id)->hasDetails();
        if (!m_budget.hasRoomUnder(catchUp ? m_settings.catchUpRequestsPerWindow : share))
            break;
        m_detailQueue.removeFirst();
        fetchDetails(id);
    }
    reschedule();
}

void Synchronizer::startFullRefresh(Priority priority)
{
    m_fullInFlight = true;
    m_fullPartsLeft = 2;
    m_fullError.reset();
    m_lastFullStartMs = now();
    m_nextFullMs = *m_lastFullStartMs + scaled(m_settings.fullRefreshInterval);
    qCDebug(lcSync) << "full refresh";

    requestStarted();
    m_service.listTenants(
        this,
        [this](const Reply<QList<Tenant>> &reply) {
            requestFinished();
            if (reply.ok()) {
                if (m_service.capabilities().configurationsInTenantDetail) {
                    m_inventory.applyTenants(m_accountKey, reply.value(), Inventory::TenantList::WithoutConfigurations);
                    queueTenantDetails(reply.value());
                } else {
                    m_inventory.applyTenants(m_accountKey, reply.value());
                }
            } else if (!m_fullError)
                m_fullError = reply.error();
            finishFullRefreshPart();
        },
        priority);

    requestStarted();
    m_service.listInstances(
        QString(), this,
        [this](const Reply<QList<Instance>> &reply) {
            requestFinished();
            if (reply.ok()) {
                const qint64 t = now();
                const QList<Instance> &list = reply.value();
                const bool allDetailed
                    = std::all_of(list.cbegin(), list.cend(), [](const Instance &i) { return i.hasDetails(); });
                m_detailedListAt = allDetailed ? t : -1;
                if (!allDetailed) {
                    for (const Instance &i : list) {
                        if (i.hasDetails() && !ownedElsewhere(i.id))
                            m_detailsReadAt.insert(i.id, t);
                    }
                }
                applyInstanceList(list);
                return;
            }
            if (!m_fullError)
                m_fullError = reply.error();
            finishFullRefreshPart();
        },
        priority);
}

void Synchronizer::queueTenantDetails(const QList<Tenant> &tenants)
{
    const qint64 t = now();
    const qint64 stale = scaled(m_settings.tenantDetailsInterval);
    for (const Tenant &tenant : tenants) {
        const auto read = m_tenantDetailsReadAt.constFind(tenant.id);
        if (m_tenantDetailsInFlight.contains(tenant.id) || (read != m_tenantDetailsReadAt.cend() && t - *read < stale))
            continue;
        m_tenantDetailsInFlight.insert(tenant.id);
        m_tenantDetailQueue.append(tenant.id);
    }
}

void Synchronizer::fetchTenantDetails(const QString &tenantId)
{
    requestStarted();
    m_service.getTenant(
        tenantId, this,
        [this, tenantId](const Reply<Tenant> &reply) {
            requestFinished();
            m_tenantDetailsInFlight.remove(tenantId);
            if (reply.ok()) {
                m_tenantDetailsReadAt.insert(tenantId, now());
                m_inventory.applyTenantDetails(m_accountKey, reply.value());
            } else {
                qCDebug(lcSync) << "the configurations of tenant" << tenantId << "could not be read";
            }
        },
        Priority::Bulk);
}

void Synchronizer::applyInstanceList(const QList<Instance> &list)
{
    // More entries than the account holds, by more than a slice: about that many are new (a large account's first
    // load). Any other list goes in at once, without a look-up per entry to count what is new.
    const qsizetype slice = std::max(1, m_settings.listSliceSize);
    if (list.size() - m_inventory.instanceCount(m_accountKey) <= slice) {
        m_inventory.applyInstances(m_accountKey, list);
        finishFullRefreshPart();
        return;
    }
    // Each slice is a full list of what it holds: the instances known already first (so none of them is removed
    // on the way), then the new ones, `slice` more each turn.
    m_slicedList = list;
    m_slicedUpTo = 0;
    if (m_inventory.instanceCount() > 0) {
        const auto firstNew = std::stable_partition(m_slicedList.begin(), m_slicedList.end(),
            [this](const Instance &i) { return m_inventory.instance(i.id) != nullptr; });
        m_slicedUpTo = firstNew - m_slicedList.begin();
    }
    qCDebug(lcSync) << "applying" << m_slicedList.size() - m_slicedUpTo << "new instances of account" << m_accountKey
                    << "in slices of" << slice;
    applyNextSlice(++m_sliceGeneration);
}

void Synchronizer::applyNextSlice(quint64 generation)
{
    if (generation != m_sliceGeneration)
        return;
    m_slicedUpTo = std::min(m_slicedList.size(), m_slicedUpTo + std::max(1, m_settings.listSliceSize));
    m_inventory.applyInstances(m_accountKey, m_slicedList, m_slicedUpTo);
    if (m_slicedUpTo < m_slicedList.size()) {
        QMetaObject::invokeMethod(
            this, [this, generation] { applyNextSlice(generation); }, Qt::QueuedConnection);
        return;
    }
    m_slicedList.clear();
    finishFullRefreshPart();
}

void Synchronizer::finishFullRefreshPart()
{
    if (--m_fullPartsLeft > 0)
        return;
    m_fullInFlight = false;
    if (m_fullError) {
        reportError(*m_fullError); // what the last refresh brought stays
    } else {
        emit refreshed(m_clock.utcNow());
        queueStaleDetails();
        if (!m_selected.isEmpty() && owns(m_selected) && !m_snapshotWatches.contains(m_selected))
            m_snapshotWatches[m_selected].dueMs = now();
    }
    reschedule();
}

void Synchronizer::requestStarted()
{
    if (m_inFlight++ == 0)
        emit busyChanged(true);
}

void Synchronizer::requestFinished()
{
    if (--m_inFlight == 0)
        emit busyChanged(false);
}

void Synchronizer::reportError(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Cancelled)
        return;
    qCWarning(lcSync) << "refresh failed: kind" << static_cast<int>(error.kind) << "HTTP" << error.httpStatus
                      << "request" << error.requestId;
    emit refreshFailed(error);
}

} // namespace Aura
