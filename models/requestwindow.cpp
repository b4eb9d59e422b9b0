#include "models/requestwindow.h"

#include <algorithm>

namespace Aura {

RequestWindow::RequestWindow(int capacity, qint64 windowMs)
    : m_capacity(std::max(1, capacity))
    , m_windowMs(std::max<qint64>(1, windowMs))
{ }

void RequestWindow::reset(int capacity, qint64 windowMs)
{
    m_capacity = std::max(1, capacity);
    m_windowMs = std::max<qint64>(1, windowMs);
}

void RequestWindow::expire(qint64 nowMs)
{
    const auto firstLive = std::upper_bound(m_starts.cbegin(), m_starts.cend(), nowMs - m_windowMs);
    m_starts.erase(m_starts.cbegin(), firstLive);
}

bool RequestWindow::hasRoom(qint64 nowMs, int count)
{
    expire(nowMs);
    return m_starts.size() + count <= m_capacity;
}

bool RequestWindow::hasRoomUnder(qint64 nowMs, int capacity)
{
    expire(nowMs);
    return m_starts.size() < capacity;
}

bool RequestWindow::tryTake(qint64 nowMs)
{
    if (!hasRoom(nowMs))
        return false;
    m_starts.append(nowMs);
    return true;
}

void RequestWindow::take(qint64 nowMs)
{
    expire(nowMs);
    m_starts.append(std::max(nowMs, m_starts.isEmpty() ? nowMs : m_starts.last()));
}

qint64 RequestWindow::nextRoomAt(qint64 nowMs, int count)
{
    if (hasRoom(nowMs, count))
        return nowMs;
    // The oldest requests must leave the window until `count` fit.
    const qsizetype mustLeave = m_starts.size() + count - m_capacity;
    if (mustLeave > m_starts.size())
        return nowMs + m_windowMs; // more than the window can ever hold: try after a full window
    return m_starts.at(mustLeave - 1) + m_windowMs + 1;
}

qint64 RequestWindow::nextRoomUnderAt(qint64 nowMs, int capacity)
{
    if (hasRoomUnder(nowMs, capacity))
        return nowMs;
    const qsizetype mustLeave = m_starts.size() + 1 - std::max(1, capacity);
    return m_starts.at(mustLeave - 1) + m_windowMs + 1;
}

int RequestWindow::used(qint64 nowMs)
{
    expire(nowMs);
    return static_cast<int>(m_starts.size());
}

} // namespace Aura
