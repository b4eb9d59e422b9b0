#pragma once

#include "api/auraservice.h"

#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>

namespace Aura {

class Clock;

// The one request budget of an account, shared by every call (the token request included): at most `limit`
// requests in any sliding window of `windowMs` (the live service allows 125 per minute per account). Waiting
// requests are granted by priority: what the user asked for first, then background polls, then bulk work (detail
// fetches, metric scrapes). A 429 from the server holds every request until its Retry-After has passed. Background
// work asks hasRoomUnder() for its share before it starts, so a full window never keeps the user waiting.
class RateBudget final : public QObject
{
    Q_OBJECT
public:
    explicit RateBudget(Clock *clock, int limit = 125, qint64 windowMs = 60'000, QObject *parent = nullptr);

    // Calls `go` (on the thread of `context`) once a request may be sent, counting it against the budget. Requests
    // whose context is gone by then are skipped without using the budget.
    void acquire(Priority priority, QObject *context, std::function<void()> go);

    // The server asked to wait: nothing is granted before `clock->nowMs() + delayMs`.
    void holdFor(qint64 delayMs);

    // Whether `count` more requests would go out now while at most `share` are sent per window (a share below the
    // limit, which background work keeps to so that room is left for the user). A group larger than the share
    // counts as the share: it goes as one into an otherwise empty window. False while the server holds requests
    // back.
    bool hasRoomUnder(int share, int count = 1) const;
    // The clock time at which hasRoomUnder(share, count) becomes true: now, or when enough sent requests have left
    // the window (and any hold is over).
    qint64 nextRoomUnderAt(int share, int count = 1) const;

    Clock *clock() const { return m_clock; }
    qint64 windowMs() const { return m_windowMs; }
    int limit() const { return m_limit; }
    void setLimit(int limit);
    int waiting() const;
    // Requests sent in the current window.
    int used() const;

Q_SIGNALS:
    // Requests are being held back until `untilMs` on the clock's monotonic time.
    void throttled(qint64 untilMs);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void()> go;
    };

    void pump();
    void forgetExpired(qint64 now);
    qint64 nextFreeSlotMs(qint64 now) const;
    void scheduleWakeUp(qint64 atMs);

    Clock *m_clock;
    int m_limit;
    qint64 m_windowMs;
    std::deque<qint64> m_sent; // send times within the window, oldest first
    std::deque<Waiter> m_waiting[3]; // by Priority: User, Background, Bulk
    qint64 m_holdUntilMs = 0;
    qint64 m_announcedUntilMs = -1; // the last hold announced through throttled()
    qint64 m_wakeUpAtMs = -1; // the pending wake-up, -1 for none
    bool m_pumping = false;
};

} // namespace Aura
