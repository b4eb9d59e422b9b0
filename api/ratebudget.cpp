#include "api/ratebudget.h"

#include "api/clock.h"
#include "api/logging.h"

#include <algorithm>

namespace Aura {

RateBudget::RateBudget(Clock *clock, int limit, qint64 windowMs, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_limit(std::max(1, limit))
    , m_windowMs(std::max<qint64>(1, windowMs))
{ }

void RateBudget::setLimit(int limit)
{
    m_limit = std::max(1, limit);
    pump();
}

void RateBudget::acquire(Priority priority, QObject *context, std::function<void()> go)
{
    m_waiting[static_cast<int>(priority)].push_back({context, std::move(go)});
    pump();
}

void RateBudget::holdFor(qint64 delayMs)
{
    const qint64 until = m_clock->nowMs() + std::max<qint64>(0, delayMs);
    if (until <= m_holdUntilMs)
        return;
    m_holdUntilMs = until;
    m_announcedUntilMs = until;
    qCInfo(lcApi) << "server asked to wait" << delayMs << "ms before the next request";
    Q_EMIT throttled(until);
}

int RateBudget::waiting() const
{
    size_t count = 0;
    for (const auto &queue : m_waiting)
        count += queue.size();
    return static_cast<int>(count);
}

int RateBudget::used() const
{
    const qint64 now = m_clock->nowMs();
    return static_cast<int>(
        std::count_if(m_sent.begin(), m_sent.end(), [&](qint64 t) { return now - t < m_windowMs; }));
}

void RateBudget::forgetExpired(qint64 now)
{
    while (!m_sent.empty() && now - m_sent.front() >= m_windowMs)
        m_sent.pop_front();
}

qint64 RateBudget::nextRoomUnderAt(int share, int count) const
{
    const qint64 now = m_clock->nowMs();
    const int capacity = std::clamp(share, 1, m_limit);
    const size_t wanted = static_cast<size_t>(std::clamp(count, 1, capacity));
    // The requests still in the window are the newest ones: m_sent is in the order they were sent.
    const auto firstLive
        = std::upper_bound(m_sent.begin(), m_sent.end(), now - m_windowMs); // sent at t is live while now - t < window
    const size_t live = static_cast<size_t>(m_sent.end() - firstLive);
    qint64 at = now;
    if (live + wanted > static_cast<size_t>(capacity)) {
        // The oldest ones must leave until `wanted` fit.
        const size_t mustLeave = live + wanted - static_cast<size_t>(capacity);
        at = *(firstLive + static_cast<std::ptrdiff_t>(mustLeave - 1)) + m_windowMs;
    }
    return std::max(at, m_holdUntilMs);
}

bool RateBudget::hasRoomUnder(int share, int count) const
{
    return nextRoomUnderAt(share, count) <= m_clock->nowMs();
}

qint64 RateBudget::nextFreeSlotMs(qint64 now) const
{
    qint64 slot = now;
    if (static_cast<int>(m_sent.size()) >= m_limit)
        slot = m_sent[m_sent.size() - static_cast<size_t>(m_limit)] + m_windowMs;
    return std::max(slot, m_holdUntilMs);
}

void RateBudget::pump()
{
    // `go` may start another request that calls acquire(); the outer loop picks it up.
    if (m_pumping)
        return;
    m_pumping = true;
    for (;;) {
        auto queue = std::find_if(std::begin(m_waiting), std::end(m_waiting), [](const auto &q) { return !q.empty(); });
        if (queue == std::end(m_waiting))
            break;
        if (!queue->front().context) {
            queue->pop_front();
            continue;
        }
        const qint64 now = m_clock->nowMs();
        forgetExpired(now);
        const qint64 slot = nextFreeSlotMs(now);
        if (slot > now) {
            if (slot != m_announcedUntilMs) {
                m_announcedUntilMs = slot;
                Q_EMIT throttled(slot);
            }
            scheduleWakeUp(slot);
            break;
        }
        Waiter waiter = std::move(queue->front());
        queue->pop_front();
        m_sent.push_back(now);
        waiter.go();
    }
    m_pumping = false;
}

void RateBudget::scheduleWakeUp(qint64 atMs)
{
    if (m_wakeUpAtMs >= 0 && m_wakeUpAtMs <= atMs)
        return;
    m_wakeUpAtMs = atMs;
    m_clock->callAfter(atMs - m_clock->nowMs(), this, [this, atMs] {
        if (m_wakeUpAtMs == atMs)
            m_wakeUpAtMs = -1;
        pump();
    });
}

} // namespace Aura
