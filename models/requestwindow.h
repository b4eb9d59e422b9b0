#pragma once

#include <QList>
#include <QtGlobal>

namespace Aura {

// A sliding window over the requests started in the last `window` milliseconds: the Synchronizer's share of the
// account's rate limit. Times are monotonic milliseconds supplied by the caller, so tests need no clock.
class RequestWindow final
{
public:
    RequestWindow(int capacity, qint64 windowMs);

    void reset(int capacity, qint64 windowMs);
    bool hasRoom(qint64 nowMs, int count = 1);
    // Whether one more request fits under another capacity than the window's own (a catch-up share).
    bool hasRoomUnder(qint64 nowMs, int capacity);
    // Records a request if there is room; false (nothing recorded) otherwise.
    bool tryTake(qint64 nowMs);
    // Records a request even without room: the user asked for it, background work yields instead.
    void take(qint64 nowMs);
    // When the next request fits (nowMs if it fits now).
    qint64 nextRoomAt(qint64 nowMs, int count = 1);
    // When one more request fits under `capacity` instead of the window's own.
    qint64 nextRoomUnderAt(qint64 nowMs, int capacity);
    int used(qint64 nowMs);

private:
    void expire(qint64 nowMs);

    int m_capacity;
    qint64 m_windowMs;
    QList<qint64> m_starts; // ascending
};

} // namespace Aura
