#pragma once

#include "api/auraservice.h"

#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>

namespace Aura {

class Clock;

// The client-side request budget shared by every call: at most `limit` requests in any sliding window of
// `windowMs` (the live service allows 125 per minute per account). Requests the user asked for are granted
// before background refreshes. A 429 from the server holds every request until its Retry-After has passed.
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
    std::deque<Waiter> m_user;
    std::deque<Waiter> m_background;
    qint64 m_holdUntilMs = 0;
    qint64 m_announcedUntilMs = -1; // the last hold announced through throttled()
    qint64 m_wakeUpAtMs = -1; // the pending wake-up, -1 for none
    bool m_pumping = false;
};

} // namespace Aura
