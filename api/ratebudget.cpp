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
    auto &queue = priority == Priority::User ? m_user : m_background;
    queue.push_back({context, std::move(go)});
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
    return static_cast<int>(m_user.size() + m_background.size());
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
    while (!m_user.empty() || !m_background.empty()) {
        auto &queue = !m_user.empty() ? m_user : m_background;
        if (!queue.front().context) {
            queue.pop_front();
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
        Waiter waiter = std::move(queue.front());
        queue.pop_front();
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
