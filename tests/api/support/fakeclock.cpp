#include "fakeclock.h"

#include <QCoreApplication>

#include <algorithm>

namespace AuraTest {

void FakeClock::callAfter(qint64 delayMs, QObject *context, std::function<void()> task)
{
    m_tasks.push_back({m_nowMs + std::max<qint64>(0, delayMs), m_order++, context, std::move(task)});
}

namespace {

// What a task starts often takes a few event-loop turns (queued answers, zero timers) before it schedules the
// next task; let those happen before looking for the next due task.
void settle()
{
    for (int round = 0; round < 20; ++round)
        QCoreApplication::processEvents();
}

} // namespace

void FakeClock::advance(qint64 ms)
{
    const qint64 target = m_nowMs + ms;
    settle();
    for (;;) {
        auto next = std::min_element(m_tasks.begin(), m_tasks.end(),
            [](const Task &a, const Task &b) { return a.dueMs != b.dueMs ? a.dueMs < b.dueMs : a.order < b.order; });
        if (next == m_tasks.end() || next->dueMs > target)
            break;
        Task task = std::move(*next);
        m_tasks.erase(next);
        m_nowMs = std::max(m_nowMs, task.dueMs);
        if (task.context)
            task.run();
        settle();
    }
    m_nowMs = target;
    settle();
}

qint64 FakeClock::nextDueMs() const
{
    qint64 best = -1;
    for (const Task &task : m_tasks) {
        if (task.context && (best < 0 || task.dueMs < best))
            best = task.dueMs;
    }
    return best;
}

int FakeClock::pendingTasks() const
{
    return static_cast<int>(std::count_if(m_tasks.begin(), m_tasks.end(), [](const Task &t) { return t.context; }));
}

} // namespace AuraTest
